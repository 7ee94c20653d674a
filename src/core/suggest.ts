// Ranks claims for citation completion: first by how well each fits the sentence being written,
// then by how well it matches what was typed after `@` (id, text, quote, source, author).
import { align, coverageOf } from './check/align';
import { factsOf } from './facts/textFacts';
import type { ClaimIndex } from './index/claimIndex';
import { fold } from './text/fold';
import { termSet, valueTerms } from './text/terms';
import { words } from './text/words';

/**
 * Corpora up to this size are scanned for ids containing what was typed, on every keystroke (about a
 * millisecond per 5,000 ids); larger ones match id prefixes and words only.
 */
const SCAN_LIMIT = 5_000;
/** How many of the best-fitting claims are checked for a conflict with the sentence. */
const CONFLICT_CHECKS = 10;

export interface Suggestion {
  readonly id: string;
  readonly score: number;
  readonly text: string;
  readonly source: string;
}

/**
 * How `prefix` matches an id: 1 for a prefix, 0.8 inside it, 0.5 as a subsequence of its letters (from
 * three letters on: one or two letters are a subsequence of nearly every id), else 0.
 */
export function idMatch(id: string, prefix: string): number {
  if (!prefix) return 0;
  if (id.startsWith(prefix)) return 1;
  if (id.includes(prefix)) return 0.8;
  if (prefix.length < 3) return 0;
  let j = 0;
  for (let i = 0; i < id.length && j < prefix.length; i++) if (id.charCodeAt(i) === prefix.charCodeAt(j)) j++;
  return j === prefix.length ? 0.5 : 0;
}

/**
 * Claims to offer when citing at the end of `sentence` with `typed` after the `@`, best first.
 * With nothing typed, every claim that fits the sentence; with something typed, only claims it matches.
 */
export function suggestClaims(index: ClaimIndex, sentence: string, typed: string, limit = 50): Suggestion[] {
  const prefix = fold(typed.trim());
  const fit = new Map<string, number>();
  if (sentence.trim()) {
    const ws = words(sentence);
    const terms = termSet(sentence, ws);
    // Its figures too: among claims written alike they tell the one the sentence restates.
    const hits = index.search([...terms, ...valueTerms(ws)], 40);
    const top = hits[0]?.score ?? 1;
    for (const hit of hits) {
      const evidence = index.evidence(hit.id);
      if (evidence) fit.set(hit.id, 0.7 * coverageOf(terms, [evidence], index) + 0.3 * (hit.score / top));
    }
    // A claim the sentence contradicts is offered lower. Finding conflicts needs both sides' full facts,
    // which at a hundred thousand claims are mostly not computed yet: only the likeliest few are checked.
    const facts = hits.length > 0 ? factsOf(sentence) : undefined;
    for (const [id] of [...fit].sort((a, b) => b[1] - a[1]).slice(0, CONFLICT_CHECKS)) {
      const cf = index.facts(id);
      if (facts && cf && align(facts, cf, index).conflicts.length > 0) fit.set(id, fit.get(id)! - 0.15);
    }
  }
  const typedMatch = new Map<string, number>();
  if (prefix) {
    // Claims that fit the sentence and start with the prefix rank first; past them, ids that start with it
    // come in id order, so the first `limit` of those are all that can be shown.
    for (const id of fit.keys()) if (id.startsWith(prefix)) typedMatch.set(id, 1);
    for (const id of index.idsStartingWith(prefix, limit)) typedMatch.set(id, 1);
    // Inside or scattered through an id: a scan, worth it only while prefixes leave room in the list.
    if (typedMatch.size < limit && index.size <= SCAN_LIMIT) {
      for (const id of index.allIds()) {
        if (typedMatch.has(id)) continue;
        const m = idMatch(id, prefix);
        if (m > 0) typedMatch.set(id, m);
      }
    }
    const textHits = index.searchPrefix(prefix, 100);
    const top = textHits[0]?.score ?? 1;
    for (const hit of textHits) typedMatch.set(hit.id, Math.max(typedMatch.get(hit.id) ?? 0, 0.6 * (hit.score / top)));
  }
  // Nothing typed and nothing fits: the first claims in corpus order (never a sort of the whole corpus).
  const ids = prefix ? [...typedMatch.keys()] : fit.size > 0 ? [...fit.keys()] : index.allIds().slice(0, limit);
  const scored = ids.map((id) => ({ id, score: (fit.get(id) ?? 0) + 0.5 * (typedMatch.get(id) ?? 0) }));
  return best(scored, limit).map(({ id, score }) => {
    const claim = index.corpus.claims.get(id)!;
    return { id, score: Math.round(score * 1000) / 1000, text: claim.text, source: claim.source };
  });
}

type Scored = { readonly id: string; readonly score: number };

/** Ranks higher score first, then id order. */
const rank = (a: Scored, b: Scored): number => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The first `limit` of `items` by `rank`. A typed letter or two can match thousands of ids (by prefix,
 * or inside ids in a corpus small enough to scan): a bounded selection, not a sort of all of them.
 */
function best(items: Scored[], limit: number): Scored[] {
  if (limit <= 0) return [];
  if (items.length <= limit * 4) return items.sort(rank).slice(0, limit);
  const top = items.slice(0, limit).sort(rank);
  for (let i = limit; i < items.length; i++) {
    const item = items[i]!;
    if (rank(item, top[limit - 1]!) >= 0) continue;
    let j = limit - 1;
    while (j > 0 && rank(item, top[j - 1]!) < 0) {
      top[j] = top[j - 1]!;
      j--;
    }
    top[j] = item;
  }
  return top;
}
