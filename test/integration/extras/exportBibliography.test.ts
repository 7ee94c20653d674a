// "Export Bibliography (CSL-JSON)": the claims the active draft cites, written as CSL-JSON to the
// file the caller names; an existing file is not replaced unless asked.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExportBibliographyResult } from '../../../src/extension/exportBibliography';
import { attest, openDraft } from '../features/helpers';
import { readText, removeScratch, scratchUri } from './helpers';

interface CslItem {
  id: string;
  type: string;
  title?: string;
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  abstract?: string;
  note?: string;
}

describe('export bibliography', () => {
  before(attest);
  afterEach(removeScratch);

  it('writes CSL-JSON for the claims the active draft cites', async () => {
    await openDraft('drafts/draft.md');
    const target = scratchUri('json');
    const result = await vscode.commands.executeCommand<ExportBibliographyResult>('attest.exportBibliography', { target, scope: 'active' });
    assert.ok(result, 'the command reports what it wrote');
    assert.deepEqual(result.ids, ['demo-passports', 'demo-hackers-group', 'demo-recruits-age', 'demo-havana-denies']);
    assert.deepEqual(result.unknown, []);

    const items = JSON.parse(await readText(target)) as CslItem[];
    assert.ok(Array.isArray(items));
    assert.deepEqual(items.map((i) => i.id), result.ids);
    const passports = items[0]!;
    assert.equal(passports.type, 'article-newspaper');
    assert.equal(passports.title, 'Ukrainian hackers leak passports of Cubans allegedly fighting for Russia');
    assert.equal(passports['container-title'], 'EFE');
    assert.deepEqual(passports.issued, { 'date-parts': [[2023, 9, 20]] });
    assert.match(passports.abstract ?? '', /about 200 passports/);
    assert.match(passports.note ?? '', /A team of Ukrainian hackers/);
  });

  it('does not replace an existing file unless asked to', async () => {
    await openDraft('drafts/draft.md');
    const target = scratchUri('json');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('keep me'));
    assert.equal(await vscode.commands.executeCommand('attest.exportBibliography', { target, scope: 'active' }), undefined);
    assert.equal(await readText(target), 'keep me');
    const result = await vscode.commands.executeCommand<ExportBibliographyResult>('attest.exportBibliography', { target, scope: 'active', overwrite: true });
    assert.equal(result?.ids.length, 4);
    assert.equal((JSON.parse(await readText(target)) as CslItem[]).length, 4);
  });
});
