// Loads the corpus, keeps it current as corpus files change on disk, and hands out a fresh core after
// each change. The extension host lists, stats and reads the files (corpusFileIo.ts, fileAccess.ts:
// node:fs for its own disk, workspace.fs for virtual workspaces); the corpus engine parses, assembles
// and indexes them in a worker thread (engine.ts), and the result is rebuilt here in slices that never
// hold the event loop for long. A full load runs in the background (activation never waits for it)
// and can be cancelled; a changed file is re-parsed alone after a short debounce. Parse results and the
// index are persisted (engine.ts, CorpusCacheFile): at start-up the cached corpus is used at once, and
// only the files whose size or mtime changed are parsed again.
import * as vscode from 'vscode';
import type { PlainCheckOptions, FileChange } from '../worker/protocol';
import type { EngineClient, Loaded } from '../worker/engineClient';
import { LoadProgressUi } from './loadProgress';
import { assembleCorpus } from '../core/corpus/assembleCorpus';
import { decodeCorpusBytes } from '../core/corpus/decode';
import { DEFAULT_MAX_FILE_BYTES, isCorpusFileName } from '../core/corpus/corpusFiles';
import type { DraftKind } from '../core/draft/types';
import { LineMap } from '../core/text/lineMap';
import type { Corpus } from '../core/corpus/types';
import type { Finding, Span } from '../core/model';
import { createCore, type AttestCore } from '../core/service';
import { corpusRoots, SECTION } from './config';
import { toLocation, toRange } from './convert';
import type { CorpusCacheFile } from './engine';
import type { CorpusLoadReport, CorpusServices } from './services';
import { IO_CONCURRENCY, mapConcurrently, readContent, statOf } from './corpusFileIo';
import { readFileBytes, statFile } from './fileAccess';
import { WorkspaceFsHost } from './workspaceHost';

/** How long to wait after a corpus file changes before reloading it, to batch a burst of saves. */
const WATCH_DEBOUNCE_MS = 150;
/** How long after the corpus changed the persisted cache is written (a burst of saves writes once). */
const CACHE_WRITE_DELAY_MS = 3000;

export interface CorpusServiceOptions {
  /** Starts the corpus engine (engine.ts); called again with `false` (in this thread) if a worker dies. */
  readonly startEngine: (onFailed: (error: Error) => void, preferWorker: boolean) => EngineClient;
  /** The persisted cache; undefined: none (no storage). */
  readonly cache?: CorpusCacheFile;
  /** Names this build in the cache (engine.ts buildStamp). */
  readonly build: string;
}

