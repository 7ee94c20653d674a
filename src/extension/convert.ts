// Every conversion between the core's plain data and VS Code's types, in one place.
// Offsets and columns are UTF-16 on both sides, so a span maps to a range without re-counting.
import * as vscode from 'vscode';
import type { Finding, Location, Position, Severity, Span } from '../core/model';

/** Anything that turns an offset into a 0-based line/column: a TextDocument, or a line map over text. */
export interface OffsetMapper {
  positionAt(offset: number): Position;
}

export function toPosition(position: Position): vscode.Position {
  return new vscode.Position(position.line, position.character);
}

export function toRange(mapper: OffsetMapper, span: Span): vscode.Range {
  return new vscode.Range(toPosition(mapper.positionAt(span.start)), toPosition(mapper.positionAt(span.end)));
}

/** The offsets of `range` in `document`. */
export function toSpan(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** A core Location (file = a URI string, as WorkspaceFsHost names files) as an editor location. */
export function toLocation(location: Location): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(location.file), new vscode.Range(toPosition(location.start), toPosition(location.end)));
}

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
  }
}

/** Diagnostics Attest publishes carry this `source`. */
export const DIAGNOSTIC_SOURCE = 'attest';

/**
 * A finding as a diagnostic at `range`. `related` gives the location and one-line text of each claim
 * the finding names (undefined for ids the corpus lacks).
 */
export function toDiagnostic(
  finding: Finding,
  range: vscode.Range,
  related: (id: string) => { location: vscode.Location; text: string } | undefined,
): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, finding.message, toSeverity(finding.severity));
  diagnostic.code = finding.code;
  diagnostic.source = DIAGNOSTIC_SOURCE;
  const info: vscode.DiagnosticRelatedInformation[] = [];
  for (const id of finding.claims) {
    const r = related(id);
    if (r) info.push(new vscode.DiagnosticRelatedInformation(r.location, `@${id}: ${r.text}`));
  }
  if (info.length > 0) diagnostic.relatedInformation = info;
  return diagnostic;
}

/**
 * What identifies a diagnostic across the trip to the workbench and back (code actions receive
 * copies, not the objects published): code, range and message.
 */
export function diagnosticKey(diagnostic: vscode.Diagnostic): string {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const { start, end } = diagnostic.range;
  return `${String(code)}@${start.line}:${start.character}-${end.line}:${end.character}|${diagnostic.message}`;
}
