// The searchable view of a corpus: a minisearch index over claims for retrieval, term weights for
// judging how much of a sentence a claim explains, and each claim's facts computed on first use.
import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/types';
import type { Claim } from '../model';
import { parseIsoDate, type DateMention } from '../facts/dates';
import { factsOf, type TextFacts } from '../facts/textFacts';
import { acronymsOf } from '../facts/entities';
import { commonnessFactor } from '../text/commonness';
import { termOf, termSet } from '../text/terms';
import { words } from '../text/words';

type DateParts = Omit<DateMention, 'start' | 'end' | 'written'>;

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

interface IndexedClaim {
  id: string;
  text: string;
  quote: string;
  attributedTo: string;
  tags: string;
  /** Source outlet, author and title: found by completion, not used to judge. */
  origin: string;
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

/** Builds and queries the index for one corpus. Immutable once built: a changed corpus gets a new index. */
export class ClaimIndex {
  private readonly search_: MiniSearch<IndexedClaim>;
  private readonly facts_ = new Map<string, ClaimFacts>();
  private readonly docFreq = new Map<string, number>();
  /** Claim ordinals per evidence term: the judge's retrieval, scored with the same weights it judges by. */
  private readonly postings = new Map<string, number[]>();
  private readonly ids: string[] = [];
  private readonly weights = new Map<string, number>();
  readonly size: number;

  constructor(readonly corpus: Corpus) {
    this.search_ = new MiniSearch<IndexedClaim>({
      fields: ['text', 'quote', 'attributedTo', 'tags', 'origin'],
      idField: 'id',
      tokenize: (text) => words(text).map((w) => w.text),
      processTerm: (term) => termOf(term) ?? null,
      searchOptions: { boost: { text: 2, attributedTo: 0.5, tags: 0.5 }, combineWith: 'OR' },
    });
    const docs: IndexedClaim[] = [];
    for (const claim of corpus.claims.values()) {
      const source = corpus.sources.get(claim.source);
      const origin = source ? `${source.outlet} ${source.author ?? ''} ${source.title}` : claim.source;
      docs.push({ id: claim.id, text: claim.text, quote: claim.quote, attributedTo: claim.attributedTo, tags: claim.tags.join(' '), origin });
      for (const t of termSet(`${claim.text} ${claim.quote}`)) this.docFreq.set(t, (this.docFreq.get(t) ?? 0) + 1);
      const ordinal = this.ids.push(claim.id) - 1;
      for (const t of termSet(`${claim.text} ${claim.quote} ${claim.attributedTo} ${claim.tags.join(' ')}`)) {
        const list = this.postings.get(t);
        if (list) list.push(ordinal);
        else this.postings.set(t, [ordinal]);
      }
    }
    this.search_.addAll(docs);
    this.size = docs.length;
  }

  /**
   * Claims sharing weighted terms with `text`, best first; empty when nothing matches. Terms found in
   * a large share of a big corpus are skipped: they cannot tell claims apart and would touch them all.
   */
  search(text: string, limit = 10): SearchHit[] {
    const cap = Math.max(500, this.size * 0.05);
    const scores = new Map<number, number>();
    for (const t of termSet(text)) {
      const list = this.postings.get(t);
      if (!list || list.length > cap) continue;
      const w = this.weight(t);
      for (const ordinal of list) scores.set(ordinal, (scores.get(ordinal) ?? 0) + w);
    }
    return topK(scores, limit).map(([ordinal, score]) => ({ id: this.ids[ordinal], score }));
  }

  /** Claims with a word starting with (or close to) `prefix` in any field, origin included; best first. */
  searchPrefix(prefix: string, limit = 50): SearchHit[] {
    const hits = this.search_.search(prefix, { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : 0), combineWith: 'AND' });
    return hits.slice(0, limit).map((h) => ({ id: String(h.id), score: h.score }));
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
