// The corpus as loaded: claims and sources by id, with the problems found while loading.
import type { Claim, Finding, Source, Span } from '../model';
import type { ReverseRelations } from './reverseRelations';

/** File access the corpus loader needs; the CLI passes the disk, the extension `workspace.fs`, tests memory. */
export interface CorpusHost {
  /** Every file below `root` (recursively) whose name ends in .yaml, .yml or .md; never follows a symlink loop. */
  listFiles(root: string): Promise<string[]>;
  /** The file's bytes; rejects when it cannot be read. */
  readFile(path: string): Promise<Uint8Array>;
  /**
   * The file's size in bytes, or undefined when unknown. Optional: when given, files above the size
   * cap are refused without being read into memory.
   */
  fileSize?(path: string): Promise<number | undefined>;
}

/** Where a claim's id and cross-references are written (offsets into its file), for cross-file findings. */
export interface ClaimSpans {
  readonly id: Span;
  /** The `source` value; for a Markdown claim using the front-matter default, that default. */
  readonly source: Span;
  /** Parallel to `Claim.contradicts`. */
  readonly contradicts: readonly Span[];
  /** Parallel to `Claim.qualifies`. */
  readonly qualifies: readonly Span[];
}

/** What one corpus file holds once parsed on its own (no cross-file checks yet). */
export interface CorpusFileResult {
  readonly file: string;
  readonly claims: readonly Claim[];
  readonly sources: readonly Source[];
  /** Problems local to the file: syntax, missing fields, bad dates, empty quotes. */
  readonly problems: readonly Finding[];
  /** Parallel to `claims`. Absent in hand-built results; cross-file findings then point at the file's start. */
  readonly claimSpans?: readonly ClaimSpans[];
  /** Parallel to `sources`: the span of each source's `id` value. */
  readonly sourceSpans?: readonly Span[];
  /**
   * Ids of claims written in the file but left out because a required field is missing or invalid.
   * Lets cross-checks tell "exists but broken" from "does not exist".
   */
  readonly rejectedClaimIds?: readonly string[];
}

export interface Corpus {
  readonly claims: ReadonlyMap<string, Claim>;
  readonly sources: ReadonlyMap<string, Source>;
  /** Claim ids per source id, in file order. */
  readonly claimsBySource: ReadonlyMap<string, readonly string[]>;
  /** All problems: per-file ones plus duplicate ids, unknown sources and unknown relations. */
  readonly problems: readonly Finding[];
  readonly files: readonly string[];
  /**
   * Claim ids that are written in the corpus but were not loaded (a required field is missing or
   * invalid), so a draft citing one can say "invalid claim" rather than "unknown claim".
   */
  readonly rejectedClaims?: ReadonlySet<string>;
  /**
   * Which claims name each claim in their `contradicts` and `qualifies` (only claims this corpus
   * holds). Made when the corpus is assembled or unpacked; hand-built corpora may lack it, and
   * `relatedClaims` then computes it from every claim.
   */
  readonly reverseRelations?: ReverseRelations;
}
