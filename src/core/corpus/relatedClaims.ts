// The claims related to one claim, in both directions: a contradiction written on either side counts.
import { reverseRelationsOf, type ReverseRelations } from './reverseRelations';
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

// For corpora made without reverse relations (hand-built ones): computed once per corpus object on
// first use. Corpora are immutable, so they never go stale.
const computed = new WeakMap<Corpus, ReverseRelations>();

/**
 * The claims related to `id`, as written on either side: the claim's own `contradicts` first, then
 * claims listing it in theirs, in corpus order. Unknown ids give empty lists. Cycles are harmless:
 * nothing is followed transitively. With the corpus's own reverse relations this parses no claim
 * but `id` (a lazily parsed corpus stays lazy); callers showing the related claims parse those.
 */
export function relatedClaims(corpus: Corpus, id: string): RelatedClaims {
  const claim = corpus.claims.get(id);
  if (!claim) return { contradicts: [], qualifies: [], qualifiedBy: [] };
  const reverse = reverseRelationsFor(corpus);
  const keep = (ids: readonly string[]): string[] => [...new Set(ids)].filter((other) => other !== id && corpus.claims.has(other));
  return {
    contradicts: keep([...claim.contradicts, ...reverse.contradictedBy(id)]),
    qualifies: keep(claim.qualifies),
    qualifiedBy: keep(reverse.qualifiedBy(id)),
  };
}

function reverseRelationsFor(corpus: Corpus): ReverseRelations {
  if (corpus.reverseRelations) return corpus.reverseRelations;
  let relations = computed.get(corpus);
  if (!relations) {
    relations = reverseRelationsOf(corpus.claims);
    computed.set(corpus, relations);
  }
  return relations;
}
