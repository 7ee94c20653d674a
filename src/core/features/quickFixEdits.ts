// Where quick fixes change a draft, as plain offset edits: citing a claim at the end of a sentence,
// swapping a value for the sourced one, marking a paragraph as ignored. The adapter turns each
// TextEdit into a WorkspaceEdit the writer chooses from the light bulb.
import type { Span } from '../model';

/** Replace `[start, end)` with `newText` (an insertion when start === end). Offsets are UTF-16. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** The marker that makes Attest skip the paragraph below it. */
export const IGNORE_MARKER = '<!-- attest-ignore -->';

// Characters that may close a sentence after its final punctuation: quotes, brackets, emphasis.
const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', '\u00BB', ')', ']', '*', '_']);
const TERMINALS = new Set(['.', '!', '?', '\u2026', ':', ';']);

/**
 * Where ` [@id]` goes for the sentence at `span`: before its final punctuation ("… Russia [@id]."),
 * or at its very end when it ends without punctuation or with a closing quote/bracket after it
 * (`… said "no." [@id]`), so the fix never lands inside a quotation.
 */
export function citationInsertOffset(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1]!)) end--;
  let i = end;
  let closed = false;
  while (i > span.start && CLOSERS.has(text[i - 1]!)) {
    i--;
    closed = true;
  }
  let j = i;
  while (j > span.start && TERMINALS.has(text[j - 1]!)) j--;
  if (j === i || closed) return end;
  return j;
}

/** The edit adding `[@a; @b]` for `ids` to the sentence at `span`. */
export function citeEdit(text: string, span: Span, ids: readonly string[]): TextEdit {
  const at = citationInsertOffset(text, span);
  return { start: at, end: at, newText: ` ${citationText(ids)}` };
}

/** `[@a]` or `[@a; @b]`. */
export function citationText(ids: readonly string[]): string {
  return `[${ids.map((id) => `@${id}`).join('; ')}]`;
}

/**
 * The start of the paragraph holding `offset`: the first line after the nearest blank line above it
 * (or the start of the text).
 */
export function paragraphStart(text: string, offset: number): number {
  let lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  if (offset === 0) return 0;
  for (;;) {
    if (lineStart === 0) return 0;
    const prevEnd = lineStart - 1;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    if (text.slice(prevStart, prevEnd).trim() === '') return lineStart;
    lineStart = prevStart;
  }
}

/**
 * The edit putting `<!-- attest-ignore -->` on its own line above the line holding `offset` — pass
 * the start of the paragraph's first sentence (or `paragraphStart`), since the marker silences the
 * paragraph that follows it. Indented like that line; uses the text's own line break (CRLF or LF).
 */
export function ignoreEdit(text: string, offset: number): TextEdit {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const lineStart = offset === 0 ? 0 : Math.min(start, offset);
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { start: lineStart, end: lineStart, newText: `${indent}${IGNORE_MARKER}${eol}` };
}

/**
 * Several non-overlapping edits as one edit over the span they cover, so edits that touch (a value
 * replaced right before the spot where a citation is inserted) apply in a defined order.
 * Throws when two edits overlap.
 */
export function combineEdits(text: string, edits: readonly TextEdit[]): TextEdit {
  if (edits.length === 0) throw new Error('combineEdits needs at least one edit');
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = sorted[0]!.start;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at ${edit.start}`);
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return { start: sorted[0]!.start, end: at, newText: out };
}

/** `text` with `edits` applied (non-overlapping); what the editor shows after a quick fix. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  const edit = combineEdits(text, edits);
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}
