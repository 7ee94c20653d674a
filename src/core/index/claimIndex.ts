// The searchable view of a corpus: weighted term postings for retrieval and completion, term weights
// for judging how much of a sentence a claim explains, each claim's facts computed on first use, and a
// minisearch index over the vocabulary for typo-tolerant completion.
import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types';
import type { Claim, Source } from '../model';
import { extractDates, parseIsoDate, type DateMention } from '../facts/dates';
import { factsOf, type TextFacts } from '../facts/textFacts';
import { acronymsOf } from '../facts/entities';
import { commonnessFactor } from '../text/commonness';
import { isValueTerm, termOf, termSet } from '../text/terms';
import { buildIndexData } from './buildIndexData';
import { IdPrefixes, lowerBound } from './idPrefixes';
import { NearIdIndex } from '../check/nearIds';
import { TopClaims, type WeightedTerm } from './topClaims';
import { GenerationalCache } from './generationalCache';
import { fold } from '../text/fold';

type DateParts = Omit<DateMention, 'start' | 'end' | 'written' | 'relation'>;

export interface ClaimFacts {
  readonly claim: Claim;
  /** Facts of the claim's own text. */
  readonly text: TextFacts;
  /** Terms of everything that backs the claim: text, quote, attribution, tags, source outlet. */
  readonly evidence: ReadonlySet<string>;
  /** Terms of the source's outlet, author and translator: they frame the claim, they are not its actors. */
  readonly asserter: ReadonlySet<string>;
  /** Dates in the claim's text and quote, plus its `date` field. */
  readonly dates: readonly DateParts[];
  /** The source's publication date when the claim has no date of its own: it can back a date, never contradict one. */
  readonly weakDates: readonly DateParts[];
}

export interface SearchHit {
  readonly id: string;
  readonly score: number;
}

/**
 * What a ClaimIndex derives from its corpus in the constructor (snapshot support: a worker or the
 * persisted cache builds it, the extension host restores it). Flat typed arrays rather than a map of
 * arrays: a hundred thousand claims hold millions of postings, which as JS arrays cost GC time to build
 * and to restore, and cannot be transferred between threads without a copy.
 */
export interface ClaimIndexData {
  /** Claim ids in corpus order: an ordinal indexes into it. */
  readonly ids: readonly string[];
  /** Every indexed term, sorted (so a prefix is a range). */
  readonly terms: readonly string[];
  /** Term i's claim ordinals are `ordinals[offsets[i]]` up to `ordinals[offsets[i + 1]]`, ascending. */
  readonly offsets: Int32Array;
  readonly ordinals: Int32Array;
  /** Parallel to `terms`: how many claims hold the term in their text or quote (0 when only "about" fields do). */
  readonly docFreq: Int32Array;
}

/**
 * Claims whose facts and evidence are kept per generation (see GenerationalCache): a full check of a
 * 10,000-word draft at 100,000 claims meets ~4,600 claims, ~30 MB with what they hold; kept without a
 * bound, a long session would keep every claim it ever compared.
 */
const FACTS_PER_GENERATION = 10_000;
/** How many of the claims the distinctive terms rank best are scored again with the common ones (search). */
const RESCORED = 100;

/** Builds and queries the index for one corpus. Immutable once built: a changed corpus gets a new index. */
export class ClaimIndex {
  private readonly facts_ = new GenerationalCache<string, ClaimFacts>(FACTS_PER_GENERATION);
  /**
   * Claim postings per term of everything written about a claim (text, quote, attribution, tags, source
   * outlet, author and title): the judge's retrieval, scored with the same weights it judges by, and
   * completion's word lookup.
   */
  private readonly data_: ClaimIndexData;
  /** Term → its position in `data_.terms`. */
  private readonly termIds: Map<string, number>;
  /** Parallel to the terms: each one's weight once computed (NaN before). */
  private readonly termWeights: Float64Array;
  /** Weights of terms the corpus does not hold (words of drafts). */
  private readonly otherWeights = new Map<string, number>();
  private scorer: TopClaims | undefined;
  /** Per common term (over search's cap), which claims hold it, as bits: see `holds`. */
  private readonly holders = new Map<number, Uint8Array>();
  private readonly asserters = new WeakMap<Source, ReadonlySet<string>>();
  private readonly evidence_ = new GenerationalCache<string, ReadonlySet<string>>(FACTS_PER_GENERATION);
  private idPrefixes: IdPrefixes | undefined;
  private nearIds_: NearIdIndex | undefined;
  private fuzzyTerms_: MiniSearch<{ id: number; term: string }> | undefined;
  readonly size: number;

  constructor(readonly corpus: Corpus, restored?: ClaimIndexData) {
    // Snapshot support (src/core/index/indexSnapshot.ts): an index built elsewhere (a worker, the
    // persisted cache) for this very corpus is taken as is.
    this.data_ = restored ?? buildIndexData(corpus);
    const terms = this.data_.terms;
    this.termIds = new Map();
    for (let i = 0; i < terms.length; i++) this.termIds.set(terms[i], i);
    this.termWeights = new Float64Array(terms.length).fill(Number.NaN);
    this.size = this.data_.ids.length;
  }

