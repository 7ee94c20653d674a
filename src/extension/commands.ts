// Commands in the "Attest" category: insert a citation, open a claim, reload the corpus.
import * as vscode from 'vscode';
import { sentenceBefore } from '../core/features/completionModel';
import { citationText } from '../core/features/quickFixEdits';
import { oneLineText } from '../core/features/markdown';
import type { AttestServices, FeatureRegistration } from './services';

export const INSERT_CITATION = 'attest.insertCitation';
export const SHOW_CLAIM = 'attest.showClaim';
export const RELOAD_CORPUS = 'attest.reloadCorpus';

type ClaimItem = vscode.QuickPickItem & { id: string };

/** Quick-pick items for every claim, best fit for `sentence` first (all claims when it is empty). */
function claimItems(services: AttestServices, sentence: string): ClaimItem[] {
  const corpus = services.corpus;
  return services.core.suggest(sentence, '', corpus.claims.size).map((s) => {
    const source = corpus.sources.get(s.source);
    return { id: s.id, label: s.id, description: source ? `${source.outlet}${source.published ? ` · ${source.published}` : ''}` : s.source, detail: oneLineText(s.text, 200) };
  });
}

/** Asks for a claim ranked by the sentence before the cursor and inserts `[@id]` at the cursor. */
async function insertCitation(services: AttestServices): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const core = await services.whenLoaded();
  if (core.corpus.claims.size === 0) {
    void vscode.window.showWarningMessage('Attest: the corpus has no claims to cite.');
    return;
  }
  const document = editor.document;
  const sentence = sentenceBefore(document.getText(), document.offsetAt(editor.selection.active));
  const picked = await vscode.window.showQuickPick(claimItems(services, sentence), {
    title: 'Attest: Insert Citation',
    placeHolder: 'Claim to cite (best fit for the sentence first)',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked || editor.document.isClosed) return;
  await editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, citationText([picked.id]));
  });
}

/** Opens the file where claim or source `id` is written, at its line; asks for a claim when no id is given. */
async function showClaim(services: AttestServices, id?: unknown): Promise<void> {
  await services.whenLoaded();
  let target = typeof id === 'string' ? id : undefined;
  if (!target) {
    const picked = await vscode.window.showQuickPick(claimItems(services, ''), { title: 'Attest: Show Claim', matchOnDetail: true });
    target = picked?.id;
  }
  if (!target) return;
  const location = services.locationOfId(target);
  if (!location) {
    void vscode.window.showWarningMessage(`Attest: no claim or source in the corpus has the id "${target}".`);
    return;
  }
  await vscode.window.showTextDocument(location.uri, { selection: location.range, preview: true });
}

export const registerCommands: FeatureRegistration = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(INSERT_CITATION, () => insertCitation(services)),
    vscode.commands.registerCommand(SHOW_CLAIM, (id?: unknown) => showClaim(services, id)),
    vscode.commands.registerCommand(RELOAD_CORPUS, () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Attest: reloading corpus' }, () => services.reloadCorpus()),
    ),
  );
};
