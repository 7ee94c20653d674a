// Citation autocomplete: typing `[@` offers the claims that fit the sentence, best first; accepting
// one inserts the id (and the closing bracket when missing).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { attest, closeAllEditors, scratchDraft } from './helpers';

async function complete(document: vscode.TextDocument, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, trigger);
  // Other providers (word-based suggestions) may add items: keep Attest's, in the order the editor shows them.
  return list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function replaceRange(item: vscode.CompletionItem): vscode.Range {
  assert.ok(item.range, 'items carry the range of the id they replace');
  return item.range instanceof vscode.Range ? item.range : item.range.replacing;
}

/** The document text after accepting `item` the way the editor does (its range, its insert text). */
async function accept(document: vscode.TextDocument, item: vscode.CompletionItem): Promise<string> {
  const range = replaceRange(item);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, range, typeof item.insertText === 'string' ? item.insertText : item.insertText!.value);
  assert.ok(await vscode.workspace.applyEdit(edit));
  return document.getText();
}

describe('completion', () => {
  before(attest);
  afterEach(closeAllEditors);

  it('offers the claim that fits the sentence first after "[@" and closes the bracket', async () => {
    const { document, cursor } = await scratchDraft('Ukrainian hackers leaked images of about 200 passports of Cubans [@|\n');
    const items = await complete(document, cursor, '@');
    assert.ok(items.length > 0, 'Attest offers citation keys');
    assert.equal(labelOf(items[0]), 'demo-passports');
    assert.match(items[0].detail ?? '', /EFE/);
    const docs = items[0].documentation as vscode.MarkdownString;
    assert.match(docs.value, /about 200 passports/);
    assert.equal(
      await accept(document, items[0]),
      'Ukrainian hackers leaked images of about 200 passports of Cubans [@demo-passports]\n',
    );
  });

  it('adds no bracket when the group is already closed, and ranks by the typed prefix', async () => {
    const { document, cursor } = await scratchDraft('Havana denied it [@demo-hav|]\n');
    const items = await complete(document, cursor);
    assert.equal(labelOf(items[0]), 'demo-havana-denies');
    const range = replaceRange(items[0]);
    assert.equal(document.getText(range), 'demo-hav', 'replaces the typed part of the id');
    assert.equal(await accept(document, items[0]), 'Havana denied it [@demo-havana-denies]\n');
  });

  it('works after "; @" in a group with several citations', async () => {
    const { document, cursor } = await scratchDraft('The leak was published by the hacker group Cyber Resistance [@demo-passports; @|]\n');
    const items = await complete(document, cursor, '@');
    assert.equal(labelOf(items[0]), 'demo-hackers-group');
    assert.equal(await accept(document, items[0]), 'The leak was published by the hacker group Cyber Resistance [@demo-passports; @demo-hackers-group]\n');
  });

  it('keeps the core order: sortText follows rank and every item matches what was typed alike', async () => {
    const { document, cursor } = await scratchDraft('Cubans were recruited [@demo|]\n');
    const items = await complete(document, cursor);
    assert.ok(items.length >= 3);
    items.forEach((item, i) => assert.equal(item.sortText, String(i).padStart(4, '0')));
    for (const item of items) assert.ok(item.filterText?.startsWith('demo '), item.filterText);
  });

  // Speed is measured by `npm run bench`, not asserted here: these machines are shared and noisy.
  it('offers nothing outside a citation, and still answers deep in a long draft', async () => {
    const { document, cursor } = await scratchDraft('Write to me at someone@|\n');
    assert.deepEqual(await complete(document, cursor, '@'), []);
    const long = `${'Padding sentence about nothing in particular. '.repeat(4000)}\n\nHackers leaked 200 passports [@|\n`;
    const big = await scratchDraft(long);
    const items = await complete(big.document, big.cursor, '@');
    assert.equal(labelOf(items[0]), 'demo-passports');
  });
});
