// Pandoc citations: bracketed groups `[see @a, p. 3; -@b]` and bare `@a` in running text.
// One left-to-right pass; a `[` that cannot become a group is rescanned once for bare keys,
// so the work stays linear however the brackets are (un)balanced.
import type { Span } from '../model';
import { isSpace } from '../text/chars';
import { Finder } from '../text/finder';
import { keyStartInGroup, mayStartCitation, scanId } from './citationSyntax';
import { isLiteral, type Marks } from './marks';
import type { CitationGroup, CitationKey } from './types';

export { completionContext, type CompletionContext } from './citationCompletion';

const OPEN = 91; // [
const CLOSE = 93; // ]
const AT = 64; // @
const SEMI = 59; // ;
const BACKSLASH = 92;
const CARET = 94; // ^

/**
 * Every citation group in `text`, in order. `marks` (from `analyzeText`) keeps citations out of
 * code, comments, URLs and HTML; without it the whole text is scanned.
 *
 * A bracketed group must hold a key in each `;`-separated part and close before a blank line.
 * `[text](url)` is a link, not a group: a key in its text (`[@a](url)` too) is returned as a bare
 * citation. `[^1]` footnotes, `^[notes]`, `[label]: url` definitions and escaped `\[` `\@` are not groups.
 */
export function parseCitations(text: string, marks?: Marks): CitationGroup[] {
  return scanCitations(text, 0, text.length, marks);
}

/** What `citationAt` finds: the group around an offset and, when the offset is on one, the key. */
export interface CitationHit {
  readonly group: CitationGroup;
  readonly key?: CitationKey;
}

/**
 * The citation group under `offset` — containing it, or ending right at it (a cursor just after
 * `@key`) — and the key under it, parsing only the paragraph around the offset. Undefined when the
 * offset is not on a citation.
 */
export function citationAt(text: string, offset: number, marks?: Marks): CitationHit | undefined {
  const { start, end } = paragraphAround(text, offset);
  return findCitationAt(scanCitations(text, start, end, marks), offset);
}

/** Like `citationAt` but over already parsed groups (sorted by start), by binary search. */
export function findCitationAt(groups: readonly CitationGroup[], offset: number): CitationHit | undefined {
  let lo = 0;
  let hi = groups.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const g = groups[mid];
    if (offset < g.span.start) hi = mid - 1;
    else if (offset >= g.span.end) lo = mid + 1;
    else return hit(g, offset);
  }
  // No group contains the offset; `hi` is now the last group starting before it.
  return hi >= 0 && groups[hi].span.end === offset ? hit(groups[hi], offset) : undefined;
}

function hit(group: CitationGroup, offset: number): CitationHit {
  const key = group.keys.find((k) => k.span.start <= offset && offset < k.span.end) ??
    group.keys.find((k) => k.span.end === offset);
  return key ? { group, key } : { group };
}

/** Citation groups starting in `from..to`. Groups never cross a blank line, so a paragraph can be scanned alone. */
export function scanCitations(text: string, from: number, to: number, marks?: Marks): CitationGroup[] {
  const groups: CitationGroup[] = [];
  const literal = (i: number) => marks !== undefined && isLiteral(marks[i]);
  const end = Math.min(to, text.length);
  const starts = new Finder(/[@[]/g, text);
  for (let i = starts.next(Math.max(0, from)); i < end; i = starts.next(i)) {
    const c = text.charCodeAt(i);
    if (c === OPEN && !literal(i) && opensGroup(text, i)) {
      const close = findClose(text, i, end, marks);
      const group = close >= 0 ? parseGroup(text, i, close, marks) : undefined;
      if (group) {
        groups.push(group);
        i = close + 1;
        continue;
      }
      // Not a group: rescan its inside for bare keys (once: the scan stopped at the next `[`).
    } else if (c === AT && mayStartCitation(text, i, marks)) {
      const id = scanId(text, i + 1, end, marks);
      if (id) {
        const span = { start: i, end: id.end };
        const key: CitationKey = { id: text.slice(id.idStart, id.idEnd), idSpan: { start: id.idStart, end: id.idEnd }, span };
        groups.push({ span, keys: [key], bracketed: false });
        i = id.end;
        continue;
      }
    }
    i++;
  }
  return groups;
}

function opensGroup(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  return prev !== BACKSLASH && prev !== CARET && text.charCodeAt(i + 1) !== CARET;
}

/**
 * The `]` closing the bracket at `open`, or -1 when another `[`, a blank line, code, or the end
 * comes first. A close that makes a link (`](`) or a definition (`]:` at line start) gives -1 too.
 */
function findClose(text: string, open: number, end: number, marks?: Marks): number {
  for (let j = open + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (marks !== undefined && isLiteral(marks[j])) {
      if (c === 10 || c === 13) return -1; // a code block, not an inline span
      continue;
    }
    if (text.charCodeAt(j - 1) === BACKSLASH) continue;
    if (c === CLOSE) {
      const next = text.charCodeAt(j + 1);
      if (next === 40 /* ( */) return -1;
      if (next === 58 /* : */ && atLineStart(text, open)) return -1;
      return j;
    }
    if (c === OPEN) return -1;
    if ((c === 10 || c === 13) && nextLineBlank(text, j, end)) return -1;
  }
  return -1;
}

function atLineStart(text: string, i: number): boolean {
  for (let p = i - 1, n = 0; p >= 0; p--, n++) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return true;
    if (c !== 32 || n >= 3) return false;
  }
  return true;
}