  /** What the constructor derived from the corpus (the live arrays, not copies: do not change them). */
  data(): ClaimIndexData {
    return this.data_;
  }

  /**
   * The best `limit` claims by summed weight of the `terms` (a text's, as `termSet` gives them) they
   * hold; empty when nothing matches. Terms found in a large share of a big corpus are not scored over
   * their postings (they would touch most claims): the claims the other terms rank best are scored
   * with them afterwards. Among claims written alike, such a term ("Chile" in a corpus of many trade
   * figures) is often what tells the claim restated from its neighbours.
   */
  search(terms: Iterable<string>, limit = 10): SearchHit[] {
    const { offsets, ids } = this.data_;
    const cap = Math.max(500, this.size * 0.05);
    const query: WeightedTerm[] = [];
    const common: WeightedTerm[] = [];
    for (const t of terms) {
      const tid = this.termIds.get(t);
      if (tid === undefined) continue;
      if (offsets[tid + 1] - offsets[tid] <= cap) query.push({ tid, weight: this.weight(t) });
      // A common figure (a year) tells lookalikes apart no better than the dates compared later do.
      else if (!isValueTerm(t)) common.push({ tid, weight: this.weight(t) });
    }
    this.scorer ??= new TopClaims(this.data_, this.size);
    if (common.length === 0) return this.scorer.top(query, limit).map(([ordinal, score]) => ({ id: ids[ordinal], score }));
    const ranked = this.scorer.top(query, Math.max(limit, RESCORED)).map(([ordinal, score]) => {
      for (const t of common) if (this.holds(t.tid, ordinal)) score += t.weight;
      return [ordinal, score] as const;
    });
    ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return ranked.slice(0, limit).map(([ordinal, score]) => ({ id: ids[ordinal], score }));
  }

  /**
   * Whether claim `ordinal` holds the common term `tid`: a bit per claim, set from the term's postings
   * on first use. A term over search's cap holds at least 5% of the claims, so there are few such
   * terms, and each set costs a bit per claim (12.5 KB at 100,000 claims).
   */
  private holds(tid: number, ordinal: number): boolean {
    let bits = this.holders.get(tid);
    if (!bits) {
      const { offsets, ordinals } = this.data_;
      bits = new Uint8Array((this.size + 7) >>> 3);
      for (let k = offsets[tid]; k < offsets[tid + 1]; k++) bits[ordinals[k] >>> 3] |= 1 << (ordinals[k] & 7);
      this.holders.set(tid, bits);
    }
    return (bits[ordinal >>> 3] & (1 << (ordinal & 7))) !== 0;
  }

  /**
   * Claims with a word that starts like `typed` (folded and stemmed as the index is), or — when no
   * word does — one within a typo of it; best first. For completion: "milia" finds Milián Gómez's claims.
   */
  searchPrefix(typed: string, limit = 50): SearchHit[] {
    const prefix = fold(typed).replace(/[^\p{L}\p{N}]+/gu, '');
    if (prefix.length < 2) return [];
    // Terms are stemmed: "recruitment" is indexed as "recruit", so look for the stem's prefix too.
    const stem = termOf(prefix);
    let terms = [...new Set([...this.termsStartingWith(prefix, 200), ...(stem && stem !== prefix ? this.termsStartingWith(stem, 200) : [])])];
    if (terms.length === 0 && prefix.length >= 4) terms = this.termsNear(prefix);
    return this.firstHolders(terms, limit);
  }

