// Diagnostics a writer sees in the Problems panel: one per finding, with its code, range, severity
// and links to the claims; updated on edit, dropped on close, configurable per code; corpus problems
// on the corpus files themselves.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { attest, attestDiagnostics, closeAllEditors, codeOf, fixtureUri, openDraft, positionOf, scratchDraft, waitFor, waitForDiagnostics } from './helpers';

describe('diagnostics', () => {
  before(attest);
  afterEach(closeAllEditors);

  it('reports every kind of finding in drafts/findings.md, each on its sentence', async () => {
    const document = await openDraft('drafts/findings.md');
    const diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.length >= 6, 'the findings of drafts/findings.md');
    const seen = diagnostics.map((d) => `${d.range.start.line}:${codeOf(d)}`);
    assert.deepEqual(seen, [
      '2:missing-citation',
      '4:contradiction',
      '6:unknown-citation',
      '8:citation-mismatch',
      '10:unsourced',
      '12:citation-mismatch',
    ]);
    for (const d of diagnostics) assert.equal(d.source, 'attest');

    const contradiction = diagnostics.find((d) => codeOf(d) === 'contradiction')!;
    assert.equal(contradiction.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(document.getText(contradiction.range), 'The Cuban authorities arrested 300 people linked to the recruitment network.');
    assert.match(contradiction.message, /"300".*"17"/);
    const related = contradiction.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.match(related[0].location.uri.path, /corpus\/claims\/features\.yaml$/);
    assert.equal(related[0].location.range.start.line, 3, 'points at the id line of demo-arrests');
    assert.match(related[0].message, /^@demo-arrests: The Cuban authorities arrested 17 people/);

    const unknown = diagnostics.find((d) => codeOf(d) === 'unknown-citation')!;
    assert.equal(document.getText(unknown.range), 'demo-hackers-grop');
    assert.equal(diagnostics.find((d) => codeOf(d) === 'unsourced')!.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('re-checks as the writer types and drops the diagnostics when the draft closes', async () => {
    const { document } = await scratchDraft('Havana denied any role in the recruitment [@demo-havana-denies].\n');
    await waitFor(() => attestDiagnostics(document.uri).length === 0 && vscode.languages.getDiagnostics(document.uri) !== undefined, { message: 'a clean draft' });
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(1, 0), '\nThe Cuban authorities arrested 300 people linked to the recruitment network.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const [d] = await waitForDiagnostics(document.uri, (ds) => ds.some((x) => codeOf(x) === 'contradiction'), 'the contradiction typed in');
    assert.equal(d.range.start.line, 2);

    // Saved first: closing a dirty editor would ask whether to save.
    assert.ok(await document.save());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor(() => attestDiagnostics(document.uri).length === 0, { message: 'diagnostics to disappear once the draft is closed' });
  });

  it('follows attest.severity.<code>: off drops the code, error raises it', async () => {
    const config = vscode.workspace.getConfiguration('attest');
    const document = await openDraft('drafts/findings.md');
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'unsourced'), 'the unsourced finding');
    try {
      await config.update('severity.unsourced', 'off', vscode.ConfigurationTarget.Workspace);
      await config.update('severity.missing-citation', 'error', vscode.ConfigurationTarget.Workspace);
      const ds = await waitForDiagnostics(
        document.uri,
        (all) => !all.some((d) => codeOf(d) === 'unsourced') && all.filter((d) => codeOf(d) === 'missing-citation').every((d) => d.severity === vscode.DiagnosticSeverity.Error),
        'unsourced gone and missing-citation raised to error',
      );
      assert.ok(ds.some((d) => codeOf(d) === 'contradiction'), 'other codes stay');
    } finally {
      await config.update('severity.unsourced', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('severity.missing-citation', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'unsourced'), 'unsourced back once the setting is removed');
  });

  it('does not treat corpus files as drafts', async () => {
    const document = await openDraft('corpus/sources/demo-source.md');
    await openDraft('drafts/findings.md');
    await waitForDiagnostics(fixtureUri('drafts/findings.md'), (ds) => ds.length > 0, 'the open draft to be checked');
    assert.deepEqual(attestDiagnostics(document.uri), []);
  });

  it('shows corpus problems on the corpus file and picks up a new claims file', async () => {
    const broken = fixtureUri('corpus/claims/zz-broken.yaml');
    const added = fixtureUri('corpus/claims/zz-added.yaml');
    try {
      await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('claims:\n  - id: broken-claim\n    text: [unclosed\n'));
      const [problem] = await waitForDiagnostics(broken, (ds) => ds.length > 0, 'a problem on the broken corpus file');
      assert.match(codeOf(problem), /^corpus-/);

      await vscode.workspace.fs.writeFile(
        added,
        new TextEncoder().encode(
          'claims:\n  - id: zz-new-claim\n    text: A claim added while the editor runs.\n    source: demo-source\n    quote: "added"\n    attributedTo: EFE\n',
        ),
      );
      const { services } = await attest();
      await waitFor(() => services.corpus.claims.has('zz-new-claim'), { message: 'the watcher to load the new claims file' });
    } finally {
      await vscode.workspace.fs.delete(broken);
      await vscode.workspace.fs.delete(added);
    }
    const { services } = await attest();
    await waitFor(() => !services.corpus.claims.has('zz-new-claim') && attestDiagnostics(broken).length === 0, {
      message: 'the deleted files to leave the corpus and the Problems panel',
    });
  });

  it('positions the contradiction range right after an emoji', async () => {
    const { document } = await scratchDraft('😀 Intro.\n\n😀😀 The Cuban authorities arrested 300 people linked to the recruitment network.\n');
    const [d] = await waitForDiagnostics(document.uri, (ds) => ds.some((x) => codeOf(x) === 'contradiction'), 'the contradiction');
    assert.equal(d.range.start.line, 2);
    // Columns count UTF-16 units (an emoji is two): the range covers exactly the sentence.
    assert.match(document.getText(d.range), /^(😀😀 )?The Cuban authorities arrested 300 people linked to the recruitment network\.$/u);
    assert.ok(d.range.end.character === positionOf(document, 'network.', 'network.'.length).character);
  });
});
