// The text around a citation being typed, for ranking claims: the sentence written so far before the
// citation, and the strings that keep the editor's own filter from reordering the ranked list.

/** How far back the sentence before a citation is looked for, in UTF-16 units. */
const LOOK_BACK = 2000;

// A citation group `[… @id …]`, a link `[text](target)`, inline code: not prose to rank by.
const NOT_PROSE = /\[[^\[\]\n]*@[^\[\]\n]*\]|`[^`\n]*`|\]\([^)\n]*\)/g;

/**
 * The sentence that a citation starting at `citationStart` attaches to, as prose: from the end of
 * the previous sentence (or paragraph) up to the citation, without other citations or inline code.
 * A citation placed after the final period ("… Russia. [@") attaches to the sentence that period ends.
 * Returns '' when there is no text before the citation in its paragraph.
 */
export function sentenceBefore(text: string, citationStart: number): string {
  const from = Math.max(0, citationStart - LOOK_BACK);
  let chunk = text.slice(from, citationStart).replace(/\r\n?/g, '\n');
  const blank = lastMatchEnd(chunk, /\n[ \t]*\n/g);
  if (blank >= 0) chunk = chunk.slice(blank);
  chunk = chunk.replace(/\s+$/, '');
  // The final punctuation of the sentence the citation follows is not a boundary.
  const body = chunk.replace(/[.!?\u2026]+["'\u201D\u2019)\]]*$/, '');
  const boundary = lastMatchEnd(body, /[.!?\u2026]+["'\u201D\u2019)\]]*\s+/g);
  const sentence = boundary >= 0 ? body.slice(boundary) : body;
  return sentence.replace(NOT_PROSE, ' ').replace(/^[\s#>*+-]+/, '').replace(/\s+/g, ' ').trim();
}

/** Where the match of the global regex `re` that ends last in `text` ends, or -1. */
function lastMatchEnd(text: string, re: RegExp): number {
  let end = -1;
  for (const m of text.matchAll(re)) end = m.index! + m[0].length;
  return end;
}

/**
 * The start of the citation being typed at `offset`: the `[` opening its group when inside
 * brackets on the same line, else the `@` (or `offset` when neither is found).
 */
export function citationStartBefore(text: string, offset: number, inBrackets: boolean): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (inBrackets) {
    const open = text.lastIndexOf('[', offset - 1);
    if (open >= lineStart) return open;
  }
  const at = text.lastIndexOf('@', offset - 1);
  return at >= lineStart ? at : offset;
}

/** `rank` zero-padded, so the editor's string sort keeps the core's order (0000, 0001, …). */
export function rankSortText(rank: number): string {
  return String(rank).padStart(4, '0');
}

/**
 * The text the editor filters an item by. It starts with what was typed, so every item matches it
 * equally well and the editor keeps the core's order; id and claim text follow so it still matches
 * once the writer types on (the list is re-requested on each keystroke anyway).
 */
export function completionFilterText(typed: string, id: string, text: string): string {
  return `${typed} ${id} ${text.replace(/\s+/g, ' ')}`.trimStart();
}
