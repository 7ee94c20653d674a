// The messages between the extension host and the corpus engine (src/worker/corpusEngine.ts), which
// runs in a worker thread (corpusWorker.ts) or, where there is no Node, in the host itself. Plain data
// only: everything here survives a structured clone, and the large parts are strings (cheap to copy)
// or typed arrays (transferred).
import type { PackedCorpus } from '../core/corpus/packedCorpus';
import type { CheckOptions } from '../core/check/checkDraft';
import type { DraftKind } from '../core/draft/types';
import type { IndexSnapshot } from '../core/index/indexSnapshot';
import type { Finding } from '../core/model';

/** A corpus file as the host found it; `size`/`mtime` are undefined when the file could not be stat'ed. */
export interface FileInfo {
  readonly file: string;
  readonly size?: number;
  readonly mtime?: number;
}

/** A file's content as read by the host: the bytes, or why they could not be read. */
export interface FileContent extends FileInfo {
  readonly bytes?: Uint8Array;
  /** Set when the read failed (the file becomes one `corpus-unreadable` finding). */
  readonly error?: string;
}

/** A changed corpus file: its new content, or that it is gone. */
export type FileChange = FileContent | { readonly file: string; readonly removed: true };

/** Check options without the host-side sentence cache (the engine keeps its own). */
export type PlainCheckOptions = Omit<CheckOptions, 'cache'>;

export type ToEngine =
  /**
   * Starts a full load: `files` is every corpus file; `cache` the persisted cache's bytes, if any.
   * `have` is the version the host took from a `preview`: when no file changed since that cache was
   * written, the engine answers `unchanged` instead of sending the same corpus again.
   */
  | { readonly kind: 'load'; readonly load: number; readonly files: readonly FileInfo[]; readonly cache?: Uint8Array; readonly build: string; readonly maxFileBytes?: number; readonly have?: number }
  /**
   * The persisted cache's bytes, sent ahead of the load that uses them, so the engine parses them
   * while the host lists and stats the corpus files. A later `load` without `cache` uses them. With
   * `preview`, the engine also sends the corpus the cache holds at once (`corpus` with `preview`, or
   * `no-preview`), to be used until the load has checked the files against it.
   */
  | { readonly kind: 'read-cache'; readonly bytes: Uint8Array; readonly build: string; readonly preview?: number }
  /** One file the engine asked for (see `need`). */
  | { readonly kind: 'file'; readonly load: number; readonly content: FileContent }
  /** Abandons a load; the corpus stays as it was. */
  | { readonly kind: 'cancel-load'; readonly load: number }
  /** Changed corpus files (new content, or `removed`) since the last corpus: the engine re-parses them alone. */
  | { readonly kind: 'update'; readonly update: number; readonly changes: readonly FileChange[] }
  /** Asks for the persisted cache's bytes for the current corpus. */
  | { readonly kind: 'write-cache'; readonly request: number; readonly build: string }
  /** Checks one draft against the engine's core. `keep` keeps a sentence cache for the file (open drafts). */
  | { readonly kind: 'check'; readonly request: number; readonly file: string; readonly text: string; readonly draftKind: DraftKind; readonly options: PlainCheckOptions; readonly keep?: boolean }
  /** Drops the sentence cache kept for a draft (closed). */
  | { readonly kind: 'forget-draft'; readonly file: string };

/** What a load or update did, for the log and tests. */
export interface EngineStats {
  /** Files parsed now. */
  readonly parsed: number;
  /** Files taken from the persisted cache. */
  readonly cached: number;
  /** True when the index came from the cache's snapshot rather than being built. */
  readonly indexFromCache: boolean;
  readonly parseMs: number;
  readonly assembleMs: number;
  readonly indexMs: number;
  /** True when the persisted cache no longer matches the corpus (worth writing). */
  readonly cacheStale: boolean;
  /** Time spent packing the corpus and copying the index snapshot for sending. */
  readonly packMs?: number;
}

export type FromEngine =
  /** Which files of a load the engine needs read (the others came from the cache). */
  | { readonly kind: 'need'; readonly load: number; readonly files: readonly string[]; readonly cached: number }
  | { readonly kind: 'progress'; readonly load: number; readonly done: number; readonly total: number; readonly phase: 'parsing' | 'indexing' | 'sending' }
  /**
   * A corpus, packed (its buffers transferred: the host unpacks it in place and parses each claim only
   * when it is asked for), with its index snapshot (transferred too), its version and what made it.
   */
  | { readonly kind: 'corpus'; readonly load?: number; readonly update?: number; readonly preview?: number; readonly version: number; readonly corpus: PackedCorpus; readonly index: IndexSnapshot; readonly stats: EngineStats }
  /** The cache of a `read-cache` with `preview` holds no corpus this engine can use (the reason is logged). */
  | { readonly kind: 'no-preview'; readonly preview: number }
  /** The load found every file as the previewed cache had it: the host's version `version` stands. */
  | { readonly kind: 'unchanged'; readonly load: number; readonly version: number; readonly stats: EngineStats }
  | { readonly kind: 'cache'; readonly request: number; readonly bytes?: Uint8Array }
  | { readonly kind: 'checked'; readonly request: number; readonly findings?: readonly Finding[]; readonly error?: string }
  | { readonly kind: 'log'; readonly level: 'info' | 'warn' | 'error'; readonly message: string }
  /** A load or update could not finish (the error is logged too); the corpus stays as it was. */
  | { readonly kind: 'failed'; readonly load?: number; readonly update?: number; readonly message: string };

/** How the engine answers: postMessage in a worker, a direct call in the fallback. */
export type PostToHost = (message: FromEngine, transfer?: ArrayBuffer[]) => void;
