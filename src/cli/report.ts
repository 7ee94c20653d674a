// How findings are printed: one line each for people, a JSON array for scripts.
import type { Finding } from '../core/model';
import { LineMap } from '../core/text/lineMap';

/** A finding as the CLI's JSON prints it; lines and columns are 1-based, columns in UTF-16 units. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  code: string;
  message: string;
  claims: string[];
}

/** Converts findings of one file to their printed form; `text` is the file's content (for line numbers). */
export function toJsonFindings(findings: readonly Finding[], text: string, displayPath: string): JsonFinding[] {
  const lines = new LineMap(text);
  return findings.map((f) => {
    const s = lines.positionAt(f.span.start);
    const e = lines.positionAt(f.span.end);
    return {
      file: displayPath, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1,
      severity: f.severity, code: f.code, message: f.message, claims: [...f.claims],
    };
  });
}

/** `path:line:col: severity code message`, always one line (line breaks in the message become spaces). */
export function formatTextFinding(f: JsonFinding): string {
  return `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message.replace(/\s*(?:\r\n?|[\n\u2028\u2029])\s*/g, ' ')}`;
}

/** "3 errors, 2 warnings, 1 information, 0 hints in 1 file" */
export function summaryLine(findings: readonly JsonFinding[], files: number): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('information')} information, ${plural(count('hint'), 'hint')} in ${plural(files, 'file')}`;
}
