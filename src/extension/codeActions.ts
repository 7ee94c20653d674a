// Quick fixes for Attest's diagnostics. Each fix is a WorkspaceEdit the writer picks from the light
// bulb; where it edits is computed in the core (features/quickFixEdits.ts). The finding behind a
// diagnostic (with its replacement value and suggested ids) comes from the diagnostics feature.
import * as vscode from 'vscode';
import type { DraftSentence } from '../core/draft/types';
import { citationText, citeEdit, combineEdits, ignoreEdit, paragraphStart, type TextEdit } from '../core/features/quickFixEdits';
import { FindingCode, type Finding } from '../core/model';
import { DIAGNOSTIC_SOURCE, toRange } from './convert';
import { DRAFT_SELECTOR, isDraft, parsedDraft } from './drafts';
import type { AttestServices, FeatureRegistration } from './services';

const SENTENCE_CODES = new Set<string>([FindingCode.Contradiction, FindingCode.MissingCitation, FindingCode.Unsourced, FindingCode.CitationMismatch]);
const MAX_CITE_FIXES = 3;

export class AttestCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly services: AttestServices) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): vscode.CodeAction[] {
    if (!isDraft(document, this.services)) return [];
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (token.isCancellationRequested) return [];
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = this.findingOf(document, diagnostic);
      if (finding) actions.push(...this.fixes(document, diagnostic, finding));
    }
    return actions;
  }

  /** The finding behind `diagnostic`: the one published, else one re-computed at the same place. */
  private findingOf(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
    const known = this.services.drafts.findingFor(document, diagnostic);
    if (known) return known;
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    return this.services.drafts
      .findingsFor(document)
      .find((f) => f.code === code && toRange(document, f.span).isEqual(diagnostic.range));
  }

  private fixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding): vscode.CodeAction[] {
    const text = document.getText();
    const out: vscode.CodeAction[] = [];
    const add = (title: string, edits: readonly TextEdit[], preferred = false) => {
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      const edit = combineEdits(text, edits);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, toRange(document, edit), edit.newText);
      action.diagnostics = [diagnostic];
      action.isPreferred = preferred && !out.some((a) => a.isPreferred);
      out.push(action);
    };
    const replacement = finding.replacement
      ? { start: finding.replacement.span.start, end: finding.replacement.span.end, newText: finding.replacement.text }
      : undefined;
    const replaceTitle = finding.replacement
      ? `Replace "${text.slice(finding.replacement.span.start, finding.replacement.span.end)}" with "${finding.replacement.text}"`
      : '';

    switch (finding.code) {
      case FindingCode.MissingCitation:
        finding.claims.slice(0, MAX_CITE_FIXES).forEach((id, i) => add(`Cite ${citationText([id])}`, [citeEdit(text, finding.span, [id])], i === 0));
        break;
      case FindingCode.Contradiction: {
        const id = finding.claims[0];
        if (replacement && id) add(`${replaceTitle} and cite ${citationText([id])}`, [replacement, citeEdit(text, finding.span, [id])], true);
        if (replacement) add(replaceTitle, [replacement]);
        break;
      }
      case FindingCode.UnknownCitation:
        (finding.suggestions ?? []).forEach((id, i) => add(`Change to @${id}`, [{ start: finding.span.start, end: finding.span.end, newText: id }], i === 0));
        break;
      case FindingCode.CitationMismatch: {
        // The cited claim gives a different value: the value is what is wrong, not the citation.
        if (replacement) add(replaceTitle, [replacement], true);
        const better = this.betterClaim(document, finding);
        if (better) add(`Cite ${citationText([better.id])} instead`, better.edits, !replacement);
        break;
      }
    }
    if (SENTENCE_CODES.has(finding.code)) add('Ignore this sentence (add <!-- attest-ignore -->)', [ignoreEdit(text, this.paragraphStart(document, finding))]);
    return out;
  }

  /** Where the paragraph of the finding's sentence starts: its first sentence, else the blank line above. */
  private paragraphStart(document: vscode.TextDocument, finding: Finding): number {
    const sentences = parsedDraft(document).sentences;
    const sentence = sentences.find((s) => s.span.start <= finding.span.start && finding.span.start < s.span.end);
    const first = sentence && sentences.find((s) => s.paragraph === sentence.paragraph);
    return first ? first.span.start : paragraphStart(document.getText(), finding.span.start);
  }

  /**
   * A claim that supports the sentence better than the ones it cites, and the edits that cite it in
   * their place (each cited id replaced); undefined when the corpus has none.
   */
  private betterClaim(document: vscode.TextDocument, finding: Finding): { id: string; edits: TextEdit[] } | undefined {
    const sentence = parsedDraft(document).sentences.find((s) => s.span.start === finding.span.start && s.span.end === finding.span.end);
    if (!sentence) return undefined;
    const verdict = this.services.core.judge(sentence.prose);
    if (verdict.kind !== 'supported') return undefined;
    const cited = new Set(citedIds(sentence));
    const best = verdict.support.find((a) => !cited.has(a.claimId));
    if (!best) return undefined;
    const wrong = new Set(finding.claims);
    const edits: TextEdit[] = [];
    for (const group of sentence.citations) {
      for (const key of group.keys) if (wrong.has(key.id) && edits.length === 0) edits.push({ start: key.idSpan.start, end: key.idSpan.end, newText: best.claimId });
    }
    if (edits.length === 0) edits.push(citeEdit(document.getText(), sentence.span, [best.claimId]));
    return { id: best.claimId, edits };
  }
}

function citedIds(sentence: DraftSentence): string[] {
  return sentence.citations.flatMap((g) => g.keys.map((k) => k.id));
}

export const registerCodeActions: FeatureRegistration = (context, services) => {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(DRAFT_SELECTOR, new AttestCodeActionProvider(services), AttestCodeActionProvider.metadata),
  );
};