export class CorpusService implements CorpusServices, vscode.Disposable {
  private readonly host = new WorkspaceFsHost();
  private engine: EngineClient;
  /** Decoded text of the corpus files that have problems, so problem offsets become editor ranges. */
  private texts = new Map<string, string>();
  private lineIndexes = new Map<string, LineMap>();
  private current: AttestCore = createCore(assembleCorpus([]));
  private roots: vscode.Uri[] = [];
  private watchers: vscode.Disposable[] = [];
  private load: { controller: AbortController; done: Promise<void> } | undefined;
  private pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private cacheTimer: ReturnType<typeof setTimeout> | undefined;
  private report: CorpusLoadReport | undefined;
  /** Corpus operations run one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<AttestCore>();
  private readonly loadingChanged = new vscode.EventEmitter<boolean>();
  private disposed = false;

  readonly onDidChangeCorpus = this.changed.event;
  readonly onDidChangeLoading = this.loadingChanged.event;

  constructor(private readonly log: vscode.LogOutputChannel, private readonly options: CorpusServiceOptions) {
    this.engine = this.startEngine(true);
  }

  get core(): AttestCore {
    return this.current;
  }

  get corpus(): Corpus {
    return this.current.corpus;
  }

  get loading(): boolean {
    return this.load !== undefined;
  }

  get loadPath(): 'worker' | 'in-thread' {
    return this.engine.path;
  }

  get lastLoad(): CorpusLoadReport | undefined {
    return this.report;
  }

  async whenLoaded(): Promise<AttestCore> {
    while (this.load) await this.load.done;
    return this.current;
  }

  corpusRoots(): readonly vscode.Uri[] {
    return this.roots;
  }

  isCorpusFile(uri: vscode.Uri): boolean {
    const s = uri.toString();
    return this.roots.some((root) => s.startsWith(`${root.toString()}/`));
  }

  uriOf(file: string): vscode.Uri {
    return vscode.Uri.parse(file);
  }

  locationOfId(id: string): vscode.Location | undefined {
    const item = this.corpus.claims.get(id) ?? this.corpus.sources.get(id);
    return item ? toLocation(item.location) : undefined;
  }

  rangeInCorpusFile(file: string, span: Span): vscode.Range | undefined {
    const text = this.texts.get(file);
    if (text === undefined) return undefined;
    let index = this.lineIndexes.get(file);
    if (!index) this.lineIndexes.set(file, (index = new LineMap(text)));
    return toRange(index, span);
  }

  checkInBackground(text: string, file: string, kind: DraftKind, options: PlainCheckOptions, keep = false): Promise<readonly Finding[]> {
    return this.engine.check(text, file, kind, options, keep);
  }

  forgetDraft(file: string): void {
    if (!this.engine.stopped) this.engine.forgetDraft(file);
  }

  /**
   * Starts a full load of every corpus folder (cancelling one in progress) and watches the folders.
   * Resolves when this load has finished, was cancelled or was superseded.
   */
  reloadCorpus(): Promise<void> {
    this.load?.controller.abort();
    // Known at once, so that corpus files opened while the load runs are never taken for drafts.
    this.roots = corpusRoots();
    const controller = new AbortController();
    const wasLoading = this.loading;
    const progress = new LoadProgressUi(controller);
    const done = this.enqueue(() => this.fullLoad(controller.signal, progress)).finally(() => {
      progress.end();
      if (this.load?.controller === controller) {
        this.load = undefined;
        this.loadingChanged.fire(false);
      }
    });
    this.load = { controller, done };
    if (!wasLoading) this.loadingChanged.fire(true);
    return done;
  }

  private async fullLoad(signal: AbortSignal, progress: LoadProgressUi): Promise<void> {
    const started = Date.now();
    const roots = this.roots;
    // The engine parses the cache while the files are listed and stat'ed here, and sends back the corpus
    // it holds, which is used at once: stat'ing thousands of files takes longer than reading the cache.
    // Only until a first load has finished: after that the corpus in hand is newer than any cache.
    const cache = this.cacheEnabled() ? await this.options.cache?.read() : undefined;
    let previewMs: number | undefined;
    let preview: Promise<Loaded | undefined> | undefined;
    if (cache && !this.engine.stopped) {
      if (this.report !== undefined) this.engine.sendCache(cache, this.options.build);
      else {
        preview = this.usePreview(cache, signal).then((loaded) => {
          if (loaded) previewMs = Date.now() - started;
          return loaded;
        });
      }
    }
    const listed = new Set<string>();
    for (const root of roots) {
      for (const file of await this.host.listFiles(root.toString())) listed.add(file);
      if (signal.aborted) return;
    }
    // Stamps let the engine take unchanged files from the cache. Without a cache it parses every file
    // whatever its stamp: each is then stat'ed as it is read, so the engine starts parsing at once
    // rather than after thousands of stats (~0.1 s at 100,000 claims).
    const sorted = [...listed].sort();
    const files = cache ? await mapConcurrently(sorted, (file) => statOf(file), signal) : sorted.map((file) => ({ file }));
    // The load tells the engine which corpus this side holds, so it must wait for the preview.
    const have = await preview;
    if (signal.aborted || !files) return;
    const listedAt = Date.now();
    const loaded = await this.engine.load(files, async (info) => readContent(cache ? info : await statOf(info.file)), {
      have,
      build: this.options.build,
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
      signal,
      onProgress: (p) => progress.report(p),
      readConcurrency: IO_CONCURRENCY,
    });
    if (!loaded) {
      if (!this.disposed) this.log.info(`Loading the corpus was cancelled; ${this.corpus.claims.size} claims from before remain.`);
      return;
    }
    const loadedAt = Date.now();
    // When no file changed since the cache, the engine kept the preview's corpus: nothing to adopt again.
    const kept = have !== undefined && loaded.corpus === have.corpus;
    const core = kept ? this.current : await this.adoptWithProblemTexts(loaded);
    this.watch(roots);
    const ms = Date.now() - started;
    this.report = {
      path: this.engine.path,
      files: files.length,
      parsed: loaded.stats.parsed,
      cached: loaded.stats.cached,
      indexFromCache: loaded.stats.indexFromCache,
      claims: core.corpus.claims.size,
      ms,
      ...(previewMs !== undefined ? { previewMs } : {}),
    };
    this.log.info(
      `Loaded ${core.corpus.claims.size} claims and ${core.corpus.sources.size} sources from ${core.corpus.files.length} files ` +
        `in ${roots.map((r) => r.fsPath || r.toString()).join(', ') || '(no folder)'} (${ms} ms, ${core.corpus.problems.length} problems; ` +
        `${this.engine.path === 'worker' ? 'worker thread' : 'in the extension host'}: ${loaded.stats.parsed} files parsed, ${loaded.stats.cached} from the cache, ` +
        `index ${loaded.stats.indexFromCache ? 'from the cache' : `built in ${loaded.stats.indexMs} ms`}; ` +
        `listing ${listedAt - started} ms, reading and loading ${loadedAt - listedAt} ms of which parsing ${loaded.stats.parseMs} ms, assembling ${loaded.stats.assembleMs} ms, packing ${loaded.stats.packMs ?? 0} ms` +
        `${previewMs !== undefined ? `; the cached corpus was in use after ${previewMs} ms${kept ? ' and every file matched it' : ''}` : ''}).`,
    );
    if (loaded.stats.cacheStale) this.scheduleCacheWrite();
  }

