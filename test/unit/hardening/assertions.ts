// Checks shared by the hardening tests: a finding list against the expectations of inputs.ts, and
// the invariants every finding must keep whatever the input (spans inside the text, whole characters).
import * as assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/model';
import { expectedSpan, type Expected } from './inputs';

/** A finding reduced to what the expectations speak of: code and covered text. */
export interface Seen {
  readonly code: string;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** Text for failure messages, cut to a readable length. */
export function short(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

function describe(text: string, seen: readonly Seen[]): string {
  const shown = seen.slice(0, 12).map((s) => `${s.code} ${short(text.slice(s.start, s.end))}`);
  return JSON.stringify(seen.length > shown.length ? [...shown, `… ${seen.length - shown.length} more`] : shown);
}

/**
 * Asserts that `seen` holds a finding for each expectation, with exactly the expected range and a
 * matching message; with `exact`, that it holds nothing else. `label` names the input in failures.
 */
export function assertFindings(label: string, text: string, seen: readonly Seen[], expected: readonly Expected[], exact: boolean): void {
  const unmatched = [...seen];
  for (const e of expected) {
    const span = expectedSpan(text, e);
    assert.ok(span, `${label} — the expected text ${short(e.at)} is not in the input`);
    const i = unmatched.findIndex((s) => s.code === e.code && s.start === span.start && s.end === span.end);
    assert.ok(i >= 0, `${label} — expected ${e.code} on ${short(e.at)}; have ${describe(text, seen)}`);
    if (e.message) assert.match(unmatched[i]!.message, e.message, `${label} — message of ${e.code}`);
    unmatched.splice(i, 1);
  }
  if (exact) assert.deepEqual(describe(text, unmatched), '[]', `${label} — unexpected findings`);
}

/** Every span lies inside the text, is ordered, and never cuts a surrogate pair in two. */
export function assertWellFormed(label: string, text: string, findings: readonly Finding[]): void {
  const splits = (offset: number): boolean => {
    const before = text.charCodeAt(offset - 1);
    const after = text.charCodeAt(offset);
    return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  };
  for (const f of findings) {
    const { start, end } = f.span;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length, `${label} — ${f.code} span ${start}-${end} outside 0-${text.length}`);
    assert.ok(!splits(start) && !splits(end), `${label} — ${f.code} span ${start}-${end} cuts a surrogate pair`);
    assert.ok(f.message.trim().length > 0, `${label} — ${f.code} has an empty message`);
    assert.ok(!/[\r\n\u2028\u2029]/.test(f.message), `${label} — ${f.code} message spans lines: ${short(f.message, 200)}`);
    assert.ok(f.message.length <= 1000, `${label} — ${f.code} message is ${f.message.length} characters long`);
  }
}

export function seenOf(findings: readonly Finding[]): Seen[] {
  return findings.map((f) => ({ code: f.code, start: f.span.start, end: f.span.end, message: f.message }));
}