/** True when the line after the break at `j` holds only spaces and tabs (or is the end). */
function nextLineBlank(text: string, j: number, end: number): boolean {
  let p = j + 1;
  if (text.charCodeAt(j) === 13 && text.charCodeAt(p) === 10) p++;
  for (; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

interface FoundKey {
  readonly start: number; // at the `-` of `-@id`, else the `@`
  readonly idStart: number;
  readonly idEnd: number;
  readonly end: number;
}

/** The group `[open..close]`, or undefined when a `;`-separated part has no key. */
function parseGroup(text: string, open: number, close: number, marks?: Marks): CitationGroup | undefined {
  const keys: CitationKey[] = [];
  let partStart = open + 1;
  for (let j = open + 1; j <= close; j++) {
    const c = text.charCodeAt(j);
    if (j === close || (c === SEMI && text.charCodeAt(j - 1) !== BACKSLASH && !(marks && isLiteral(marks[j])))) {
      if (!parsePart(text, partStart, j, keys, marks)) return undefined;
      partStart = j + 1;
    }
  }
  return { span: { start: open, end: close + 1 }, keys, bracketed: true };
}

/** Appends the keys of one part (`see @a, p. 3`); false when it has none. */
function parsePart(text: string, start: number, end: number, out: CitationKey[], marks?: Marks): boolean {
  const found: FoundKey[] = [];
  for (let p = start; p < end; p++) {
    if (text.charCodeAt(p) !== AT) continue;
    const keyStart = keyStartInGroup(text, p, marks);
    if (keyStart < 0 || keyStart < start) continue;
    const id = scanId(text, p + 1, end, marks);
    if (!id) continue;
    found.push({ start: keyStart, idStart: id.idStart, idEnd: id.idEnd, end: id.end });
    p = id.end - 1;
  }
  if (found.length === 0) return false;
  found.forEach((k, n) => {
    const prefix = n === 0 ? trim(text, start, k.start) : undefined;
    const suffix = trim(text, k.end, n + 1 < found.length ? found[n + 1].start : end);
    const locator = suffix && trim(text, skipComma(text, suffix.start), suffix.end);
    const span = { start: prefix ? prefix.start : k.start, end: locator ? locator.end : k.end };
    out.push({
      id: text.slice(k.idStart, k.idEnd),
      idSpan: { start: k.idStart, end: k.idEnd },
      span,
      ...(prefix ? { prefix: text.slice(prefix.start, prefix.end) } : {}),
      ...(locator ? { locator: text.slice(locator.start, locator.end) } : {}),
    });
  });
  return true;
}

function skipComma(text: string, i: number): number {
  return text.charCodeAt(i) === 44 /* , */ ? i + 1 : i;
}

/** `start..end` without surrounding whitespace, or undefined when nothing is left. */
function trim(text: string, start: number, end: number): Span | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

/** The lines around `offset` up to the nearest blank lines (or the text's ends), without line breaks at the ends. */
export function paragraphAround(text: string, offset: number): Span {
  const o = Math.max(0, Math.min(text.length, Math.floor(offset) || 0));
  let start = lineStart(text, o);
  while (start > 0) {
    const prevEnd = text.charCodeAt(start - 1) === 10 && text.charCodeAt(start - 2) === 13 ? start - 2 : start - 1;
    const prevStart = lineStart(text, prevEnd);
    if (isBlank(text, prevStart, prevEnd)) break;
    start = prevStart;
  }
  let end = lineEnd(text, o);
  while (end < text.length) {
    const nextStart = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const nextEnd = lineEnd(text, nextStart);
    if (isBlank(text, nextStart, nextEnd)) break;
    end = nextEnd;
  }
  return { start, end };
}

function lineStart(text: string, i: number): number {
  for (let p = i - 1; p >= 0; p--) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return p + 1;
  }
  return 0;
}

function lineEnd(text: string, i: number): number {
  for (let p = i; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return p;
  }
  return text.length;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}
