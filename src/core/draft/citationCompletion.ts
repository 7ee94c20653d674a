// Where a citation key is being typed, for autocompletion. Looks only at the text near the cursor.
import type { Span } from '../model';
import { codePointAt, codePointBefore, isLetterOrDigit, unitLength } from '../text/chars';
import { isIdChar, keyStartInGroup } from './citationSyntax';
import { isLiteral, type Marks } from './marks';

/** What the completion provider needs to offer citation keys at the cursor. */
export interface CompletionContext {
  /** The part of the id already typed, between `@` and the cursor. */
  readonly prefix: string;
  /** The whole id around the cursor (after `@`): what an accepted completion replaces. */
  readonly replaceSpan: Span;
  /** True inside `[…]`; false for a bare `@key` in running text. */
  readonly inBrackets: boolean;
  /** True inside brackets that are not closed before the next `[`, blank line or end. */
  readonly needsClosingBracket: boolean;
}

// How far to look for the enclosing `[` or the closing `]`: a group is never this long.
const MAX_GROUP = 4000;
const MAX_ID = 256;

/**
 * The citation key being typed at `offset`: right after `[@`, `[@partial`, `; @`, `[-@`, `see @`
 * inside brackets, or a bare `@partial` in running text (`inBrackets` false). Undefined when the
 * cursor is not on a key: after an e-mail's `@`, in code (given `marks`), or away from any `@`.
 */
export function completionContext(text: string, offset: number, marks?: Marks): CompletionContext | undefined {
  if (!(offset >= 0 && offset <= text.length)) return undefined;
  let idStart = offset;
  while (idStart > 0 && offset - idStart < MAX_ID) {
    const cp = codePointBefore(text, idStart);
    if (!isIdChar(cp)) break;
    idStart -= unitLength(cp);
  }
  const at = idStart - 1;
  if (at < 0 || text.charCodeAt(at) !== 64 /* @ */) return undefined;
  if (idStart < offset && !startsId(codePointAt(text, idStart))) return undefined;
  if (marks !== undefined && isLiteral(marks[at])) return undefined;
  const open = enclosingBracket(text, at, marks);
  const keyStart = keyStartInGroup(text, at, marks);
  if (keyStart < 0 || (keyStart < at && open < 0)) return undefined;
  let idEnd = offset;
  while (idEnd < text.length && idEnd - offset < MAX_ID) {
    const cp = codePointAt(text, idEnd);
    if (!isIdChar(cp)) break;
    idEnd += unitLength(cp);
  }
  return {
    prefix: text.slice(idStart, offset),
    replaceSpan: { start: idStart, end: idEnd },
    inBrackets: open >= 0,
    needsClosingBracket: open >= 0 && !closedAfter(text, idEnd, marks),
  };
}

function startsId(cp: number): boolean {
  return cp === 95 || isLetterOrDigit(cp);
}

/** The `[` opening a group around `at` (no `]` or blank line between), or -1. */
function enclosingBracket(text: string, at: number, marks?: Marks): number {
  let lineHasText = true; // the cursor's own line never counts as blank
  for (let p = at - 1; p >= 0 && at - p < MAX_GROUP; p--) {
    const c = text.charCodeAt(p);
    if (marks !== undefined && isLiteral(marks[p])) {
      if (c === 10 || c === 13) return -1;
      continue;
    }
    if (c === 10 || c === 13) {
      if (c === 10 && text.charCodeAt(p - 1) === 13) p--;
      if (!lineHasText) return -1;
      lineHasText = false;
      continue;
    } else if (c !== 32 && c !== 9) {
      lineHasText = true;
    }
    const escaped = text.charCodeAt(p - 1) === 92;
    if (c === 93 /* ] */ && !escaped) return -1;
    if (c === 91 /* [ */ && !escaped) {
      return text.charCodeAt(p + 1) === 94 || text.charCodeAt(p - 1) === 94 ? -1 : p;
    }
  }
  return -1;
}

/** True when a `]` follows before the next `[`, blank line or end. */
function closedAfter(text: string, from: number, marks?: Marks): boolean {
  let lineHasText = true;
  for (let p = from; p < text.length && p - from < MAX_GROUP; p++) {
    const c = text.charCodeAt(p);
    if (marks !== undefined && isLiteral(marks[p])) continue;
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(p + 1) === 10) p++;
      if (!lineHasText) return false;
      lineHasText = false;
      continue;
    }
    if (c !== 32 && c !== 9) lineHasText = true;
    if (text.charCodeAt(p - 1) === 92) continue;
    if (c === 93) return true;
    if (c === 91) return false;
  }
  return false;
}
