// Go to Definition on a citation opens the claim in the corpus; Find All References lists the
// citations of that id in every draft of the workspace, open or not.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { attest, closeAllEditors, openDraft, positionOf, scratchDraft } from './helpers';

function targetOf(link: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in link ? { uri: link.targetUri, range: link.targetSelectionRange ?? link.targetRange } : link;
}

describe('definition and references', () => {
  before(attest);
  afterEach(closeAllEditors);

  it('goes from a citation to the claim in its corpus file', async () => {
    const document = await openDraft('drafts/draft.md');
    const links = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', document.uri, positionOf(document, '@demo-passports', 4));
    assert.equal(links.length, 1);
    const { uri, range } = targetOf(links[0]);
    assert.match(uri.path, /corpus\/claims\/demo\.yaml$/);
    assert.equal(range.start.line, 2, 'the line of "- id: demo-passports"');
  });

  it('goes from a source id to the source file', async () => {
    const { document } = await scratchDraft('See [@demo-source].\n');
    const links = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', document.uri, positionOf(document, '@demo-source', 3));
    assert.match(targetOf(links[0]).uri.path, /corpus\/sources\/demo-source\.md$/);
  });

  it('lists the citations of an id in open and unopened drafts', async () => {
    const document = await openDraft('drafts/draft.md');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider', document.uri, positionOf(document, '@demo-passports', 4));
    const where = refs.map((r) => `${r.uri.path.split('/').slice(-2).join('/')}:${r.range.start.line}`).sort();
    assert.ok(where.includes('drafts/draft.md:3'), where.join(', '));
    assert.ok(where.includes('drafts/notes.txt:2'), `the unopened plain-text draft is scanned too: ${where.join(', ')}`);
    // VS Code's Markdown extension answers too (it takes `[@id]` for a reference link): Attest's range is the id alone.
    assert.ok(refs.some((r) => r.uri.path.endsWith('drafts/draft.md') && document.getText(r.range) === 'demo-passports'));
  });
});
