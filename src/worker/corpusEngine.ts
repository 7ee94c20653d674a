// The corpus engine: parses corpus files, assembles the corpus, builds its index, keeps the persisted
// cache's entries and checks drafts, answering the extension host by messages. It runs in a worker
// thread (corpusWorker.ts) so that none of this blocks the extension host; where there is no Node
// (a web extension host) the host runs it in its own thread, one message per event-loop turn.
// Nothing here imports vscode or Node: the engine only sees bytes and strings the host sends.
import { SentenceCache } from '../core/check/sentenceCache';
import { cachedFile, deserialiseCorpusCache, fileSetKey, isRejection, serialiseCorpusCache, type CacheEntry, type CorpusCache, type FileStamp } from '../core/corpus/corpusCache';
import { CorpusStore } from '../core/corpus/corpusStore';
import { problemsOnly } from '../core/corpus/fileResult';
import { claimIdList, packCorpus, packedCopy, packedTransferables } from '../core/corpus/packedCorpus';
import { DEFAULT_MAX_FILE_BYTES, parseCorpusBytes, tooLarge } from '../core/corpus/parseCorpusFile';
import { corpusProblem } from '../core/corpus/problems';
import type { Corpus, CorpusFileResult } from '../core/corpus/types';
import { ClaimIndex } from '../core/index/claimIndex';
import { restoreIndexData, snapshotOf, snapshotTransferables } from '../core/index/indexSnapshot';
import { FindingCode } from '../core/model';
import { createCore, type AttestCore } from '../core/service';
import type { EngineStats, FileChange, FileContent, FileInfo, PostToHost, ToEngine } from './protocol';

/**
 * A file's result and the stamp of the file it came from; `cacheable` is false for results of a failed
 * read. `result` parses a cached file's result on first call: a load where nothing changed never does.
 */
interface Entry {
  readonly stamp?: FileStamp;
  result(): CorpusFileResult;
  readonly cacheable: boolean;
}

interface Load {
  readonly load: number;
  readonly entries: Map<string, Entry>;
  readonly need: Set<string>;
  readonly total: number;
  readonly cache?: CorpusCache;
  readonly maxFileBytes: number;
  /** The version the host took from a preview, if any. */
  readonly have?: number;
  parsed: number;
  parseMs: number;
}

/** How often, at most, parsing progress is reported. */
const PROGRESS_INTERVAL_MS = 100;
/** How many open drafts keep a sentence cache in the engine. */
const DRAFT_CACHES = 8;

export class CorpusEngine {
  private entries = new Map<string, Entry>();
  /** The entries' results, for re-assembling after a change; undefined until one needs it (a cached load takes the assembled corpus as is). */
  private store: CorpusStore | undefined;
  private core: AttestCore | undefined;
  private version = 0;
  private loading: Load | undefined;
  private lastProgress = 0;
  private maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  private readonly drafts = new Map<string, SentenceCache>();
  /** A cache sent ahead of its load (`read-cache`), already parsed. */
  private preread: { build: string; cache: CorpusCache | undefined } | undefined;
  /** The cache whose corpus was last sent as a preview, and that corpus's version; cleared by any other corpus. */
  private previewed: { cache: CorpusCache; version: number } | undefined;

  constructor(private readonly post: PostToHost) {}

