// A read-only map of claims over their packed form (each claim's UTF-8 JSON, concatenated): a claim
// is decoded and parsed the first time it is asked for, then kept, so the same id always gives the
// same object. Loading 100,000 claims this way creates none of them until they are needed: a hover
// costs one JSON.parse, not a hundred thousand.
import { runSteps } from '../steps';
import type { Claim } from '../model';
import { claimFromJson } from './claimRecord';

const decoder = new TextDecoder();

/**
 * Each claim's packed JSON (claimRecord.ts: a record without id and file, or the whole claim) as it
 * was last packed or unpacked: bytes (a view into the packed buffer it came from) or text. Packing a corpus again (after a one-file change) copies these instead of serialising
 * every claim anew. Weak: a claim no corpus holds any more takes its entry with it.
 */
const claimJson = new WeakMap<Claim, Uint8Array | string>();

/** The claim's JSON as remembered from packing or unpacking it; undefined when never packed. */
export function rememberedJson(claim: Claim): Uint8Array | string | undefined {
  return claimJson.get(claim);
}

/** Remembers `claim`'s JSON (see `rememberedJson`). */
export function rememberJson(claim: Claim, json: Uint8Array | string): void {
  claimJson.set(claim, json);
}

/** Claims by id, in corpus order, materialised one at a time from packed bytes. */
export class PackedClaims implements ReadonlyMap<string, Claim> {
  private readonly claims: (Claim | undefined)[];
  private ordinals: Map<string, number> | undefined;
  /** How many claims have been parsed so far (for tests and the log: a load should parse none). */
  materialised = 0;

  /**
   * `json` holds claim i's UTF-8 JSON (claimRecord.ts) from `offsets[i]` to `offsets[i + 1]`; `ids`
   * are the claims' ids in the same order, and claim i is written in `files[fileOf[i]]` (-1 for a
   * claim stored whole). The caller has checked that the lengths and indexes agree.
   */
  constructor(
    private readonly json: Uint8Array,
    private readonly offsets: Int32Array,
    private readonly ids: readonly string[],
    private readonly files: readonly string[],
    private readonly fileOf: Int32Array,
  ) {
    this.claims = new Array<Claim | undefined>(ids.length);
  }

  /** The claim ids in corpus order (the array the claims were unpacked with: do not change it). */
  get idList(): readonly string[] {
    return this.ids;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The position of claim `id` in corpus order; undefined when there is no such claim. */
  ordinalOf(id: string): number | undefined {
    if (!this.ordinals) {
      // Built on the first lookup unless `mapSteps` built it: iterating keys or counting needs no map.
      runSteps(this.mapSteps(Number.MAX_SAFE_INTEGER));
    }
    return this.ordinals!.get(id);
  }

  /**
   * Builds the id → position map `perStep` ids at a time (a generator: drive it to the end). A hundred
   * thousand ids take ~50 ms: the extension host builds it in slices while it receives the corpus,
   * rather than in one go on the first lookup (a diagnostic, a hover).
   */
  *mapSteps(perStep = 5_000): Generator<void, true> {
    if (this.ordinals) return true;
    const ordinals = new Map<string, number>();
    for (let i = 0; i < this.ids.length; i++) {
      ordinals.set(this.ids[i], i);
      if (i % perStep === perStep - 1) yield;
    }
    this.ordinals ??= ordinals;
    return true;
  }

  /** The claim at position `ordinal` in corpus order (0 ≤ ordinal < size), parsed on first use. */
  at(ordinal: number): Claim {
    let claim = this.claims[ordinal];
    if (!claim) {
      const bytes = this.json.subarray(this.offsets[ordinal], this.offsets[ordinal + 1]);
      const file = this.fileOf[ordinal];
      claim = claimFromJson(decoder.decode(bytes), this.ids[ordinal], file >= 0 ? this.files[file] : undefined);
      rememberJson(claim, bytes);
      this.claims[ordinal] = claim;
      this.materialised++;
    }
    return claim;
  }

  get(id: string): Claim | undefined {
    const ordinal = this.ordinalOf(id);
    return ordinal === undefined ? undefined : this.at(ordinal);
  }

  has(id: string): boolean {
    return this.ordinalOf(id) !== undefined;
  }

  keys(): MapIterator<string> {
    return this.ids[Symbol.iterator]();
  }

  *values(): MapIterator<Claim> {
    for (let i = 0; i < this.ids.length; i++) yield this.at(i);
  }

  *entries(): MapIterator<[string, Claim]> {
    for (let i = 0; i < this.ids.length; i++) yield [this.ids[i], this.at(i)];
  }

  [Symbol.iterator](): MapIterator<[string, Claim]> {
    return this.entries();
  }

  forEach(callback: (value: Claim, key: string, map: ReadonlyMap<string, Claim>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.ids.length; i++) callback.call(thisArg, this.at(i), this.ids[i], this);
  }

  get [Symbol.toStringTag](): string {
    return 'PackedClaims';
  }
}
