// An assembled corpus in a compact, transferable form: every claim's UTF-8 JSON back to back in one
// buffer with an offset per claim, the claim ids as one string, and the rest (sources, problems, …)
// as one JSON string. The persisted cache stores this form and the worker sends it to the extension
// host; unpacking parses only the small rest and leaves each claim packed until it is asked for
// (packedClaims.ts), so neither a cached start-up nor the host creates 100,000 claim objects at once.
import { runSteps } from '../steps';
import type { Claim, Finding, Source } from '../model';
import { claimRecordJson } from './claimRecord';
import { PackedClaims, rememberedJson, rememberJson } from './packedClaims';
import { PackedReverseRelations, relationPairs, type RelationPairs } from './reverseRelations';
import type { Corpus } from './types';

/** A corpus packed by `packCorpus`. The two typed arrays are the bulk (transfer their buffers). */
export interface PackedCorpus {
  /** Every claim's UTF-8 JSON (claimRecord.ts: without id and file), in corpus order, back to back. */
  readonly claimJson: Uint8Array;
  /** Claim i's JSON is `claimJson[claimOffsets[i]]` to `claimJson[claimOffsets[i + 1]]`: one more entry than claims. */
  readonly claimOffsets: Int32Array;
  /** The claim ids in corpus order, joined by "\n" (ids are slugs: no line breaks). */
  readonly claimIds: string;
  /** Per claim, the index of its file in the rest's `claimFiles`; -1 for a claim stored whole (its JSON names its file). */
  readonly claimFiles: Int32Array;
  /**
   * Claims by source as claim ordinals: per source listed in the rest's `bySourceKeys`, a count then
   * that many ordinals. As ids in JSON this was the largest part of the rest (100,000 ids again).
   */
  readonly claimsBySource: Int32Array;
  /** The reverse of each claim's `contradicts` and `qualifies`, as ordinal pairs (reverseRelations.ts). */
  readonly contradictedBy: RelationPairs;
  readonly qualifiedBy: RelationPairs;
  /** JSON of everything else (`PackedRest`): a few thousand sources and the problems, parsed eagerly. */
  readonly rest: string;
}

interface PackedRest {
  readonly sources: readonly Source[];
  /** The keys of `claimsBySource`, in order; its lists are in PackedCorpus.claimsBySource. */
  readonly bySourceKeys?: readonly string[];
  /** The whole map, when some list names a claim the corpus does not hold (no ordinal for it). */
  readonly claimsBySource?: readonly (readonly [string, readonly string[]])[];
  readonly problems: readonly Finding[];
  readonly files: readonly string[];
  readonly rejectedClaims?: readonly string[];
  /** The files claims are written in, indexed by PackedCorpus.claimFiles. */
  readonly claimFiles: readonly string[];
}

/** The packed form each unpacked corpus came from, so packing it again is a copy. */
const packedSource = new WeakMap<Corpus, PackedCorpus>();

const encoder = new TextEncoder();

/**
 * `corpus` in packed form, in new buffers (safe to transfer). A corpus made by `unpackCorpus` is
 * copied; otherwise each claim's JSON is taken from where it was last packed or unpacked, and only
 * claims never packed before are serialised (after a one-file change: that file's claims).
 */
export function packCorpus(corpus: Corpus): PackedCorpus {
  const source = packedSource.get(corpus);
  if (source) {
    return {
      ...source,
      claimJson: source.claimJson.slice(),
      claimOffsets: source.claimOffsets.slice(),
      claimsBySource: source.claimsBySource.slice(),
      claimFiles: source.claimFiles.slice(),
      contradictedBy: source.contradictedBy.slice(),
      qualifiedBy: source.qualifiedBy.slice(),
    };
  }
  const claims: Claim[] = [];
  const jsons: (Uint8Array | string)[] = [];
  const fileTable = new Map<string, number>();
  const claimFiles = new Int32Array(corpus.claims.size);
  let estimate = 0;
  for (const claim of corpus.claims.values()) {
    let json = rememberedJson(claim);
    if (json === undefined) {
      json = claimRecordJson(claim) ?? JSON.stringify(claim);
      rememberJson(claim, json);
    }
    const isRecord = (typeof json === 'string' ? json.charCodeAt(0) : json[0]) === 0x5b; // '['
    let file = -1;
    if (isRecord) {
      file = fileTable.get(claim.location.file) ?? fileTable.size;
      if (file === fileTable.size) fileTable.set(claim.location.file, file);
    }
    claimFiles[claims.length] = file;
    claims.push(claim);
    jsons.push(json);
    estimate += json.length;
  }
  const sink = new ByteSink(estimate + 1024);
  const claimOffsets = new Int32Array(claims.length + 1);
  for (let i = 0; i < jsons.length; i++) {
    sink.write(jsons[i]);
    claimOffsets[i + 1] = sink.length;
  }
  const ordinals = new Map<string, number>();
  claims.forEach((claim, i) => ordinals.set(claim.id, i));
  const bySource = ordinalsBySource(corpus, ordinals);
  const rest: PackedRest = {
    sources: [...corpus.sources.values()],
    ...(bySource ? { bySourceKeys: [...corpus.claimsBySource.keys()] } : { claimsBySource: [...corpus.claimsBySource] }),
    problems: corpus.problems,
    files: corpus.files,
    ...(corpus.rejectedClaims ? { rejectedClaims: [...corpus.rejectedClaims] } : {}),
    claimFiles: [...fileTable.keys()],
  };
  return {
    claimJson: sink.bytes(),
    claimOffsets,
    claimIds: claims.map((c) => c.id).join('\n'),
    claimFiles,
    claimsBySource: bySource ?? new Int32Array(0),
    // From the claims themselves rather than corpus.reverseRelations: a corpus spread from another with other claims may carry stale ones.
    contradictedBy: relationPairs(claims, ordinals, 'contradicts'),
    qualifiedBy: relationPairs(claims, ordinals, 'qualifies'),
    rest: JSON.stringify(rest),
  };
}

