// The persisted corpus cache: each corpus file's parse result, keyed by the file's path, size and
// modification time, so a start-up only parses the files that changed since the last load; and, when
// every file could be cached, the assembled corpus (packed: packedCorpus.ts) and its index snapshot,
// so a start-up where no file changed neither parses, assembles nor indexes, and creates no claim
// objects at all. A binary file (sectionFile.ts): a JSON header naming the build and each file's stamp,
// then the sections, read in place. Reading never throws: a cache that is truncated, damaged, of
// another format version or made by another build is ignored, with the reason.
import type { IndexSnapshot } from '../index/indexSnapshot';
import type { Claim, Span } from '../model';
import { PackedClaims } from './packedClaims';
import { packCorpus, unpackCorpus } from './packedCorpus';
import { readSections, writeSections, type SectionData, type SectionFile } from './sectionFile';
import type { ClaimSpans, Corpus, CorpusFileResult } from './types';

/** Bump when CorpusFileResult's shape, the packed forms or what the parsers produce change: older caches are then ignored. */
export const CORPUS_CACHE_VERSION = 5;

const FORMAT = 'attest-corpus-cache';

/** What identifies one version of a file on disk. */
export interface FileStamp {
  readonly size: number;
  /** Modification time, in milliseconds since the epoch. */
  readonly mtime: number;
}

/** One file's parse result and the stamp of the file it was parsed from (what is written). */
export interface CacheEntry extends FileStamp {
  readonly result: CorpusFileResult;
}

/** One file as read back: its stamp, and its result, parsed from the cache on first call (then kept). */
export interface CachedFile extends FileStamp {
  result(): CorpusFileResult;
}

/** The corpus assembled from every file of the cache, and its index: what a start-up with no change uses as is. */
export interface CachedAssembly {
  /** The `fileSetKey` of the files it was made from. */
  readonly key: string;
  /** Claims are parsed from the cache's bytes one by one as they are asked for. */
  readonly corpus: Corpus;
  /** Without ids when they are the corpus's: restore it with `claimIdList(corpus)`. */
  readonly index: IndexSnapshot;
}

/** A cache as read back. */
export interface CorpusCache {
  /** Files by name (the result's `file`). */
  readonly entries: ReadonlyMap<string, CachedFile>;
  readonly assembled?: CachedAssembly;
}

/** Why a cache was ignored. */
export interface CacheRejection {
  readonly reason: string;
}

/** A file's place in the header: name, stamp, and where its result's JSON lies in the `results` section. */
type FileRow = [file: string, size: number, mtime: number, at: number, length: number];

interface Header {
  readonly format: string;
  readonly version: number;
  readonly build: string;
  readonly files: readonly FileRow[];
  readonly assembled?: { readonly key: string; readonly indexIdsAreClaimIds: boolean };
}

/**
 * A file result as stored: a claim the assembled corpus holds (the very object) is its ordinal there,
 * and the claims' spans are flat number arrays (as objects with keys they were most of the section).
 */
type StoredResult = Omit<CorpusFileResult, 'claims' | 'claimSpans'> & {
  readonly claims: readonly (Claim | number)[];
  readonly claimSpans?: readonly StoredSpans[];
};

/** ClaimSpans as [id start, id end, source start, source end, contradicts' starts and ends, qualifies' starts and ends]. */
type StoredSpans = [number, number, number, number, number[], number[]];

function storedSpans(spans: ClaimSpans): StoredSpans {
  const flat = (list: readonly Span[]): number[] => list.flatMap((span) => [span.start, span.end]);
  return [spans.id.start, spans.id.end, spans.source.start, spans.source.end, flat(spans.contradicts), flat(spans.qualifies)];
}

