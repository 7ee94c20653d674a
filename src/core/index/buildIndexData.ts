// Derives a ClaimIndex's data from a corpus: every claim's terms, as postings. At a hundred thousand
// claims this meets three million word occurrences of a few thousand distinct words, so it avoids
// per-occurrence allocation: words are looked up by offset (WordTable), postings are collected as
// (term, claim) pairs in growable typed arrays and laid out per term with one counting sort.
import type { Corpus } from '../corpus/types';
import type { Source } from '../model';
import { termOf, termSet } from '../text/terms';
import { WordTable } from '../text/wordTable';
import { scanWords } from '../text/words';
import type { ClaimIndexData } from './claimIndex';

/** (term id, claim ordinal) pairs, one per distinct term of each claim, in claim order. */
class PairBuffer {
  terms = new Int32Array(1 << 16);
  claims = new Int32Array(1 << 16);
  length = 0;

  push(term: number, claim: number): void {
    if (this.length === this.terms.length) {
      const terms = new Int32Array(this.length * 2);
      terms.set(this.terms);
      this.terms = terms;
      const claims = new Int32Array(this.length * 2);
      claims.set(this.claims);
      this.claims = claims;
    }
    this.terms[this.length] = term;
    this.claims[this.length++] = claim;
  }
}

/**
 * The index data of `corpus`: postings over everything written about a claim (text, quote, attribution,
 * tags, the source's outlet, author and title); document frequencies over its text and quote only.
 */
export function buildIndexData(corpus: Corpus): ClaimIndexData {
  const ids: string[] = [];
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  let df = new Int32Array(1024);
  /** Per term id, the last claim it was added for: dedupes a claim's terms without a Set per claim. */
  let lastClaim = new Int32Array(1024).fill(-1);
  const idOf = (term: string): number => {
    let tid = termIds.get(term);
    if (tid === undefined) {
      tid = terms.push(term) - 1;
      termIds.set(term, tid);
      if (tid === df.length) {
        const grown = new Int32Array(df.length * 2);
        grown.set(df);
        df = grown;
        const last = new Int32Array(lastClaim.length * 2).fill(-1);
        last.set(lastClaim);
        lastClaim = last;
      }
    }
    return tid;
  };
  // Word as written → term id, or -1 for a word that carries no term.
  const words = new WordTable((word) => {
    const term = termOf(word);
    return term === null ? -1 : idOf(term);
  });
  const pairs = new PairBuffer();
  let ordinal = -1;
  let scanned = '';
  const judged = (start: number, end: number): void => {
    const tid = words.get(scanned, start, end);
    if (tid < 0 || lastClaim[tid] === ordinal) return;
    lastClaim[tid] = ordinal;
    pairs.push(tid, ordinal);
    df[tid]++;
  };
  const addAbout = (tid: number): void => {
    if (tid < 0 || lastClaim[tid] === ordinal) return;
    lastClaim[tid] = ordinal;
    pairs.push(tid, ordinal);
  };
  const about = (start: number, end: number): void => addAbout(words.get(scanned, start, end));
  // Thousands of claims share a source: its outlet, author and title become terms once.
  const sourceTerms = new Map<Source, readonly number[]>();
  for (const claim of corpus.claims.values()) {
    ordinal = ids.push(claim.id) - 1;
    scanWords((scanned = claim.text), judged);
    scanWords((scanned = claim.quote), judged);
    scanWords((scanned = claim.attributedTo), about);
    for (const tag of claim.tags) scanWords((scanned = tag), about);
    const source = corpus.sources.get(claim.source);
    if (!source) {
      scanWords((scanned = claim.source), about);
      continue;
    }
    let tids = sourceTerms.get(source);
    if (!tids) {
      tids = [...termSet(`${source.outlet} ${source.author ?? ''} ${source.title}`)].map(idOf);
      sourceTerms.set(source, tids);
    }
    for (const t of tids) addAbout(t);
  }
  return layOut(ids, terms, df, pairs);
}

/** Sorts the terms (a prefix is then a range; the default sort compares UTF-16 units, as lookups do) and groups the pairs by term. */
function layOut(ids: string[], terms: readonly string[], dfById: Int32Array, pairs: PairBuffer): ClaimIndexData {
  const order = terms.map((_, tid) => tid).sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
  const rank = new Int32Array(terms.length);
  order.forEach((tid, i) => (rank[tid] = i));
  const offsets = new Int32Array(terms.length + 1);
  for (let k = 0; k < pairs.length; k++) offsets[rank[pairs.terms[k]] + 1]++;
  for (let i = 0; i < terms.length; i++) offsets[i + 1] += offsets[i];
  // Pairs come in claim order, so each term's ordinals land ascending.
  const ordinals = new Int32Array(pairs.length);
  const next = offsets.slice(0, terms.length);
  for (let k = 0; k < pairs.length; k++) ordinals[next[rank[pairs.terms[k]]]++] = pairs.claims[k];
  const docFreq = new Int32Array(terms.length);
  for (let i = 0; i < terms.length; i++) docFreq[i] = dfById[order[i]];
  return { ids, terms: order.map((tid) => terms[tid]), offsets, ordinals, docFreq };
}
