// The claims related to one claim, in both directions: a contradiction written on either side counts.
import type { Corpus } from './types';

/** Claims related to one claim. Only ids of claims in the corpus; never the claim itself. */
export interface RelatedClaims {
  /** Claims this one contradicts or that contradict it (contradiction is mutual). */
  readonly contradicts: readonly string[];
  /** Claims this one qualifies. */
  readonly qualifies: readonly string[];
  /** Claims that qualify this one. */
  readonly qualifiedBy: readonly string[];
}

interface ReverseIndex {
  readonly contradictedBy: Map<string, string[]>;
  readonly qualifiedBy: Map<string, string[]>;
}

// Built once per corpus object on first use: corpora are immutable, so the index never goes stale.
const reverseIndexes = new WeakMap<Corpus, ReverseIndex>();

/**
 * The claims related to `id`, as written on either side: the claim's own `contradicts` first, then
 * claims listing it in theirs, in corpus order. Unknown ids give empty lists. Cycles are harmless:
 * nothing is followed transitively.
 */
export function relatedClaims(corpus: Corpus, id: string): RelatedClaims {
  const claim = corpus.claims.get(id);
  if (!claim) return { contradicts: [], qualifies: [], qualifiedBy: [] };
  const index = reverseIndex(corpus);
  const keep = (ids: readonly string[]): string[] => [...new Set(ids)].filter((other) => other !== id && corpus.claims.has(other));
  return {
    contradicts: keep([...claim.contradicts, ...(index.contradictedBy.get(id) ?? [])]),
    qualifies: keep(claim.qualifies),
    qualifiedBy: keep(index.qualifiedBy.get(id) ?? []),
  };
}

function reverseIndex(corpus: Corpus): ReverseIndex {
  let index = reverseIndexes.get(corpus);
  if (!index) {
    index = { contradictedBy: new Map(), qualifiedBy: new Map() };
    for (const claim of corpus.claims.values()) {
      for (const target of claim.contradicts) push(index.contradictedBy, target, claim.id);
      for (const target of claim.qualifies) push(index.qualifiedBy, target, claim.id);
    }
    reverseIndexes.set(corpus, index);
  }
  return index;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
