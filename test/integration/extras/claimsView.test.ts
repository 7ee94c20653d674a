// The claims view in the Explorer: it lists the fixture corpus's source and claims, filters them,
// and inserts a citation of a claim into the active editor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimsViewSnapshot } from '../../../src/extension/claimsView';
import { attest, waitFor } from '../features/helpers';
import { removeScratch, scratchFile } from './helpers';

async function snapshot(): Promise<ClaimsViewSnapshot> {
  return vscode.commands.executeCommand<ClaimsViewSnapshot>('_attest.claimsViewSnapshot');
}

describe('claims view', () => {
  before(attest);
  afterEach(async () => {
    await vscode.commands.executeCommand('attest.clearClaimsFilter');
    await removeScratch();
  });

  it('is contributed to the Explorer and can be focused', async () => {
    await vscode.commands.executeCommand('attest.claims.focus');
  });

  it('lists the fixture source with its claims, described by who asserts them', async () => {
    const view = await waitFor(
      async () => {
        const s = await snapshot();
        return s.sources.some((source) => source.id === 'demo-source' && source.claims.length > 0) ? s : undefined;
      },
      { timeout: 20_000, message: 'the claims view to list demo-source' },
    );
    const source = view.sources.find((s) => s.id === 'demo-source')!;
    assert.equal(source.label, 'demo-source');
    assert.match(source.description, /^EFE · \d+$/);
    const ids = source.claims.map((c) => c.id);
    for (const id of ['demo-passports', 'demo-hackers-group', 'demo-recruits-age', 'demo-havana-denies', 'demo-arrests']) {
      assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
    }
    assert.equal(source.claims.find((c) => c.id === 'demo-havana-denies')?.description, 'Cuban Foreign Ministry');
  });

  it('filters on claim text and clears the filter', async () => {
    await vscode.commands.executeCommand('attest.filterClaims', 'havana denied');
    const filtered = await snapshot();
    assert.equal(filtered.filter, 'havana denied');
    assert.deepEqual(
      filtered.sources.map((s) => [s.id, s.claims.map((c) => c.id)]),
      [['demo-source', ['demo-havana-denies']]],
    );
    await vscode.commands.executeCommand('attest.clearClaimsFilter');
    assert.ok((await snapshot()).sources[0]!.claims.length > 1);
  });

  it('inserts [@id] at the cursor of the active editor', async () => {
    const uri = await scratchFile('md', 'Havana denied it \n');
    const editor = await vscode.window.showTextDocument(uri);
    editor.selection = new vscode.Selection(0, 17, 0, 17);
    assert.equal(await vscode.commands.executeCommand('attest.insertClaimFromView', 'demo-havana-denies'), true);
    assert.equal(editor.document.getText(), 'Havana denied it [@demo-havana-denies]\n');
  });
});
