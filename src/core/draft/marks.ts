// What each UTF-16 unit of a draft is, one byte per unit. The Markdown scanners fill the marks in
// passes; the prose view blanks every unit that is not PROSE. Keeping categories (rather than a
// yes/no mask) lets later passes ask "is this code?" (no citations there) or "is this a block
// separator?" (headings, fences) without re-parsing.

/** One byte per UTF-16 unit of the text; see the category constants. */
export type Marks = Uint8Array;

/** Prose: kept in the prose view. */
export const PROSE = 0;
/** Block-level literal text: front matter, fenced and indented code, raw HTML blocks. */
export const CODE = 1;
/** HTML comments. */
export const COMMENT = 2;
/** Inline literal text: code spans, URLs, autolinks, link destinations, HTML tags. */
export const INLINE = 3;
/** Inline markup around prose: emphasis markers, link brackets, escapes, footnote references, images. */
export const MARKUP = 4;
/** Block markup: headings, list markers, quote markers, rules, table pipes, definitions. */
export const STRUCTURE = 5;
/** Citation groups and bare citations. */
export const CITATION = 6;

/** True where no citation can start or continue: code, comments, inline literals. */
export function isLiteral(mark: number | undefined): boolean {
  return mark === CODE || mark === COMMENT || mark === INLINE;
}

/** True for marks that keep a line inside a paragraph (prose, or inline things within prose). */
export function isInlineContent(mark: number): boolean {
  return mark === PROSE || mark === INLINE || mark === MARKUP || mark === CITATION;
}

/** Zeroed marks for a text of `length` units, over a buffer whose size is a multiple of 4. */
export function createMarks(length: number): Marks {
  return new Uint8Array(new ArrayBuffer((length + 3) & ~3), 0, length);
}

const SPACES = ' '.repeat(256);

function spaces(n: number): string {
  return n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n);
}

/**
 * The text with every unit not marked PROSE replaced by a space, except line breaks, which are kept:
 * the result has the same length, lines and offsets as `text`.
 */
export function blankMarked(text: string, marks: Marks): string {
  const parts: string[] = [];
  const n = text.length;
  // Prose runs are most of a draft: skip them four marks at a time when the buffer allows it.
  const words = marks.byteOffset === 0 && marks.buffer.byteLength % 4 === 0 ? new Uint32Array(marks.buffer) : undefined;
  let i = 0;
  while (i < n) {
    let j = i;
    if (words) {
      while (j < n && (j & 3) !== 0 && marks[j] === PROSE) j++;
      while (j < n && (j & 3) === 0 && words[j >> 2] === 0) j += 4;
      if (j > n) j = n;
    }
    while (j < n && marks[j] === PROSE) j++;
    if (j > i) parts.push(text.slice(i, j));
    i = j;
    while (j < n && marks[j] !== PROSE) j++;
    let k = i;
    for (let p = i; p < j; p++) {
      const c = text.charCodeAt(p);
      if (c === 10 || c === 13) {
        if (p > k) parts.push(spaces(p - k));
        parts.push(c === 10 ? '\n' : '\r');
        k = p + 1;
      }
    }
    if (j > k) parts.push(spaces(j - k));
    i = j;
  }
  return parts.join('');
}
