// Suppression comments, read from the original text (the prose view blanks comments):
//   <!-- attest-ignore -->   on its own line: the next paragraph is not checked;
//   <!-- attest-disable -->  … <!-- attest-enable -->: nothing in between is checked
//                            (a disable without an enable runs to the end).
import type { Span } from '../model';
import { COMMENT, type Marks } from './marks';

/** Where the suppression comments of a draft apply. */
export interface Suppressions {
  /** For each `attest-ignore` line, the offset where it ends: the first paragraph starting after it is ignored. */
  readonly ignoreAfter: readonly number[];
  /** Regions from an `attest-disable` comment to the next `attest-enable` (or the end), in order. */
  readonly disabled: readonly Span[];
}

const DIRECTIVE = /<!--[ \t]*attest-(ignore|disable|enable)[ \t]*-->/gi;

/**
 * The suppression comments in `text`. Only real comments count — those `marks` shows as COMMENT,
 * not ones inside code — so pass the marks from `analyzeText`.
 */
export function findSuppressions(text: string, marks: Marks): Suppressions {
  const ignoreAfter: number[] = [];
  const disabled: Span[] = [];
  let disabledFrom = -1;
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index;
    if (marks[at] !== COMMENT) continue;
    const end = at + m[0].length;
    const kind = m[1].toLowerCase();
    if (kind === 'ignore') {
      const lineEnd = blankTo(text, end, 1);
      if (blankTo(text, at, -1) >= 0 && lineEnd >= 0) ignoreAfter.push(lineEnd);
    } else if (kind === 'disable') {
      if (disabledFrom < 0) disabledFrom = at;
    } else if (disabledFrom >= 0) {
      disabled.push({ start: disabledFrom, end: at });
      disabledFrom = -1;
    }
  }
  if (disabledFrom >= 0) disabled.push({ start: disabledFrom, end: text.length });
  return { ignoreAfter, disabled };
}

/** In plain text nothing is a comment but Attest's own directives: marks those COMMENT. */
export function markDirectives(text: string, marks: Marks): void {
  for (const m of text.matchAll(DIRECTIVE)) marks.fill(COMMENT, m.index, m.index + m[0].length);
}

/**
 * Walks from `from` towards the line's end (`step` 1) or start (-1) over spaces and tabs: the
 * offset of the line boundary reached, or -1 when something else is on the line.
 */
function blankTo(text: string, from: number, step: 1 | -1): number {
  let p = step === 1 ? from : from - 1;
  for (; p >= 0 && p < text.length; p += step) {
    const c = text.charCodeAt(p);
    if (c === 10 || c === 13) return step === 1 ? p : p + 1;
    if (c !== 32 && c !== 9) return -1;
  }
  return step === 1 ? text.length : 0;
}
