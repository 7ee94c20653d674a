// Lines a sentence up against one claim: how much of the sentence the claim explains, and every way
// the two disagree (a number, a date, a negation, a swapped actor).
import { compareDates } from '../facts/dates';
import { actorOf, shownName, type Mention } from '../facts/entities';
import { antonymConflict, polarityConflict, type Clause, type Polarity } from '../facts/polarity';
import { roleConflict } from '../facts/roles';
import { isSoftQuantity, quantitiesCompatible, type Quantity } from '../facts/quantities';
import type { TextFacts } from '../facts/textFacts';
import type { ClaimFacts, ClaimIndex } from '../index/claimIndex';
import { describeDate } from './describeDate';

export type ConflictKind = 'number' | 'date' | 'polarity' | 'actor';

export interface Conflict {
  readonly kind: ConflictKind;
  /** Human-readable: what the sentence says against what the claim says. */
  readonly detail: string;
  /** Offsets of the conflicting value in the sentence's prose, and the claim's value, when one value replaces another. */
  readonly sentenceSpan?: { readonly start: number; readonly end: number };
  readonly claimValue?: string;
}

export interface Alignment {
  readonly claimId: string;
  /** Weighted share of the sentence's terms that the claim's evidence contains (0–1). */
  readonly coverage: number;
  /** Coverage if swapped actors counted as matched: how strongly the sentence is "about" the claim's fact. */
  readonly topicCoverage: number;
  /** Weighted share of the claim text's terms that the sentence restates (0–1). */
  readonly recall: number;
  readonly conflicts: readonly Conflict[];
  /** Sentence quantities the claim has no figure for at all: a sign the sentence states another fact. */
  readonly unpairedQuantities: number;
  /** Indexes of sentence quantities and dates the claim matches (agrees with). */
  readonly matchedQuantities: ReadonlySet<number>;
  readonly matchedDates: ReadonlySet<number>;
}

const MIN_COVERAGE_TO_COMPARE = 0.25;
const VALUE_WEIGHT = 3;

/** True when the claim's evidence holds `term`, directly or through an alias ("Moscow" for Russia). */
export function evidenceHas(evidence: ReadonlySet<string>, term: string): boolean {
  return evidence.has(term) || evidence.has(actorOf(term));
}

/**
 * Weighted share of `terms` found in any of the evidence sets; `values` adds the sentence's figures and
 * dates, of which `agreed` are backed, weighing like rare words (as in align).
 */
export function coverageOf(terms: ReadonlySet<string>, evidence: readonly ReadonlySet<string>[], index: ClaimIndex, values = 0, agreed = 0): number {
  let total = VALUE_WEIGHT * values;
  let covered = VALUE_WEIGHT * agreed;
  for (const t of terms) {
    const w = index.weight(t);
    total += w;
    if (evidence.some((e) => evidenceHas(e, t))) covered += w;
  }
  return total > 0 ? covered / total : 0;
}

