// Inline literals of Markdown, found before citations so that nothing inside them is read as one:
// code spans, HTML comments and tags, autolinks, bare URLs, link destinations, and escapes.
// Scans each inline region left to right; whichever construct starts first wins, as in CommonMark.
import type { Span } from '../model';
import { codePointBefore, isAsciiPunctuation, isLetterOrDigit } from '../text/chars';
import { COMMENT, INLINE, MARKUP, PROSE, type Marks } from './marks';

const OPEN_TAG = /<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^'<>]*'|"[^"<>]*"))?)*\s*\/?>/y;
const CLOSE_TAG = /<\/[A-Za-z][A-Za-z0-9-]*\s*>/y;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/y;
const EMAIL_AUTOLINK = /<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*>/y;
const BARE_URL = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>`[\]]+/iy;
const TRAILING_URL_PUNCT = `?!.,:;*_~'"”’`;
const MAX_PAREN_DEPTH = 32;

/** Marks inline literals in each region: INLINE for code, URLs, tags and link destinations, COMMENT for comments. */
export function markInlineLiterals(text: string, marks: Marks, regions: readonly Span[]): void {
  const state = { noCommentCloseFrom: Infinity, commentClose: -1 };
  for (const r of regions) scanRegion(text, marks, r.start, r.end, state);
}

function scanRegion(text: string, marks: Marks, start: number, end: number, state: { noCommentCloseFrom: number; commentClose: number }): void {
  const runs = backtickRuns(text, marks, start, end);
  let run = 0;
  let i = start;
  while (i < end) {
    if (marks[i] !== PROSE) {
      i++;
      continue;
    }
    const c = text.charCodeAt(i);
    let next = -1;
    if (c === 92 /* \ */) {
      if (i + 1 < end && isAsciiPunctuation(text.charCodeAt(i + 1))) {
        marks[i] = MARKUP;
        i += 2;
        continue;
      }
    } else if (c === 96 /* ` */) {
      while (run < runs.starts.length && runs.starts[run] < i) run++;
      if (run < runs.starts.length && runs.starts[run] === i) {
        const match = runs.match[run];
        if (match >= 0) {
          next = runs.starts[match] + runs.lengths[match];
        } else {
          i += runs.lengths[run]; // an unmatched run is literal backticks
          continue;
        }
      }
    } else if (c === 60 /* < */) {
      next = commentEnd(text, i, end, state);
      if (next > 0) {
        marks.fill(COMMENT, i, next);
        i = next;
        continue;
      }
      next = matchAt(AUTOLINK, text, i, end);
      if (next < 0) next = matchAt(EMAIL_AUTOLINK, text, i, end);
      if (next < 0) next = matchAt(OPEN_TAG, text, i, end);
      if (next < 0) next = matchAt(CLOSE_TAG, text, i, end);
    } else if (c === 93 /* ] */ && text.charCodeAt(i + 1) === 40 /* ( */) {
      const destEnd = linkDestinationEnd(text, i + 1, end);
      if (destEnd > 0) {
        marks.fill(INLINE, i + 1, destEnd);
        i = destEnd;
        continue;
      }
    } else if (c === 104 || c === 72 || c === 119 || c === 87 || c === 102 || c === 70 /* h w f */) {
      if (!isLetterOrDigit(codePointBefore(text, i))) next = bareUrlEnd(text, i, end);
    }
    if (next > i) {
      marks.fill(INLINE, i, next);
      i = next;
    } else {
      i++;
    }
  }
}

interface Runs {
  readonly starts: number[];
  readonly lengths: number[];
  /** For each run, the next run of the same length (its closer), or -1. */
  readonly match: number[];
}

