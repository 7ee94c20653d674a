// The extension host's side of the corpus engine: sends it file stamps and bytes, receives the corpus
// (packed: unpacked in place, each claim parsed only when asked for) and its index snapshot, restored
// here in slices of a few milliseconds, yielding to the event loop between slices. Knows nothing of VS Code: the caller passes how to read a file, so the
// editor reads through workspace.fs and tests through the disk.
import { PackedClaims } from '../core/corpus/packedClaims';
import { claimIdList, unpackCorpusSteps } from '../core/corpus/packedCorpus';
import type { Corpus } from '../core/corpus/types';
import { ClaimIndex } from '../core/index/claimIndex';
import { restoreSteps } from '../core/index/indexSnapshot';
import type { Finding } from '../core/model';
import type { DraftKind } from '../core/draft/types';
import type { EngineStats, FileChange, FileContent, FileInfo, FromEngine, PlainCheckOptions, ToEngine } from './protocol';

/** Where the engine runs and how to talk to it. */
export interface EngineChannel {
  /** `worker`: a worker thread; `in-thread`: the host's own thread (no Node worker_threads). */
  readonly path: 'worker' | 'in-thread';
  post(message: ToEngine, transfer?: ArrayBuffer[]): void;
  /** Registers the one listener for the engine's messages. */
  listen(listener: (message: FromEngine) => void): void;
  /** Called once if the engine dies (the worker crashed or exited); never for `dispose`. */
  onFailure(listener: (error: Error) => void): void;
  dispose(): void;
}

/** A corpus and its index, rebuilt on the host. */
export interface Loaded {
  readonly corpus: Corpus;
  readonly index: ClaimIndex;
  /** What the engine did to make it (files parsed and cached, timings). */
  readonly stats: EngineStats;
  /** The engine's version number of this corpus. */
  readonly version: number;
}

export interface LoadProgress {
  readonly phase: 'reading' | 'parsing' | 'indexing' | 'sending' | 'receiving';
  readonly done: number;
  readonly total: number;
}

export interface LoadOptions {
  /** The persisted cache's bytes (transferred to the engine: do not use them afterwards). */
  readonly cache?: Uint8Array;
  /** Names the code that writes the cache; a cache from another build is ignored. */
  readonly build: string;
  readonly maxFileBytes?: number;
  /** Aborting abandons the load: the promise resolves with undefined, the corpus stays as it was. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: LoadProgress) => void;
  /** How many files are read at once (each read may be a round trip to a remote file system). */
  readonly readConcurrency?: number;
  /** What `preview` gave, if the host uses it: when no file changed since the cache, the load returns it again (with this load's stats). */
  readonly have?: Loaded;
}

/** How long one slice of work on the host may run before yielding to the event loop. */
const SLICE_MS = 8;

interface Pending<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

type CorpusMessage = Extract<FromEngine, { kind: 'corpus' }>;
/** What a load, update or preview waits for: a corpus; for a load, possibly that the preview stands; for a preview, possibly nothing. */
type CorpusAnswer = CorpusMessage | Extract<FromEngine, { kind: 'unchanged' }> | undefined;

export class EngineClient {
  private nextId = 1;
  private readonly needs = new Map<number, Pending<Extract<FromEngine, { kind: 'need' }>>>();
  private readonly corpora = new Map<string, Pending<CorpusAnswer>>();
  private readonly checks = new Map<number, Pending<readonly Finding[]>>();
  private readonly caches = new Map<number, Pending<Uint8Array | undefined>>();
  private readonly progress = new Map<number, (p: LoadProgress) => void>();
  private failed: Error | undefined;

  /**
   * `log` receives the engine's log lines; `onFailed` is called once if the engine dies (everything in
   * flight has been rejected by then; the client is unusable and a new one must be started).
   */
  constructor(
    private readonly channel: EngineChannel,
    private readonly log: (level: 'info' | 'warn' | 'error', message: string) => void,
    private readonly onFailed: (error: Error) => void = () => undefined,
  ) {
    channel.listen((message) => this.receive(message));
    channel.onFailure((error) => {
      this.fail(error);
      this.onFailed(error);
    });
  }

  /** True once the engine has died or the client was disposed. */
  get stopped(): boolean {
    return this.failed !== undefined;
  }

  /** Where the engine runs. */
  get path(): 'worker' | 'in-thread' {
    return this.channel.path;
  }

