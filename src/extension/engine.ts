// Where the corpus engine runs for the extension, and the file the persisted corpus cache lives in.
//
// The engine (src/worker/corpusEngine.ts) parses and indexes the corpus and checks large drafts in a
// worker thread (see src/worker/corpusWorker.ts for why a worker rather than a language server).
// Every Node extension host has worker threads, including remote ones such as code-server where
// env.uiKind is Web; when a worker cannot be started the engine runs in this thread instead, one
// message per event-loop turn, loaded from the worker bundle (which also exports it) so that the
// parsers and the YAML library are never part of dist/extension.js, loaded on every start. The
// extension declares no browser entry point: a host without Node never loads it. The extension host
// reads the files (fileAccess.ts) and hands the engine their bytes, so remote and virtual workspaces
// work the same on either path.
import * as vscode from 'vscode';
import { EngineClient } from '../worker/engineClient';
import { readFileBytes } from './fileAccess';
import { inThreadChannel, workerChannel } from '../worker/channels';

/**
 * Starts the engine: in a worker thread running the bundled dist/worker.js when this host is Node and
 * `preferWorker` holds, else in this thread. `onFailed` hears once if a worker dies.
 */
export function startEngine(log: vscode.LogOutputChannel, onFailed: (error: Error) => void, preferWorker = true): EngineClient {
  const logLine = (level: 'info' | 'warn' | 'error', message: string): void => log[level](message);
  const isNode = typeof process === 'object' && typeof process.versions?.node === 'string' && typeof __dirname === 'string';
  if (preferWorker && isNode) {
    const channel = workerChannel(`${__dirname}/worker.js`, (error) => log.warn(`Cannot start the corpus worker thread (${error.message}); loading in the extension host instead.`));
    if (channel) return new EngineClient(channel, logLine, onFailed);
  }
  // The engine's code (parsers, YAML) is in the worker bundle, which exports it for this case.
  const engineModule = `${__dirname}/worker.js`;
  return new EngineClient(inThreadChannel((post) => new (require(engineModule) as typeof import('../worker/corpusWorker')).CorpusEngine(post)), logLine);
}

/**
 * What names this build of the extension in the cache: its version and when its bundle was built, so
 * a cache written by other parsers (an update, a development build) is ignored.
 */
export function buildStamp(context: vscode.ExtensionContext): string {
  const version = String((context.extension.packageJSON as { version?: unknown }).version ?? '0');
  try {
    // Our own bundle, not a workspace file: read where the extension host runs.
    const { statSync } = require('node:fs') as typeof import('node:fs');
    return `${version}+${Math.round(statSync(`${__dirname}/worker.js`).mtimeMs)}`;
  } catch {
    return version;
  }
}

/** Binary since cache format 2 (corpusCache.ts); a `corpus-cache.json` left by an older build is removed. */
const CACHE_FILE = 'corpus-cache.bin';
const OLD_CACHE_FILE = 'corpus-cache.json';

/** The persisted corpus cache's file in the extension's storage for this workspace. */
export class CorpusCacheFile {
  private readonly uri: vscode.Uri;

  /** `storage`: context.storageUri (per workspace) or, with no workspace, context.globalStorageUri. */
  constructor(private readonly storage: vscode.Uri, private readonly log: vscode.LogOutputChannel) {
    this.uri = vscode.Uri.joinPath(storage, CACHE_FILE);
  }

  /** The cache's bytes; undefined when there is none or it cannot be read (logged). */
  async read(): Promise<Uint8Array | undefined> {
    try {
      // The extension's storage is on this host's disk: tens of megabytes without a workspace.fs round trip.
      return await readFileBytes(this.uri);
    } catch (error) {
      const missing = (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') || (error as { code?: unknown }).code === 'ENOENT';
      if (!missing) {
        this.log.warn(`Cannot read the corpus cache ${this.uri.toString()}: ${(error as Error).message}`);
      }
      return undefined;
    }
  }

  /** Writes the cache; a failure is logged, never thrown (the cache only saves time). */
  async write(bytes: Uint8Array): Promise<boolean> {
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(this.uri, bytes);
      // An older build's JSON cache is never read again: do not leave tens of megabytes behind.
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.storage, OLD_CACHE_FILE)).then(undefined, () => undefined);
      return true;
    } catch (error) {
      this.log.warn(`Cannot write the corpus cache ${this.uri.toString()}: ${(error as Error).message}`);
      return false;
    }
  }

  /** Deletes the cache (e.g. when caching is turned off); missing is fine. */
  async delete(): Promise<void> {
    try {
      await vscode.workspace.fs.delete(this.uri);
    } catch {
      // Nothing to delete.
    }
  }

  toString(): string {
    return this.uri.toString();
  }
}
