// Completion inside corpus claims files: source ids after `source:`, claim ids inside
// `contradicts:` / `qualifies:`. Only in files of a corpus folder (or YAML files with a top-level
// `claims:` key), so other YAML and Markdown files are left alone.
import * as vscode from 'vscode';
import { idCompletionContext, type IdCompletionContext } from '../core/features/corpusCompletion';
import { blockQuote, escapeMarkdown, oneLineText } from '../core/features/markdown';
import type { ClaimsFileFormat } from '../core/features/newClaim';
import { fold } from '../core/text/fold';
import type { AttestServices, FeatureRegistration } from './services';

const SELECTOR: vscode.DocumentSelector = [{ language: 'yaml' }, { language: 'markdown' }];
/** More items than this and the list is cut and marked incomplete (VS Code asks again as the user types). */
const MAX_ITEMS = 300;

export class CorpusCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly services: AttestServices) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.CompletionList | undefined {
    const format = this.claimsFileFormat(document);
    if (!format) return undefined;
    const context = idCompletionContext(document.getText(), position.line, position.character, format);
    if (!context || token.isCancellationRequested) return undefined;
    const range = new vscode.Range(position.line, context.start, position.line, context.end);
    return context.kind === 'source' ? this.sourceItems(context, range) : this.claimItems(context, range);
  }

  /** The file's format when `document` is a claims file of the corpus; undefined otherwise. */
  private claimsFileFormat(document: vscode.TextDocument): ClaimsFileFormat | undefined {
    if (document.languageId === 'yaml') {
      return this.services.isCorpusFile(document.uri) || /^claims[ \t]*:/m.test(document.getText()) ? 'yaml' : undefined;
    }
    if (document.languageId !== 'markdown' || !this.services.isCorpusFile(document.uri)) return undefined;
    // Source files name themselves with `id:`; claims files name their source with `source:`.
    const uri = document.uri.toString();
    for (const source of this.services.corpus.sources.values()) if (source.location.file === uri) return undefined;
    return 'markdown';
  }

  private sourceItems(context: IdCompletionContext, range: vscode.Range): vscode.CompletionList {
    const corpus = this.services.corpus;
    const items: vscode.CompletionItem[] = [];
    for (const source of corpus.sources.values()) {
      if (!matches(context.prefix, source.id)) continue;
      const claims = corpus.claimsBySource.get(source.id)?.length ?? 0;
      const item = new vscode.CompletionItem({ label: source.id, description: oneLineText(source.outlet, 60) }, vscode.CompletionItemKind.Reference);
      item.detail = oneLineText(source.title, 120);
      const lines = [`**${escapeMarkdown(oneLineText(source.title, 300))}**`, escapeMarkdown(oneLineText(source.outlet, 200))];
      const byline = [source.author, source.published].filter(Boolean).join(' · ');
      if (byline) lines.push(escapeMarkdown(oneLineText(byline, 200)));
      lines.push(`${claims} ${claims === 1 ? 'claim' : 'claims'} in the corpus`);
      item.documentation = markdown(lines.join('\n\n'));
      item.range = range;
      items.push(item);
      if (items.length >= MAX_ITEMS) return new vscode.CompletionList(items, true);
    }
    return new vscode.CompletionList(items, false);
  }

  private claimItems(context: IdCompletionContext, range: vscode.Range): vscode.CompletionList {
    const corpus = this.services.corpus;
    const skip = new Set([...context.listed, context.ownId]);
    const items: vscode.CompletionItem[] = [];
    // By id first: the host's corpus parses a claim when it is first read, and only the listed ones need to be.
    for (const id of corpus.claims.keys()) {
      if (skip.has(id) || !matches(context.prefix, id)) continue;
      const claim = corpus.claims.get(id)!;
      const item = new vscode.CompletionItem({ label: claim.id, description: claim.source }, vscode.CompletionItemKind.Reference);
      item.detail = oneLineText(claim.text, 120);
      const docs = [escapeMarkdown(oneLineText(claim.text))];
      if (claim.quote.trim()) docs.push(blockQuote(claim.quote));
      docs.push(`— ${escapeMarkdown(oneLineText(claim.attributedTo, 200))}`);
      item.documentation = markdown(docs.join('\n\n'));
      item.range = range;
      items.push(item);
      if (items.length >= MAX_ITEMS) return new vscode.CompletionList(items, true);
    }
    return new vscode.CompletionList(items, false);
  }
}

// Loose on purpose (VS Code filters and ranks the rest): only cuts the list down for large corpora.
function matches(prefix: string, id: string): boolean {
  if (!prefix) return true;
  const p = fold(prefix);
  const target = fold(id);
  let j = 0;
  for (let i = 0; i < target.length && j < p.length; i++) if (target[i] === p[j]) j++;
  return j === p.length;
}

function markdown(value: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(value);
  result.isTrusted = false;
  result.supportHtml = false;
  return result;
}

export const registerCorpusCompletion: FeatureRegistration = (context, services) => {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(SELECTOR, new CorpusCompletionProvider(services), ' ', '[', ','),
  );
};
