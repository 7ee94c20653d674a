// Quick fixes: each one applied as the writer would (its WorkspaceEdit), and the resulting text checked.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { attest, closeAllEditors, codeOf, scratchDraft, waitForDiagnostics } from './helpers';

/** Opens `text` as a draft, waits for a `code` diagnostic and returns the quick fixes offered for it. */
async function fixesFor(text: string, code: string): Promise<{ document: vscode.TextDocument; diagnostic: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
  const { document } = await scratchDraft(text);
  const diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === code), `a ${code} diagnostic`);
  const diagnostic = diagnostics.find((d) => codeOf(d) === code)!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  // (The API command returns the actions without their `diagnostics`, so they are told apart by title.)
  return { document, diagnostic, actions };
}

/** Applies the action titled `title` and returns the document's text afterwards. */
async function apply(document: vscode.TextDocument, actions: vscode.CodeAction[], title: string): Promise<string> {
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no quick fix "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(action.edit, 'the fix is a workspace edit');
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  return document.getText();
}

const CONTRADICTION = 'The Cuban authorities arrested 300 people linked to the recruitment network.\n';

describe('quick fixes', () => {
  before(attest);
  afterEach(closeAllEditors);

  it('missing-citation: "Cite [@id]" puts the citation before the final period', async () => {
    const text = 'Ukrainian hackers leaked images of about 200 passports of Cubans allegedly serving as mercenaries for Russia.\n';
    const { document, actions } = await fixesFor(text, 'missing-citation');
    const cite = actions.filter((a) => a.title.startsWith('Cite '));
    assert.ok(cite.length >= 1 && cite.length <= 3);
    assert.equal(cite[0].title, 'Cite [@demo-passports]');
    assert.equal(cite[0].isPreferred, true);
    assert.equal(cite[0].kind?.value, 'quickfix');
    assert.equal(
      await apply(document, actions, 'Cite [@demo-passports]'),
      'Ukrainian hackers leaked images of about 200 passports of Cubans allegedly serving as mercenaries for Russia [@demo-passports].\n',
    );
    await waitForDiagnostics(document.uri, (ds) => ds.length === 0, 'the fixed sentence to check clean');
  });

  it('contradiction: replaces the figure with the sourced one and cites the claim', async () => {
    const { document, actions } = await fixesFor(CONTRADICTION, 'contradiction');
    const main = actions.find((a) => a.isPreferred);
    assert.equal(main?.title, 'Replace "300" with "17" and cite [@demo-arrests]');
    assert.equal(await apply(document, actions, main!.title), 'The Cuban authorities arrested 17 people linked to the recruitment network [@demo-arrests].\n');
  });

  it('contradiction: the variant without the citation only replaces the figure', async () => {
    const { document, actions } = await fixesFor(CONTRADICTION, 'contradiction');
    assert.equal(await apply(document, actions, 'Replace "300" with "17"'), 'The Cuban authorities arrested 17 people linked to the recruitment network.\n');
  });

  it('unknown-citation: "Change to @closest"', async () => {
    const { document, actions } = await fixesFor('The leak was published by the group Cyber Resistance [@demo-hackers-grop].\n', 'unknown-citation');
    const change = actions.filter((a) => a.title.startsWith('Change to @'));
    assert.equal(change[0].title, 'Change to @demo-hackers-group');
    assert.equal(change[0].isPreferred, true);
    assert.equal(await apply(document, actions, 'Change to @demo-hackers-group'), 'The leak was published by the group Cyber Resistance [@demo-hackers-group].\n');
  });

  it('citation-mismatch: cites the claim that supports the sentence instead', async () => {
    const { document, actions } = await fixesFor('Most of the passport holders were between 19 and 69 years old [@demo-havana-denies].\n', 'citation-mismatch');
    assert.equal(
      await apply(document, actions, 'Cite [@demo-recruits-age] instead'),
      'Most of the passport holders were between 19 and 69 years old [@demo-recruits-age].\n',
    );
  });

  it('every sentence finding can be ignored with a marker above its paragraph', async () => {
    const text = 'Intro line.\n\nRussia paid each Cuban recruit $2,000 a month, according to relatives in Havana.\n';
    const { document, actions } = await fixesFor(text, 'unsourced');
    const after = await apply(document, actions, 'Ignore this sentence (add <!-- attest-ignore -->)');
    assert.equal(after, 'Intro line.\n\n<!-- attest-ignore -->\nRussia paid each Cuban recruit $2,000 a month, according to relatives in Havana.\n');
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => codeOf(d) === 'unsourced'), 'the ignored sentence to lose its finding');
  });

  it('keeps CRLF line endings when ignoring', async () => {
    const { document, actions } = await fixesFor('Intro line.\r\n\r\nRussia paid each Cuban recruit $2,000 a month, according to relatives in Havana.\r\n', 'unsourced');
    assert.equal(document.eol, vscode.EndOfLine.CRLF);
    const after = await apply(document, actions, 'Ignore this sentence (add <!-- attest-ignore -->)');
    assert.equal(after, 'Intro line.\r\n\r\n<!-- attest-ignore -->\r\nRussia paid each Cuban recruit $2,000 a month, according to relatives in Havana.\r\n');
  });
});
