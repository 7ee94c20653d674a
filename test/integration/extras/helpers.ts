// Shared steps for the tests of the claims view, new-claim, corpus completion and export features:
// scratch files outside the corpus (so the corpus stays free of problems for the other suites) and
// their clean-up.
import * as vscode from 'vscode';
import { fixtureUri } from '../features/helpers';

let count = 0;

/** A fresh path under `scratch-extras/` in the workspace (nothing is written); removed by {@link removeScratch}. */
export function scratchUri(extension: string): vscode.Uri {
  return fixtureUri(`scratch-extras/file-${process.pid}-${++count}.${extension}`);
}

/** Writes `text` to a fresh scratch file and returns its Uri. */
export async function scratchFile(extension: string, text: string): Promise<vscode.Uri> {
  const uri = scratchUri(extension);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/**
 * Closes every editor without saving (reverting what the tests changed) and deletes the scratch
 * folder, so later suites see the workspace as the fixture made it.
 */
export async function removeScratch(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && document.uri.path.includes('/scratch-extras/')) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  try {
    await vscode.workspace.fs.delete(fixtureUri('scratch-extras'), { recursive: true, useTrash: false });
  } catch {
    // Nothing was written.
  }
}

/** The text of `uri` on disk. */
export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}
