// Completion inside corpus claims files: source ids after `source:`, claim ids in `contradicts:`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { attest, fixtureUri, positionOf } from '../features/helpers';
import { removeScratch, scratchFile } from './helpers';

async function referenceLabels(uri: vscode.Uri, position: vscode.Position, trigger?: string): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, trigger);
  return list.items
    .filter((i) => i.kind === vscode.CompletionItemKind.Reference)
    .map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

describe('corpus completion', () => {
  before(attest);
  afterEach(removeScratch);

  it('offers the fixture source id after `source: ` in a corpus YAML file', async () => {
    const uri = fixtureUri('corpus/claims/demo.yaml');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.languageId, 'yaml');
    // The key line, not the file's header comment that also names the source.
    const position = positionOf(document, '    source: demo-source', '    source: '.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position, ' ');
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'demo-source');
    assert.ok(item, 'demo-source is offered');
    assert.match(item.detail ?? '', /Ukrainian hackers leak passports/);
    const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
    assert.equal(range && document.getText(range), 'demo-source', 'the item replaces the id already there');
    assert.equal(document.isDirty, false);
  });

  it('offers claim ids in an inline `contradicts:` list, leaving out the claim itself and listed ids', async () => {
    const uri = await scratchFile('yaml', 'claims:\n  - id: demo-new\n    contradicts: [demo-passports, demo-]\n');
    const document = await vscode.workspace.openTextDocument(uri);
    const labels = await referenceLabels(uri, positionOf(document, 'demo-]', 'demo-'.length));
    assert.ok(labels.includes('demo-havana-denies'), labels.join(', '));
    assert.ok(!labels.includes('demo-passports'), 'already listed');
    assert.ok(!labels.includes('demo-new'), 'the claim itself');
  });

  it('offers nothing in a YAML file that is not a claims file', async () => {
    const uri = await scratchFile('yaml', 'steps:\n  - source: \n');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.deepEqual(await referenceLabels(uri, positionOf(document, 'source: ', 'source: '.length), ' '), []);
  });
});
