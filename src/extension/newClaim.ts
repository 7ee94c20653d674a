// "New Claim from Selection": quotes the selected text in a new claim appended to a claims file the
// writer picks, then opens that file with the cursor where the claim's own words go.
import * as vscode from 'vscode';
import type { Corpus } from '../core/corpus/types';
import { oneLineText } from '../core/features/markdown';
import { NewClaimError, normalizeQuote, planNewClaim, type ClaimsFileFormat } from '../core/features/newClaim';
import { toPosition } from './convert';
import type { AttestServices, FeatureRegistration } from './services';

export const NEW_CLAIM_FROM_SELECTION = 'attest.newClaimFromSelection';

/**
 * Optional argument of the command, for callers that already know the answers (tests, other
 * extensions): each given field skips its question.
 */
export interface NewClaimArgs {
  /** The claims file to append to (a Uri, a URI string or an absolute path); created when missing. */
  readonly targetFile?: vscode.Uri | string;
  /** The id of the quoted source. */
  readonly sourceId?: string;
  /** The text to quote, instead of the active editor's selection. */
  readonly quote?: string;
}

/** What the command resolves with once the claim is written; undefined when it was cancelled or failed. */
export interface NewClaimResult {
  readonly uri: string;
  readonly id: string;
}

type FilePick = vscode.QuickPickItem & { uri?: vscode.Uri };
type SourcePick = vscode.QuickPickItem & { id: string };

async function newClaimFromSelection(services: AttestServices, rawArgs: unknown): Promise<NewClaimResult | undefined> {
  const args = asArgs(rawArgs);
  const editor = vscode.window.activeTextEditor;
  const quote = normalizeQuote(args.quote ?? (editor ? editor.document.getText(editor.selection) : ''));
  if (!quote) {
    void vscode.window.showWarningMessage('Attest: select the passage to quote first.');
    return undefined;
  }
  const corpus = (await services.whenLoaded()).corpus;

  const sourceId = args.sourceId ?? (editor && sourceOfDocument(corpus, editor.document)) ?? (await pickSource(corpus));
  if (!sourceId) return undefined;
  const target = args.targetFile !== undefined ? toUri(args.targetFile) : await pickClaimsFile(services, corpus, sourceId);
  if (!target) return undefined;

  const format: ClaimsFileFormat = /\.(md|markdown)$/i.test(target.path) ? 'markdown' : 'yaml';
  const existing = await openIfExists(target);
  const source = corpus.sources.get(sourceId);
  let plan;
  try {
    plan = planNewClaim({
      fileText: existing?.getText() ?? '',
      format,
      sourceId,
      quote,
      attributedTo: source?.outlet ?? sourceId,
      idsInUse: [...corpus.claims.keys(), ...corpus.sources.keys(), ...(corpus.rejectedClaims ?? [])],
    });
  } catch (error) {
    if (!(error instanceof NewClaimError)) throw error;
    void vscode.window.showErrorMessage(`Attest: ${error.message}`);
    return undefined;
  }

  const edit = new vscode.WorkspaceEdit();
  const metadata = { label: `New claim ${plan.id}`, needsConfirmation: false };
  if (existing) {
    edit.replace(target, new vscode.Range(existing.positionAt(plan.start), existing.positionAt(plan.end)), plan.text, metadata);
  } else {
    edit.createFile(target, { ignoreIfExists: true }, metadata);
    edit.insert(target, new vscode.Position(0, 0), plan.text, metadata);
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(`Attest: could not add the claim to ${vscode.workspace.asRelativePath(target)}.`);
    return undefined;
  }
  const selection = new vscode.Range(toPosition(plan.textRange.start), toPosition(plan.textRange.end));
  await vscode.window.showTextDocument(target, { selection, preview: false });
  return { uri: target.toString(), id: plan.id };
}

function asArgs(value: unknown): NewClaimArgs {
  // From an editor context menu the first argument is the document's Uri: not ours.
  if (typeof value !== 'object' || value === null || value instanceof vscode.Uri) return {};
  const { targetFile, sourceId, quote } = value as Record<string, unknown>;
  return {
    targetFile: typeof targetFile === 'string' || targetFile instanceof vscode.Uri ? targetFile : undefined,
    sourceId: typeof sourceId === 'string' ? sourceId : undefined,
    quote: typeof quote === 'string' ? quote : undefined,
  };
}

