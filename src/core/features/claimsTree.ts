// The claims view as plain data: sources with their claims, narrowed by a fuzzy filter.
// The extension turns these nodes into TreeItems; nothing here knows about VS Code.
import type { Corpus } from '../corpus/types';
import type { Claim, Source } from '../model';
import { fold } from '../text/fold';

export interface ClaimsTreeClaim {
  readonly claim: Claim;
  /** The node's id in the tree (unique even when a claim id is written twice). */
  readonly key: string;
}

export interface ClaimsTreeSource {
  /** The source id the claims name (also for a source missing from the corpus). */
  readonly id: string;
  /** The source, or undefined when claims name a source the corpus does not have. */
  readonly source: Source | undefined;
  readonly claims: readonly ClaimsTreeClaim[];
  /** The number of claims of this source before filtering. */
  readonly total: number;
}

/**
 * Sources in corpus order, each with its claims in file order, then one group per unknown source id
 * (claims whose `source` names no source). With a non-blank `filter`, only claims that match it are
 * kept, plus every claim of a source that matches it itself; sources left without claims are dropped
 * unless they match. Returns [] for an empty corpus or when nothing matches.
 */
export function buildClaimsTree(corpus: Corpus, filter = ''): ClaimsTreeSource[] {
  const terms = filterTerms(filter);
  const groups = new Map<string, Claim[]>();
  for (const source of corpus.sources.keys()) groups.set(source, []);
  for (const claim of corpus.claims.values()) {
    const list = groups.get(claim.source);
    if (list) list.push(claim);
    else groups.set(claim.source, [claim]);
  }

  const result: ClaimsTreeSource[] = [];
  for (const [id, claims] of groups) {
    const source = corpus.sources.get(id);
    const ordered = orderLike(claims, corpus.claimsBySource.get(id));
    const sourceMatches = terms.length > 0 && matchesAll(terms, sourceFields(id, source));
    const kept = terms.length === 0 || sourceMatches ? ordered : ordered.filter((claim) => matchesAll(terms, claimFields(claim, source)));
    if (terms.length > 0 && kept.length === 0 && !sourceMatches) continue;
    result.push({ id, source, claims: kept.map((claim) => ({ claim, key: `${id}\u0000${claim.id}` })), total: claims.length });
  }
  return result;
}

/** How many claims a tree shows. */
export function countClaims(tree: readonly ClaimsTreeSource[]): number {
  return tree.reduce((n, group) => n + group.claims.length, 0);
}

/**
 * How well `query` matches `text` (both folded): 1 for a substring, 0.5 when its letters appear in
 * order (a subsequence, e.g. "kcb" in "koronelli-competent-bodies"), undefined otherwise.
 * `subsequence: false` allows substrings only (used for long prose, where nearly any query is a subsequence).
 */
export function fuzzyScore(query: string, text: string, subsequence = true): number | undefined {
  const q = fold(query);
  const t = fold(text);
  if (!q) return 1;
  if (t.includes(q)) return 1;
  if (!subsequence) return undefined;
  let j = 0;
  for (let i = 0; i < t.length && j < q.length; i++) if (t[i] === q[j]) j++;
  return j === q.length ? 0.5 : undefined;
}

interface Field {
  readonly text: string;
  /** Whether letters-in-order matching is allowed (short identifiers only). */
  readonly subsequence: boolean;
}

function filterTerms(filter: string): string[] {
  return filter.trim().split(/\s+/).filter(Boolean);
}

// Every term must match some field: "milian passports" finds claims about both.
function matchesAll(terms: readonly string[], fields: readonly Field[]): boolean {
  return terms.every((term) => fields.some((f) => fuzzyScore(term, f.text, f.subsequence) !== undefined));
}

function sourceFields(id: string, source: Source | undefined): Field[] {
  const fields: Field[] = [{ text: id, subsequence: true }];
  if (source) fields.push({ text: source.title, subsequence: false }, { text: source.outlet, subsequence: false });
  return fields;
}

function claimFields(claim: Claim, source: Source | undefined): Field[] {
  return [{ text: claim.id, subsequence: true }, { text: claim.text, subsequence: false }, ...sourceFields(claim.source, source)];
}

// claimsBySource holds the file order; claims missing from it (hand-built corpora) keep map order.
function orderLike(claims: readonly Claim[], order: readonly string[] | undefined): Claim[] {
  if (!order) return [...claims];
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...claims].sort((a, b) => (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER));
}
