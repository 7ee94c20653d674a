// Inline markup around prose, found after citations: link and image brackets, reference links,
// footnote references, inline notes, and emphasis markers. Only markers are blanked; the words
// they wrap stay prose.
import type { Span } from '../model';
import { codePointAt, codePointBefore, isPunctuation, isSpace } from '../text/chars';
import { Finder } from '../text/finder';
import { normalizeLabel } from './markdownBlocks';
import { INLINE, MARKUP, PROSE, isLiteral, type Marks } from './marks';

const LINK = 0;
const IMAGE = 1;
const NOTE = 2;
const MAX_LABEL = 999;

/** Marks link brackets, footnote references and emphasis markers in each region as MARKUP. */
export function markInlineMarkup(text: string, marks: Marks, regions: readonly Span[], refLabels: ReadonlySet<string>): void {
  const brackets = new Finder(/[[\]]/g, text);
  const delimiters = new Finder(/[*_~]/g, text);
  for (const r of regions) {
    markBrackets(text, marks, r.start, r.end, refLabels, brackets);
    markEmphasis(text, marks, r.start, r.end, delimiters);
  }
}

function isEscaped(text: string, marks: Marks, i: number): boolean {
  return text.charCodeAt(i - 1) === 92 && marks[i - 1] === MARKUP;
}

/** Prose units only (never literal ones, which stay what they are), so code inside an image stays code. */
function markProse(marks: Marks, start: number, end: number): void {
  for (let p = start; p < end; p++) if (!isLiteral(marks[p])) marks[p] = MARKUP;
}

function markBrackets(text: string, marks: Marks, start: number, end: number, refLabels: ReadonlySet<string>, finder: Finder): void {
  const stack: { pos: number; kind: number }[] = [];
  const isLabel = (s: number, e: number) => refLabels.size > 0 && e - s <= MAX_LABEL && refLabels.has(normalizeLabel(text.slice(s, e)));
  for (let i = finder.next(start); i < end; i = finder.next(i + 1)) {
    if (marks[i] !== PROSE || isEscaped(text, marks, i)) continue;
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */) {
      if (text.charCodeAt(i + 1) === 94 /* ^ */) {
        const close = footnoteRefEnd(text, i, end);
        if (close > 0) {
          marks.fill(MARKUP, i, close);
          i = close - 1;
          continue;
        }
      }
      const before = text.charCodeAt(i - 1);
      const plainBefore = i > start && marks[i - 1] === PROSE && !isEscaped(text, marks, i - 1);
      stack.push({ pos: i, kind: plainBefore && before === 33 /* ! */ ? IMAGE : plainBefore && before === 94 ? NOTE : LINK });
    } else if (c === 93 /* ] */) {
      const open = stack.pop();
      if (!open) continue;
      const after = i + 1;
      let close = -1; // end of the whole link when it is one
      if (text.charCodeAt(after) === 40 /* ( */ && marks[after] === INLINE) {
        close = after;
        while (close < end && marks[close] === INLINE) close++;
      } else if (text.charCodeAt(after) === 91) {
        let j = after + 1;
        while (j < end && j - after <= MAX_LABEL && text.charCodeAt(j) !== 93 && text.charCodeAt(j) !== 91) j++;
        if (text.charCodeAt(j) === 93 && (j === after + 1 ? isLabel(open.pos + 1, i) : isLabel(after + 1, j))) {
          marks.fill(MARKUP, after, j + 1);
          close = j + 1;
        }
      } else if (open.kind !== NOTE && isLabel(open.pos + 1, i)) {
        close = after;
      }
      if (open.kind === IMAGE && close > 0) {
        // Alt text describes a picture; it is not a claim of the draft.
        markProse(marks, open.pos - 1, close);
      } else if (close > 0 || open.kind === NOTE) {
        marks[open.pos] = MARKUP;
        marks[i] = MARKUP;
        if (open.kind === NOTE) marks[open.pos - 1] = MARKUP;
      }
      if (close > after) i = close - 1;
    }
  }
}

/** The end of a footnote reference `[^label]` at `i`, or -1. */
function footnoteRefEnd(text: string, i: number, end: number): number {
  let j = i + 2;
  while (j < end && j - i < 100) {
    const c = text.charCodeAt(j);
    if (c === 93) return j > i + 2 ? j + 1 : -1;
    if (c === 91 || isSpace(c)) return -1;
    j++;
  }
  return -1;
}

/**
 * Emphasis (`*`, `_`, `**`…) and strikethrough (`~`, `~~`) markers, by CommonMark's flanking rules:
 * `snake_case` and `2 * 3` are not emphasis. Openers and closers are paired innermost first;
 * unpaired markers stay prose.
 */
function markEmphasis(text: string, marks: Marks, start: number, end: number, finder: Finder): void {
  const stars: Delimiter[] = [];
  const underscores: Delimiter[] = [];
  const tildes: Delimiter[] = [];
  let i = finder.next(start);
  while (i < end) {
    const c = text.charCodeAt(i);
    const stack = c === 42 ? stars : c === 95 ? underscores : tildes;
    if (marks[i] !== PROSE || isEscaped(text, marks, i)) {
      i = finder.next(i + 1);
      continue;
    }
    let j = i;
    while (j < end && text.charCodeAt(j) === c && marks[j] === PROSE) j++;
    if (c === 126 && j - i > 2) {
      i = finder.next(j);
      continue;
    }
    const prev = codePointBefore(text, i);
    const next = codePointAt(text, j);
    const prevSpace = prev < 0 || isSpace(prev);
    const nextSpace = next < 0 || isSpace(next);
    const prevPunct = isPunctuation(prev);
    const nextPunct = isPunctuation(next);
    const left = !nextSpace && (!nextPunct || prevSpace || prevPunct);
    const right = !prevSpace && (!prevPunct || nextSpace || nextPunct);
    const canOpen = c === 95 ? left && (!right || prevPunct) : left;
    const canClose = c === 95 ? right && (!left || nextPunct) : right;
    let s = i;
    if (canClose) {
      while (s < j && stack.length > 0) {
        const top = stack[stack.length - 1];
        const n = Math.min(top.end - top.start, j - s);
        marks.fill(MARKUP, top.end - n, top.end);
        marks.fill(MARKUP, s, s + n);
        top.end -= n;
        s += n;
        if (top.end === top.start) stack.pop();
      }
    }
    if (s < j && canOpen) stack.push({ start: s, end: j });
    i = finder.next(j);
  }
}

interface Delimiter {
  start: number;
  end: number;
}
