// Splits text into word tokens with their offsets. Offsets index the original string (UTF-16).
// A hand-written scanner: it runs over every claim of a corpus at load, where a Unicode regex with
// lookbehind cost several times more.

export interface Word {
  /** The word as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;

function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code < 0xd800 || code > 0xdfff) return LETTER_OR_DIGIT.test(text[i]);
  // A surrogate pair is one code point; a lone surrogate is no letter.
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Every word in `text`, in order: runs of letters, marks and digits, joined across an inner apostrophe
 * or hyphen ("López-Miera", "Cuba's"), and across a comma or point between digits ("76,000", "8.5").
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  scanWords(text, (start, end) => out.push({ text: text.slice(start, end), start, end }));
  return out;
}

/** Calls `found` with the offsets of every word of `text` (as `words` splits it), without building objects. */
export function scanWords(text: string, found: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (!isWordChar(code, text, i)) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      // One run of word characters.
      while (i < n) {
        code = text.charCodeAt(i);
        if (!isWordChar(code, text, i)) break;
        i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
      }
      if (i >= n) break;
      // A joiner continues the word only when a word character follows it.
      const joiner = text.charCodeAt(i);
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      const isJoiner = joiner === 39 || joiner === 0x2019 || joiner === 45;
      const isNumberJoiner = (joiner === 44 || joiner === 46) && isDigit(text.charCodeAt(i - 1)) && isDigit(next);
      if ((isJoiner || isNumberJoiner) && next >= 0 && isWordChar(next, text, i + 1)) {
        i++;
        continue;
      }
      break;
    }
    found(start, i);
  }
}
