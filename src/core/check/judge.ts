// The judgement on one sentence: which claims support it, which contradict it, or whether it states
// a checkable fact that no claim backs.
import { factsOf, type TextFacts } from '../facts/textFacts';
import type { ClaimIndex } from '../index/claimIndex';
import { align, coverageOf, type Alignment, type Conflict, type ConflictKind } from './align';
import { isCheckWorthy } from './checkworthy';
import { isSoftQuantity } from '../facts/quantities';

/** Thresholds on weighted term coverage (see align.ts), tuned on test/fixtures/devset.jsonl. */
export const THRESHOLDS = {
  /** Claims support a sentence when together they explain this much of it and nothing conflicts. */
  support: 0.55,
  /** A conflicting claim must be about the same fact: it explains this much of the sentence. */
  numberConflict: 0.5,
  dateConflict: 0.55,
  polarityConflict: 0.5,
  /** For a swapped actor, the rest of the sentence must match very closely. */
  actorTopic: 0.8,
  actorCoverage: 0.5,
  /** A cited claim that explains less than this does not say what the sentence says. */
  citedSupport: 0.45,
  /** A further claim joins the support only when it explains this much more of the sentence. */
  unionGain: 0.08,
  /** A claim that explains less of the sentence than this neither contradicts it nor joins its support. */
  conflictMinimum: 0.35,
  /** What a conflicting claim must explain on its own, by kind of conflict. */
  ownCoverage: { number: 0.4, date: 0.5, polarity: 0.5, actor: 0.5 } as Record<ConflictKind, number>,
  memberMinimum: 0.4,
  /** How many retrieved claims are aligned. */
  candidates: 12,
};

export type Verdict =
  | { readonly kind: 'supported'; readonly support: readonly Alignment[] }
  | { readonly kind: 'contradiction'; readonly against: Alignment; readonly conflict: Conflict; readonly support: readonly Alignment[] }
  | { readonly kind: 'unsourced' }
  | { readonly kind: 'none' };

/** How strongly a claim is about the sentence: mostly how much of the sentence it explains, partly how much of itself is restated. */
function strength(a: Alignment): number {
  return 0.65 * a.coverage + 0.35 * a.recall;
}

/**
 * The conflict of `a` strong enough to call a contradiction, if any. `context` is how much of the sentence
 * `a` explains together with the claims that agree with the rest of it: a sentence joining two facts
 * ("at the ceremony marking a donation of 6,500 tons") contradicts the claim about one of them.
 */
function decisiveConflict(a: Alignment, context = a.coverage): Conflict | undefined {
  if (a.topicCoverage < THRESHOLDS.conflictMinimum) return undefined;
  // Another figure at another date is another event, not this one told wrong: among many claims
  // written alike ("X agreed to lend Y $N million in 2019"), a sentence about a different loan is
  // always near one of them. (A figure or a date alone that differs is the contradiction.)
  if (a.conflicts.some((c) => c.kind === 'number') && a.conflicts.some((c) => c.kind === 'date')) return undefined;
  for (const c of a.conflicts) {
    if (a.coverage < THRESHOLDS.ownCoverage[c.kind]) continue;
    // A sentence with a figure this claim has nothing on states another fact: its date or actor may differ freely.
    if (c.kind !== 'number' && a.unpairedQuantities > 0) continue;
    if (c.kind === 'number' && context >= THRESHOLDS.numberConflict) return c;
    if (c.kind === 'date' && context >= THRESHOLDS.dateConflict) return c;
    if (c.kind === 'polarity' && context >= THRESHOLDS.polarityConflict) return c;
    if (c.kind === 'actor' && a.topicCoverage >= THRESHOLDS.actorTopic && context >= THRESHOLDS.actorCoverage) return c;
  }
  return undefined;
}

/** Aligns the sentence with the claims most likely to be about it, strongest first. */
export function candidateAlignments(facts: TextFacts, index: ClaimIndex): Alignment[] {
  const out: Alignment[] = [];
  // The figures too: among claims written alike they are what tells the one restated from its neighbours.
  for (const hit of index.search([...facts.terms, ...facts.values], THRESHOLDS.candidates)) {
    const cf = index.facts(hit.id);
    if (cf) out.push(align(facts, cf, index));
  }
  return out.sort((a, b) => strength(b) - strength(a));
}

