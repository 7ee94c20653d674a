// "Attest: Check All Drafts in Workspace": checks every Markdown and text draft outside the corpus
// folders and node_modules, including files not open, and fills the Problems panel. Cancellable.
import * as vscode from 'vscode';
import type { AttestServices, FeatureRegistration } from './services';
import { DRAFT_EXCLUDE, DRAFT_GLOB } from './navigation';

export const CHECK_WORKSPACE = 'attest.checkWorkspace';

/** Checks the workspace's drafts; resolves with how many files were checked (fewer when cancelled). */
export async function checkWorkspace(services: AttestServices, progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<number> {
  await services.whenLoaded();
  if (token.isCancellationRequested) return 0;
  const files = (await vscode.workspace.findFiles(DRAFT_GLOB, DRAFT_EXCLUDE, undefined, token)).filter((uri) => !services.isCorpusFile(uri));
  if (token.isCancellationRequested) return 0;
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  let done = 0;
  for (const uri of files) {
    if (token.isCancellationRequested) break;
    progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, files.length) });
    // Open drafts are kept current by the diagnostics feature, from their unsaved text.
    if (!open.has(uri.toString())) {
      let text: string;
      try {
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      } catch (error) {
        services.output.warn(`Cannot read ${uri.toString()}: ${(error as Error).message}`);
        continue;
      }
      if (token.isCancellationRequested) break;
      services.drafts.publishForText(uri, text);
    }
    done++;
    // Let the editor breathe between files: a large workspace must not freeze the extension host.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  services.output.info(`Checked ${done} of ${files.length} drafts in the workspace${token.isCancellationRequested ? ' (cancelled)' : ''}.`);
  return done;
}

export const registerCheckWorkspace: FeatureRegistration = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(CHECK_WORKSPACE, () =>
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Attest: checking drafts', cancellable: true },
        (progress, token) => checkWorkspace(services, progress, token),
      ),
    ),
  );
};