/** The backtick runs of a region, each paired with the next run of equal length: linear, however many fail. */
function backtickRuns(text: string, marks: Marks, start: number, end: number): Runs {
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 && marks[i] === PROSE) {
      i++; // an escaped backtick opens nothing
    } else if (c === 96 && marks[i] === PROSE) {
      let j = i;
      while (j < end && text.charCodeAt(j) === 96) j++;
      starts.push(i);
      lengths.push(j - i);
      i = j - 1;
    }
  }
  const match = new Array<number>(starts.length).fill(-1);
  const nextOfLength = new Map<number, number>();
  for (let r = starts.length - 1; r >= 0; r--) {
    match[r] = nextOfLength.get(lengths[r]) ?? -1;
    nextOfLength.set(lengths[r], r);
  }
  return { starts, lengths, match };
}

/** The end of `<!-- … -->` starting at `i` and closing before `end`, or -1. */
function commentEnd(text: string, i: number, end: number, state: { noCommentCloseFrom: number; commentClose: number }): number {
  if (!text.startsWith('<!--', i)) return -1;
  if (state.commentClose < i + 4) {
    if (i >= state.noCommentCloseFrom) return -1;
    state.commentClose = text.indexOf('-->', i + 4);
    if (state.commentClose < 0) {
      state.noCommentCloseFrom = i;
      return -1;
    }
  }
  const close = state.commentClose + 3;
  return close <= end ? close : -1;
}

function matchAt(re: RegExp, text: string, i: number, end: number): number {
  re.lastIndex = i;
  const m = re.exec(text);
  return m && i + m[0].length <= end ? i + m[0].length : -1;
}

/** A bare `http(s)://`, `ftp://` or `www.` URL, without trailing punctuation or an unbalanced `)`. */
function bareUrlEnd(text: string, i: number, end: number): number {
  BARE_URL.lastIndex = i;
  const m = BARE_URL.exec(text);
  if (!m) return -1;
  const url = m[0];
  let opens = 0;
  let closes = 0;
  for (let k = 0; k < url.length; k++) {
    const c = url.charCodeAt(k);
    if (c === 40) opens++;
    else if (c === 41) closes++;
  }
  let e = url.length;
  while (e > 0) {
    const ch = url[e - 1];
    if (TRAILING_URL_PUNCT.includes(ch)) e--;
    else if (ch === ')' && closes > opens) {
      closes--;
      e--;
    } else break;
  }
  return e > 4 ? Math.min(end, i + e) : -1;
}

/**
 * The end (after `)`) of a link destination and optional title starting at the `(` at `open`, or -1.
 * Single line. A bare destination stops at `[`/`]` so that attempts never rescan each other's text.
 */
export function linkDestinationEnd(text: string, open: number, end: number): number {
  let p = skipBlanks(text, open + 1, end);
  if (text.charCodeAt(p) === 60 /* < */) {
    for (p++; p < end; p++) {
      const c = text.charCodeAt(p);
      if (c === 62) break;
      if (c === 60 || c === 10 || c === 13) return -1;
      if (c === 92) p++;
    }
    if (p >= end) return -1;
    p++;
  } else {
    let depth = 0;
    for (; p < end; p++) {
      const c = text.charCodeAt(p);
      if (c <= 32 || c === 91 || c === 93) break;
      if (c === 92) p++;
      else if (c === 40) {
        if (++depth > MAX_PAREN_DEPTH) return -1;
      } else if (c === 41) {
        if (depth === 0) break;
        depth--;
      }
    }
    if (depth !== 0) return -1;
  }
  const beforeTitle = p;
  p = skipBlanks(text, p, end);
  const q = text.charCodeAt(p);
  if (p > beforeTitle && (q === 34 || q === 39 || q === 40)) {
    const closer = q === 40 ? 41 : q;
    for (p++; p < end; p++) {
      const c = text.charCodeAt(p);
      if (c === closer) break;
      if (c === 10 || c === 13) return -1;
      if (c === 92) p++;
    }
    if (p >= end) return -1;
    p = skipBlanks(text, p + 1, end);
  }
  return p < end && text.charCodeAt(p) === 41 ? p + 1 : -1;
}

function skipBlanks(text: string, p: number, end: number): number {
  while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  return p;
}
