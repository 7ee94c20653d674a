// An assembled corpus in a compact, transferable form: every claim's UTF-8 JSON back to back in one
// buffer with an offset per claim, the claim ids as one UTF-8 buffer, and the rest (sources,
// problems, …) as one UTF-8 JSON buffer. Only buffers: a worker transfers them without a copy, where
// a structured clone of multi-megabyte strings held the receiving thread ~20 ms. The persisted cache stores this form and the worker sends it to the extension
// host; unpacking parses only the small rest and leaves each claim packed until it is asked for
// (packedClaims.ts), so neither a cached start-up nor the host creates 100,000 claim objects at once.
import { runSteps } from '../steps';
import type { Claim, Finding, Source } from '../model';
import { claimRecordJson } from './claimRecord';
import { PackedClaims, rememberedJson, rememberJson } from './packedClaims';
import { PackedReverseRelations, relationPairs, type RelationPairs } from './reverseRelations';
import type { Corpus } from './types';

/** A corpus packed by `packCorpus`: typed arrays only (`packedTransferables` lists their buffers). */
export interface PackedCorpus {
  /** Every claim's UTF-8 JSON (claimRecord.ts: without id and file), in corpus order, back to back. */
  readonly claimJson: Uint8Array;
  /** Claim i's JSON is `claimJson[claimOffsets[i]]` to `claimJson[claimOffsets[i + 1]]`: one more entry than claims. */
  readonly claimOffsets: Int32Array;
  /** The claim ids in corpus order, joined by "\n" (ids are slugs: no line breaks), as UTF-8. */
  readonly claimIds: Uint8Array;
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
  /** Every source's JSON, one per line (JSON.stringify writes no line break), as UTF-8: parsed a slice at a time. */
  readonly sourceLines: Uint8Array;
  /** Every problem's JSON, one per line, as UTF-8 (a broken corpus may have as many problems as claims). */
  readonly problemLines: Uint8Array;
  /** UTF-8 JSON of everything else (`PackedRest`): lists of names, parsed in one go. */
  readonly rest: Uint8Array;
}

interface PackedRest {
  /** The keys of `claimsBySource`, in order; its lists are in PackedCorpus.claimsBySource. */
  readonly bySourceKeys?: readonly string[];
  /** The whole map, when some list names a claim the corpus does not hold (no ordinal for it). */
  readonly claimsBySource?: readonly (readonly [string, readonly string[]])[];
  readonly files: readonly string[];
  readonly rejectedClaims?: readonly string[];
  /** The files claims are written in, indexed by PackedCorpus.claimFiles. */
  readonly claimFiles: readonly string[];
}

