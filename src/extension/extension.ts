// Activation: build the services, register every feature, start loading the corpus in the background.
// Nothing here waits for the corpus: providers answer from an empty corpus until it is loaded, and
// re-check open drafts when it arrives.
import * as vscode from 'vscode';
import { registerCheckWorkspace } from './checkWorkspace';
import { registerClaimsView } from './claimsView';
import { registerCorpusCompletion } from './corpusCompletion';
import { registerExportBibliography } from './exportBibliography';
import { registerNewClaim } from './newClaim';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { registerCompletion } from './completion';
import { registerCorpusProblems } from './corpusProblems';
import { CorpusService } from './corpusService';
import { buildStamp, CorpusCacheFile, startEngine } from './engine';
import { DraftDiagnostics } from './diagnostics';
import { registerHover } from './hover';
import { registerNavigation } from './navigation';
import type { AttestServices, FeatureRegistration } from './services';

/** Every feature, registered in this order; each is independent of the others. */
const FEATURES: readonly FeatureRegistration[] = [
  // Drafts: diagnostics are built in activate (code actions and the workspace check need them).
  registerCorpusProblems,
  registerHover,
  registerCompletion,
  registerCodeActions,
  registerNavigation,
  registerCommands,
  registerCheckWorkspace,
  // Corpus authoring: the claims view, new claim from selection, completion in claims files, export.
  registerClaimsView,
  registerNewClaim,
  registerCorpusCompletion,
  registerExportBibliography,
];

/** What `activate` returns: the services, for tests and for extensions that build on Attest. */
export interface AttestApi {
  readonly services: AttestServices;
}

export function activate(context: vscode.ExtensionContext): AttestApi {
  const output = vscode.window.createOutputChannel('Attest', { log: true });
  const storage = context.storageUri ?? context.globalStorageUri;
  const corpus = new CorpusService(output, {
    startEngine: (onFailed, preferWorker) => startEngine(output, onFailed, preferWorker),
    build: buildStamp(context),
    ...(storage ? { cache: new CorpusCacheFile(storage, output) } : {}),
  });
  const drafts = new DraftDiagnostics(corpus, output);
  context.subscriptions.push(output, corpus, drafts);

  const services: AttestServices = Object.freeze({
    get core() { return corpus.core; },
    get corpus() { return corpus.corpus; },
    get loading() { return corpus.loading; },
    get loadPath() { return corpus.loadPath; },
    get lastLoad() { return corpus.lastLoad; },
    onDidChangeCorpus: corpus.onDidChangeCorpus,
    onDidChangeLoading: corpus.onDidChangeLoading,
    whenLoaded: () => corpus.whenLoaded(),
    reloadCorpus: () => corpus.reloadCorpus(),
    corpusRoots: () => corpus.corpusRoots(),
    isCorpusFile: (uri: vscode.Uri) => corpus.isCorpusFile(uri),
    uriOf: (file: string) => corpus.uriOf(file),
    locationOfId: (id: string) => corpus.locationOfId(id),
    rangeInCorpusFile: (file: string, span: { start: number; end: number }) => corpus.rangeInCorpusFile(file, span),
    checkInBackground: (...args: Parameters<CorpusService['checkInBackground']>) => corpus.checkInBackground(...args),
    forgetDraft: (file: string) => corpus.forgetDraft(file),
    drafts,
    output,
  });

  for (const register of FEATURES) {
    try {
      register(context, services);
    } catch (error) {
      // One broken feature must not take the others down.
      output.error(`Registering ${register.name || 'a feature'} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('attest.corpusPaths')) void corpus.reloadCorpus();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void corpus.reloadCorpus()),
  );
  // In the background: activation returns at once.
  void corpus.reloadCorpus().catch((error: unknown) => output.error(`Loading the corpus failed: ${(error as Error).stack ?? String(error)}`));
  return { services };
}

export function deactivate(): void {}