/**
 * The claims that together support the sentence, best first, or [] when they do not: conflict-free claims
 * added while each explains more of the sentence, until they explain enough and every figure and date
 * in the sentence agrees with one of them.
 */
export function supportingSet(facts: TextFacts, alignments: readonly Alignment[], index: ClaimIndex, threshold: number, requireValues = true): Alignment[] {
  const clean = alignments.filter((a) => a.conflicts.length === 0 && a.coverage >= THRESHOLDS.memberMinimum).sort((a, b) => b.coverage - a.coverage);
  const chosen: Alignment[] = [];
  const evidence: ReadonlySet<string>[] = [];
  let coverage = 0;
  const valuesMatched = new Set<string>();
  for (const a of clean) {
    if (chosen.length === 3) break;
    const ev = index.facts(a.claimId)!.evidence;
    // A claim joins when it explains more words, or backs a figure or date no chosen claim backs.
    const newValues = [...[...a.matchedQuantities].map((i) => `q${i}`), ...[...a.matchedDates].map((i) => `d${i}`)].filter((v) => !valuesMatched.has(v));
    const next = coverageOf(facts.terms, [...evidence, ev], index, facts.quantities.length + facts.dates.length, valuesMatched.size + newValues.length);
    if (chosen.length > 0 && next - coverage < THRESHOLDS.unionGain && newValues.length === 0) continue;
    newValues.forEach((v) => valuesMatched.add(v));
    chosen.push(a);
    evidence.push(ev);
    coverage = next;
  }
  if (coverage < threshold) return [];
  // Every figure and date must be backed, except small counts in words ("the two countries"), which
  // restate more often than they assert.
  const quantitiesBacked = facts.quantities.every((q, i) => isSoftQuantity(q) || valuesMatched.has(`q${i}`));
  const datesBacked = facts.dates.every((_, i) => valuesMatched.has(`d${i}`));
  return !requireValues || (quantitiesBacked && datesBacked) ? chosen : [];
}

/** Judges an uncited sentence against the whole corpus. */
export function judgeSentence(prose: string, index: ClaimIndex, facts: TextFacts = factsOf(prose)): Verdict {
  // A question asserts nothing.
  if (/\?\s*["'\u201D\u2019)]*\s*$/u.test(prose)) return { kind: 'none' };
  const alignments = candidateAlignments(facts, index);
  const support = supportingSet(facts, alignments, index, THRESHOLDS.support);
  const clean = alignments.filter((a) => a.conflicts.length === 0 && a.coverage >= THRESHOLDS.memberMinimum).slice(0, 2);
  let against: Alignment | undefined;
  let conflict: Conflict | undefined;
  for (const a of alignments) {
    const context = coverageOf(facts.terms, [a, ...clean].map((x) => index.facts(x.claimId)!.evidence), index);
    const c = decisiveConflict(a, context);
    if (c && (!against || strength(a) > strength(against))) {
      against = a;
      conflict = c;
    }
  }
  // A sentence one source backs is not contradicted because another source disagrees with that source.
  // An opposite stance weighs more than shared words with a neighbouring claim: a sentence that turns a claim around
  // while echoing another is contradicting the first.
  if (support.length > 0 && (!against || strength(support[0]) >= strength(against) + (conflict?.kind === 'polarity' ? 0.06 : 0))) return { kind: 'supported', support };
  if (against && conflict) return { kind: 'contradiction', against, conflict, support };
  if (isCheckWorthy(prose, facts)) return { kind: 'unsourced' };
  return { kind: 'none' };
}

/** Judges a sentence against the claims it cites: the ones that support it, or the best misfit. */
export function judgeCited(prose: string, citedIds: readonly string[], index: ClaimIndex, facts: TextFacts = factsOf(prose)): { support: Alignment[]; best?: Alignment; conflict?: Conflict } {
  const alignments: Alignment[] = [];
  for (const id of citedIds) {
    const cf = index.facts(id);
    if (cf) alignments.push(align(facts, cf, index));
  }
  // The writer vouches for a cited claim: a figure or date it does not mention is no mismatch; one it contradicts is.
  const support = supportingSet(facts, alignments, index, THRESHOLDS.citedSupport, false);
  const best = [...alignments].sort((a, b) => strength(b) - strength(a))[0];
  const conflict = best ? decisiveConflict(best) : undefined;
  return { support, best, conflict };
}
