// The plain data every part of Attest speaks: sources, claims, findings.
// Nothing here knows about VS Code or the file system.

/** What kind of document a source is. */
export type SourceKind = 'news report' | 'opinion' | 'official statement' | 'translation';
export const SOURCE_KINDS: readonly SourceKind[] = ['news report', 'opinion', 'official statement', 'translation'];

/** A place in a file: 0-based line, 0-based UTF-16 column (what VS Code uses). */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A span of a file, by UTF-16 offsets and by line/column. `end` is exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Location {
  readonly file: string;
  readonly start: Position;
  readonly end: Position;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  readonly author?: string;
  readonly translator?: string;
  /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all that is known). */
  readonly published?: string;
  readonly url?: string;
  readonly language?: string;
  readonly kind?: SourceKind;
  /** The Markdown body of the source file: notes about the source. */
  readonly notes?: string;
  readonly location: Location;
}

export interface Claim {
  readonly id: string;
  /** One factual statement, in the corpus authors' words. */
  readonly text: string;
  /** The id of the source the claim comes from. */
  readonly source: string;
  /** Verbatim evidence from the source. */
  readonly quote: string;
  /** Who asserts it (an outlet, a ministry, a person). */
  readonly attributedTo: string;
  /** ISO date of the event, when the claim is about a dated event. */
  readonly date?: string;
  readonly tags: readonly string[];
  readonly contradicts: readonly string[];
  readonly qualifies: readonly string[];
  /** Where the claim is written: its `id` line (YAML) or heading (Markdown). */
  readonly location: Location;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Every finding code Attest emits. Corpus problems start with `corpus-`. */
export enum FindingCode {
  Contradiction = 'contradiction',
  MissingCitation = 'missing-citation',
  Unsourced = 'unsourced',
  CitationMismatch = 'citation-mismatch',
  UnknownCitation = 'unknown-citation',
  DraftSkipped = 'draft-skipped',
  CorpusYamlSyntax = 'corpus-yaml-syntax',
  CorpusDuplicateId = 'corpus-duplicate-id',
  CorpusUnknownSource = 'corpus-unknown-source',
  CorpusMissingField = 'corpus-missing-field',
  CorpusInvalidField = 'corpus-invalid-field',
  CorpusInvalidDate = 'corpus-invalid-date',
  CorpusEmptyQuote = 'corpus-empty-quote',
  CorpusUnknownRelation = 'corpus-unknown-relation',
  CorpusUnreadable = 'corpus-unreadable',
  CorpusTooLarge = 'corpus-too-large',
}

export const DEFAULT_SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  [FindingCode.Contradiction]: 'error',
  [FindingCode.MissingCitation]: 'warning',
  [FindingCode.Unsourced]: 'warning',
  [FindingCode.CitationMismatch]: 'warning',
  [FindingCode.UnknownCitation]: 'error',
  [FindingCode.DraftSkipped]: 'information',
  [FindingCode.CorpusYamlSyntax]: 'error',
  [FindingCode.CorpusDuplicateId]: 'error',
  [FindingCode.CorpusUnknownSource]: 'error',
  [FindingCode.CorpusMissingField]: 'error',
  [FindingCode.CorpusInvalidField]: 'error',
  [FindingCode.CorpusInvalidDate]: 'error',
  [FindingCode.CorpusEmptyQuote]: 'error',
  [FindingCode.CorpusUnknownRelation]: 'warning',
  [FindingCode.CorpusUnreadable]: 'error',
  [FindingCode.CorpusTooLarge]: 'error',
};

/**
 * A value in a sentence that a quick fix can replace with the sourced one,
 * e.g. "300" where the claim says "about 200".
 */
export interface Replacement {
  readonly span: Span;
  readonly text: string;
}

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
  /** Offsets into the checked text (the draft or the corpus file). */
  readonly span: Span;
  readonly file: string;
  /** Claim ids the finding is about, most relevant first. */
  readonly claims: readonly string[];
  /** For contradictions: the conflicting value and the sourced value to put instead. */
  readonly replacement?: Replacement;
  /** For unknown citations: the closest existing ids. */
  readonly suggestions?: readonly string[];
}
