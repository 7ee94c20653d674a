// Building corpus findings in one place, so every one has the same shape and default severity.
import { DEFAULT_SEVERITY, type Finding, type FindingCode, type Severity, type Span } from '../model';

/**
 * A corpus finding. `severity` defaults to the code's DEFAULT_SEVERITY; it is overridden only for
 * problems that lose nothing (unknown keys, yaml warnings), which are reported as warnings.
 */
export function corpusProblem(
  code: FindingCode,
  file: string,
  span: Span,
  message: string,
  claims: readonly string[] = [],
  severity: Severity = DEFAULT_SEVERITY[code],
): Finding {
  // One line, always: the CLI prints one finding a line, and a path or key may hold a line break.
  return { code, severity, message: message.replace(/\r\n?|[\n\u2028\u2029]/g, ' '), span, file, claims };
}

/**
 * A value from a corpus file as a message shows it: control characters (line breaks included) as
 * escapes such as `\n`, and cut to `max` UTF-16 units with "…", so a 1 MB or multi-line value cannot
 * swamp the Problems panel or break a line of the CLI's output.
 */
export function shownValue(text: string, max = 80): string {
  let cut = text;
  if (text.length > max) {
    let end = max - 1;
    const c = text.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end--;
    cut = `${text.slice(0, end)}…`;
  }
  const escapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return cut.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => escapes[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The trimmed content of the line holding `offset`, for problems that have no node of their own. */
export function lineSpanAt(text: string, offset: number): Span {
  const at = Math.max(0, Math.min(offset, text.length));
  let start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : { start: at, end: at };
}

/**
 * `span` cut at the end of its first line, trailing blanks dropped: a multi-line node is reported
 * on its first line only.
 */
export function firstLineOf(text: string, span: Span): Span {
  const newline = text.indexOf('\n', span.start);
  let end = Math.min(text.length, newline >= 0 && newline < span.end ? newline : span.end);
  while (end > span.start && /\s/.test(text[end - 1]!)) end--;
  return { start: span.start, end };
}
