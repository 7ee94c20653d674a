// Inline literals of Markdown, found before citations so that nothing inside them is read as one:
// code spans, HTML comments and tags, autolinks, bare URLs, link destinations, and escapes.
// Scans each inline region left to right; whichever construct starts first wins, as in CommonMark.
import type { Span } from '../model';
import { codePointBefore, isAsciiPunctuation, isLetterOrDigit } from '../text/chars';
import { Finder } from '../text/finder';
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
  const scan: Scan = {
    text,
    marks,
    finder: new Finder(/[\\`<\]]|https?:\/\/|ftp:\/\/|www\./gi, text),
    ticks: new Finder(/[\\`]/g, text),
    noCommentCloseFrom: Infinity,
    commentClose: -1,
  };
  for (const r of regions) scanRegion(scan, r.start, r.end);
}

interface Scan {
  readonly text: string;
  readonly marks: Marks;
  /** Jumps to the characters that can start an inline literal. */
  readonly finder: Finder;
  /** Jumps to backslashes and backticks, for the backtick runs. */
  readonly ticks: Finder;
  /** Comment closers: once none is found after an offset, none will be after a later one. */
  noCommentCloseFrom: number;
  commentClose: number;
}

function scanRegion(scan: Scan, start: number, end: number): void {
  const { marks, finder } = scan;
  const runs = backtickRuns(scan, start, end);
  let run = 0;
  let i = finder.next(start);
  while (i < end) {
    while (run < runs.starts.length && runs.starts[run] < i) run++;
    const next = marks[i] === PROSE ? literalEnd(scan, i, end, runs, run) : -1;
    if (next > i) {
      i = next;
    } else if (next < -1) {
      i = -next; // skipped without marking (an escape or an unmatched backtick run)
    } else {
      i++;
    }
    i = finder.next(i);
  }
}

/**
 * Marks the literal starting at `i`, if any, and returns its end; returns `-skipTo` for text to step
 * over unmarked, or -1 when nothing starts here.
 */
function literalEnd(scan: Scan, i: number, end: number, runs: Runs, run: number): number {
  const { text, marks } = scan;
  const c = text.charCodeAt(i);
  if (c === 92 /* \ */) {
    const escaped = i + 1 < end ? text.charCodeAt(i + 1) : -1;
    if (isAsciiPunctuation(escaped)) {
      marks[i] = MARKUP;
      return -(i + 2);
    }
    if (escaped === 10 || escaped === 13) marks[i] = MARKUP; // a hard line break
    return -1;
  }
  if (c === 96 /* ` */) {
    if (run >= runs.starts.length || runs.starts[run] !== i) return -1;
    const match = runs.match[run];
    if (match < 0) return -(i + runs.lengths[run]); // an unmatched run is literal backticks
    return markAs(marks, INLINE, i, runs.starts[match] + runs.lengths[match]);
  }
  if (c === 60 /* < */) {
    const close = commentEnd(scan, i, end);
    if (close > 0) return markAs(marks, COMMENT, i, close);
    let e = matchAt(AUTOLINK, text, i, end);
    if (e < 0) e = matchAt(EMAIL_AUTOLINK, text, i, end);
    if (e < 0) e = matchAt(OPEN_TAG, text, i, end);
    if (e < 0) e = matchAt(CLOSE_TAG, text, i, end);
    return e > 0 ? markAs(marks, INLINE, i, e) : -1;
  }
  if (c === 93 /* ] */) {
    if (text.charCodeAt(i + 1) !== 40 /* ( */) return -1;
    const e = linkDestinationEnd(text, i + 1, end);
    return e > 0 ? markAs(marks, INLINE, i + 1, e) : -1;
  }
  // The finder stopped at "http://", "ftp://" or "www.": a URL unless inside a word.
  if (isLetterOrDigit(codePointBefore(text, i))) return -1;
  const e = bareUrlEnd(text, i, end);
  return e > 0 ? markAs(marks, INLINE, i, e) : -1;
}

function markAs(marks: Marks, mark: number, start: number, end: number): number {
  marks.fill(mark, start, end);
  return end;
}

interface Runs {
  readonly starts: number[];
  readonly lengths: number[];
  /** For each run, the next run of the same length (its closer), or -1. */
  readonly match: number[];
}

/** The backtick runs of a region, each paired with the next run of equal length: linear, however many fail. */
function backtickRuns(scan: Scan, start: number, end: number): Runs {
  const { text, marks, ticks } = scan;
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let i = ticks.next(start); i < end; i = ticks.next(i)) {
    if (marks[i] !== PROSE) {
      i++;
    } else if (text.charCodeAt(i) === 92) {
      i += 2; // an escaped backtick opens nothing
    } else {
      let j = i;
      while (j < end && text.charCodeAt(j) === 96) j++;
      starts.push(i);
      lengths.push(j - i);
      i = j;
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
function commentEnd(state: Scan, i: number, end: number): number {
  const text = state.text;
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
