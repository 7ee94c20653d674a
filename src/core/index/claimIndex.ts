// The searchable view of a corpus: weighted term postings for retrieval and completion, term weights
// for judging how much of a sentence a claim explains, each claim's facts computed on first use, and a
// minisearch index over the vocabulary for typo-tolerant completion.
import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types';
import type { Claim } from '../model';
import { parseIsoDate, type DateMention } from '../facts/dates';
import { factsOf, type TextFacts } from '../facts/textFacts';
import { acronymsOf } from '../facts/entities';
import { commonnessFactor } from '../text/commonness';
import { termOf, termSet } from '../text/terms';
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

/** The `k` entries with the highest values, highest first (a partial selection: k is small). */
function topK(scores: ReadonlyMap<number, number>, k: number): [number, number][] {
  const top: [number, number][] = [];
  for (const entry of scores) {
    if (top.length < k) {
      top.push(entry);
      if (top.length === k) top.sort((a, b) => b[1] - a[1]);
    } else if (entry[1] > top[k - 1][1]) {
      let i = k - 1;
      while (i > 0 && top[i - 1][1] < entry[1]) i--;
      top.splice(i, 0, entry);
      top.pop();
    }
  }
  return top.length < k ? top.sort((a, b) => b[1] - a[1]) : top;
}

/**
 * What a ClaimIndex derives from its corpus in the constructor (snapshot support: a worker or the
 * persisted cache builds it, the extension host restores it): claim ids in corpus order, claim
 * ordinals per term, and the number of claims whose text or quote holds each term.
 */
export interface ClaimIndexData {
  readonly ids: string[];
  readonly postings: Map<string, number[]>;
  readonly docFreq: Map<string, number>;
}

/** Corpora up to this many claims are scanned whole for "did you mean" ids. */
const ID_SCAN_LIMIT = 20_000;

/** Builds and queries the index for one corpus. Immutable once built: a changed corpus gets a new index. */
export class ClaimIndex {
  private readonly facts_ = new Map<string, ClaimFacts>();
  private readonly docFreq = new Map<string, number>();
  /**
   * Claim ordinals per term of everything written about a claim (text, quote, attribution, tags, source
   * outlet, author and title): the judge's retrieval, scored with the same weights it judges by, and
   * completion's word lookup.
   */
  private readonly postings = new Map<string, number[]>();
  private readonly ids: string[] = [];
  private readonly weights = new Map<string, number>();
  private sortedTerms: string[] | undefined;
  private sortedIds: string[] | undefined;
  private fuzzyTerms_: MiniSearch<{ id: number; term: string }> | undefined;
  readonly size: number;

  constructor(readonly corpus: Corpus, restored?: ClaimIndexData) {
    // ---- Snapshot support (src/core/index/indexSnapshot.ts; added for the worker thread) ----
    // An index built elsewhere (a worker, the persisted cache) for this very corpus: take its data as is.
    if (restored) {
      this.ids = restored.ids;
      this.postings = restored.postings;
      this.docFreq = restored.docFreq;
      this.size = this.ids.length;
      return;
    }
    // ---- end snapshot support ----
    for (const claim of corpus.claims.values()) {
      const ordinal = this.ids.push(claim.id) - 1;
      const judged = termSet(`${claim.text} ${claim.quote}`);
      for (const t of judged) this.docFreq.set(t, (this.docFreq.get(t) ?? 0) + 1);
      const source = corpus.sources.get(claim.source);
      const about = termSet(`${claim.attributedTo} ${claim.tags.join(' ')} ${source ? `${source.outlet} ${source.author ?? ''} ${source.title}` : claim.source}`);
      for (const t of about) judged.add(t);
      for (const t of judged) {
        const list = this.postings.get(t);
        if (list) list.push(ordinal);
        else this.postings.set(t, [ordinal]);
      }
    }
    this.size = this.ids.length;
  }

  // ---- Snapshot support (src/core/index/indexSnapshot.ts) ----
  /** What the constructor derived from the corpus (the live maps, not copies: do not change them). */
  data(): ClaimIndexData {
    return { ids: this.ids, postings: this.postings, docFreq: this.docFreq };
  }
  // ---- end snapshot support ----

  /**
   * Claims sharing weighted terms with `text`, best first; empty when nothing matches. Terms found in
   * a large share of a big corpus are skipped: they cannot tell claims apart and would touch them all.
   */
  search(text: string, limit = 10): SearchHit[] {
    return this.score(termSet(text), limit);
  }

