// Smoke test run inside a real VS Code: the extension is there, activates, and the fixture
// workspace (a temp copy) is open with its Markdown draft.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from './util';

const EXTENSION_ID = 'attest.attest';

/** Returns the extension under test; fails the test when VS Code did not load it. */
function attest(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

/** Returns the first workspace folder; fails the test when none is open. */
function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens the fixture workspace as a folder');
  return folder;
}

describe('smoke', () => {
  it('finds the extension under development', () => {
    attest();
  });

  it('activates the extension', async () => {
    const ext = attest();
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('opens a copy of the fixture workspace, not the repository', () => {
    const folder = workspaceFolder().uri.path;
    const repo = attest().extensionUri.path;
    assert.ok(
      path.posix.relative(repo, folder).startsWith('..'),
      `workspace ${folder} must be a temp copy outside the repository ${repo}`,
    );
  });

  it('finds the fixture corpus files', async () => {
    const found = await waitFor(
      async () => {
        const files = await vscode.workspace.findFiles('corpus/**/*.{md,yaml}');
        return files.length >= 2 ? files : undefined;
      },
      { timeout: 20_000, message: 'findFiles to list corpus/sources/*.md and corpus/claims/*.yaml' },
    );
    const names = found.map((uri) => path.posix.basename(uri.path)).sort();
    assert.ok(names.includes('demo-source.md'), names.join(', '));
    assert.ok(names.includes('demo.yaml'), names.join(', '));
  });

  it('opens the Markdown draft in an editor', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder().uri, 'drafts', 'draft.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);

    assert.equal(document.languageId, 'markdown');
    assert.match(document.getText(), /\[@demo-passports\]/);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(), {
      message: 'the draft to become the active editor',
    });
  });
});