/** The packed form each corpus was unpacked from or packed to, so packing it again costs nothing. */
const packedSource = new WeakMap<Corpus, PackedCorpus>();

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * `corpus` in packed form. Its buffers stay shared with the corpus's claims, which remember their JSON
 * as views of `claimJson` (so packing again copies bytes): do not change or transfer them; transfer a
 * `packedCopy`. A corpus made by `unpackCorpus` gives the form it came from; otherwise each claim's JSON
 * is taken from where it was last packed or unpacked, and only claims never packed before are
 * serialised (after a one-file change: that file's claims), straight into the buffer: holding a
 * hundred thousand JSON strings until the end made packing a freshly parsed corpus mostly garbage
 * collection (~2 s in the engine).
 */
export function packCorpus(corpus: Corpus): PackedCorpus {
  let packed = packedSource.get(corpus);
  if (!packed) {
    packed = packClaims(corpus);
    // Sending a corpus and then caching it packs it twice: the second time is this lookup.
    packedSource.set(corpus, packed);
  }
  return packed;
}

/** A copy of `packed` in new buffers, safe to transfer (`packedTransferables`). */
export function packedCopy(packed: PackedCorpus): PackedCorpus {
  return {
    claimJson: packed.claimJson.slice(),
    claimOffsets: packed.claimOffsets.slice(),
    claimIds: packed.claimIds.slice(),
    claimFiles: packed.claimFiles.slice(),
    claimsBySource: packed.claimsBySource.slice(),
    contradictedBy: packed.contradictedBy.slice(),
    qualifiedBy: packed.qualifiedBy.slice(),
    sourceLines: packed.sourceLines.slice(),
    problemLines: packed.problemLines.slice(),
    rest: packed.rest.slice(),
  };
}

function packClaims(corpus: Corpus): PackedCorpus {
  const claims: Claim[] = [];
  /** Ordinals of the claims serialised now: they remember their bytes once the buffer is final. */
  const fresh: number[] = [];
  const fileTable = new Map<string, number>();
  const claimFiles = new Int32Array(corpus.claims.size);
  const claimOffsets = new Int32Array(corpus.claims.size + 1);
  // Claim records average a few hundred bytes; the sink grows when they do not.
  const sink = new ByteSink(corpus.claims.size * 384 + 1024);
  for (const claim of corpus.claims.values()) {
    let json = rememberedJson(claim);
    if (json === undefined) {
      json = claimRecordJson(claim) ?? JSON.stringify(claim);
      fresh.push(claims.length);
    }
    const isRecord = (typeof json === 'string' ? json.charCodeAt(0) : json[0]) === 0x5b; // '['
    let file = -1;
    if (isRecord) {
      file = fileTable.get(claim.location.file) ?? fileTable.size;
      if (file === fileTable.size) fileTable.set(claim.location.file, file);
    }
    claimFiles[claims.length] = file;
    claims.push(claim);
    sink.write(json);
    claimOffsets[claims.length] = sink.length;
  }
  const claimJson = sink.bytes();
  for (const i of fresh) rememberJson(claims[i], claimJson.subarray(claimOffsets[i], claimOffsets[i + 1]));
  const ordinals = new Map<string, number>();
  claims.forEach((claim, i) => ordinals.set(claim.id, i));
  const bySource = ordinalsBySource(corpus, ordinals);
  const rest: PackedRest = {
    ...(bySource ? { bySourceKeys: [...corpus.claimsBySource.keys()] } : { claimsBySource: [...corpus.claimsBySource] }),
    files: corpus.files,
    ...(corpus.rejectedClaims ? { rejectedClaims: [...corpus.rejectedClaims] } : {}),
    claimFiles: [...fileTable.keys()],
  };
  return {
    claimJson,
    claimOffsets,
    claimIds: encoder.encode(claims.map((c) => c.id).join('\n')),
    claimFiles,
    claimsBySource: bySource ?? new Int32Array(0),
    // From the claims themselves rather than corpus.reverseRelations: a corpus spread from another with other claims may carry stale ones.
    contradictedBy: relationPairs(claims, ordinals, 'contradicts'),
    qualifiedBy: relationPairs(claims, ordinals, 'qualifies'),
    sourceLines: jsonLines(corpus.sources.values()),
    problemLines: jsonLines(corpus.problems),
    rest: encoder.encode(JSON.stringify(rest)),
  };
}

/** `values` as UTF-8 JSON, one per line. */
function jsonLines(values: Iterable<unknown>): Uint8Array {
  const lines: string[] = [];
  for (const value of values) lines.push(JSON.stringify(value));
  return encoder.encode(lines.join('\n'));
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
  const ids = yield* lineSteps(packed.claimIds, ID_BYTES_PER_STEP, (line) => line);
  const { claimOffsets: offsets, claimJson } = packed;
  if (offsets.length !== ids.length + 1 || offsets[0] !== 0 || offsets[ids.length] > claimJson.length) {
    throw new Error(`Packed corpus is inconsistent: ${ids.length} ids, ${offsets.length} offsets, ${claimJson.length} bytes.`);
  }
  for (let i = 0; i < ids.length; i++) {
    if (offsets[i + 1] < offsets[i]) throw new Error('Packed corpus is inconsistent: claim offsets go backwards.');
  }
  yield;
  const rest = JSON.parse(decoder.decode(packed.rest)) as PackedRest;
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
  const sources = new Map<string, Source>();
  for (const source of yield* lineSteps(packed.sourceLines, JSON_BYTES_PER_STEP, (line) => JSON.parse(line) as Source)) sources.set(source.id, source);
  const problems = yield* lineSteps(packed.problemLines, JSON_BYTES_PER_STEP, (line) => JSON.parse(line) as Finding);
  const corpus: Corpus = {
    claims,
    sources,
    claimsBySource,
    problems,
    files: rest.files,
    ...(rest.rejectedClaims ? { rejectedClaims: new Set(rest.rejectedClaims) } : {}),
    reverseRelations: new PackedReverseRelations(ids, (id) => claims.ordinalOf(id), packed.contradictedBy, packed.qualifiedBy),
  };
  packedSource.set(corpus, packed);
  return corpus;
}

/** How many bytes of ids, and of JSON lines, are decoded (and parsed) in one step: a few milliseconds' work each. */
const ID_BYTES_PER_STEP = 1 << 17;
const JSON_BYTES_PER_STEP = 1 << 16;

/**
 * The lines of `bytes` ("\n"-joined UTF-8), each read by `read`, decoded a slice at a time (each slice
 * ends at a line break; a step each): one split of a hundred thousand ids, or one JSON.parse of every
 * source, held the extension host 25–45 ms. No bytes, no lines.
 */
export function* lineSteps<T>(bytes: Uint8Array, bytesPerStep: number, read: (line: string) => T): Generator<void, T[]> {
  const out: T[] = [];
  for (let from = 0; from < bytes.length; ) {
    let to = Math.min(bytes.length, from + bytesPerStep);
    if (to < bytes.length) {
      const lineBreak = bytes.indexOf(0x0a, to);
      to = lineBreak < 0 ? bytes.length : lineBreak;
    }
    for (const line of decoder.decode(bytes.subarray(from, to)).split('\n')) out.push(read(line));
    from = to + 1;
    yield;
  }
  return out;
}

/** The claim ids of `corpus` in corpus order (a packed corpus's own list, else a new array). */
export function claimIdList(corpus: Corpus): readonly string[] {
  return corpus.claims instanceof PackedClaims ? corpus.claims.idList : [...corpus.claims.keys()];
}

/** The buffers to list in postMessage's transfer list so a packed corpus moves rather than copies. */
export function packedTransferables(packed: PackedCorpus): ArrayBuffer[] {
  return [packed.claimJson, packed.claimOffsets, packed.claimIds, packed.claimsBySource, packed.claimFiles, packed.contradictedBy, packed.qualifiedBy, packed.sourceLines, packed.problemLines, packed.rest].map((array) => array.buffer as ArrayBuffer);
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
