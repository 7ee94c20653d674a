// The corpus as loaded: claims and sources by id, with the problems found while loading.
import type { Claim, Finding, Source } from '../model';

/** File access the corpus loader needs; the CLI passes the disk, the extension `workspace.fs`, tests memory. */
export interface CorpusHost {
  /** Every file below `root` (recursively) whose name ends in .yaml, .yml or .md; never follows a symlink loop. */
  listFiles(root: string): Promise<string[]>;
  /** The file's bytes; rejects when it cannot be read. */
  readFile(path: string): Promise<Uint8Array>;
}

/** What one corpus file holds once parsed on its own (no cross-file checks yet). */
export interface CorpusFileResult {
  readonly file: string;
  readonly claims: readonly Claim[];
  readonly sources: readonly Source[];
  /** Problems local to the file: syntax, missing fields, bad dates, empty quotes. */
  readonly problems: readonly Finding[];
}

export interface Corpus {
  readonly claims: ReadonlyMap<string, Claim>;
  readonly sources: ReadonlyMap<string, Source>;
  /** Claim ids per source id, in file order. */
  readonly claimsBySource: ReadonlyMap<string, readonly string[]>;
  /** All problems: per-file ones plus duplicate ids, unknown sources and unknown relations. */
  readonly problems: readonly Finding[];
  readonly files: readonly string[];
}