  /** The best `limit` claims by summed weight of the given terms they hold. */
  private score(terms: Iterable<string>, limit: number, cap = Math.max(500, this.size * 0.05)): SearchHit[] {
    const scores = new Map<number, number>();
    for (const t of terms) {
      const list = this.postings.get(t);
      if (!list || list.length > cap) continue;
      const w = this.weight(t);
      for (const ordinal of list) scores.set(ordinal, (scores.get(ordinal) ?? 0) + w);
    }
    return topK(scores, limit).map(([ordinal, score]) => ({ id: this.ids[ordinal], score }));
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
    // A word matched only by prefix may be very common ("c" → cuba): no cap, the top-k keeps it cheap.
    return this.score(terms, limit, Infinity);
  }

  /** Claim ids starting with `prefix`, in id order, at most `limit`. */
  idsStartingWith(prefix: string, limit: number): string[] {
    this.sortedIds ??= [...this.ids].sort();
    return rangeWithPrefix(this.sortedIds, prefix, limit);
  }

  /**
   * Ids (of claims and sources) worth comparing with a mistyped `id`: all of them in a small corpus; in a
   * large one, those sharing its first three characters (a typo is rarely at the very start).
   */
  idCandidates(id: string): readonly string[] {
    const sources = [...this.corpus.sources.keys()];
    if (this.size <= ID_SCAN_LIMIT) return [...this.ids, ...sources];
    const head = id.slice(0, 3);
    return [...this.idsStartingWith(head, 5000), ...sources.filter((s) => s.startsWith(head))];
  }

  /** Every claim id, in corpus order. */
  allIds(): readonly string[] {
    return this.ids;
  }

  private termsStartingWith(prefix: string, limit: number): string[] {
    this.sortedTerms ??= [...this.postings.keys()].sort();
    return rangeWithPrefix(this.sortedTerms, prefix, limit);
  }

  /** Terms within a typo of `word`, by minisearch's fuzzy matching over the vocabulary (built on first use). */
  private termsNear(word: string): string[] {
    if (!this.fuzzyTerms_) {
      this.fuzzyTerms_ = new MiniSearch({ fields: ['term'], storeFields: ['term'], processTerm: (t) => t });
      this.fuzzyTerms_.addAll([...this.postings.keys()].map((term, id) => ({ id, term })));
    }
    return this.fuzzyTerms_.search(word, { fuzzy: 0.25, prefix: true }).slice(0, 50).map((r) => String(r.term));
  }

  /**
   * How much a term tells which claim is meant: rare terms weigh more. A term no claim uses weighs the most,
   * so a sentence full of words the corpus never uses is not mistaken for a restatement.
   */
  weight(term: string): number {
    let w = this.weights.get(term);
    if (w === undefined) {
      const df = this.docFreq.get(term) ?? 0;
      w = Math.log(1 + (this.size + 1) / (df + 0.5)) * commonnessFactor(term);
      this.weights.set(term, w);
    }
    return w;
  }

  /** The facts of claim `id`, or undefined when no such claim is in the corpus. */
  facts(id: string): ClaimFacts | undefined {
    let f = this.facts_.get(id);
    if (f) return f;
    const claim = this.corpus.claims.get(id);
    if (!claim) return undefined;
    const text = factsOf(claim.text);
    const outlet = this.corpus.sources.get(claim.source)?.outlet ?? '';
    const evidence = termSet(`${claim.text} ${claim.quote} ${claim.attributedTo} ${claim.tags.join(' ')} ${outlet}`);
    for (const a of acronymsOf(`${claim.text} ${claim.quote}`)) evidence.add(a);
    const dates: DateParts[] = [...text.dates, ...factsOf(claim.quote).dates];
    const field = claim.date ? parseIsoDate(claim.date) : undefined;
    if (field) dates.push(field);
    // The outlet and author frame a claim ("The New York Times reported…"); a person the claim quotes is one of its actors.
    const src = this.corpus.sources.get(claim.source);
    const asserter = termSet(`${outlet} ${src?.author ?? ''} ${src?.translator ?? ''}`);
    const published = !field && src?.published ? parseIsoDate(src.published) : undefined;
    f = { claim, text, evidence, asserter, dates, weakDates: published ? [published] : [] };
    this.facts_.set(id, f);
    return f;
  }
}

/** Up to `limit` strings of the sorted array `sorted` that start with `prefix`, in order. */
function rangeWithPrefix(sorted: readonly string[], prefix: string, limit: number): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < prefix) low = mid + 1;
    else high = mid;
  }
  const out: string[] = [];
  for (let i = low; i < sorted.length && out.length < limit && sorted[i].startsWith(prefix); i++) out.push(sorted[i]);
  return out;
}