  /**
   * Loads the corpus from `files`: the engine says which it needs (the others come from the cache),
   * `read` reads those here, the engine parses them, assembles and indexes, and the result is rebuilt
   * on this thread in slices. Undefined when aborted.
   */
  async load(files: readonly FileInfo[], read: (info: FileInfo) => Promise<FileContent>, options: LoadOptions): Promise<Loaded | undefined> {
    const load = this.nextId++;
    const { signal, onProgress } = options;
    if (onProgress) this.progress.set(load, onProgress);
    const need = this.expect(this.needs, load);
    const done = this.expect(this.corpora, `load:${load}`);
    // Awaited only after the reads: until then a rejection must not count as unhandled.
    done.catch(() => undefined);
    const abandon = (): void => {
      this.post({ kind: 'cancel-load', load });
      this.needs.get(load)?.resolve({ kind: 'need', load, files: [], cached: 0 });
      this.corpora.get(`load:${load}`)?.reject(new Error('aborted'));
    };
    signal?.addEventListener('abort', abandon, { once: true });
    try {
      const cache = options.cache;
      const have = options.have?.version;
      this.post({ kind: 'load', load, files, build: options.build, maxFileBytes: options.maxFileBytes, ...(cache ? { cache } : {}), ...(have !== undefined ? { have } : {}) }, cache ? transferList(cache) : []);
      const { files: wanted } = await need;
      if (signal?.aborted) return undefined;
      const byFile = new Map(files.map((f) => [f.file, f]));
      const queue = [...wanted];
      let readCount = 0;
      const reader = async (): Promise<void> => {
        for (let file = queue.shift(); file !== undefined && !signal?.aborted; file = queue.shift()) {
          const content = await read(byFile.get(file) ?? { file });
          if (signal?.aborted) return;
          this.post({ kind: 'file', load, content }, content.bytes ? transferList(content.bytes) : []);
          onProgress?.({ phase: 'reading', done: ++readCount, total: wanted.length });
        }
      };
      await Promise.all(Array.from({ length: Math.min(options.readConcurrency ?? 8, queue.length) }, reader));
      if (signal?.aborted) return undefined;
      const message = await done.catch((error: Error) => {
        if (signal?.aborted) return undefined;
        throw error;
      });
      if (!message || signal?.aborted) return undefined;
      if (message.kind === 'unchanged') {
        if (!options.have || options.have.version !== message.version) throw new Error(`The corpus engine kept version ${message.version}, which this side does not hold.`);
        return { ...options.have, stats: message.stats };
      }
      return await this.rebuild(message, onProgress, signal);
    } finally {
      signal?.removeEventListener('abort', abandon);
      this.progress.delete(load);
      this.needs.delete(load);
      this.corpora.delete(`load:${load}`);
    }
  }

  /**
   * Sends the persisted cache's bytes (transferred: do not use them afterwards) ahead of the load that
   * will use them, so the engine parses them while this side lists and stats the corpus.
   */
  sendCache(bytes: Uint8Array, build: string): void {
    this.post({ kind: 'read-cache', bytes, build }, transferList(bytes));
  }

  /**
   * `sendCache`, and returns the corpus and index the cache holds, as they were when it was written:
   * usable at once, before the load has checked any file. Pass the result as the load's `have`.
   * Undefined when the cache holds no usable corpus, or when `signal` aborts.
   */
  async preview(bytes: Uint8Array, build: string, signal?: AbortSignal): Promise<Loaded | undefined> {
    const request = this.nextId++;
    const key = `preview:${request}`;
    const done = this.expect(this.corpora, key);
    try {
      this.post({ kind: 'read-cache', bytes, build, preview: request }, transferList(bytes));
      const message = await done;
      if (!message || message.kind !== 'corpus' || signal?.aborted) return undefined;
      return await this.rebuild(message, undefined, signal);
    } finally {
      this.corpora.delete(key);
    }
  }

  /** Applies changed files (re-parsed alone in the engine) and returns the new corpus and index. */
  async update(changes: readonly FileChange[]): Promise<Loaded> {
    const update = this.nextId++;
    const done = this.expect(this.corpora, `update:${update}`);
    const transfer = changes.flatMap((c) => ('bytes' in c && c.bytes ? transferList(c.bytes) : []));
    this.post({ kind: 'update', update, changes }, transfer);
    const message = await done;
    // Only an abort signal (not given here) leaves a rebuild unfinished.
    const loaded = message?.kind === 'corpus' ? await this.rebuild(message) : undefined;
    if (!loaded) throw new Error('The corpus update was abandoned.');
    return loaded;
  }

  /** The persisted cache's bytes for the engine's current corpus; undefined when there is none yet. */
  writeCache(build: string): Promise<Uint8Array | undefined> {
    const request = this.nextId++;
    const answer = this.expect(this.caches, request);
    this.post({ kind: 'write-cache', request, build });
    return answer;
  }

  /** Checks a draft in the engine. `keep` keeps its sentence cache there (an open draft checked again and again). */
  check(text: string, file: string, draftKind: DraftKind, options: PlainCheckOptions, keep = false): Promise<readonly Finding[]> {
    const request = this.nextId++;
    const answer = this.expect(this.checks, request);
    // Only plain options cross: a host-side sentence cache stays here.
    const { severity, maxDraftLength } = options;
    this.post({ kind: 'check', request, file, text, draftKind, options: { severity, maxDraftLength }, keep });
    return answer;
  }

  /** Lets the engine drop what it keeps for a closed draft. */
  forgetDraft(file: string): void {
    this.post({ kind: 'forget-draft', file });
  }