  /** Handles one message from the host. Never throws: failures are logged to the host. */
  handle(message: ToEngine): void {
    try {
      switch (message.kind) {
        case 'load':
          return this.startLoad(message.load, message.files, message.build, message.cache, message.maxFileBytes, message.have);
        case 'read-cache': {
          const cache = this.readCache(message.bytes, message.build);
          this.preread = { build: message.build, cache };
          if (message.preview !== undefined) this.preview(message.preview, cache);
          return;
        }
        case 'file':
          return this.receive(message.load, message.content);
        case 'cancel-load':
          if (this.loading?.load === message.load) this.loading = undefined;
          return;
        case 'update':
          return this.update(message.update, message.changes);
        case 'write-cache':
          return this.writeCache(message.request, message.build);
        case 'check':
          return this.check(message);
        case 'forget-draft':
          this.drafts.delete(message.file);
          return;
      }
    } catch (error) {
      this.post({ kind: 'log', level: 'error', message: `Corpus engine failed on "${message.kind}": ${(error as Error).stack ?? String(error)}` });
      // Whoever waits for an answer gets one.
      const reason = String(error);
      if (message.kind === 'check') this.post({ kind: 'checked', request: message.request, error: reason });
      else if (message.kind === 'write-cache') this.post({ kind: 'cache', request: message.request });
      else if (message.kind === 'update') this.post({ kind: 'failed', update: message.update, message: reason });
      else if (message.kind === 'read-cache' && message.preview !== undefined) this.post({ kind: 'no-preview', preview: message.preview });
      else if (message.kind === 'load' || message.kind === 'file') {
        this.loading = undefined;
        this.post({ kind: 'failed', load: message.load, message: reason });
      }
    }
  }

  /** The cache in `bytes`, or undefined (with a log line saying why) when it cannot be used. */
  private readCache(bytes: Uint8Array, build: string): CorpusCache | undefined {
    const read = deserialiseCorpusCache(bytes, build);
    if (!isRejection(read)) return read;
    this.post({ kind: 'log', level: 'warn', message: `Ignoring the corpus cache: ${read.reason}.` });
    return undefined;
  }

  /**
   * Takes the corpus and index a cache holds as the current ones, before any file was stat'ed, and sends
   * them: at start-up the host can answer hovers and completions from the last session's corpus while
   * the load that follows checks every file's stamp against the cache (and sends a corrected corpus if
   * one changed). The entries become the cache's, so the corpus always matches the entries it came from.
   */
  private preview(request: number, cache: CorpusCache | undefined): void {
    const assembled = cache?.assembled;
    let core: AttestCore | undefined;
    if (assembled) {
      try {
        core = createCore(assembled.corpus, new ClaimIndex(assembled.corpus, restoreIndexData(assembled.index, claimIdList(assembled.corpus))));
      } catch (error) {
        this.post({ kind: 'log', level: 'warn', message: `Ignoring the cached corpus and index: ${(error as Error).message}` });
      }
    }
    if (!cache || !core) {
      this.post({ kind: 'no-preview', preview: request });
      return;
    }
    const entries = new Map<string, Entry>();
    for (const [file, cached] of cache.entries) entries.set(file, { stamp: { size: cached.size, mtime: cached.mtime }, result: cached.result, cacheable: true });
    this.entries = entries;
    this.store = undefined;
    this.setCore(core);
    this.send({ preview: request }, { parsed: 0, cached: entries.size, indexFromCache: true, parseMs: 0, assembleMs: 0, indexMs: 0, cacheStale: false });
    this.previewed = { cache, version: this.version };
  }

  private startLoad(load: number, files: readonly FileInfo[], build: string, cacheBytes: Uint8Array | undefined, maxFileBytes = DEFAULT_MAX_FILE_BYTES, have?: number): void {
    const preread = this.preread?.build === build ? this.preread.cache : undefined;
    this.preread = undefined;
    const cache = cacheBytes ? this.readCache(cacheBytes, build) : preread;
    const entries = new Map<string, Entry>();
    const need: string[] = [];
    for (const info of files) {
      const stamp = stampOf(info);
      const cached = cache && cachedFile(cache, info.file, stamp);
      if (cached) entries.set(info.file, { stamp, result: cached.result, cacheable: true });
      else need.push(info.file);
    }
    this.maxFileBytes = maxFileBytes;
    this.loading = { load, entries, need: new Set(need), total: need.length, cache, maxFileBytes, have, parsed: 0, parseMs: 0 };
    this.post({ kind: 'need', load, files: need, cached: entries.size });
    if (need.length === 0) this.finishLoad(this.loading);
  }

