// "New Claim from Selection": the selected passage becomes a claim appended to the chosen claims
// file, and the editor opens there with the claim's text placeholder selected.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewClaimResult } from '../../../src/extension/newClaim';
import { attest, fixtureUri, positionOf } from '../features/helpers';
import { removeScratch, scratchFile, scratchUri } from './helpers';

describe('new claim from selection', () => {
  before(attest);
  afterEach(removeScratch);

  it('quotes the selection of a source file in a claim appended to a YAML claims file', async () => {
    const target = await scratchFile('yaml', 'claims:\n  - id: first\n    text: First.\n    source: demo-source\n    quote: "first"\n    attributedTo: EFE\n');
    const source = await vscode.workspace.openTextDocument(fixtureUri('corpus/sources/demo-source.md'));
    const editor = await vscode.window.showTextDocument(source);
    const start = positionOf(source, 'the Cuban government');
    editor.selection = new vscode.Selection(start, start.translate(0, 'the Cuban government'.length));

    const result = await vscode.commands.executeCommand<NewClaimResult>('attest.newClaimFromSelection', { targetFile: target });
    assert.ok(result, 'the command reports the claim it wrote');
    assert.equal(result.uri, target.toString());
    assert.equal(result.id, 'cuban-government');

    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), target.toString(), 'the claims file is the active editor');
    assert.equal(
      active.document.getText(),
      [
        'claims:',
        '  - id: first',
        '    text: First.',
        '    source: demo-source',
        '    quote: "first"',
        '    attributedTo: EFE',
        '',
        '  - id: cuban-government',
        "    text: ''",
        '    source: demo-source',
        '    quote: "the Cuban government"',
        '    attributedTo: EFE',
        '',
      ].join('\n'),
    );
    assert.equal(active.document.getText(active.selection), "''", 'the text placeholder is selected, ready to type over');
    assert.equal(active.selection.start.line, 8);
  });

  it('creates a Markdown claims file named by the caller, with the source given', async () => {
    const target = scratchUri('md');
    const result = await vscode.commands.executeCommand<NewClaimResult>('attest.newClaimFromSelection', {
      targetFile: target.toString(),
      sourceId: 'demo-source',
      quote: 'Havana denied having any part in the recruitment',
    });
    assert.equal(result?.id, 'havana-denied-having-any-part-recruitment');
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), target.toString());
    assert.equal(
      active.document.getText(),
      ['---', 'source: demo-source', 'attributedTo: EFE', '---', '', '## havana-denied-having-any-part-recruitment', '', '', '> Havana denied having any part in the recruitment', ''].join('\n'),
    );
    assert.deepEqual([active.selection.start.line, active.selection.start.character], [6, 0]);
  });

  it('never reuses an id of the corpus', async () => {
    const target = await scratchFile('yaml', 'claims:\n');
    const result = await vscode.commands.executeCommand<NewClaimResult>('attest.newClaimFromSelection', {
      targetFile: target,
      sourceId: 'demo-source',
      quote: 'demo arrests',
    });
    assert.equal(result?.id, 'demo-arrests-2');
  });
});