/** `corpus.claimsBySource` as counts and ordinals (see PackedCorpus); undefined when a list names a claim not in `ordinals`. */
function ordinalsBySource(corpus: Corpus, ordinals: ReadonlyMap<string, number>): Int32Array | undefined {
  let length = 0;
  for (const ids of corpus.claimsBySource.values()) length += 1 + ids.length;
  const out = new Int32Array(length);
  let at = 0;
  for (const ids of corpus.claimsBySource.values()) {
    out[at++] = ids.length;
    for (const id of ids) {
      const ordinal = ordinals.get(id);
      if (ordinal === undefined) return undefined;
      out[at++] = ordinal;
    }
  }
  return out;
}

/** The claims-by-source map from its packed form; throws when the counts or ordinals overrun. */
function claimsBySourceOf(keys: readonly string[], packed: Int32Array, ids: readonly string[]): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  let at = 0;
  for (const key of keys) {
    const count = packed[at++];
    if (!(count >= 0) || at + count > packed.length) throw new Error('Packed corpus is inconsistent: claims by source overrun.');
    const list = new Array<string>(count);
    for (let k = 0; k < count; k++) {
      const id = ids[packed[at++]];
      if (id === undefined) throw new Error('Packed corpus is inconsistent: a source lists no claim.');
      list[k] = id;
    }
    map.set(key, list);
  }
  if (at !== packed.length) throw new Error('Packed corpus is inconsistent: claims by source overrun.');
  return map;
}

/**
 * The corpus `packed` holds, its claims parsed one by one as they are asked for (the buffers are used
 * in place: do not change or transfer them afterwards). Throws when the parts do not fit together.
 */
export function unpackCorpus(packed: PackedCorpus): Corpus {
  return runSteps(unpackCorpusSteps(packed));
}

/**
 * `unpackCorpus` in a few steps (a generator: drive it with `next()` until done), so the extension
 * host can spread the work for a hundred thousand claims over event-loop turns.
 */
export function* unpackCorpusSteps(packed: PackedCorpus): Generator<void, Corpus> {
  const ids = packed.claimIds === '' ? [] : packed.claimIds.split('\n');
  yield;
  const { claimOffsets: offsets, claimJson } = packed;
  if (offsets.length !== ids.length + 1 || offsets[0] !== 0 || offsets[ids.length] > claimJson.length) {
    throw new Error(`Packed corpus is inconsistent: ${ids.length} ids, ${offsets.length} offsets, ${claimJson.length} bytes.`);
  }
  for (let i = 0; i < ids.length; i++) {
    if (offsets[i + 1] < offsets[i]) throw new Error('Packed corpus is inconsistent: claim offsets go backwards.');
  }
  yield;
  const rest = JSON.parse(packed.rest) as PackedRest;
  const fileNames = rest.claimFiles;
  const { claimFiles } = packed;
  if (claimFiles.length !== ids.length || !Array.isArray(fileNames)) throw new Error('Packed corpus is inconsistent: claim files do not match the claims.');
  for (let i = 0; i < claimFiles.length; i++) {
    if (!(claimFiles[i] >= -1 && claimFiles[i] < fileNames.length)) throw new Error('Packed corpus is inconsistent: a claim names no file.');
  }
  const claims = new PackedClaims(claimJson, offsets, ids, fileNames, claimFiles);
  yield;
  const claimsBySource = rest.claimsBySource ? new Map(rest.claimsBySource) : claimsBySourceOf(rest.bySourceKeys ?? [], packed.claimsBySource, ids);
  yield;
  const corpus: Corpus = {
    claims,
    sources: new Map(rest.sources.map((s) => [s.id, s])),
    claimsBySource,
    problems: rest.problems,
    files: rest.files,
    ...(rest.rejectedClaims ? { rejectedClaims: new Set(rest.rejectedClaims) } : {}),
    reverseRelations: new PackedReverseRelations(ids, (id) => claims.ordinalOf(id), packed.contradictedBy, packed.qualifiedBy),
  };
  packedSource.set(corpus, packed);
  return corpus;
}

/** The buffers to list in postMessage's transfer list so a packed corpus moves rather than copies. */
export function packedTransferables(packed: PackedCorpus): ArrayBuffer[] {
  return [packed.claimJson.buffer, packed.claimOffsets.buffer, packed.claimsBySource.buffer, packed.claimFiles.buffer, packed.contradictedBy.buffer, packed.qualifiedBy.buffer] as ArrayBuffer[];
}

/** A growing byte buffer that text (encoded as UTF-8) and bytes are appended to. */
class ByteSink {
  private buffer: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }

  write(data: Uint8Array | string): void {
    if (typeof data !== 'string') {
      this.reserve(data.length);
      this.buffer.set(data, this.length);
      this.length += data.length;
      return;
    }
    let rest = data;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.buffer.subarray(this.length));
      this.length += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      // Non-ASCII text takes more bytes than characters: at most three per UTF-16 unit.
      this.reserve(rest.length * 3);
    }
  }

  /** The bytes written: a view of the buffer, not a copy (the unused tail is at most a few percent). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(more: number): void {
    if (this.length + more <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + more));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