function spansOf(stored: StoredSpans): ClaimSpans {
  const list = (flat: readonly number[]): Span[] => {
    const out: Span[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) out.push({ start: flat[i], end: flat[i + 1] });
    return out;
  };
  return { id: { start: stored[0], end: stored[1] }, source: { start: stored[2], end: stored[3] }, contradicts: list(stored[4]), qualifies: list(stored[5]) };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The cache's bytes. `build` names the code that parsed (e.g. the extension's version and build time):
 * a cache from another build is ignored on reading, since its parsers may differ. `assembled`, when
 * given, is the corpus assembled from exactly these entries and its index snapshot (made with the
 * corpus's ids, `snapshotOf(data, claimIdList(corpus))`, so that they are stored once).
 */
export function serialiseCorpusCache(
  entries: Iterable<[string, CacheEntry]> | Iterable<CacheEntry>,
  build: string,
  assembled?: { readonly corpus: Corpus; readonly index: IndexSnapshot },
): Uint8Array {
  const list: CacheEntry[] = [];
  for (const item of entries) list.push(Array.isArray(item) ? item[1] : item);
  list.sort((a, b) => (a.result.file < b.result.file ? -1 : a.result.file > b.result.file ? 1 : 0));
  const sections: Record<string, SectionData> = {};
  let ordinalOf = (_claim: Claim): number | undefined => undefined;
  let assembledHeader: Header['assembled'];
  if (assembled) {
    const packed = packCorpus(assembled.corpus);
    const claims = assembled.corpus.claims;
    const ordinals = new Map<string, number>();
    let n = 0;
    for (const id of claims.keys()) ordinals.set(id, n++);
    ordinalOf = (claim) => (claims.get(claim.id) === claim ? ordinals.get(claim.id) : undefined);
    const { index } = assembled;
    const indexIdsAreClaimIds = index.ids === undefined;
    Object.assign(sections, { claimJson: packed.claimJson, claimOffsets: packed.claimOffsets, claimIds: packed.claimIds, claimFiles: packed.claimFiles, claimsBySource: packed.claimsBySource, contradictedBy: packed.contradictedBy, qualifiedBy: packed.qualifiedBy, sourceLines: packed.sourceLines, problemLines: packed.problemLines, rest: packed.rest });
    Object.assign(sections, { terms: index.terms, offsets: index.offsets, ordinals: index.ordinals, docFreq: index.docFreq });
    if (index.ids !== undefined) sections.indexIds = index.ids;
    assembledHeader = { key: fileSetKey(list.map((e) => [e.result.file, e] as const)), indexIdsAreClaimIds };
  }
  const rows: FileRow[] = [];
  const results: Uint8Array[] = [];
  let at = 0;
  for (const { size, mtime, result } of list) {
    const { claimSpans, ...rest } = result;
    const stored: StoredResult = { ...rest, claims: result.claims.map((claim) => ordinalOf(claim) ?? claim), ...(claimSpans ? { claimSpans: claimSpans.map(storedSpans) } : {}) };
    const bytes = encoder.encode(JSON.stringify(stored));
    rows.push([result.file, size, mtime, at, bytes.length]);
    results.push(bytes);
    at += bytes.length;
  }
  const joined = new Uint8Array(at);
  at = 0;
  for (const bytes of results) {
    joined.set(bytes, at);
    at += bytes.length;
  }
  sections.results = joined;
  const header: Header = { format: FORMAT, version: CORPUS_CACHE_VERSION, build, files: rows, ...(assembledHeader ? { assembled: assembledHeader } : {}) };
  return writeSections(header, sections);
}

/**
 * Reads a cache written by `serialiseCorpusCache` by the same `build`; a rejection (with the reason,
 * for the log) when the bytes are not such a cache. Never throws. Checks the whole file's checksum
 * but parses no claim and no file result: those are parsed when first asked for.
 */
export function deserialiseCorpusCache(bytes: Uint8Array, build: string): CorpusCache | CacheRejection {
  try {
    return readCache(bytes, build);
  } catch (error) {
    return { reason: `the cache is damaged (${(error as Error).message})` };
  }
}

function readCache(bytes: Uint8Array, build: string): CorpusCache | CacheRejection {
  const file = readSections(bytes);
  if (typeof file === 'string') return { reason: file };
  const header = file.header;
  if (!isObject(header) || header.format !== FORMAT) return { reason: 'not an Attest corpus cache' };
  if (header.version !== CORPUS_CACHE_VERSION) return { reason: `format version ${String(header.version)}, expected ${CORPUS_CACHE_VERSION}` };
  if (header.build !== build) return { reason: `written by build ${JSON.stringify(header.build)}, this is ${JSON.stringify(build)}` };
  const damage = file.verify();
  if (damage) return { reason: damage };
  if (!Array.isArray(header.files)) return { reason: 'no file list' };
  const results = file.bytes('results');
  let assembled: CachedAssembly | undefined;
  if (isObject(header.assembled) && typeof header.assembled.key === 'string') {
    assembled = { key: header.assembled.key, ...readAssembly(file, header.assembled.indexIdsAreClaimIds === true) };
  }
  const claims = assembled?.corpus.claims as PackedClaims | undefined;
  const entries = new Map<string, CachedFile>();
  for (const row of header.files as unknown[]) {
    if (!isFileRow(row) || row[3] + row[4] > results.length) return { reason: 'a file entry is malformed' };
    const [name, size, mtime, at, length] = row;
    let result: CorpusFileResult | undefined;
    entries.set(name, { size, mtime, result: () => (result ??= storedResult(results.subarray(at, at + length), claims)) });
  }
  return assembled ? { entries, assembled } : { entries };
}

function readAssembly(file: SectionFile, indexIdsAreClaimIds: boolean): Omit<CachedAssembly, 'key'> {
  const corpus = unpackCorpus({ claimJson: file.bytes('claimJson'), claimOffsets: file.int32('claimOffsets'), claimIds: file.bytes('claimIds'), claimFiles: file.int32('claimFiles'), claimsBySource: file.int32('claimsBySource'), contradictedBy: file.int32('contradictedBy'), qualifiedBy: file.int32('qualifiedBy'), sourceLines: file.bytes('sourceLines'), problemLines: file.bytes('problemLines'), rest: file.bytes('rest') });
  const index: IndexSnapshot = {
    ...(indexIdsAreClaimIds ? {} : { ids: file.text('indexIds') }),
    terms: file.text('terms'),
    offsets: file.int32('offsets'),
    ordinals: file.int32('ordinals'),
    docFreq: file.int32('docFreq'),
  };
  return { corpus, index };
}

/** A file result from its stored JSON, its claims taken from the assembled corpus where stored as ordinals. */
function storedResult(bytes: Uint8Array, claims: PackedClaims | undefined): CorpusFileResult {
  const { claimSpans, ...stored } = JSON.parse(decoder.decode(bytes)) as StoredResult;
  return {
    ...stored,
    ...(claimSpans ? { claimSpans: claimSpans.map(spansOf) } : {}),
    claims: stored.claims.map((claim) => {
      if (typeof claim !== 'number') return claim;
      if (!claims || claim < 0 || claim >= claims.size) throw new Error(`The corpus cache names claim ${claim}, which it does not hold.`);
      return claims.at(claim);
    }),
  };
}

/** True when `value` is a rejection rather than a cache. */
export function isRejection(value: CorpusCache | CacheRejection): value is CacheRejection {
  return 'reason' in value;
}

/** The cached file `file` when the cache holds it for a file of exactly this size and mtime; else undefined. */
export function cachedFile(cache: CorpusCache, file: string, stamp: FileStamp | undefined): CachedFile | undefined {
  const entry = cache.entries.get(file);
  return entry && stamp && entry.size === stamp.size && entry.mtime === stamp.mtime ? entry : undefined;
}

/**
 * A short key naming a set of files at given stamps (order does not matter): the assembled corpus and
 * index are reused only when the key of the files now equals the key they were stored with.
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

function isFileRow(value: unknown): value is FileRow {
  return Array.isArray(value) && value.length === 5 && typeof value[0] === 'string' && typeof value[1] === 'number' && typeof value[2] === 'number'
    && Number.isInteger(value[3]) && Number.isInteger(value[4]) && value[3] >= 0 && value[4] >= 0;
}
