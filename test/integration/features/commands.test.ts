// The Attest commands: they are all there, show a claim, check the whole workspace, reload the corpus.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { attest, attestDiagnostics, closeAllEditors, codeOf, fixtureUri, waitFor, waitForDiagnostics } from './helpers';

describe('commands', () => {
  before(attest);
  afterEach(closeAllEditors);

  it('registers every Attest command', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of ['attest.checkWorkspace', 'attest.insertCitation', 'attest.reloadCorpus', 'attest.showClaim', 'attest.showCorpusProblems']) {
      assert.ok(all.has(id), `${id} is registered`);
    }
  });

  it('attest.showClaim opens the claim file at the claim', async () => {
    await vscode.commands.executeCommand('attest.showClaim', 'demo-arrests');
    const editor = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.path.endsWith('corpus/claims/features.yaml') ? e : undefined;
    }, { message: 'features.yaml to become the active editor' });
    assert.equal(editor.selection.start.line, 3);
  });

  it('attest.checkWorkspace fills the Problems panel for drafts that are not open', async () => {
    const notes = fixtureUri('drafts/notes.txt');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === notes.toString()), 'notes.txt is not open');
    await vscode.commands.executeCommand('attest.checkWorkspace');
    const [d] = await waitForDiagnostics(notes, (ds) => ds.some((x) => codeOf(x) === 'unknown-citation'), 'notes.txt to be checked from disk');
    assert.equal(d.range.start.line, 2);
    assert.equal(attestDiagnostics(fixtureUri('corpus/claims/demo.yaml')).length, 0, 'corpus files are not checked as drafts');
  });

  it('attest.reloadCorpus reloads and keeps the claims', async () => {
    const { services } = await attest();
    await vscode.commands.executeCommand('attest.reloadCorpus');
    await waitFor(() => !services.loading && services.corpus.claims.has('demo-passports'), { message: 'the reloaded corpus' });
    assert.equal(services.corpus.problems.length, 0);
  });
});