/** Compares sentence facts with one claim. */
export function align(sentence: TextFacts, claim: ClaimFacts, index: ClaimIndex): Alignment {
  let total = 0;
  let covered = 0;
  for (const t of sentence.terms) {
    const w = index.weight(t);
    total += w;
    if (evidenceHas(claim.evidence, t)) covered += w;
  }
  const swap = actorSwap(sentence, claim);
  let swapped = 0;
  if (swap) for (const m of swap.sentenceOnly) for (const t of m) swapped += index.weight(t);
  let claimTotal = 0;
  let claimHit = 0;
  for (const t of claim.text.terms) {
    const w = index.weight(t);
    claimTotal += w;
    if (sentence.terms.has(t) || sentence.terms.has(actorOf(t))) claimHit += w;
  }
  const wordCoverage = total > 0 ? covered / total : 0;
  const recall = claimTotal > 0 ? claimHit / claimTotal : 0;

  const conflicts: Conflict[] = [];
  // A claim this far from the sentence can neither support nor contradict it: skip the finer comparisons.
  if (wordCoverage < MIN_COVERAGE_TO_COMPARE && (covered + swapped) / (total || 1) < MIN_COVERAGE_TO_COMPARE) {
    return { claimId: claim.claim.id, coverage: wordCoverage, topicCoverage: wordCoverage, recall, conflicts, unpairedQuantities: 0, matchedQuantities: new Set(), matchedDates: new Set() };
  }
  const q = compareQuantities(sentence.quantities, claim.text.quantities);
  conflicts.push(...q.conflicts);
  const d = compareAllDates(sentence, claim);
  if (d.conflict) conflicts.push(d.conflict);
  // Figures and dates weigh like rare words: one the claim agrees with is explained, one it gives
  // otherwise is on topic (the same slot, another value), one it has nothing on is not explained.
  const values = sentence.quantities.length + sentence.dates.length;
  const agreed = q.matched.size + d.matched.size;
  const allTotal = total + VALUE_WEIGHT * values;
  const coverage = allTotal > 0 ? (covered + VALUE_WEIGHT * agreed) / allTotal : 0;
  const topicCoverage = allTotal > 0 ? Math.min(1, (covered + swapped + VALUE_WEIGHT * agreed) / allTotal) : 0;
  const p = clausePolarityConflict(sentence, claim.text, index);
  if (p) conflicts.push({ kind: 'polarity', detail: p });
  const role = roleConflict(sentence.roles, claim.text.roles);
  if (role) conflicts.push({ kind: 'actor', detail: role });
  if (swap && !role) {
    // Written out only when shown: most alignments are compared and dropped.
    conflicts.push({
      kind: 'actor',
      get detail() {
        return `the sentence names ${shownNames(swap.sentenceOnly, sentence)} where the claim names ${shownNames(swap.claimOnly, claim.text)}`;
      },
    });
  }
  return { claimId: claim.claim.id, coverage, topicCoverage, recall, conflicts, unpairedQuantities: q.unpaired, matchedQuantities: q.matched, matchedDates: d.matched };
}

/**
 * Mentions as the writer wrote them, each once, quoted: "Spain's … Spain" is "Spain" (the folded
 * terms, "spain, spain" or "turkei", are the matcher's, not the writer's words).
 */
function shownNames(mentions: readonly Mention[], facts: TextFacts): string {
  const shown = new Map<string, string>();
  for (const mention of mentions) {
    const key = mention.join(' ');
    if (shown.has(key)) continue;
    const i = facts.mentions.indexOf(mention);
    const written = (i >= 0 ? facts.mentionTexts[i] : undefined) ?? key;
    shown.set(key, `"${shownName(written)}"`);
  }
  return [...shown.values()].join(', ');
}

/**
 * Names in the sentence that the claim lacks, set against names in the claim text the sentence lacks;
 * undefined when either side has none. Who asserts the claim is not one of its actors.
 */
function actorSwap(sentence: TextFacts, claim: ClaimFacts): { sentenceOnly: Mention[]; claimOnly: Mention[] } | undefined {
  // A person is named by the last word of their name: "Anton Perevozchikov" is "Anton Valentinovich Perevozchikov".
  const head = (m: Mention) => m[m.length - 1];
  const acronyms = sentence.mentionAcronyms;
  const sentenceOnly = sentence.mentions.filter((m, i) => !evidenceHas(claim.evidence, head(m)) && !(acronyms[i] && claim.evidence.has(acronyms[i])));
  if (sentenceOnly.length === 0) return undefined;
  const sentenceActors = new Set([...sentence.terms].map(actorOf));
  for (const a of sentence.mentionAcronyms) if (a) sentenceActors.add(a);
  const claimOnly = claim.text.mentions.filter((m) => !sentenceActors.has(actorOf(head(m))) && !claim.asserter.has(head(m)));
  if (claimOnly.length === 0) return undefined;
  return { sentenceOnly, claimOnly };
}

