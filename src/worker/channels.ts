// The two places the corpus engine can run: a worker thread (the normal case: every desktop and
// remote extension host is Node), or the extension host's own thread when a worker cannot be
// started, where each message is handled on its own event-loop turn.
import type { EngineChannel } from './engineClient';
import type { FromEngine, PostToHost, ToEngine } from './protocol';

/** Makes an engine that answers through `post` (the engine's module is loaded by the caller, when needed). */
export type EngineFactory = (post: PostToHost) => { handle(message: ToEngine): void };

/**
 * A channel to a worker thread running `workerFile` (dist/worker.js); undefined when this runtime
 * has no worker threads or the worker cannot be created.
 */
export function workerChannel(workerFile: string, onError: (error: Error) => void): EngineChannel | undefined {
  let threads: typeof import('node:worker_threads');
  try {
    // Looked up at run time: a bundle for a web host has no node:worker_threads to import.
    threads = require('node:worker_threads') as typeof import('node:worker_threads');
  } catch {
    return undefined;
  }
  let worker: import('node:worker_threads').Worker;
  try {
    worker = new threads.Worker(workerFile, { name: 'attest-corpus' });
  } catch (error) {
    onError(error as Error);
    return undefined;
  }
  // The worker must not keep a CLI or test process alive once its owner is done with it.
  worker.unref();
  let disposed = false;
  const failureListeners: ((error: Error) => void)[] = [];
  const failed = (error: Error): void => {
    if (disposed) return;
    disposed = true;
    for (const listener of failureListeners) listener(error);
  };
  worker.on('error', failed);
  worker.on('exit', (code) => failed(new Error(`the worker thread exited with code ${code}`)));
  return {
    path: 'worker',
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    listen: (listener) => void worker.on('message', listener),
    onFailure: (listener) => void failureListeners.push(listener),
    dispose: () => {
      disposed = true;
      void worker.terminate();
    },
  };
}

/** A channel to an engine in this thread: messages both ways are delivered on later event-loop turns. */
export function inThreadChannel(createEngine: EngineFactory): EngineChannel {
  let listener: (message: FromEngine) => void = () => undefined;
  let disposed = false;
  const later = (fn: () => void): void => void setTimeout(() => disposed || fn(), 0);
  const engine = createEngine((message) => later(() => listener(message)));
  return {
    path: 'in-thread',
    post: (message: ToEngine) => later(() => engine.handle(message)),
    listen: (l) => (listener = l),
    onFailure: () => undefined,
    dispose: () => (disposed = true),
  };
}
