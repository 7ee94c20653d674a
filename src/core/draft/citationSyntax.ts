// The lexical rules of Pandoc citation keys, shared by the parser and by autocompletion.
import { codePointAt, codePointBefore, isLetterOrDigit, isMark, isSpace, unitLength } from '../text/chars';
import { isLiteral, type Marks } from './marks';

/** Where a key's id lies: `idStart..idEnd` is the id; `end` is after it (after `}` for `@{…}`). */
export interface IdExtent {
  readonly idStart: number;
  readonly idEnd: number;
  readonly end: number;
}

// Pandoc allows these inside a key when a letter, digit or `_` follows (so `@doe.` ends at `doe`).
const INTERNAL_PUNCT = new Set([...':.#$%&-+?<>~/'].map((c) => c.charCodeAt(0)));
// Characters that may precede `@` in an e-mail address or a URL path (`a.b@c`, `medium.com/@x`):
// after them an `@` is not a citation.
const NOT_BEFORE_AT = new Set([...'._%+-/=&*~^{|}$#!?`\\'].map((c) => c.charCodeAt(0)));
const MAX_BRACED_ID = 200;

function isIdStart(cp: number): boolean {
  return cp === 95 || isLetterOrDigit(cp);
}

/** True for characters that may appear in an id at all (used while the user is still typing it). */
export function isIdChar(cp: number): boolean {
  return isIdStart(cp) || isMark(cp) || INTERNAL_PUNCT.has(cp);
}

/**
 * Reads the id of a key whose `@` is just before `from`: Pandoc's rule (a letter, digit or `_`, then
 * those, combining marks, and internal punctuation followed by an alphanumeric) or `@{any id}`.
 * Returns undefined when no id starts there. Stops at `limit` and at literal units.
 */
export function scanId(text: string, from: number, limit: number, marks?: Marks): IdExtent | undefined {
  const literal = (i: number) => marks !== undefined && isLiteral(marks[i]);
  if (from >= limit || literal(from)) return undefined;
  if (text.charCodeAt(from) === 123 /* { */) {
    const stop = Math.min(limit, from + 1 + MAX_BRACED_ID);
    for (let i = from + 1; i < stop; i++) {
      const c = text.charCodeAt(i);
      if (c === 125 /* } */) {
        return i > from + 1 && !isSpace(text.charCodeAt(from + 1)) ? { idStart: from + 1, idEnd: i, end: i + 1 } : undefined;
      }
      if (c === 10 || c === 13 || c === 123 || literal(i)) return undefined;
    }
    return undefined;
  }
  const first = codePointAt(text, from);
  if (!isIdStart(first)) return undefined;
  let i = from + unitLength(first);
  while (i < limit && !literal(i)) {
    const cp = codePointAt(text, i);
    if (isIdStart(cp) || isMark(cp)) {
      i += unitLength(cp);
    } else if (INTERNAL_PUNCT.has(cp) && i + 1 < limit && !literal(i + 1) && isIdStart(codePointAt(text, i + 1))) {
      i += 1;
    } else {
      break;
    }
  }
  return { idStart: from, idEnd: i, end: i };
}

/**
 * True when the `@` at `at` may start a citation: not escaped, not in code, and not preceded by a
 * letter, digit or a character of e-mail addresses and URL paths.
 */
export function mayStartCitation(text: string, at: number, marks?: Marks): boolean {
  if (marks !== undefined && isLiteral(marks[at])) return false;
  const prev = codePointBefore(text, at);
  if (prev < 0) return true;
  return !NOT_BEFORE_AT.has(prev) && !isLetterOrDigit(prev) && !isMark(prev);
}

/**
 * Inside brackets a key may also be written `-@id` (suppress the author). Returns where the key
 * starts (`at`, or `at - 1` for the `-`), or -1 when the `@` cannot start a key.
 */
export function keyStartInGroup(text: string, at: number, marks?: Marks): number {
  if (text.charCodeAt(at - 1) === 45 /* - */ && (marks === undefined || !isLiteral(marks[at - 1]))) {
    const before = codePointBefore(text, at - 1);
    if (before < 0 || isSpace(before) || before === 91 /* [ */ || before === 59 /* ; */) return at - 1;
  }
  return mayStartCitation(text, at, marks) ? at : -1;
}
