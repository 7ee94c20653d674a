// Activation cost, measured in fresh child processes: `require` of the bundle plus `activate` with a stub
// `vscode` module, and — with a corpus — how long the extension's own loading path (workspace.fs reads,
// parsing, indexing; from its persisted cache on a second start) takes until its services report the
// corpus loaded.
import { spawnSync } from 'node:child_process';
import Module from 'node:module';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { collectGarbage } from './measure';
import { createExtensionContext, createVscodeStub } from './stubVscode';

export const CHILD_FLAG = '--activation-child';

export interface ActivationResult {
  readonly requireMs: number;
  readonly activateMs: number;
  /** require + activate. */
  readonly totalMs: number;
  /** From the start of `activate` until the corpus is loaded; absent without a corpus. */
  readonly corpusReadyMs?: number;
  readonly claims?: number;
  /** The extension host's heap once the corpus is loaded (a worker thread's heap is not in it). */
  readonly heapMB?: number;
  /** The whole process's resident memory then, worker thread included. */
  readonly rssMB?: number;
  /**
   * The extension host's event loop from `activate` until the corpus is loaded: its longest delay
   * and the 99th percentile (milliseconds; sampled every 10 ms, so a delay shorter than that reads as 10).
   */
  readonly hostBlockMaxMs?: number;
  readonly hostBlockP99Ms?: number;
  /** What the extension says about its last load (files parsed, taken from the cache…), when it says. */
  readonly lastLoad?: unknown;
  /** True when the persisted corpus cache was found written before the child exited. */
  readonly cacheWritten?: boolean;
  /** What the extension logged as warnings and errors. */
  readonly warnings: readonly string[];
  /** vscode APIs the stub did not know (inert stand-ins were used). */
  readonly unknownApis: readonly string[];
}

export interface ChildOptions {
  /** A corpus folder to open as the workspace's corpus and wait for. */
  readonly corpus?: string;
  /** The extension's storage folder (kept between runs, so a second run can find the persisted cache). */
  readonly storage?: string;
  /** After the load, wait (up to a minute) for the extension to write its corpus cache into `storage`. */
  readonly waitForCache?: boolean;
}

interface AttestApiShape {
  services: { whenLoaded(): Promise<{ corpus: { claims: { size: number } } }>; lastLoad?: unknown };
}

/** Resolves when a file appears under `dir` and its size holds still for a moment; false after `deadlineMs`. */
async function fileSettles(dir: string, deadlineMs: number): Promise<boolean> {
  const sizeOf = (): number => {
    let total = -1;
    const walk = (d: string): void => {
      let names: string[];
      try {
        names = readdirSync(d);
      } catch {
        return;
      }
      for (const n of names) {
        const st = statSync(join(d, n));
        if (st.isDirectory()) walk(join(d, n));
        else total = Math.max(0, total) + st.size;
      }
    };
    walk(dir);
    return total;
  };
  const until = performance.now() + deadlineMs;
  let last = -1;
  while (performance.now() < until) {
    const size = sizeOf();
    if (size > 0 && size === last) return true;
    last = size;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/** The child's side: loads the extension under the stub, prints one JSON line with the timings, exits. */
export async function activationChild(args: readonly string[]): Promise<void> {
  const extensionFile = args[0];
  if (!extensionFile) throw new Error(`${CHILD_FLAG} needs the path of the extension bundle`);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const corpusDir = option('--corpus');
  const storage = option('--storage') ?? mkdtempSync(join(tmpdir(), 'attest-bench-'));
  const ownStorage = option('--storage') === undefined;
  const { vscode, touched, logged } = createVscodeStub({
    ...(corpusDir ? { workspace: { folder: dirname(corpusDir), corpusPaths: [basename(corpusDir)] } } : {}),
    writableRoot: storage,
  });
  const loader = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
  const original = loader._load;
  loader._load = function (request, parent, isMain) {
    return request === 'vscode' ? vscode : original.call(this, request, parent, isMain);
  };
  try {
    const root = dirname(dirname(extensionFile));
    const packageJSON = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as unknown;
    const context = createExtensionContext(root, storage, touched, packageJSON);
    const t0 = performance.now();
    // A path known only at run time: the bundler leaves this require to Node.
    const extension = require(extensionFile) as { activate(context: unknown): AttestApiShape | Promise<AttestApiShape> };
    const t1 = performance.now();
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const api = await extension.activate(context);
    const t2 = performance.now();
    let corpusReadyMs: number | undefined;
    let claims: number | undefined;
    let heapMB: number | undefined;
    let rssMB: number | undefined;
    let cacheWritten: boolean | undefined;
    if (corpusDir) {
      const core = await api.services.whenLoaded();
      corpusReadyMs = performance.now() - t1;
      loop.disable();
      claims = core.corpus.claims.size;
      collectGarbage();
      heapMB = process.memoryUsage().heapUsed / 2 ** 20;
      rssMB = process.memoryUsage().rss / 2 ** 20;
      if (args.includes('--wait-cache')) cacheWritten = await fileSettles(storage, 60_000);
    }
    loop.disable();
    const hostBlock = corpusDir ? { hostBlockMaxMs: loop.max / 1e6, hostBlockP99Ms: loop.percentile(99) / 1e6 } : {};
    const result: ActivationResult = {
      requireMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0, corpusReadyMs, claims, heapMB, rssMB, ...hostBlock, lastLoad: api.services.lastLoad, cacheWritten, warnings: logged,
      unknownApis: [...touched].filter((name) => !name.includes('(') && !name.startsWith('new ')).sort(),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    if (ownStorage) rmSync(storage, { recursive: true, force: true });
  }
  // Watchers, timers and the worker thread of the extension would keep the process alive.
  process.exit(0);
}

/**
 * Copies the extension bundle, its worker and package.json to a private folder: other sessions may
 * rebuild dist/ while the benchmark runs, and a rebuilt worker.js changes the extension's build stamp
 * (its cache would then be ignored between a first and a second start). Returns the copied bundle's path.
 */
export function snapshotExtension(root: string, into: string): string {
  mkdirSync(join(into, 'dist'), { recursive: true });
  for (const file of ['dist/extension.js', 'dist/worker.js', 'package.json']) {
    if (existsSync(join(root, file))) copyFileSync(join(root, file), join(into, file));
  }
  return join(into, 'dist', 'extension.js');
}

/** Runs one child (`node <bench> --activation-child <extension> …`) and returns what it measured. */
export function runActivationChild(benchScript: string, extensionFile: string, options: ChildOptions = {}): ActivationResult {
  const args = ['--expose-gc', benchScript, CHILD_FLAG, extensionFile];
  if (options.corpus) args.push('--corpus', options.corpus);
  if (options.storage) args.push('--storage', options.storage);
  if (options.waitForCache) args.push('--wait-cache');
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 2 ** 20, timeout: 600_000 });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    throw new Error(`activation child failed (status ${child.status}): ${child.stderr.slice(-2000)}`);
  }
  return JSON.parse(line) as ActivationResult;
}
