// Collects what one file yields (claims, sources, their spans, problems) as its records are validated.
import type { Claim, Finding, Source, Span } from '../model';
import type { FieldRecord } from './fields';
import type { RecordContext } from './fieldReaders';
import { LineMap } from '../text/lineMap';
import type { ClaimSpans, CorpusFileResult } from './types';
import { validateClaim } from './validateClaim';
import { validateSource } from './validateSource';

/** Accumulates one file's result; also the RecordContext its records are validated in. */
export class FileResultBuilder implements RecordContext {
  readonly problems: Finding[] = [];
  private readonly claims: Claim[] = [];
  private readonly claimSpans: ClaimSpans[] = [];
  private readonly sources: Source[] = [];
  private readonly sourceSpans: Span[] = [];
  private readonly rejected: string[] = [];
  private lineIndex: LineMap | undefined;

  constructor(readonly file: string, readonly text: string) {}

  /** Line index of the file, built on first use (files with no valid record never need it). */
  get lines(): LineMap {
    return (this.lineIndex ??= new LineMap(this.text));
  }

  /** Validates a claim record and keeps the claim, or its id as rejected. */
  addClaim(record: FieldRecord): void {
    const { claim, spans, id } = validateClaim(this, this.lines, record);
    if (claim && spans) {
      this.claims.push(claim);
      this.claimSpans.push(spans);
    } else if (id !== undefined) {
      this.rejected.push(id);
    }
  }

  /** Records a claim id that is written but cannot be validated (a syntax error runs through it). */
  rejectClaim(id: string): void {
    this.rejected.push(id);
  }

  /** Validates a source record (with a Markdown source's notes) and keeps the source when valid. */
  addSource(record: FieldRecord, notes?: string): void {
    const valid = validateSource(this, this.lines, record, notes);
    if (valid) {
      this.sources.push(valid.source);
      this.sourceSpans.push(valid.span);
    }
  }

  /** The file's result so far. */
  result(): CorpusFileResult {
    return {
      file: this.file,
      claims: this.claims,
      sources: this.sources,
      problems: this.problems,
      claimSpans: this.claimSpans,
      sourceSpans: this.sourceSpans,
      rejectedClaimIds: this.rejected,
    };
  }
}

/** A result holding only problems (a refused or unreadable file). */
export function problemsOnly(file: string, problems: readonly Finding[]): CorpusFileResult {
  return { file, claims: [], sources: [], problems, claimSpans: [], sourceSpans: [], rejectedClaimIds: [] };
}
