// Character classes shared by the text scanners. They take UTF-16 code units or code points,
// never slices, so scanners stay allocation-free on ASCII (the common case).

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const NUMBER = /\p{N}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const CASELESS_LETTER = /[\p{Lo}\p{Lm}]/u;
const PUNCT_OR_SYMBOL = /[\p{P}\p{S}]/u;

function test(re: RegExp, cp: number): boolean {
  return cp >= 0 && re.test(String.fromCodePoint(cp));
}

/** True for whitespace, including no-break and zero-width spaces and the byte-order mark. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** True for `\n` and `\r`, the only line breaks VS Code knows. */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** The code point starting at `i`, or -1 past the end (a lone surrogate is returned as is). */
export function codePointAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.codePointAt(i)! : -1;
}

/** The code point ending just before `i`, or -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0 || i > text.length) return -1;
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/** How many UTF-16 units a code point takes. */
export function unitLength(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** Letters and digits of any script. */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return test(LETTER_OR_DIGIT, cp);
}

/** Combining marks (accents written as separate code points, Indic vowel signs). */
export function isMark(cp: number): boolean {
  return cp >= 0x300 && test(MARK, cp);
}

/** A letter, digit or combining mark: something that continues a word. */
export function isWordChar(cp: number): boolean {
  return isLetterOrDigit(cp) || isMark(cp);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Digits and other numbers of any script. */
export function isNumber(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return test(NUMBER, cp);
}

/** Upper- or title-case letters. */
export function isUpper(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  return test(UPPER, cp);
}

/** Letters of scripts without case (Arabic, Hebrew, CJK…), which can start a sentence. */
export function isCaselessLetter(cp: number): boolean {
  return cp >= 128 && test(CASELESS_LETTER, cp);
}

/** ASCII punctuation, or Unicode punctuation and symbols (CommonMark's notion, for emphasis flanking). */
export function isPunctuation(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 128) return (cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126);
  return test(PUNCT_OR_SYMBOL, cp);
}

/** ASCII punctuation: what a Markdown backslash can escape. */
export function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}
