// Loads the corpus through workspace.fs, keeps it current as corpus files change on disk, and hands
// out a fresh core after each change. A full load runs in the background (activation never waits
// for it); a changed file is re-parsed alone (CorpusStore) after a short debounce.
import * as vscode from 'vscode';
import { CorpusStore } from '../core/corpus/corpusStore';
import { decodeCorpusBytes } from '../core/corpus/decode';
import { readCorpusFile } from '../core/corpus/loadCorpus';
import { isCorpusFileName } from '../core/corpus/parseCorpusFile';
import { LineMap } from '../core/text/lineMap';
import type { Corpus, CorpusHost } from '../core/corpus/types';
import type { Span } from '../core/model';
import { createCore, type AttestCore } from '../core/service';
import { corpusRoots } from './config';
import { toLocation, toRange } from './convert';
import type { CorpusServices } from './services';
import { WorkspaceFsHost } from './workspaceHost';

/** How long to wait after a corpus file changes before reloading it, to batch a burst of saves. */
const WATCH_DEBOUNCE_MS = 150;
/** How many corpus files are read at once during a full load. */
const READ_CONCURRENCY = 8;

export class CorpusService implements CorpusServices, vscode.Disposable {
  private readonly host = new WorkspaceFsHost();
  private store = new CorpusStore();
  private texts = new Map<string, string>();
  private lineIndexes = new Map<string, LineMap>();
  private current: AttestCore = createCore(new CorpusStore().corpus());
  private roots: vscode.Uri[] = [];
  private watchers: vscode.Disposable[] = [];
  private load: { controller: AbortController; done: Promise<void> } | undefined;
  private pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Corpus operations run one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<AttestCore>();
  private readonly loadingChanged = new vscode.EventEmitter<boolean>();

  readonly onDidChangeCorpus = this.changed.event;
  readonly onDidChangeLoading = this.loadingChanged.event;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  get core(): AttestCore {
    return this.current;
  }

  get corpus(): Corpus {
    return this.current.corpus;
  }

  get loading(): boolean {
    return this.load !== undefined;
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

  /**
   * Starts a full load of every corpus folder (cancelling one in progress) and watches the folders.
   * Resolves when this load has finished or was superseded.
   */
  reloadCorpus(): Promise<void> {
    this.load?.controller.abort();
    // Known at once, so that corpus files opened while the load runs are never taken for drafts.
    this.roots = corpusRoots();
    const controller = new AbortController();
    const wasLoading = this.loading;
    const done = this.enqueue(() => this.fullLoad(controller.signal)).finally(() => {
      if (this.load?.controller === controller) {
        this.load = undefined;
        this.loadingChanged.fire(false);
      }
    });
    this.load = { controller, done };
    if (!wasLoading) this.loadingChanged.fire(true);
    return done;
  }

  private async fullLoad(signal: AbortSignal): Promise<void> {
    const started = Date.now();
    const roots = this.roots;
    const store = new CorpusStore();
    const texts = new Map<string, string>();
    const files = new Set<string>();
    for (const root of roots) {
      for (const file of await this.host.listFiles(root.toString())) files.add(file);
      if (signal.aborted) return;
    }
    // A few reads in flight at once: over a remote connection each read is a round trip.
    const queue = [...files].sort();
    const worker = async () => {
      for (let file = queue.shift(); file !== undefined && !signal.aborted; file = queue.shift()) {
        await this.readInto(store, texts, file, signal);
      }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, queue.length) }, worker));
    if (signal.aborted) return;
    this.store = store;
    this.texts = texts;
    this.lineIndexes.clear();
    this.watch(roots);
    const core = this.rebuild();
    this.log.info(
      `Loaded ${core.corpus.claims.size} claims and ${core.corpus.sources.size} sources from ${core.corpus.files.length} files ` +
        `in ${roots.map((r) => r.fsPath || r.toString()).join(', ') || '(no folder)'} (${Date.now() - started} ms, ${core.corpus.problems.length} problems).`,
    );
  }

  /**
   * Reads and parses one file into `store` with the core's loader (size cap, decoding, problems),
   * keeping its text so problem offsets can be turned into editor ranges.
   */
  private async readInto(store: CorpusStore, texts: Map<string, string>, file: string, signal?: AbortSignal): Promise<void> {
    let bytes: Uint8Array | undefined;
    const capturing: CorpusHost = {
      listFiles: (root) => this.host.listFiles(root),
      fileSize: (path) => this.host.fileSize(path),
      readFile: async (path) => (bytes = await this.host.readFile(path)),
    };
    try {
      store.set(await readCorpusFile(capturing, file, { signal }));
    } catch {
      return; // aborted
    }
    const decoded = bytes ? decodeCorpusBytes(file, bytes) : undefined;
    texts.set(file, decoded && 'text' in decoded ? decoded.text : '');
  }

  private rebuild(): AttestCore {
    this.current = createCore(this.store.corpus());
    this.changed.fire(this.current);
    return this.current;
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
    let touched = false;
    for (const path of paths) {
      const uri = vscode.Uri.parse(path);
      let type: vscode.FileType | undefined;
      try {
        type = (await vscode.workspace.fs.stat(uri)).type;
      } catch {
        type = undefined;
      }
      if (type === undefined) {
        for (const file of [...this.texts.keys()]) {
          if (file === path || file.startsWith(`${path}/`)) {
            this.store.remove(file);
            this.texts.delete(file);
            this.lineIndexes.delete(file);
            touched = true;
          }
        }
      } else if (type & vscode.FileType.Directory) {
        for (const file of await this.host.listFiles(path)) {
          await this.readInto(this.store, this.texts, file);
          this.lineIndexes.delete(file);
          touched = true;
        }
      } else if (isCorpusFileName(path)) {
        await this.readInto(this.store, this.texts, path);
        this.lineIndexes.delete(path);
        touched = true;
      }
    }
    if (touched) {
      const core = this.rebuild();
      this.log.info(`Corpus updated (${paths.length} changed path${paths.length === 1 ? '' : 's'}): ${core.corpus.claims.size} claims, ${core.corpus.problems.length} problems.`);
    }
  }

  private enqueue<T>(op: () => Promise<T>): Promise<T> {
    const next = this.queue.then(op, op);
    this.queue = next.catch((error: unknown) => this.log.error(`Corpus update failed: ${(error as Error).stack ?? String(error)}`));
    return next;
  }

  dispose(): void {
    this.load?.controller.abort();
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers) w.dispose();
    this.changed.dispose();
    this.loadingChanged.dispose();
  }
}