  /**
   * Up to `limit` claims holding any of `terms`, scored by the heaviest term each holds: heavier terms'
   * claims first, in corpus order within a term. A typed prefix may match hundreds of terms with
   * thousands of claims each ("co" → country, court, coast…); this reads only until `limit` are found.
   */
  private firstHolders(terms: readonly string[], limit: number): SearchHit[] {
    const { offsets, ordinals, ids } = this.data_;
    const ranked: { tid: number; weight: number }[] = [];
    for (const t of terms) {
      const tid = this.termIds.get(t);
      if (tid !== undefined) ranked.push({ tid, weight: this.weight(t) });
    }
    ranked.sort((a, b) => b.weight - a.weight || a.tid - b.tid);
    const taken = new Set<number>();
    const out: SearchHit[] = [];
    for (const { tid, weight } of ranked) {
      for (let k = offsets[tid]; k < offsets[tid + 1] && out.length < limit; k++) {
        if (taken.has(ordinals[k])) continue;
        taken.add(ordinals[k]);
        out.push({ id: ids[ordinals[k]], score: weight });
      }
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Claim ids starting with `prefix`, in id order, at most `limit`. */
  idsStartingWith(prefix: string, limit: number): string[] {
    this.idPrefixes ??= new IdPrefixes(this.data_.ids);
    return this.idPrefixes.startingWith(prefix, limit);
  }

  /**
   * "Did you mean": up to `limit` claim and source ids nearest to a mistyped `id` (as `closestIds` ranks
   * them over every id), through a trigram index built on first use.
   */
  nearIds(id: string, limit = 3): string[] {
    this.nearIds_ ??= new NearIdIndex([...this.data_.ids, ...this.corpus.sources.keys()]);
    return this.nearIds_.closest(id, limit);
  }

  /** Every claim id, in corpus order. */
  allIds(): readonly string[] {
    return this.data_.ids;
  }

  private termsStartingWith(prefix: string, limit: number): string[] {
    return rangeWithPrefix(this.data_.terms, prefix, limit);
  }

  /** Terms within a typo of `word`, by minisearch's fuzzy matching over the vocabulary (built on first use). */
  private termsNear(word: string): string[] {
    if (!this.fuzzyTerms_) {
      this.fuzzyTerms_ = new MiniSearch({ fields: ['term'], storeFields: ['term'], processTerm: (t) => t });
      // Figures' value terms ("#361") are no words a writer types.
      this.fuzzyTerms_.addAll(this.data_.terms.flatMap((term, id) => (isValueTerm(term) ? [] : [{ id, term }])));
    }
    return this.fuzzyTerms_.search(word, { fuzzy: 0.25, prefix: true }).slice(0, 50).map((r) => String(r.term));
  }

  /**
   * How much a term tells which claim is meant: rare terms weigh more. A term no claim uses weighs the most,
   * so a sentence full of words the corpus never uses is not mistaken for a restatement.
   */
  weight(term: string): number {
    const tid = this.termIds.get(term);
    if (tid !== undefined) {
      let w = this.termWeights[tid];
      if (Number.isNaN(w)) w = this.termWeights[tid] = this.computeWeight(term, this.data_.docFreq[tid]);
      return w;
    }
    let w = this.otherWeights.get(term);
    if (w === undefined) {
      w = this.computeWeight(term, 0);
      if (this.otherWeights.size > 50_000) this.otherWeights.clear();
      this.otherWeights.set(term, w);
    }
    return w;
  }

  private computeWeight(term: string, df: number): number {
    return Math.log(1 + (this.size + 1) / (df + 0.5)) * commonnessFactor(term);
  }

  /** The facts of claim `id`, or undefined when no such claim is in the corpus. */
  facts(id: string): ClaimFacts | undefined {
    let f = this.facts_.get(id);
    if (f) return f;
    const claim = this.corpus.claims.get(id);
    if (!claim) return undefined;
    const text = factsOf(claim.text);
    const src = this.corpus.sources.get(claim.source);
    const evidence = this.evidence(id)!;
    // Of the quote only its dates are read: the rest of its facts would be computed for nothing.
    const dates: DateParts[] = [...text.dates, ...extractDates(claim.quote)];
    const field = claim.date ? parseIsoDate(claim.date) : undefined;
    if (field) dates.push(field);
    // The outlet and author frame a claim ("The New York Times reported…"); a person the claim quotes is one of its actors.
    const asserter = this.asserterTerms(src);
    const published = !field && src?.published ? parseIsoDate(src.published) : undefined;
    f = { claim, text, evidence, asserter, dates, weakDates: published ? [published] : [] };
    this.facts_.set(id, f);
    return f;
  }

  /**
   * The terms of everything that backs claim `id` (text, quote, attribution, tags, source outlet, and
   * the acronyms of its names): what coverage is measured against. Cheaper than `facts`, which it is
   * part of: completion ranks dozens of claims by coverage and computes full facts for a few.
   */
  evidence(id: string): ReadonlySet<string> | undefined {
    let evidence = this.evidence_.get(id);
    if (evidence) return evidence;
    const claim = this.corpus.claims.get(id);
    if (!claim) return undefined;
    const outlet = this.corpus.sources.get(claim.source)?.outlet ?? '';
    const terms = termSet(`${claim.text} ${claim.quote} ${claim.attributedTo} ${claim.tags.join(' ')} ${outlet}`);
    for (const a of acronymsOf(`${claim.text} ${claim.quote}`)) terms.add(a);
    this.evidence_.set(id, (evidence = terms));
    return evidence;
  }

  /** The terms of a source's outlet, author and translator, once per source (thousands of claims share one). */
  private asserterTerms(source: Source | undefined): ReadonlySet<string> {
    if (!source) return EMPTY_TERMS;
    let terms = this.asserters.get(source);
    if (!terms) {
      terms = termSet(`${source.outlet} ${source.author ?? ''} ${source.translator ?? ''}`);
      this.asserters.set(source, terms);
    }
    return terms;
  }
}

const EMPTY_TERMS: ReadonlySet<string> = new Set();

/** Up to `limit` strings of the sorted array `sorted` that start with `prefix`, in order. */
function rangeWithPrefix(sorted: readonly string[], prefix: string, limit: number): string[] {
  const out: string[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && out.length < limit && sorted[i].startsWith(prefix); i++) out.push(sorted[i]);
  return out;
}
