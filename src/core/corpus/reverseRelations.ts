// Which claims name a given claim in their `contradicts` or `qualifies`: the reverse of what each claim
// writes. Kept with the corpus (made where it is assembled, carried packed as ordinal pairs) so that a
// hover on the lazily parsed corpus of the extension host parses only the claims it shows, instead of
// every claim to build this on first use.
import type { Claim } from '../model';

/** Claims naming a claim in their relations, by the named claim's id. */
export interface ReverseRelations {
  /** Ids of claims whose `contradicts` names `id`, in corpus order (a claim naming it twice is listed twice); [] when none. */
  contradictedBy(id: string): readonly string[];
  /** Ids of claims whose `qualifies` names `id`, in corpus order; [] when none. */
  qualifiedBy(id: string): readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/** Reverse relations held as maps: what assembling a corpus (or a corpus without them) gives. */
export class MapReverseRelations implements ReverseRelations {
  private readonly contradicted = new Map<string, string[]>();
  private readonly qualified = new Map<string, string[]>();

  /** Records `claim`'s relations; only targets for which `exists` is true are kept (others are findings, not relations). */
  add(claim: Claim, exists: (id: string) => boolean): void {
    for (const target of claim.contradicts) if (exists(target)) push(this.contradicted, target, claim.id);
    for (const target of claim.qualifies) if (exists(target)) push(this.qualified, target, claim.id);
  }

  contradictedBy(id: string): readonly string[] {
    return this.contradicted.get(id) ?? NONE;
  }

  qualifiedBy(id: string): readonly string[] {
    return this.qualified.get(id) ?? NONE;
  }
}

/** The reverse relations of `claims` (every claim a corpus holds, in corpus order). */
export function reverseRelationsOf(claims: ReadonlyMap<string, Claim>): ReverseRelations {
  const relations = new MapReverseRelations();
  const exists = (id: string): boolean => claims.has(id);
  for (const claim of claims.values()) relations.add(claim, exists);
  return relations;
}

/**
 * One relation reversed, as claim ordinals: pairs (named claim, naming claim), sorted by the named
 * claim, then in corpus order. Found by binary search, so unpacking builds nothing.
 */
export type RelationPairs = Int32Array;

/** The `relation` pairs of `claims` (in corpus order); `ordinals` gives each claim id's position, targets absent from it are left out. */
export function relationPairs(claims: readonly Claim[], ordinals: ReadonlyMap<string, number>, relation: 'contradicts' | 'qualifies'): RelationPairs {
  const pairs: number[] = [];
  claims.forEach((claim, i) => {
    for (const target of claim[relation]) {
      const t = ordinals.get(target);
      if (t !== undefined) pairs.push(t, i);
    }
  });
  // Sort pair indexes by target; a stable sort keeps the naming claims in corpus order.
  const order = Array.from({ length: pairs.length / 2 }, (_, k) => k).sort((a, b) => pairs[2 * a] - pairs[2 * b]);
  const out = new Int32Array(pairs.length);
  order.forEach((k, j) => {
    out[2 * j] = pairs[2 * k];
    out[2 * j + 1] = pairs[2 * k + 1];
  });
  return out;
}

/** Reverse relations read from packed pairs, in place, over the claims' ids in corpus order. */
export class PackedReverseRelations implements ReverseRelations {
  /**
   * `ordinalOf` gives a claim id's position in `ids`. Throws when a pair names a position outside
   * `ids` or the pairs are not sorted (a damaged pack).
   */
  constructor(
    private readonly ids: readonly string[],
    private readonly ordinalOf: (id: string) => number | undefined,
    private readonly contradicted: RelationPairs,
    private readonly qualified: RelationPairs,
  ) {
    for (const pairs of [contradicted, qualified]) {
      if (pairs.length % 2 !== 0) throw new Error('Packed corpus is inconsistent: relation pairs are odd.');
      for (let k = 0; k < pairs.length; k += 2) {
        const bad = !(pairs[k] >= 0 && pairs[k] < ids.length && pairs[k + 1] >= 0 && pairs[k + 1] < ids.length) || (k > 0 && pairs[k] < pairs[k - 2]);
        if (bad) throw new Error('Packed corpus is inconsistent: a relation names no claim.');
      }
    }
  }

  contradictedBy(id: string): readonly string[] {
    return this.lookup(this.contradicted, id);
  }

  qualifiedBy(id: string): readonly string[] {
    return this.lookup(this.qualified, id);
  }

  private lookup(pairs: RelationPairs, id: string): readonly string[] {
    const target = this.ordinalOf(id);
    if (target === undefined) return NONE;
    // The first pair whose target is not below `target`.
    let low = 0;
    let high = pairs.length / 2;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (pairs[2 * mid] < target) low = mid + 1;
      else high = mid;
    }
    const out: string[] = [];
    for (let k = 2 * low; k < pairs.length && pairs[k] === target; k += 2) out.push(this.ids[pairs[k + 1]]);
    return out;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