  private receive(load: number, content: FileContent): void {
    const current = this.loading;
    if (current?.load !== load || !current.need.delete(content.file)) return;
    const started = Date.now();
    current.entries.set(content.file, entryOf(content, current.maxFileBytes));
    current.parseMs += Date.now() - started;
    current.parsed++;
    const now = Date.now();
    if (current.need.size === 0) {
      this.finishLoad(current);
    } else if (now - this.lastProgress >= PROGRESS_INTERVAL_MS) {
      this.lastProgress = now;
      this.post({ kind: 'progress', load, done: current.parsed, total: current.total, phase: 'parsing' });
    }
  }

  private finishLoad(load: Load): void {
    this.loading = undefined;
    this.post({ kind: 'progress', load: load.load, done: load.parsed, total: load.total, phase: 'indexing' });
    this.entries = load.entries;
    this.store = undefined;
    let started = Date.now();
    const cached = load.cache?.assembled;
    let corpus: Corpus | undefined;
    let index: ClaimIndex | undefined;
    if (cached && load.parsed === 0 && cached.key === this.fileSetKey()) {
      // `previewed` is cleared by any other corpus, so its version is still the engine's current one.
      if (load.have !== undefined && load.have === this.previewed?.version && load.cache === this.previewed.cache) {
        // The host already holds this very corpus, from the preview: it need not come again.
        this.post({ kind: 'unchanged', load: load.load, version: this.version, stats: { parsed: 0, cached: load.entries.size, indexFromCache: true, parseMs: 0, assembleMs: 0, indexMs: 0, cacheStale: false } });
        return;
      }
      // Nothing changed since the cache was written: its corpus and index are used as they are.
      try {
        corpus = cached.corpus;
        index = new ClaimIndex(corpus, restoreIndexData(cached.index, claimIdList(corpus)));
      } catch (error) {
        corpus = undefined;
        index = undefined;
        this.post({ kind: 'log', level: 'warn', message: `Ignoring the cached corpus and index: ${(error as Error).message}` });
      }
    }
    const indexFromCache = index !== undefined;
    corpus ??= this.storeOf().corpus();
    const assembleMs = Date.now() - started;
    started = Date.now();
    index ??= new ClaimIndex(corpus);
    const indexMs = Date.now() - started;
    this.setCore(createCore(corpus, index));
    this.send({ load: load.load }, {
      parsed: load.parsed,
      cached: load.entries.size - load.parsed,
      indexFromCache,
      parseMs: load.parseMs,
      assembleMs,
      indexMs,
      cacheStale: !indexFromCache,
    });
  }

  /** The store of every entry's result, made (parsing cached results) on first need. */
  private storeOf(): CorpusStore {
    if (!this.store) {
      this.store = new CorpusStore();
      for (const entry of this.entries.values()) this.store.set(entry.result());
    }
    return this.store;
  }

  private update(update: number, changes: readonly FileChange[]): void {
    const started = Date.now();
    const store = this.storeOf();
    for (const change of changes) {
      if ('removed' in change) {
        this.entries.delete(change.file);
        store.remove(change.file);
      } else {
        const entry = entryOf(change, this.maxFileBytes);
        this.entries.set(change.file, entry);
        store.set(entry.result());
      }
    }
    const parseMs = Date.now() - started;
    let assembleMs = 0;
    let indexMs = 0;
    if (changes.length > 0 || !this.core) {
      let at = Date.now();
      const corpus = store.corpus();
      assembleMs = Date.now() - at;
      at = Date.now();
      const index = new ClaimIndex(corpus);
      indexMs = Date.now() - at;
      this.setCore(createCore(corpus, index));
    }
    this.send({ update }, {
      parsed: changes.filter((c) => !('removed' in c)).length,
      cached: 0,
      indexFromCache: false,
      parseMs,
      assembleMs,
      indexMs,
      cacheStale: changes.length > 0,
    });
  }

  private setCore(core: AttestCore): void {
    this.core = core;
    this.previewed = undefined;
    // Sentence findings were judged against the old corpus.
    this.drafts.clear();
  }

