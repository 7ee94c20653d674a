// "Attest: Check All Drafts in Workspace": checks every Markdown and text draft outside the corpus
// folders and node_modules, including files not open, and fills the Problems panel. The extension host
// reads each draft (workspace.fs) and the corpus engine checks it off this thread, a couple of drafts
// in flight at a time, so cancelling stops within a draft or two. Open drafts are left to the
// diagnostics feature, which checks their unsaved text.
import * as vscode from 'vscode';
import { kindForPath } from '../core/draft/parseDraft';
import { draftSettings } from './config';
import type { AttestServices, FeatureRegistration } from './services';
import { DRAFT_EXCLUDE, DRAFT_GLOB } from './navigation';

export const CHECK_WORKSPACE = 'attest.checkWorkspace';

/** How many drafts the engine holds at once: enough to keep it busy, few enough to stop soon on cancel. */
const IN_FLIGHT = 2;

/**
 * Checks the workspace's drafts; resolves with how many were checked or skipped as open or disabled
 * (fewer than found when cancelled: results arriving after the cancellation are not published).
 */
export async function checkWorkspace(services: AttestServices, progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken): Promise<number> {
  await services.whenLoaded();
  if (token.isCancellationRequested) return 0;
  const files = (await vscode.workspace.findFiles(DRAFT_GLOB, DRAFT_EXCLUDE, undefined, token)).filter((uri) => !services.isCorpusFile(uri));
  if (token.isCancellationRequested) return 0;
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  for (const uri of files) {
    if (token.isCancellationRequested) break;
    progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, files.length) });
    const settings = draftSettings(uri);
    if (!open.has(uri.toString()) && settings.enable) {
      let text: string;
      try {
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      } catch (error) {
        services.output.warn(`Cannot read ${uri.toString()}: ${(error as Error).message}`);
        continue;
      }
      if (token.isCancellationRequested) break;
      const checked = services.checkInBackground(text, uri.toString(), kindForPath(uri.path), settings.options).then(
        (findings) => {
          if (token.isCancellationRequested) return;
          services.drafts.publishFindings(uri, text, findings);
          done++;
        },
        (error: unknown) => services.output.error(`Checking ${uri.toString()} failed: ${(error as Error).message}`),
      );
      inFlight.add(checked);
      void checked.finally(() => inFlight.delete(checked));
      while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    } else {
      done++;
    }
  }
  await Promise.all(inFlight);
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
