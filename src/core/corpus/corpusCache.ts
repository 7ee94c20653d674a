// The persisted corpus cache: each corpus file's parse result, keyed by the file's path, size and
// modification time, so a start-up only parses the files that changed since the last load. When no
// file changed, the cache's index snapshot spares rebuilding the index too. Plain JSON; reading never
// throws: a cache that is corrupt, of another format version or made by another build is ignored.
import { snapshotFromJson, snapshotToJson, type IndexSnapshot } from '../index/indexSnapshot';
import type { CorpusFileResult } from './types';

/** Bump when CorpusFileResult's shape or what the parsers produce changes: older caches are then ignored. */
export const CORPUS_CACHE_VERSION = 1;

const FORMAT = 'attest-corpus-cache';

/** What identifies one version of a file on disk. */
export interface FileStamp {
  readonly size: number;
  /** Modification time, in milliseconds since the epoch. */
  readonly mtime: number;
}

/** One file's parse result and the stamp of the file it was parsed from. */
export interface CacheEntry extends FileStamp {
  readonly result: CorpusFileResult;
}

/** A cache as read back. */
export interface CorpusCache {
  /** Entries by file (the result's `file`). */
  readonly entries: ReadonlyMap<string, CacheEntry>;
  /** The index snapshot stored with the entries, and the key of the file set it was built over. */
  readonly index?: { readonly key: string; readonly snapshot: IndexSnapshot };
}

/** Why a cache was ignored. */
export interface CacheRejection {
  readonly reason: string;
}

/**
 * The cache as JSON text. `build` names the code that parsed (e.g. the extension's version and
 * build time): a cache from another build is ignored on reading, since its parsers may differ.
 * `index`, when given, is the snapshot of the index over exactly these entries.
 */
export function serialiseCorpusCache(entries: Iterable<[string, CacheEntry]> | Iterable<CacheEntry>, build: string, index?: IndexSnapshot): string {
  const list: CacheEntry[] = [];
  for (const item of entries) list.push(Array.isArray(item) ? item[1] : item);
  list.sort((a, b) => (a.result.file < b.result.file ? -1 : a.result.file > b.result.file ? 1 : 0));
  return JSON.stringify({
    format: FORMAT,
    version: CORPUS_CACHE_VERSION,
    build,
    files: list.map((e) => ({ size: e.size, mtime: e.mtime, result: e.result })),
    ...(index ? { index: { key: fileSetKey(list.map((e) => [e.result.file, e] as const)), snapshot: snapshotToJson(index) } } : {}),
  });
}

/**
 * Reads a cache written by `serialiseCorpusCache` by the same `build`; a rejection (with the reason,
 * for the log) when the text is not such a cache. Never throws.
 */
export function deserialiseCorpusCache(text: string, build: string): CorpusCache | CacheRejection {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { reason: `not valid JSON (${(error as Error).message})` };
  }
  if (!isObject(data) || data.format !== FORMAT) return { reason: 'not an Attest corpus cache' };
  if (data.version !== CORPUS_CACHE_VERSION) return { reason: `format version ${String(data.version)}, expected ${CORPUS_CACHE_VERSION}` };
  if (data.build !== build) return { reason: `written by build ${JSON.stringify(data.build)}, this is ${JSON.stringify(build)}` };
  if (!Array.isArray(data.files)) return { reason: 'no file list' };
  const entries = new Map<string, CacheEntry>();
  for (const item of data.files as unknown[]) {
    if (!isEntry(item)) return { reason: 'a file entry is malformed' };
    entries.set(item.result.file, item);
  }
  let index: CorpusCache['index'];
  if (isObject(data.index) && typeof data.index.key === 'string') {
    const snapshot = snapshotFromJson(data.index.snapshot);
    if (!snapshot) return { reason: 'the index snapshot is malformed' };
    index = { key: data.index.key, snapshot };
  }
  return index ? { entries, index } : { entries };
}

/** True when `value` is a rejection rather than a cache. */
export function isRejection(value: CorpusCache | CacheRejection): value is CacheRejection {
  return 'reason' in value;
}

/** The cached result for `file` when the cache holds it for a file of exactly this size and mtime; else undefined. */
export function cachedResult(cache: CorpusCache, file: string, stamp: FileStamp | undefined): CorpusFileResult | undefined {
  const entry = cache.entries.get(file);
  return entry && stamp && entry.size === stamp.size && entry.mtime === stamp.mtime ? entry.result : undefined;
}

/**
 * A short key naming a set of files at given stamps (order does not matter): an index snapshot is
 * reused only when the key of the files now equals the key it was stored with.
 */
export function fileSetKey(files: Iterable<readonly [string, FileStamp]>): string {
  const parts = [...files].map(([file, s]) => `${file}\u0000${s.size}\u0000${s.mtime}`).sort();
  // Two 32-bit FNV-1a hashes with different seeds, plus the count: collisions are not a practical concern.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
    }
    a = Math.imul(a ^ 0xff, 0x01000193);
    b = Math.imul(b ^ 0xff, 0x01000193);
  }
  return `${parts.length}-${(a >>> 0).toString(16)}-${(b >>> 0).toString(16)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEntry(value: unknown): value is CacheEntry {
  if (!isObject(value) || typeof value.size !== 'number' || typeof value.mtime !== 'number' || !isObject(value.result)) return false;
  const r = value.result;
  return typeof r.file === 'string' && Array.isArray(r.claims) && Array.isArray(r.sources) && Array.isArray(r.problems);
}