/** A Uri from a Uri, a URI string (`file:///…`) or an absolute file path (for command arguments). */
export function toUri(value: vscode.Uri | string): vscode.Uri {
  if (typeof value !== 'string') return value;
  return /^[a-z][a-z0-9+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
}

/** The id of the source written in `document` (a corpus source file); undefined for any other document. */
function sourceOfDocument(corpus: Corpus, document: vscode.TextDocument): string | undefined {
  const uri = document.uri.toString();
  for (const source of corpus.sources.values()) {
    if (vscode.Uri.parse(source.location.file).toString() === uri) return source.id;
  }
  return undefined;
}

async function pickSource(corpus: Corpus): Promise<string | undefined> {
  if (corpus.sources.size === 0) {
    void vscode.window.showWarningMessage('Attest: the corpus has no sources. Add a source file (Markdown with an `id` in its front matter) first.');
    return undefined;
  }
  const items: SourcePick[] = [...corpus.sources.values()].map((source) => ({
    id: source.id,
    label: source.id,
    description: oneLineText([source.outlet, source.published].filter(Boolean).join(' · '), 80),
    detail: oneLineText(source.title, 200),
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Attest: New Claim from Selection (1/2)',
    placeHolder: 'Which source does the quote come from?',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.id;
}

/**
 * Asks which claims file to append to: the corpus's claims files (those already holding claims of
 * `sourceId` first), or a new file chosen with a save dialog. Never returns an existing file the
 * writer did not pick.
 */
async function pickClaimsFile(services: AttestServices, corpus: Corpus, sourceId: string): Promise<vscode.Uri | undefined> {
  const perFile = new Map<string, { total: number; fromSource: number }>();
  const sourceFiles = new Set([...corpus.sources.values()].map((s) => s.location.file));
  for (const file of corpus.files) if (!sourceFiles.has(file) && /\.(ya?ml|md)$/i.test(file)) perFile.set(file, { total: 0, fromSource: 0 });
  for (const claim of corpus.claims.values()) {
    const counts = perFile.get(claim.location.file) ?? { total: 0, fromSource: 0 };
    counts.total++;
    if (claim.source === sourceId) counts.fromSource++;
    perFile.set(claim.location.file, counts);
  }
  // A Markdown file with no claims and no source is most likely a broken source file: not offered.
  const files = [...perFile].filter(([file, c]) => c.total > 0 || !/\.md$/i.test(file));
  files.sort(([a, ca], [b, cb]) => cb.fromSource - ca.fromSource || (a < b ? -1 : a > b ? 1 : 0));

  const items: FilePick[] = files.map(([file, counts]) => {
    const uri = vscode.Uri.parse(file);
    return {
      uri,
      label: uri.path.slice(uri.path.lastIndexOf('/') + 1),
      description: vscode.workspace.asRelativePath(uri),
      detail: counts.fromSource > 0 ? `${counts.fromSource} of ${counts.total} claims from ${sourceId}` : `${counts.total} claims`,
    };
  });
  const newFile: FilePick = { label: '$(new-file) New claims file…', alwaysShow: true, detail: `A new YAML or Markdown file for claims from ${sourceId}` };
  const picked = await vscode.window.showQuickPick([...items, newFile], {
    title: 'Attest: New Claim from Selection',
    placeHolder: 'Add the claim to which claims file?',
    matchOnDescription: true,
  });
  if (!picked) return undefined;
  if (picked.uri) return picked.uri;
  // The save dialog asks before replacing an existing file; a chosen existing file is appended to, never replaced.
  return vscode.window.showSaveDialog({
    title: 'Attest: New Claims File',
    defaultUri: vscode.Uri.joinPath(claimsFolder(services, files.map(([file]) => file)), `${sourceId}.yaml`),
    filters: { 'YAML claims file': ['yaml', 'yml'], 'Markdown claims file': ['md'] },
    saveLabel: 'Create Claims File',
  });
}

/** Where a new claims file goes by default: next to existing claims files, else `<corpus>/claims`. */
function claimsFolder(services: AttestServices, claimsFiles: readonly string[]): vscode.Uri {
  const first = claimsFiles.find((file) => /\.ya?ml$/i.test(file)) ?? claimsFiles[0];
  if (first) {
    const uri = vscode.Uri.parse(first);
    return uri.with({ path: uri.path.slice(0, uri.path.lastIndexOf('/')) });
  }
  const root = services.corpusRoots()[0] ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  return root ? vscode.Uri.joinPath(root, 'claims') : vscode.Uri.file('/');
}

/** The document at `uri` (open, so unsaved edits count), or undefined when no such file exists. */
async function openIfExists(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open;
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
  return vscode.workspace.openTextDocument(uri);
}

export const registerNewClaim: FeatureRegistration = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(NEW_CLAIM_FROM_SELECTION, (args?: unknown) => newClaimFromSelection(services, args)),
  );
};
