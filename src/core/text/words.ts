// Splits text into word tokens with their offsets. Offsets index the original string (UTF-16).
// A hand-written scanner: it runs over every claim of a corpus at load, where a Unicode regex with
// lookbehind cost several times more. Word characters are looked up in a table of UTF-16 units
// (filled in as units are first met), so a non-ASCII letter costs a regex test once, not per occurrence.
import { hashDone, hashStep, WORD_HASH_SEED } from './wordHash';

export interface Word {
  /** The word as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;

// What a UTF-16 unit is. UNKNOWN units are classified on first sight.
const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
/** A high surrogate: a word character when it starts a pair whose code point is a letter, mark or digit. */
const HIGH = 3;

const UNITS = classifiedUnits();

function classifiedUnits(): Uint8Array {
  const units = new Uint8Array(0x10000);
  for (let code = 0; code < 128; code++) {
    const word = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    units[code] = word ? WORD : OTHER;
  }
  units.fill(HIGH, 0xd800, 0xdc00);
  // A low surrogate met on its own is no letter (a pair is read from its high half).
  units.fill(OTHER, 0xdc00, 0xe000);
  return units;
}

function classify(code: number): number {
  return (UNITS[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? WORD : OTHER);
}

/** True when the unit `code` at `text[i]` starts a word character (a surrogate pair counts as one). */
function isWordChar(code: number, text: string, i: number): boolean {
  let kind = UNITS[code];
  if (kind === UNKNOWN) kind = classify(code);
  if (kind !== HIGH) return kind === WORD;
  // A surrogate pair is one code point; a lone surrogate is no letter.
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Walks the words of a text (as `words` splits it) without building objects: after each `next()`
 * that returns true, `start`, `end` and `hash` describe the word `text[start..end)`. One cursor can be
 * `reset` to scan text after text.
 */
export class WordCursor {
  text = '';
  start = 0;
  end = 0;
  /** The word's hash as `wordHash` computes it, for WordTable.getHashed. */
  hash = 0;
  private at = 0;

  constructor(text = '') {
    this.text = text;
  }

  /** Starts over on `text`. */
  reset(text: string): void {
    this.text = text;
    this.at = 0;
    this.start = 0;
    this.end = 0;
  }

  /** Moves to the next word; false when the text has no more. */
  next(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.at;
    while (i < n && !isWordChar(text.charCodeAt(i), text, i)) i++;
    if (i >= n) {
      this.at = n;
      return false;
    }
    const start = i;
    let h = WORD_HASH_SEED;
    for (;;) {
      // One run of word characters.
      while (i < n) {
        const code = text.charCodeAt(i);
        if (!isWordChar(code, text, i)) break;
        h = hashStep(h, code);
        // Only a high surrogate that starts a pair is a word character: take its low half too.
        if (code >= 0xd800 && code <= 0xdbff) h = hashStep(h, text.charCodeAt(++i));
        i++;
      }
      if (i >= n) break;
      // A joiner continues the word only when a word character follows it.
      const joiner = text.charCodeAt(i);
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      const isJoiner = joiner === 39 || joiner === 0x2019 || joiner === 45;
      const isNumberJoiner = (joiner === 44 || joiner === 46) && isDigit(text.charCodeAt(i - 1)) && isDigit(next);
      if ((isJoiner || isNumberJoiner) && next >= 0 && isWordChar(next, text, i + 1)) {
        h = hashStep(h, joiner);
        i++;
        continue;
      }
      break;
    }
    this.start = start;
    this.end = i;
    this.hash = hashDone(h);
    this.at = i;
    return true;
  }
}

/**
 * Every word in `text`, in order: runs of letters, marks and digits, joined across an inner apostrophe
 * or hyphen ("López-Miera", "Cuba's"), and across a comma or point between digits ("76,000", "8.5").
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const cursor = new WordCursor(text);
  while (cursor.next()) out.push({ text: text.slice(cursor.start, cursor.end), start: cursor.start, end: cursor.end });
  return out;
}

/** Calls `found` with the offsets of every word of `text` (as `words` splits it), without building objects. */
export function scanWords(text: string, found: (start: number, end: number) => void): void {
  const cursor = new WordCursor(text);
  while (cursor.next()) found(cursor.start, cursor.end);
}
