// Derives a ClaimIndex's data from a corpus: every claim's terms (and the value terms of its figures,
// terms.ts valueTerm), as postings. At a hundred thousand claims this meets three million word
// occurrences of a few thousand distinct words, so it avoids per-occurrence allocation: words are read
// by a cursor that hashes them as it goes and looked up by offset (WordTable), each claim's distinct
// terms are collected in one typed array and laid out per term with one counting sort.
import type { Corpus } from '../corpus/types';
import type { Source } from '../model';
import { termOf, termSet, valueTerm } from '../text/terms';
import { WordTable } from '../text/wordTable';
import { WordCursor } from '../text/words';
import type { ClaimIndexData } from './claimIndex';

/**
 * Each claim's distinct term ids, claim after claim: claim c's are `terms[starts[c]]` up to
 * `terms[starts[c + 1]]`. Sized from the claim count up front (a few dozen terms a claim), so it
 * rarely grows: each growth copies megabytes.
 */
class ClaimTerms {
  terms: Int32Array;
  readonly starts: Int32Array;
  length = 0;

  constructor(claimCount: number) {
    this.terms = new Int32Array(Math.max(1 << 16, claimCount * 32));
    this.starts = new Int32Array(claimCount + 1);
  }

  push(term: number): void {
    if (this.length === this.terms.length) {
      const terms = new Int32Array(this.length * 2);
      terms.set(this.terms);
      this.terms = terms;
    }
    this.terms[this.length++] = term;
  }

  /** Closes claim `ordinal`'s run of terms. */
  endClaim(ordinal: number): void {
    this.starts[ordinal + 1] = this.length;
  }
}

/** Term ids, each claim's distinct terms and document frequencies, collected claim by claim. */
class PostingsCollector {
  readonly terms: string[] = [];
  readonly claimTerms: ClaimTerms;
  df = new Int32Array(1024);
  private readonly termIds = new Map<string, number>();
  /** Per term id, the last claim it was added for: dedupes a claim's terms without a Set per claim. */
  private lastClaim = new Int32Array(1024).fill(-1);
  /** Word as written → term id (a content term, or a figure's value term), or -1 for a word that carries neither. */
  private readonly words = new WordTable((word) => {
    const term = termOf(word) ?? valueTerm(word);
    return term === null ? -1 : this.idOf(term);
  });
  private readonly cursor = new WordCursor();
  private ordinal = -1;

  constructor(claimCount: number) {
    this.claimTerms = new ClaimTerms(claimCount);
  }

  /** Starts collecting the terms of the claim with this ordinal. */
  startClaim(ordinal: number): void {
    this.ordinal = ordinal;
  }

  idOf(term: string): number {
    let tid = this.termIds.get(term);
    if (tid === undefined) {
      tid = this.terms.push(term) - 1;
      this.termIds.set(term, tid);
      if (tid === this.df.length) {
        const grown = new Int32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
        const last = new Int32Array(this.lastClaim.length * 2).fill(-1);
        last.set(this.lastClaim);
        this.lastClaim = last;
      }
    }
    return tid;
  }

  /**
   * Adds the terms of the words of `text` to the current claim; `judged` text (text and quote) also
   * counts toward document frequency. A plain loop over a cursor, not a callback per word: this runs
   * for three million words at a hundred thousand claims.
   */
  addText(text: string, judged: boolean): void {
    const { cursor, words } = this;
    cursor.reset(text);
    while (cursor.next()) this.addTerm(words.getHashed(text, cursor.start, cursor.end, cursor.hash), judged);
  }

  /** Adds term `tid` (nothing when -1) to the current claim, once. */
  addTerm(tid: number, judged: boolean): void {
    if (tid < 0 || this.lastClaim[tid] === this.ordinal) return;
    this.lastClaim[tid] = this.ordinal;
    this.claimTerms.push(tid);
    if (judged) this.df[tid]++;
  }
}

/**
 * The index data of `corpus`: postings over everything written about a claim (text, quote, attribution,
 * tags, the source's outlet, author and title); document frequencies over its text and quote only.
 */
export function buildIndexData(corpus: Corpus): ClaimIndexData {
  const ids: string[] = [];
  const collect = new PostingsCollector(corpus.claims.size);
  // Thousands of claims share a source: its outlet, author and title become terms once.
  const sourceTerms = new Map<Source, readonly number[]>();
  const termsOfSource = (id: string): readonly number[] | undefined => {
    const source = corpus.sources.get(id);
    if (!source) return undefined;
    let tids = sourceTerms.get(source);
    if (!tids) {
      tids = [...termSet(`${source.outlet} ${source.author ?? ''} ${source.title}`)].map((term) => collect.idOf(term));
      sourceTerms.set(source, tids);
    }
    return tids;
  };
  // A source's claims mostly come one after another: its terms are looked up once per run of them.
  let runSource: string | undefined;
  let runTerms: readonly number[] | undefined;
  for (const claim of corpus.claims.values()) {
    const ordinal = ids.push(claim.id) - 1;
    collect.startClaim(ordinal);
    collect.addText(claim.text, true);
    collect.addText(claim.quote, true);
    collect.addText(claim.attributedTo, false);
    for (const tag of claim.tags) collect.addText(tag, false);
    if (claim.source !== runSource) {
      runSource = claim.source;
      runTerms = termsOfSource(claim.source);
    }
    if (runTerms) for (const t of runTerms) collect.addTerm(t, false);
    else collect.addText(claim.source, false);
    collect.claimTerms.endClaim(ordinal);
  }
  return layOut(ids, collect.terms, collect.df, collect.claimTerms);
}

/** Sorts the terms (a prefix is then a range; the default sort compares UTF-16 units, as lookups do) and groups the claims by term. */
function layOut(ids: string[], terms: readonly string[], dfById: Int32Array, claimTerms: ClaimTerms): ClaimIndexData {
  const order = terms.map((_, tid) => tid).sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
  const rank = new Int32Array(terms.length);
  order.forEach((tid, i) => (rank[tid] = i));
  const { terms: termIds, starts, length } = claimTerms;
  const offsets = new Int32Array(terms.length + 1);
  for (let k = 0; k < length; k++) offsets[rank[termIds[k]] + 1]++;
  for (let i = 0; i < terms.length; i++) offsets[i + 1] += offsets[i];
  // Claims are visited in order, so each term's ordinals land ascending.
  const ordinals = new Int32Array(length);
  const next = offsets.slice(0, terms.length);
  for (let claim = 0; claim < ids.length; claim++) {
    for (let k = starts[claim], end = starts[claim + 1]; k < end; k++) ordinals[next[rank[termIds[k]]]++] = claim;
  }
  const docFreq = new Int32Array(terms.length);
  for (let i = 0; i < terms.length; i++) docFreq[i] = dfById[order[i]];
  return { ids, terms: order.map((tid) => terms[tid]), offsets, ordinals, docFreq };
}
