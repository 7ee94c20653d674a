// "Export Bibliography (CSL-JSON)": the sources and claims cited in the active draft (or in every
// draft of the workspace) as a CSL-JSON file for `pandoc --citeproc --bibliography <file>`.
import * as vscode from 'vscode';
import { kindForPath } from '../core/draft/kind';
import { analyzeText } from '../core/draft/markdownProse';
import { buildBibliography, formatCslJson } from '../core/features/cslJson';
import { isDraft } from './drafts';
import { toUri } from './newClaim';
import type { AttestServices, FeatureRegistration } from './services';

export const EXPORT_BIBLIOGRAPHY = 'attest.exportBibliography';

const DRAFT_GLOB = '**/*.{md,markdown,txt}';
const NOT_DRAFTS_GLOB = '{**/node_modules/**,**/.git/**,**/.vscode-test/**}';

/** Optional argument of the command, for callers that already know the answers (tests, tasks). */
export interface ExportBibliographyArgs {
  /** Where to write (a Uri, a URI string or an absolute path). Without it a save dialog asks. */
  readonly target?: vscode.Uri | string;
  /** Export from these drafts (Uris, URI strings or absolute paths), skipping the question. */
  readonly drafts?: readonly (vscode.Uri | string)[];
  /** `active`: the active draft; `all`: every draft in the workspace. Ignored when `drafts` is given. */
  readonly scope?: 'active' | 'all';
  /** Replace `target` when it exists. Without it an existing `target` is refused (the save dialog asks itself). */
  readonly overwrite?: boolean;
}

/** What the command resolves with; undefined when cancelled or nothing was written. */
export interface ExportBibliographyResult {
  readonly target: string;
  /** Ids written, in order of first citation. */
  readonly ids: readonly string[];
  /** Cited ids the corpus does not know (not written). */
  readonly unknown: readonly string[];
}

async function exportBibliography(services: AttestServices, rawArgs: unknown, selected?: unknown): Promise<ExportBibliographyResult | undefined> {
  const args = asArgs(rawArgs, selected);
  const drafts = args.drafts ? args.drafts.map(toUri) : await chooseDrafts(services, args.scope);
  if (!drafts || drafts.length === 0) {
    if (drafts) void vscode.window.showInformationMessage('Attest: no drafts (Markdown or plain text outside the corpus) to export citations from.');
    return undefined;
  }
  const corpus = (await services.whenLoaded()).corpus;

  const cited: string[] = [];
  for (const uri of drafts) {
    const text = await readText(uri);
    if (text === undefined) continue;
    // Through the draft analysis, so `@x` in code, comments and URLs is not taken for a citation.
    for (const group of analyzeText(text, kindForPath(uri.path)).citations) for (const key of group.keys) cited.push(key.id);
  }
  const { items, unknown } = buildBibliography(corpus, cited);
  if (items.length === 0) {
    const detail = unknown.length > 0 ? ` (${unknown.length} cited ids are not in the corpus: ${preview(unknown)})` : '';
    void vscode.window.showInformationMessage(`Attest: the ${drafts.length === 1 ? 'draft cites' : 'drafts cite'} no claim or source of the corpus${detail}.`);
    return undefined;
  }

  let target: vscode.Uri | undefined;
  if (args.target !== undefined) {
    target = toUri(args.target);
    if (!args.overwrite && (await exists(target))) {
      void vscode.window.showErrorMessage(`Attest: ${vscode.workspace.asRelativePath(target)} already exists; not replaced.`);
      return undefined;
    }
  } else {
    target = await vscode.window.showSaveDialog({
      title: 'Attest: Export Bibliography (CSL-JSON)',
      defaultUri: defaultTarget(drafts),
      filters: { 'CSL-JSON': ['json'] },
      saveLabel: 'Export',
    });
  }
  if (!target) return undefined;

  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(formatCslJson(items)));
  const skipped = unknown.length > 0 ? ` ${unknown.length} unknown ${unknown.length === 1 ? 'id' : 'ids'} skipped: ${preview(unknown)}.` : '';
  const written = target;
  void vscode.window
    .showInformationMessage(`Attest: wrote ${items.length} ${items.length === 1 ? 'entry' : 'entries'} to ${vscode.workspace.asRelativePath(written)}.${skipped}`, 'Open')
    .then((choice) => (choice === 'Open' ? vscode.window.showTextDocument(written) : undefined));
  return { target: target.toString(), ids: items.map((item) => item.id), unknown };
}

/** The drafts to export from: the active one or all, asking when there is an active draft to choose. */
async function chooseDrafts(services: AttestServices, scope: 'active' | 'all' | undefined): Promise<vscode.Uri[] | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  const active = document && isDraft(document, services) ? document : undefined;
  let choice = scope;
  if (!choice) {
    if (!active) choice = 'all';
    else {
      const picked = await vscode.window.showQuickPick(
        [
          { scope: 'active' as const, label: 'Active draft', description: vscode.workspace.asRelativePath(active.uri) },
          { scope: 'all' as const, label: 'All drafts in the workspace', description: 'Markdown and plain-text files outside the corpus' },
        ],
        { title: 'Attest: Export Bibliography', placeHolder: 'Export the sources and claims cited in…' },
      );
      if (!picked) return undefined;
      choice = picked.scope;
    }
  }
  if (choice === 'active') return active ? [active.uri] : [];
  const files = await vscode.workspace.findFiles(DRAFT_GLOB, NOT_DRAFTS_GLOB);
  return files.filter((uri) => !services.isCorpusFile(uri)).sort((a, b) => a.toString().localeCompare(b.toString()));
}

/** The text of `uri`: the open document's (unsaved edits count) or the file's; undefined when unreadable. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** `references.json` next to the first draft (or in the first workspace folder). */
function defaultTarget(drafts: readonly vscode.Uri[]): vscode.Uri | undefined {
  const first = drafts[0];
  if (drafts.length === 1 && first) return first.with({ path: `${first.path.slice(0, first.path.lastIndexOf('/'))}/references.json` });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, 'references.json') : undefined;
}

function preview(ids: readonly string[]): string {
  return ids.length > 5 ? `${ids.slice(0, 5).join(', ')}, …` : ids.join(', ');
}

function asArgs(value: unknown, selected?: unknown): ExportBibliographyArgs {
  // From an explorer or editor-title menu: the file(s) the menu was opened on are the drafts.
  if (value instanceof vscode.Uri) {
    const uris = Array.isArray(selected) ? selected.filter((u): u is vscode.Uri => u instanceof vscode.Uri) : [];
    return { drafts: uris.length > 0 ? uris : [value] };
  }
  if (typeof value !== 'object' || value === null) return {};
  const { target, drafts, scope, overwrite } = value as Record<string, unknown>;
  const isTarget = (v: unknown): v is string | vscode.Uri => typeof v === 'string' || v instanceof vscode.Uri;
  return {
    target: isTarget(target) ? target : undefined,
    drafts: Array.isArray(drafts) ? drafts.filter(isTarget) : undefined,
    scope: scope === 'active' || scope === 'all' ? scope : undefined,
    overwrite: overwrite === true,
  };
}

export const registerExportBibliography: FeatureRegistration = (context, services) => {
  context.subscriptions.push(vscode.commands.registerCommand(EXPORT_BIBLIOGRAPHY, (args?: unknown, selected?: unknown) => exportBibliography(services, args, selected)));
};