/** Weighted share of a clause's terms found in `terms`. */
function clauseOverlap(clause: Clause, terms: ReadonlySet<string>, index: ClaimIndex): number {
  let total = 0;
  let hit = 0;
  for (const t of clause.terms) {
    const w = index.weight(t);
    total += w;
    if (terms.has(t) || terms.has(actorOf(t))) hit += w;
  }
  return total > 0 ? hit / total : 0;
}

/**
 * The clauses that are about the other text: those mostly made of its terms, or the one sharing
 * the most. A negation in a clause about something else does not count.
 */
function relevantClauses(clauses: readonly Clause[], terms: ReadonlySet<string>, index: ClaimIndex): Clause[] {
  if (clauses.length === 1) return clauseOverlap(clauses[0], terms, index) > 0 ? [clauses[0]] : [];
  const overlaps = clauses.map((c) => clauseOverlap(c, terms, index));
  const best = Math.max(...overlaps);
  if (best <= 0) return [];
  return clauses.filter((_, i) => overlaps[i] > 0 && (overlaps[i] >= 0.4 || overlaps[i] === best));
}

function sumPolarity(clauses: readonly Clause[]): Polarity {
  let negative = 0;
  let positive = 0;
  let direction = 0;
  let stance = 0;
  for (const c of clauses) {
    negative += c.polarity.negative;
    positive += c.polarity.positive;
    direction += c.polarity.direction;
    stance += c.polarity.stance;
  }
  return { negative, positive, direction, stance };
}

function clausePolarityConflict(sentence: TextFacts, claim: TextFacts, index: ClaimIndex): string | undefined {
  // Cheap exit: no cue on either side, nothing to compare.
  const cues = (f: TextFacts) => f.polarity.negative + f.polarity.positive + Math.abs(f.polarity.direction) + f.polarity.stance;
  if (cues(sentence) === 0 && cues(claim) === 0) return undefined;
  const sc = relevantClauses(sentence.clauses, claim.terms, index);
  if (sc.length === 0) return undefined;
  const cc = relevantClauses(claim.clauses, sentence.terms, index);
  if (cc.length === 0) return undefined;
  const s = sumPolarity(sc);
  const c = sumPolarity(cc);
  const opposed = polarityConflict(s, c);
  if (opposed || s.stance === 0 || c.stance === 0) return opposed;
  const words = (cs: readonly Clause[]) => new Set(cs.flatMap((x) => [...x.words]));
  return antonymConflict(words(sc), words(cc));
}

// Units of measure: "tons of oil" and "tons of rice" share a unit but count different things.
const MEASURE_WORDS = new Set(['ton', 'kilogram', 'kg', 'barrel', 'litr', 'liter', 'metr', 'meter', 'mile', 'kilometr', 'year', 'month', 'week', 'dai', 'hour', 'percent', 'time', 'million', 'billion']);

/** True for a quantity of a unit of measure ("60 years", "650 tons"), not a count of things. */
function measured(q: Quantity): boolean {
  return q.unit.length > 0 && MEASURE_WORDS.has(q.unit[0]);
}

function sharesUnit(a: Quantity, b: Quantity): boolean {
  if ((a.measure || b.measure) && a.measure !== b.measure) return false;
  if (a.measure && (a.unit.length === 0 || b.unit.length === 0)) return true;
  const shared = a.unit.filter((u) => b.unit.includes(u));
  if (shared.length === 0) return false;
  if (shared.every((u) => MEASURE_WORDS.has(u))) {
    const restA = a.unit.filter((u) => !MEASURE_WORDS.has(u));
    const restB = b.unit.filter((u) => !MEASURE_WORDS.has(u));
    if (restA.length > 0 && restB.length > 0 && !restA.some((u) => restB.includes(u))) return false;
  }
  return true;
}

