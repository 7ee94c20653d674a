// Go to Definition on a citation key opens the claim (or source) where the corpus defines it;
// Find All References lists every citation of that id across the workspace's drafts.
import * as vscode from 'vscode';
import { findCitationAt } from '../core/draft/citations';
import { kindForPath, parseDraft } from '../core/draft/parseDraft';
import type { ParsedDraft } from '../core/draft/types';
import { LineMap } from '../core/text/lineMap';
import { toRange, type OffsetMapper } from './convert';
import { DRAFT_SELECTOR, isDraft, parsedDraft } from './drafts';
import type { AttestServices, FeatureRegistration } from './services';

/** Drafts in the workspace that references scan (open documents are read from the editor instead). */
export const DRAFT_GLOB = '**/*.{md,txt}';
export const DRAFT_EXCLUDE = '{**/node_modules/**,**/.git/**}';

interface Cited {
  readonly id: string;
  readonly range: vscode.Range;
}

/**
 * The citations in each draft of the workspace, read through workspace.fs and kept per file until
 * its modification time changes; open documents are parsed from their current text.
 */
export class CitationScanner {
  private readonly cache = new Map<string, { mtime: number; size: number; cited: readonly Cited[] }>();

  constructor(private readonly services: AttestServices) {}

  /** Every citation of `id` in the workspace's drafts; stops early (partial result) when cancelled. */
  async referencesTo(id: string, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const open = new Map<string, vscode.TextDocument>();
    for (const doc of vscode.workspace.textDocuments) if (isDraft(doc, this.services)) open.set(doc.uri.toString(), doc);
    const files = await vscode.workspace.findFiles(DRAFT_GLOB, DRAFT_EXCLUDE, undefined, token);
    if (token.isCancellationRequested) return [];
    const uris = new Map<string, vscode.Uri>();
    for (const doc of open.values()) uris.set(doc.uri.toString(), doc.uri);
    for (const uri of files) if (!this.services.isCorpusFile(uri)) uris.set(uri.toString(), uri);

    const out: vscode.Location[] = [];
    for (const [key, uri] of [...uris].sort(([a], [b]) => a.localeCompare(b))) {
      const doc = open.get(key);
      const cited = doc ? citedIn(parsedDraft(doc), doc) : await this.scanFile(uri);
      if (token.isCancellationRequested) return out;
      for (const c of cited) if (c.id === id) out.push(new vscode.Location(uri, c.range));
    }
    return out;
  }

  private async scanFile(uri: vscode.Uri): Promise<readonly Cited[]> {
    const key = uri.toString();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      const cached = this.cache.get(key);
      if (cached && cached.mtime === stat.mtime && cached.size === stat.size) return cached.cited;
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const cited = citedIn(parseDraft(text, kindForPath(uri.path)), new LineMap(text));
      this.cache.set(key, { mtime: stat.mtime, size: stat.size, cited });
      return cited;
    } catch {
      this.cache.delete(key);
      return [];
    }
  }
}

/** Every citation key in a parsed draft (code blocks and comments excluded), with its range. */
function citedIn(draft: ParsedDraft, mapper: OffsetMapper): Cited[] {
  return draft.citations.flatMap((group) => group.keys.map((key) => ({ id: key.id, range: toRange(mapper, key.idSpan) })));
}

/** The id of the citation key under `position`, with its range; undefined off a key. */
function keyAt(document: vscode.TextDocument, position: vscode.Position): { id: string; range: vscode.Range } | undefined {
  const hit = findCitationAt(parsedDraft(document).citations, document.offsetAt(position));
  return hit?.key ? { id: hit.key.id, range: toRange(document, hit.key.idSpan) } : undefined;
}

export const registerNavigation: FeatureRegistration = (context, services) => {
  const scanner = new CitationScanner(services);
  const definition: vscode.DefinitionProvider = {
    provideDefinition(document, position): vscode.DefinitionLink[] | undefined {
      if (!isDraft(document, services)) return undefined;
      const key = keyAt(document, position);
      const target = key && services.locationOfId(key.id);
      if (!key || !target) return undefined;
      return [{ originSelectionRange: key.range, targetUri: target.uri, targetRange: target.range, targetSelectionRange: target.range }];
    },
  };
  const references: vscode.ReferenceProvider = {
    async provideReferences(document, position, refContext, token) {
      if (!isDraft(document, services)) return undefined;
      const key = keyAt(document, position);
      if (!key) return undefined;
      const found = await scanner.referencesTo(key.id, token);
      if (token.isCancellationRequested) return undefined;
      const target = refContext.includeDeclaration ? services.locationOfId(key.id) : undefined;
      return target ? [target, ...found] : found;
    },
  };
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(DRAFT_SELECTOR, definition),
    vscode.languages.registerReferenceProvider(DRAFT_SELECTOR, references),
  );
};
