// Hover cards in drafts: on a citation key, the claim (or source) it cites; on an uncited sentence
// that the corpus supports or contradicts, the verdict and the claims. The model and its Markdown are
// built in the core (features/hoverModel.ts, hoverMarkdown.ts); this adapter only wraps them.
//
// Links in the card run `attest.showClaim` (opens the claim at its current line, whatever the file
// scheme). The MarkdownString trusts that one command and nothing else, and every bit of corpus text
// in it is escaped, so a claim reading `[x](command:workbench.action.quit)` shows as that text.
import * as vscode from 'vscode';
import { findCitationAt } from '../core/draft/citations';
import { idHover, sentenceHover, type HoverModel } from '../core/features/hoverModel';
import { renderHover, SHOW_CLAIM_COMMAND } from '../core/features/hoverMarkdown';
import { isEnabled } from './config';
import { toRange, toSpan } from './convert';
import { DRAFT_SELECTOR, isDraft, parsedDraft } from './drafts';
import type { AttestServices, FeatureRegistration } from './services';

export class AttestHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: AttestServices) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (!isDraft(document, this.services) || !isEnabled(document.uri)) return undefined;
    const offset = document.offsetAt(position);
    const corpus = this.services.corpus;

    const draft = parsedDraft(document);
    const hit = findCitationAt(draft.citations, offset);
    if (hit?.key) {
      const model = idHover(corpus, hit.key.id, (id) => this.suggestionsFor(document, hit.key!.idSpan.start, id));
      return toHover(model, toRange(document, hit.key.idSpan));
    }
    if (hit || token.isCancellationRequested) return undefined;

    const sentence = draft.sentences.find((s) => s.span.start <= offset && offset < s.span.end);
    if (!sentence || sentence.ignored || sentence.citations.length > 0) return undefined;
    // The word under the cursor must be prose, not whitespace between sentences or markup.
    const wordRange = document.getWordRangeAtPosition(position);
    if (!wordRange) return undefined;
    const { start } = toSpan(document, wordRange);
    if (sentence.prose[start - sentence.span.start] === ' ') return undefined;
    const model = sentenceHover(this.services.core, sentence.prose);
    return model ? toHover(model, toRange(document, sentence.span)) : undefined;
  }

  /**
   * "Did you mean" ids for an unknown citation: the ones its diagnostic already carries (worked out by
   * the engine, off this thread), else the index's own (building its trigram index on first use).
   */
  private suggestionsFor(document: vscode.TextDocument, start: number, id: string): readonly string[] {
    const finding = this.services.drafts.publishedFindings(document)?.find((f) => f.span.start === start && f.suggestions);
    return finding?.suggestions ?? this.services.core.index.nearIds(id);
  }
}

function toHover(model: HoverModel, range: vscode.Range): vscode.Hover {
  const markdown = new vscode.MarkdownString(renderHover(model));
  markdown.isTrusted = { enabledCommands: [SHOW_CLAIM_COMMAND] };
  markdown.supportHtml = false;
  markdown.supportThemeIcons = false;
  return new vscode.Hover(markdown, range);
}

export const registerHover: FeatureRegistration = (context, services) => {
  context.subscriptions.push(vscode.languages.registerHoverProvider(DRAFT_SELECTOR, new AttestHoverProvider(services)));
};
