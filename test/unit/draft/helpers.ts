// Builders for inline test documents.
import type { Span } from '../../../src/core/model';
import { parseDraft } from '../../../src/core/draft/parseDraft';
import type { DraftKind, ParsedDraft } from '../../../src/core/draft/types';

/** Lines joined with `\n` (or another line break). */
export function joinLines(...lines: string[]): string {
  return lines.join('\n');
}

/** Splits a `|` cursor marker out of a document: the text without it and the cursor's offset. */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) throw new Error('expected exactly one | cursor');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

export function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The sentences of a draft as they appear in the text. */
export function sentencesOf(text: string, kind: DraftKind = 'markdown'): string[] {
  return parseDraft(text, kind).sentences.map((s) => slice(text, s.span));
}

/** Each sentence with the texts of the citation groups attached to it. */
export function attachments(text: string, draft: ParsedDraft = parseDraft(text, 'markdown')): [string, string[]][] {
  return draft.sentences.map((s) => [slice(text, s.span), s.citations.map((g) => slice(text, g.span))]);
}
