// Shared steps for the editor-feature tests: activate Attest and wait for its corpus, open drafts,
// make scratch drafts from text with a cursor marker, and read back what the writer would see.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AttestApi } from '../../../src/extension/extension';
import { waitFor } from '../util';

export { waitFor };

export const EXTENSION_ID = 'attest.attest';

/** The fixture workspace folder (a temp copy the runner opened). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opens the fixture workspace');
  return folder.uri;
}

export function fixtureUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

/** Activates Attest and waits until its corpus holds the fixture claims; returns its API. */
export async function attest(): Promise<AttestApi> {
  const ext = vscode.extensions.getExtension<AttestApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  const api = await ext.activate();
  await waitFor(async () => (await api.services.whenLoaded()).corpus.claims.has('demo-arrests'), {
    timeout: 20_000,
    message: 'the fixture corpus (with demo-arrests) to load',
  });
  return api;
}

/** Opens `relative` in an editor and returns its document. */
export async function openDraft(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relative));
  await vscode.window.showTextDocument(document);
  return document;
}

let scratchCount = 0;

/**
 * Writes `marked` (with an optional `|` cursor marker, removed) to a new draft file under
 * drafts/scratch/, opens it, and returns the document and the cursor position.
 */
export async function scratchDraft(marked: string, extension = 'md'): Promise<{ document: vscode.TextDocument; cursor: vscode.Position }> {
  const at = marked.indexOf('|');
  const text = at >= 0 ? marked.slice(0, at) + marked.slice(at + 1) : marked;
  const uri = fixtureUri(`drafts/scratch/scratch-${process.pid}-${++scratchCount}.${extension}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return { document, cursor: document.positionAt(at >= 0 ? at : 0) };
}

/** Attest's diagnostics on `uri`, in document order. */
export function attestDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'attest')
    .sort((a, b) => a.range.start.compareTo(b.range.start) || String(a.code).localeCompare(String(b.code)));
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/** Waits until `uri` has Attest diagnostics satisfying `check`, and returns them. */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  check: (diagnostics: vscode.Diagnostic[]) => boolean,
  message: string,
  timeout = 15_000,
): Promise<vscode.Diagnostic[]> {
  let last: vscode.Diagnostic[] = [];
  return waitFor(
    () => {
      last = attestDiagnostics(uri);
      return check(last) ? last : undefined;
    },
    { timeout, message: () => `${message}; have ${JSON.stringify(last.map((d) => `${codeOf(d)}@${d.range.start.line}`))}` },
  );
}

/** The Markdown of every hover at `position`, joined. */
export async function hoverMarkdown(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

/** The position of the first occurrence of `needle` in `document` (plus `delta` characters). */
export function positionOf(document: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is not in ${document.uri.path}`);
  return document.positionAt(offset + delta);
}

/**
 * Closes every editor, so each test starts from the same screen. Edited drafts are saved first (they
 * are in the runner's temp copy of the workspace): closing a dirty editor would ask whether to save.
 */
export async function closeAllEditors(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
