// Citation autocomplete: inside `[@…]`, after `; @` or on a bare `@`, claims ranked by how well they
// fit the sentence written so far, then by what was typed. The core ranks; the editor must not
// re-rank, so each item's filterText starts with what was typed (every item matches it alike) and
// the list is marked incomplete (re-asked on each keystroke: ranking takes milliseconds).
import * as vscode from 'vscode';
import { completionContext } from '../core/draft/citations';
import { citationStartBefore, completionFilterText, rankSortText, sentenceBefore } from '../core/features/completionModel';
import { blockQuote, escapeMarkdown, oneLineText } from '../core/features/markdown';
import { isEnabled } from './config';
import { toRange } from './convert';
import { DRAFT_SELECTOR, isDraft } from './drafts';
import type { AttestServices, FeatureRegistration } from './services';

/** How many lines above the cursor are read to find the sentence being cited. */
const CONTEXT_LINES = 30;
const MAX_ITEMS = 50;

export class CitationCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly services: AttestServices) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    if (!isDraft(document, this.services) || !isEnabled(document.uri)) return undefined;
    // Only the lines around the cursor: completion must stay fast in a long draft.
    const windowStart = new vscode.Position(Math.max(0, position.line - CONTEXT_LINES), 0);
    const windowEnd = document.lineAt(Math.min(document.lineCount - 1, position.line + 2)).range.end;
    const base = document.offsetAt(windowStart);
    const text = document.getText(new vscode.Range(windowStart, windowEnd));
    const offset = document.offsetAt(position) - base;
    const context = completionContext(text, offset);
    if (!context) return undefined;

    const sentence = sentenceBefore(text, citationStartBefore(text, context.replaceSpan.start, context.inBrackets));
    const corpus = this.services.corpus;
    const range = toRange(document, { start: base + context.replaceSpan.start, end: base + context.replaceSpan.end });
    const items = this.services.core.suggest(sentence, context.prefix, MAX_ITEMS).map((s, rank) => {
      const claim = corpus.claims.get(s.id);
      const source = corpus.sources.get(s.source);
      const item = new vscode.CompletionItem({ label: s.id, description: oneLineText(s.text, 80) }, vscode.CompletionItemKind.Reference);
      item.detail = [source?.outlet ?? s.source, claim?.date ?? source?.published].filter(Boolean).join(' · ');
      const docs = [escapeMarkdown(oneLineText(s.text))];
      if (claim?.quote.trim()) docs.push(blockQuote(claim.quote));
      if (claim?.attributedTo.trim()) docs.push(`Asserted by: ${escapeMarkdown(oneLineText(claim.attributedTo, 200))}`);
      const documentation = new vscode.MarkdownString(docs.join('\n\n'));
      documentation.supportHtml = false;
      item.documentation = documentation;
      item.sortText = rankSortText(rank);
      item.filterText = completionFilterText(context.prefix, s.id, s.text);
      item.range = range;
      item.insertText = context.needsClosingBracket ? `${s.id}]` : s.id;
      if (rank === 0) item.preselect = true;
      return item;
    });
    return new vscode.CompletionList(items, true);
  }
}

export const registerCompletion: FeatureRegistration = (context, services) => {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(DRAFT_SELECTOR, new CitationCompletionProvider(services), '@', '['),
  );
};