  /**
   * The corpus the persisted cache holds, adopted as soon as the engine has it (before any file was
   * stat'ed: the load that follows checks them, and replaces it if one changed). Undefined when the
   * cache holds none, the load was cancelled, or the engine failed (the load then reports that).
   */
  private async usePreview(cache: Uint8Array, signal: AbortSignal): Promise<Loaded | undefined> {
    try {
      const loaded = await this.engine.preview(cache, this.options.build, signal);
      if (!loaded || signal.aborted) return undefined;
      await this.adoptWithProblemTexts(loaded);
      return loaded;
    } catch (error) {
      this.log.warn(`Could not use the corpus cache before checking the files: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** `adopt` after a full load: the problem texts are read afresh, every line map is dropped. */
  private async adoptWithProblemTexts(loaded: Loaded): Promise<AttestCore> {
    this.texts = await this.problemTexts(loaded.corpus, new Map());
    this.lineIndexes.clear();
    return this.adopt(loaded);
  }

  /** Takes a corpus and index the engine made, and tells the features. */
  private adopt(loaded: Loaded): AttestCore {
    this.current = createCore(loaded.corpus, loaded.index);
    this.changed.fire(this.current);
    return this.current;
  }

  /**
   * The text of every file with a problem (kept from `known` when there, else read now), so problem
   * spans can become ranges. Other files' text is never needed: claims carry their positions.
   */
  private async problemTexts(corpus: Corpus, known: ReadonlyMap<string, string>): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    const files = [...new Set(corpus.problems.map((p) => p.file))];
    await mapConcurrently(files, async (file) => {
      let text = known.get(file);
      if (text === undefined) {
        try {
          const decoded = decodeCorpusBytes(file, await readFileBytes(vscode.Uri.parse(file)));
          text = 'text' in decoded ? decoded.text : '';
        } catch {
          return; // A folder that cannot be listed, a file deleted since: ranges fall back to the start.
        }
      }
      texts.set(file, text);
    });
    return texts;
  }

  private watch(roots: readonly vscode.Uri[]): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = roots.map((root) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root, '**/*'));
      const onEvent = (uri: vscode.Uri) => this.schedule(uri);
      return vscode.Disposable.from(watcher, watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent));
    });
  }

  /** Notes a changed path (file or folder) and re-reads the batch after the debounce. */
  private schedule(uri: vscode.Uri): void {
    this.pending.add(uri.toString());
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const batch = [...this.pending];
      this.pending.clear();
      void this.enqueue(() => this.applyChanges(batch));
    }, WATCH_DEBOUNCE_MS);
  }

  /** Re-reads changed files, drops deleted ones (a deleted folder takes its files along), rebuilds once. */
  private async applyChanges(paths: readonly string[]): Promise<void> {
    const changes = new Map<string, FileChange>();
    const known = this.corpus.files;
    for (const path of paths) {
      const uri = vscode.Uri.parse(path);
      let type: vscode.FileType | undefined;
      try {
        type = (await statFile(uri)).type;
      } catch {
        type = undefined;
      }
      // As a full listing does (workspaceHost.ts): a linked folder is not followed (it may loop back), a
      // linked file is read, a dangling link or anything else that is neither is as good as gone.
      const link = type !== undefined && (type & vscode.FileType.SymbolicLink) !== 0;
      if (type !== undefined && type & vscode.FileType.Directory) {
        if (!link) for (const file of await this.host.listFiles(path)) changes.set(file, await readContent(await statOf(file)));
      } else if (type !== undefined && type & vscode.FileType.File) {
        if (isCorpusFileName(path)) changes.set(path, await readContent(await statOf(path)));
      } else {
        for (const file of known) if (file === path || file.startsWith(`${path}/`)) changes.set(file, { file, removed: true });
      }
    }
    if (changes.size === 0) return;
    const loaded = await this.engine.update([...changes.values()]);
    const kept = new Map([...this.texts].filter(([file]) => !changes.has(file)));
    this.texts = await this.problemTexts(loaded.corpus, kept);
    for (const file of changes.keys()) this.lineIndexes.delete(file);
    const core = this.adopt(loaded);
    this.log.info(
      `Corpus updated (${paths.length} changed path${paths.length === 1 ? '' : 's'}): ${core.corpus.claims.size} claims, ${core.corpus.problems.length} problems ` +
        `(index built in ${loaded.stats.indexMs} ms).`,
    );
    this.scheduleCacheWrite();
  }

  private cacheEnabled(): boolean {
    return this.options.cache !== undefined && vscode.workspace.getConfiguration(SECTION).get<boolean>('cacheCorpus', true);
  }

  /**
   * Writes the persisted cache a while after the corpus changed, from the engine (which serialises it
   * off this thread). Changes while a write is pending join it: the engine writes what it holds then.
   */
  private scheduleCacheWrite(): void {
    const cache = this.options.cache;
    if (!cache || this.disposed || this.cacheTimer) return;
    this.cacheTimer = setTimeout(() => {
      this.cacheTimer = undefined;
      void this.enqueue(async () => {
        if (!this.cacheEnabled()) return cache.delete();
        const started = Date.now();
        const bytes = await this.engine.writeCache(this.options.build);
        if (bytes && (await cache.write(bytes))) {
          this.log.info(`Saved the corpus cache (${(bytes.length / 1e6).toFixed(1)} MB, ${Date.now() - started} ms) to ${cache.toString()}.`);
        }
      });
    }, CACHE_WRITE_DELAY_MS);
  }

  private startEngine(preferWorker: boolean): EngineClient {
    const engine = this.options.startEngine((error) => {
      if (this.disposed) return;
      // A dead worker (out of memory, a crash): carry on in this thread and load again.
      this.log.error(`The corpus worker thread stopped (${error.message}); loading the corpus in the extension host instead.`);
      this.engine = this.startEngine(false);
      void this.reloadCorpus();
    }, preferWorker);
    this.log.info(`Corpus engine: ${engine.path === 'worker' ? 'worker thread' : 'in the extension host (no worker threads here)'}.`);
    return engine;
  }

  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const next = this.queue.then(op, op);
    this.queue = next.catch((error: unknown) => {
      if (!this.disposed) this.log.error(`Corpus update failed: ${(error as Error).stack ?? String(error)}`);
    });
    return next;
  }

  dispose(): void {
    this.disposed = true;
    this.load?.controller.abort();
    if (this.timer) clearTimeout(this.timer);
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    for (const w of this.watchers) w.dispose();
    this.engine.dispose();
    this.changed.dispose();
    this.loadingChanged.dispose();
  }
}
