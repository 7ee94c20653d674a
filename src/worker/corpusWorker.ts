// Entry point of the corpus worker thread (bundled to dist/worker.js): the corpus engine behind a
// message port.
//
// Why a worker thread rather than a language-server process: the engine shares the extension host's
// process, so bytes move to it and its index snapshot moves back as transferred buffers (no copy, no
// serialisation protocol, no second Node process to start, find and keep alive), and the extension
// keeps talking to VS Code itself (workspace.fs, diagnostics) with no LSP layer in between. The
// extension host is a Node process in desktop VS Code and in remote ones (SSH, WSL, code-server, where
// env.uiKind is Web but the host is still Node), so worker_threads are there; only a pure web
// extension host lacks them, and there the host runs the same engine in its own thread, in slices.
//
// The same bundle, required from the extension host's main thread, exports the engine for that
// fallback: the parsers (and the YAML library) live only here, not in dist/extension.js, which every
// start loads (a third of it was the YAML library).
import { parentPort } from 'node:worker_threads';
import { CorpusEngine } from './corpusEngine';
import type { ToEngine } from './protocol';

export { CorpusEngine };

const port = parentPort;
if (port) {
  const engine = new CorpusEngine((message, transfer) => port.postMessage(message, transfer ?? []));
  port.on('message', (message: ToEngine) => engine.handle(message));
}