  /**
   * Sends the current corpus, packed, and its index snapshot: copies in new buffers, transferred (the
   * engine keeps its own packed form, which its claims' JSON lives in).
   */
  private send(request: { load?: number; update?: number; preview?: number }, stats: EngineStats): void {
    const { corpus, index } = this.core!;
    const version = ++this.version;
    this.post({ kind: 'progress', load: request.load ?? -1, done: 0, total: 0, phase: 'sending' });
    const started = Date.now();
    const packed = packedCopy(packCorpus(corpus));
    const snapshot = snapshotOf(index.data(), claimIdList(corpus));
    const packMs = Date.now() - started;
    this.post({ kind: 'corpus', ...request, version, corpus: packed, index: snapshot, stats: { ...stats, packMs } }, [...packedTransferables(packed), ...snapshotTransferables(snapshot)]);
  }

  /** The key of the loaded files' stamps; undefined when some file has no stamp (it cannot be cached). */
  private fileSetKey(): string | undefined {
    const stamps: [string, FileStamp][] = [];
    for (const [file, entry] of this.entries) {
      if (!entry.stamp || !entry.cacheable) return undefined;
      stamps.push([file, entry.stamp]);
    }
    return fileSetKey(stamps);
  }

  private writeCache(request: number, build: string): void {
    if (!this.core) {
      this.post({ kind: 'cache', request });
      return;
    }
    const entries: CacheEntry[] = [];
    for (const entry of this.entries.values()) {
      if (entry.cacheable && entry.stamp) entries.push({ ...entry.stamp, result: entry.result() });
    }
    // The assembled corpus and index describe exactly the loaded files: leave them out when some cannot be cached.
    const complete = entries.length === this.entries.size;
    const { corpus, index } = this.core;
    const bytes = serialiseCorpusCache(entries, build, complete ? { corpus, index: snapshotOf(index.data(), claimIdList(corpus)) } : undefined);
    this.post({ kind: 'cache', request, bytes }, [bytes.buffer as ArrayBuffer]);
  }

  private check(message: Extract<ToEngine, { kind: 'check' }>): void {
    const core = (this.core ??= createCore(new CorpusStore().corpus()));
    let cache: SentenceCache | undefined;
    if (message.keep) {
      cache = this.drafts.get(message.file) ?? new SentenceCache();
      // Most recently used last; the oldest goes when there are too many.
      this.drafts.delete(message.file);
      this.drafts.set(message.file, cache);
      if (this.drafts.size > DRAFT_CACHES) this.drafts.delete(this.drafts.keys().next().value!);
    }
    const findings = core.check(message.text, message.file, message.draftKind, { ...message.options, ...(cache ? { cache } : {}) });
    this.post({ kind: 'checked', request: message.request, findings });
  }
}

function stampOf(info: FileInfo): FileStamp | undefined {
  return info.size !== undefined && info.mtime !== undefined && Number.isFinite(info.size) && Number.isFinite(info.mtime) ? { size: info.size, mtime: info.mtime } : undefined;
}

/** Parses what the host read of one file: its bytes, too large to read, or unreadable. */
function entryOf(content: FileContent, maxFileBytes: number): Entry {
  const stamp = stampOf(content);
  if (content.error !== undefined) {
    const problem = corpusProblem(FindingCode.CorpusUnreadable, content.file, { start: 0, end: 0 }, `Cannot read corpus file: ${content.error.replace(/\.$/, '')}.`);
    const result = problemsOnly(content.file, [problem]);
    return { stamp, result: () => result, cacheable: false };
  }
  if (!content.bytes) {
    // The host does not read a file its stat shows to be over the cap.
    const result = tooLarge(content.file, content.size ?? 0, maxFileBytes);
    return { stamp, result: () => result, cacheable: stamp !== undefined };
  }
  const result = parseCorpusBytes(content.file, content.bytes, maxFileBytes);
  return { stamp, result: () => result, cacheable: stamp !== undefined };
}
