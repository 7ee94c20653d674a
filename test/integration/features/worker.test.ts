// The corpus engine in the real extension host: the corpus loads in a worker thread, the next load
// comes from the persisted cache, a large draft is checked off the host's thread, and a workspace
// check can be cancelled part-way.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { checkWorkspace } from '../../../src/extension/checkWorkspace';
import { attest, attestDiagnostics, closeAllEditors, codeOf, fixtureUri, scratchDraft, waitFor, waitForDiagnostics } from './helpers';

describe('worker', () => {
  before(attest);
  afterEach(closeAllEditors);

  it('loads the corpus in a worker thread', async () => {
    const { services } = await attest();
    assert.equal(services.loadPath, 'worker');
    const report = await waitFor(() => services.lastLoad, { message: 'a finished load' });
    assert.equal(report.path, 'worker');
    assert.ok(report.claims > 0 && report.claims === services.corpus.claims.size, JSON.stringify(report));
  });

  it('loads from the persisted cache once it is written, parsing nothing', async () => {
    const { services } = await attest();
    // The cache is written a few seconds after a load that parsed files: reload until one comes from it.
    const report = await waitFor(
      async () => {
        await services.reloadCorpus();
        const last = services.lastLoad;
        return last && last.parsed === 0 && last.indexFromCache ? last : undefined;
      },
      { timeout: 30_000, interval: 1_000, message: () => `a load from the cache (last: ${JSON.stringify(services.lastLoad)})` },
    );
    assert.equal(report.cached, report.files);
    assert.ok(services.corpus.claims.has('demo-arrests'));
  });

  it('checks a large draft in the corpus engine', async () => {
    const paragraph = 'The weather in the valley was mild for most of the week, and the river stayed within its banks.\n\n';
    const filler = paragraph.repeat(Math.ceil(110_000 / paragraph.length));
    const { document } = await scratchDraft(`${filler}The ministry said so [@no-such-claim-anywhere].\n`);
    assert.ok(document.getText().length > 100_000);
    const diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-citation'), 'the large draft to be checked', 30_000);
    assert.equal(diagnostics.find((d) => codeOf(d) === 'unknown-citation')!.range.start.line, document.lineCount - 2);
  });

  it('stops a workspace check when it is cancelled, and finishes one that is not', async () => {
    const { services } = await attest();
    const folder = fixtureUri('drafts/many');
    const uris = Array.from({ length: 24 }, (_, i) => vscode.Uri.joinPath(folder, `draft-${i}.md`));
    for (const uri of uris) {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`# Draft\n\nIt cites nothing known [@unknown-${uri.path.length}].\n`));
    }
    try {
      const cancel = new vscode.CancellationTokenSource();
      let reports = 0;
      const checked = await checkWorkspace(services, { report: () => ++reports === 3 && cancel.cancel() }, cancel.token);
      const total = (await vscode.workspace.findFiles('**/*.{md,markdown,txt}')).filter((u) => !services.isCorpusFile(u)).length;
      assert.ok(checked < total, `checked ${checked} of ${total} drafts despite the cancellation`);
      assert.ok(uris.some((u) => attestDiagnostics(u).length === 0), 'some of the new drafts were never checked');

      const none = new vscode.CancellationTokenSource();
      const all = await checkWorkspace(services, { report: () => undefined }, none.token);
      assert.ok(all >= uris.length, `checked ${all} drafts`);
      for (const uri of uris) await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-citation'), `${uri.path} to be checked`);
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });
});