  dispose(): void {
    this.fail(new Error('The corpus engine was disposed.'), false);
    this.channel.dispose();
  }

  /**
   * The corpus and index a `corpus` message carries: the corpus is unpacked in place (no claim is
   * parsed yet), the index restored in slices. Undefined when `signal` aborts meanwhile.
   */
  private async rebuild(message: CorpusMessage, onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<Loaded | undefined> {
    onProgress?.({ phase: 'receiving', done: 0, total: 1 });
    // In slices: at a hundred thousand claims, unpacking and restoring in one go held this thread ~70 ms.
    const corpus = await inSlices(unpackCorpusSteps(message.corpus), signal);
    if (corpus?.claims instanceof PackedClaims && !(await inSlices(corpus.claims.mapSteps(), signal))) return undefined;
    const data = corpus && (await inSlices(restoreSteps(message.index, claimIdList(corpus)), signal));
    if (!corpus || !data) return undefined;
    return { corpus, index: new ClaimIndex(corpus, data), stats: message.stats, version: message.version };
  }

  private receive(message: FromEngine): void {
    switch (message.kind) {
      case 'need':
        return this.settle(this.needs, message.load, message);
      case 'progress':
        if (message.phase !== 'sending' || message.load >= 0) this.progress.get(message.load)?.({ phase: message.phase, done: message.done, total: message.total });
        return;
      case 'corpus': {
        // Nobody waits for an abandoned load's corpus: it is dropped.
        const key = message.preview !== undefined ? `preview:${message.preview}` : message.load !== undefined ? `load:${message.load}` : `update:${message.update}`;
        return this.settle(this.corpora, key, message);
      }
      case 'no-preview':
        return this.settle(this.corpora, `preview:${message.preview}`, undefined);
      case 'unchanged':
        return this.settle(this.corpora, `load:${message.load}`, message);
      case 'cache':
        return this.settle(this.caches, message.request, message.bytes);
      case 'checked': {
        const pending = this.checks.get(message.request);
        this.checks.delete(message.request);
        if (message.error !== undefined) pending?.reject(new Error(message.error));
        else pending?.resolve(message.findings ?? []);
        return;
      }
      case 'log':
        return this.log(message.level, message.message);
      case 'failed': {
        const error = new Error(`The corpus engine could not finish: ${message.message}`);
        const key = message.load !== undefined ? `load:${message.load}` : `update:${message.update}`;
        if (message.load !== undefined) {
          this.needs.get(message.load)?.reject(error);
          this.needs.delete(message.load);
        }
        this.corpora.get(key)?.reject(error);
        this.corpora.delete(key);
        return;
      }
    }
  }

  private post(message: ToEngine, transfer: ArrayBuffer[] = []): void {
    if (this.failed) throw this.failed;
    this.channel.post(message, transfer);
  }

  private expect<K, T>(map: Map<K, Pending<T>>, key: K): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise<T>((resolve, reject) => map.set(key, { resolve, reject }));
  }

  private settle<K, T>(map: Map<K, Pending<T>>, key: K, value: T): void {
    const pending = map.get(key);
    map.delete(key);
    pending?.resolve(value);
  }

  /** Rejects everything in flight: the engine is gone. */
  private fail(error: Error, log = true): void {
    if (this.failed) return;
    this.failed = error;
    if (log) this.log('error', `The corpus engine stopped: ${error.message}`);
    for (const map of [this.needs, this.corpora, this.checks, this.caches] as Map<unknown, Pending<never>>[]) {
      for (const pending of map.values()) pending.reject(error);
      map.clear();
    }
  }
}

/**
 * Drives a step generator, yielding to the event loop whenever a slice has run `SLICE_MS`; undefined
 * when `signal` aborts between slices.
 */
export async function inSlices<T>(steps: Generator<void, T>, signal?: AbortSignal): Promise<T | undefined> {
  // Called from a message or I/O callback, a first setImmediate would run its slice before any other
  // I/O is polled, holding the loop for two slices in a row: the first slice starts on a later turn.
  await yieldToEventLoop();
  if (signal?.aborted) return undefined;
  let sliceStart = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      if (signal?.aborted) return undefined;
      sliceStart = Date.now();
    }
  }
}

/**
 * Resolves after the event loop has let other callbacks run: a later turn's timers and I/O when called
 * from a timer or an immediate; only the immediates when called from an I/O or message callback (Node
 * runs immediates right after that phase).
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
}

/**
 * What to list for postMessage so `bytes` moves without a copy. A view over part of a larger buffer
 * (Node pools small reads) is not listed, so postMessage copies it and the buffer stays with its owner.
 */
function transferList(bytes: Uint8Array): ArrayBuffer[] {
  const buffer = bytes.buffer;
  if (!(buffer instanceof ArrayBuffer) || bytes.byteOffset !== 0 || bytes.byteLength !== buffer.byteLength) return [];
  return [buffer];
}
