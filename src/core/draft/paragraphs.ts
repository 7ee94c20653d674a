// Paragraphs for sentence splitting. A paragraph is a run of lines holding inline content; a line
// of only whitespace, code, a comment or block markup (heading, rule) ends it, and so does a block
// start (list item, table row) even without a blank line before it.
import type { Span } from '../model';
import { isSpace } from '../text/chars';
import { Finder } from '../text/finder';
import { isInlineContent, type Marks } from './marks';

/**
 * The paragraphs of `text`, in order: each from its first line's start to its last line's end
 * (before the line break). `blockStarts` must be sorted.
 */
export function findParagraphs(text: string, marks: Marks, blockStarts: readonly number[]): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let open: { start: number; end: number } | undefined;
  let b = 0;
  let lineStart = 0;
  const breaks = new Finder(/[\r\n]/g, text);
  while (lineStart <= n) {
    const p = breaks.next(lineStart);
    let content = false;
    for (let q = lineStart; q < p && !content; q++) content = isInlineContent(marks[q]) && !isSpace(text.charCodeAt(q));
    while (b < blockStarts.length && blockStarts[b] < lineStart) b++;
    const startsBlock = b < blockStarts.length && blockStarts[b] === lineStart;
    if (content) {
      if (open && !startsBlock) {
        open.end = p;
      } else {
        if (open) out.push(open);
        open = { start: lineStart, end: p };
      }
    } else if (open) {
      out.push(open);
      open = undefined;
    }
    if (p >= n) break;
    lineStart = text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10 ? p + 2 : p + 1;
  }
  if (open) out.push(open);
  return out;
}

const PLAIN_BULLET = /[ \t]*[-*+•‣◦–—][ \t]/y;
const PLAIN_NUMBER = /[ \t]*(\d{1,9})[.)][ \t]/y;

/**
 * In plain text, lines that look like list items (`- `, `• `, `1. `) start blocks. A numbered line
 * counts only after a blank line or another item, or when it is `1.`, so that a wrapped line that
 * happens to start with "2023. " stays in its paragraph.
 */
export function plainBlockStarts(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let lineStart = 0;
  let prevBlankOrItem = true;
  const breaks = new Finder(/[\r\n]/g, text);
  while (lineStart < n) {
    const p = breaks.next(lineStart);
    let blank = true;
    for (let q = lineStart; q < p && blank; q++) blank = isSpace(text.charCodeAt(q));
    PLAIN_BULLET.lastIndex = lineStart;
    PLAIN_NUMBER.lastIndex = lineStart;
    const num = PLAIN_NUMBER.exec(text);
    const item: boolean = PLAIN_BULLET.test(text) || (num !== null && (prevBlankOrItem || Number(num[1]) === 1));
    if (item) out.push(lineStart);
    prevBlankOrItem = blank || item;
    if (p >= n) break;
    lineStart = text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) === 10 ? p + 2 : p + 1;
  }
  return out;
}
