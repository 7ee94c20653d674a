// Sentence segmentation over the prose view. Hand-written because general segmenters
// (Intl.Segmenter) split after "Gen.", "e.g." and "Jan."; this one knows news-style abbreviations,
// initials, decimals, ellipses and list numbers. Linear: each unit is looked at a bounded number of times.
import type { Span } from '../model';
import {
  codePointAt, isAsciiDigit, isCaselessLetter, isLetterOrDigit, isMark, isNumber, isSpace, isUpper,
} from '../text/chars';
import { Finder } from '../text/finder';
import { ABBREVIATIONS, NUMBER_ABBREVIATIONS } from './abbreviations';

/** A sentence's trimmed extent in the view and the index of its paragraph. */
export interface SentenceExtent {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

const MAX_TOKEN = 24;

const TERMINATORS = /[.!?\u2026\u203c\u2047-\u2049\u3002\uff01\uff1f]/g;

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 /* … */ || c === 0x203c || c === 0x2047 ||
    c === 0x2048 || c === 0x2049 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Closing quotes and brackets that belong to the sentence they follow: `."`, `?)`, `.”`. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 0x201d || c === 0x2019 ||
    c === 0xbb || c === 0x203a;
}

/** Opening quotes and brackets that may start a sentence; `@` is a bare citation in running text. */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0xab ||
    c === 0x201e || c === 0x201a || c === 0xbf || c === 0xa1 || c === 64;
}

/**
 * Splits each paragraph of `view` into sentences. A sentence ends at `.`, `!`, `?` or `…` (with any
 * closing quotes or brackets after it) followed by whitespace and an upper-case letter, a letter of a
 * caseless script, a digit or an opening quote — unless the period ends an abbreviation, an initial
 * or a list number. Returns trimmed extents in order; whitespace-only paragraphs yield none.
 */
export function splitSentences(view: string, paragraphs: readonly Span[]): SentenceExtent[] {
  const out: SentenceExtent[] = [];
  const terminators = new Finder(TERMINATORS, view);
  paragraphs.forEach((para, index) => splitParagraph(view, para.start, para.end, index, terminators, out));
  return out;
}

function splitParagraph(view: string, start: number, end: number, paragraph: number, terminators: Finder, out: SentenceExtent[]): void {
  let s = start;
  while (s < end && isSpace(view.charCodeAt(s))) s++;
  if (s >= end) return;
  let i = s;
  while (i < end) {
    i = terminators.next(i);
    if (i >= end) break;
    let j = i + 1;
    while (j < end && (isTerminator(view.charCodeAt(j)) || isCloser(view.charCodeAt(j)))) j++;
    if (j >= end) break;
    if (!isSpace(view.charCodeAt(j))) {
      i = j; // "1.5", "U.S.", "a.m." inside a token
      continue;
    }
    let k = j + 1;
    while (k < end && isSpace(view.charCodeAt(k))) k++;
    if (k >= end) break;
    if (startsSentence(view, k) && !periodContinues(view, s, i, j, k)) {
      out.push({ start: s, end: j, paragraph });
      s = k;
    }
    i = k;
  }
  let e = end;
  while (e > s && isSpace(view.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, paragraph });
}

function startsSentence(view: string, k: number): boolean {
  const c = view.charCodeAt(k);
  if (isOpener(c)) return true;
  const cp = codePointAt(view, k);
  return isUpper(cp) || isCaselessLetter(cp) || (cp >= 48 && cp <= 57) || (cp > 127 && isNumber(cp));
}

/**
 * True when the terminator run `i..j` (then whitespace, then `k`) does not end the sentence that
 * started at `s`: a single period after an abbreviation, an initial ("K."), a dotted abbreviation
 * ("U.S.", "e.g."), or a list number ("1." starting the sentence or a line).
 */
function periodContinues(view: string, s: number, i: number, j: number, k: number): boolean {
  if (view.charCodeAt(i) !== 46) return false;
  for (let p = i + 1; p < j; p++) if (isTerminator(view.charCodeAt(p))) return false; // "..." / ".?"
  let t = i;
  while (t > 0 && i - t <= MAX_TOKEN) {
    const prev = view.charCodeAt(t - 1);
    if (prev === 46 || isWordUnit(view, t - 1)) t--;
    else break;
  }
  if (i - t > MAX_TOKEN) return false;
  const token = view.slice(t, i);
  if (token === '') return false;
  // "1." starting a sentence or a line numbers a list; "2023." at a line's start is more likely a
  // wrapped year ending a sentence.
  if (/^\d+$/.test(token)) return t === s || (token.length <= 3 && onlySpaceBefore(view, t));
  if (ABBREVIATIONS.has(token) || ABBREVIATIONS.has(token.toLowerCase())) return true;
  if (NUMBER_ABBREVIATIONS.has(token)) return isAsciiDigit(view.charCodeAt(k));
  // Initials and dotted abbreviations: "K", "U.S", "J.R.R", "e.g", "a.m".
  return /^\p{L}\p{M}*(?:\.\p{L}\p{M}*)*$/u.test(token);
}

/** A letter, digit or mark unit (surrogate halves of letters count: the token test checks properly). */
function isWordUnit(view: string, p: number): boolean {
  const c = view.charCodeAt(p);
  if (c < 128) return isLetterOrDigit(c);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return isLetterOrDigit(c) || isMark(c);
}

/** True when only spaces precede `p` on its line: "1." there is a list number, not a sentence end. */
function onlySpaceBefore(view: string, p: number): boolean {
  for (let q = p - 1; q >= 0; q--) {
    const c = view.charCodeAt(q);
    if (c === 10 || c === 13) return true;
    if (!isSpace(c)) return false;
  }
  return true;
}