/** Two sums in one currency whose stated purposes differ: the same figure only when nothing else could be. */
function coversParts(sourced: { year?: number; month?: number; day?: number; weekday?: number }, written: typeof sourced): boolean {
  return (['year', 'month', 'day'] as const).every((k) => written[k] === undefined || sourced[k] !== undefined)
    && (written.weekday === undefined || sourced.weekday !== undefined || sourced.day !== undefined);
}

function sameMeasure(a: Quantity, b: Quantity): boolean {
  return a.measure !== undefined && a.measure === b.measure;
}

function compareQuantities(sentence: readonly Quantity[], claim: readonly Quantity[]): { conflicts: Conflict[]; matched: Set<number>; unpaired: number } {
  const conflicts: Conflict[] = [];
  const matched = new Set<number>();
  let unpaired = 0;
  sentence.forEach((qs, i) => {
    // "Nine of the people detained" counts a part: a new fact, not another figure for the whole.
    if (qs.partitive) {
      unpaired++;
      return;
    }
    let peers = claim.filter((qc) => sharesUnit(qs, qc));
    // One figure on each side with no unit to tell them apart: they are about the same thing.
    // ("76,000 people" and "76,000 members" too; but not "50 organisations" against "60 years": a measure is no count.)
    if (peers.length === 0 && sentence.length === 1 && claim.length === 1 && !claim[0].measure && !qs.measure && !measured(qs) && !measured(claim[0])) peers = [claim[0]];
    if (peers.length === 0 && sentence.filter((q) => q.measure === qs.measure).length === 1) peers = claim.filter((qc) => sameMeasure(qs, qc));
    if (peers.length === 0) {
      // No unit to pair them by ("out of every 180"): the same figure on both sides is a match, never a conflict.
      if (claim.some((qc) => (qs.unit.length === 0 || qc.unit.length === 0) && qs.measure === qc.measure && quantitiesCompatible(qs, qc))) matched.add(i);
      else if (!isSoftQuantity(qs)) unpaired++;
      return;
    }
    if (peers.some((qc) => quantitiesCompatible(qs, qc))) {
      matched.add(i);
      return;
    }
    const qc = peers[0];
    conflicts.push({
      kind: 'number',
      detail: `the sentence says "${qs.phrase}" where the claim says "${qc.phrase}"`,
      sentenceSpan: { start: qs.phraseStart, end: qs.end },
      claimValue: qc.phrase,
    });
  });
  return { conflicts, matched, unpaired };
}

function compareAllDates(sentence: TextFacts, claim: ClaimFacts): { conflict?: Conflict; matched: Set<number> } {
  let conflict: Conflict | undefined;
  const matched = new Set<number>();
  sentence.dates.forEach((ds, i) => {
    let against: (typeof claim.dates)[number] | undefined;
    for (const dc of claim.dates) {
      const r = compareDates(ds, dc);
      // "June" in a claim does not back "June 2022": only a date with every part the sentence gives does.
      if (r === 'same' && coversParts(dc, ds)) {
        matched.add(i);
        return;
      }
      if (r === 'conflict') against ??= dc;
    }
    // A weekday alone ("Monday's statement") names a day of the week the source was reporting on.
    const weekdayOnly = ds.weekday !== undefined && ds.year === undefined && ds.month === undefined && ds.day === undefined;
    if (claim.weakDates.some((dc) => (compareDates(ds, dc) === 'same' && coversParts(dc, ds)) || weekdayOnly)) {
      matched.add(i);
      return;
    }
    // "Since 2021" dates a state, not an event: another date is no contradiction (but it must still be backed).
    if (against && !conflict && !sentence.newEvent && ds.relation === 'at') {
      const value = describeDate(against, ds);
      conflict = { kind: 'date', detail: `the sentence says "${ds.written}" where the claim says "${value}"`, sentenceSpan: { start: ds.start, end: ds.end }, claimValue: value };
    }
  });
  return { conflict, matched };
}
