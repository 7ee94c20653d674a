// The best-scoring claims for a weighted set of terms (a sentence's, or a typed prefix's): a claim's
// score is the summed weight of the terms it holds. At a hundred thousand claims common terms hold
// thousands of claims each, and summing every posting of every term was most of a draft check. So
// terms are taken rarest (heaviest) first, and once the weight of the terms left could not lift a
// claim not yet seen into the top `limit`, those terms are only looked up for the claims still in
// the running (MaxScore, as search engines prune disjunctive queries). The result is exact.

export interface WeightedTerm {
  /** The term's position in the postings. */
  readonly tid: number;
  readonly weight: number;
}

/** Postings laid out as in ClaimIndexData: term i's ascending claim ordinals are `ordinals[offsets[i]..offsets[i + 1])`. */
export interface Postings {
  readonly offsets: Int32Array;
  readonly ordinals: Int32Array;
}

/** Scores claims over one index's postings; keeps its scratch arrays between queries (not reentrant). */
export class TopClaims {
  /** Float32: half the memory of Float64, so a hundred thousand scores stay in a core's cache. */
  private readonly scores: Float32Array;
  private readonly touched: Int32Array;

  constructor(private readonly postings: Postings, size: number) {
    this.scores = new Float32Array(size);
    this.touched = new Int32Array(size);
  }

  /** The best `limit` claims as [ordinal, score], highest score first, ties to the earlier claim. */
  top(query: readonly WeightedTerm[], limit: number): [number, number][] {
    const { offsets, ordinals } = this.postings;
    const { scores, touched } = this;
    // A weight that rounds to zero as a 32-bit float would leave a claim looking untouched: such terms weigh nothing anyway.
    const terms = query.filter((t) => Math.fround(t.weight) > 0 && offsets[t.tid + 1] > offsets[t.tid]);
    if (limit <= 0 || terms.length === 0) return [];
    const length = (t: WeightedTerm) => offsets[t.tid + 1] - offsets[t.tid];
    terms.sort((a, b) => b.weight - a.weight || length(a) - length(b) || a.tid - b.tid);
    // left[i]: the most the terms from i on can add to a claim's score.
    const left = new Float64Array(terms.length + 1);
    const volume = new Float64Array(terms.length + 1);
    for (let i = terms.length - 1; i >= 0; i--) {
      left[i] = left[i + 1] + terms[i].weight;
      volume[i] = volume[i + 1] + length(terms[i]);
    }
    let n = 0;
    let i = 0;
    let candidates: Int32Array | undefined;
    for (; i < terms.length; i++) {
      // Pruning pays when the postings left far outweigh the claims already in hand (finding the
      // threshold reads all of those).
      if (n >= limit && volume[i] > 8 * n) {
        const threshold = kthBest(touched, n, scores, limit);
        // A claim not yet seen can score at most left[i]: strictly below the threshold it cannot even tie
        // (ties go to the lower ordinal, which may be its). Slack covers the rounding of sums kept as 32-bit
        // floats (a relative 6e-8 per addition, a dozen terms at most).
        const slack = 1e-6 * (threshold + left[i]);
        if (threshold > left[i] + slack) {
          candidates = this.stillInTheRunning(n, threshold - left[i] - slack, terms, i);
          if (candidates) break;
        }
      }
      const w = terms[i].weight;
      for (let k = offsets[terms[i].tid], end = offsets[terms[i].tid + 1]; k < end; k++) {
        // Weights are positive: a zero score means not touched yet.
        const ordinal = ordinals[k];
        const before = scores[ordinal];
        if (before === 0) touched[n++] = ordinal;
        scores[ordinal] = before + w;
      }
    }
    let result: [number, number][];
    if (candidates) {
      for (; i < terms.length; i++) {
        const from = offsets[terms[i].tid];
        const to = offsets[terms[i].tid + 1];
        const w = terms[i].weight;
        for (let c = 0; c < candidates.length; c++) if (contains(ordinals, from, to, candidates[c])) scores[candidates[c]] += w;
      }
      result = best(candidates, candidates.length, scores, limit);
    } else {
      result = best(touched, n, scores, limit);
    }
    for (let k = 0; k < n; k++) scores[touched[k]] = 0;
    return result;
  }

  /**
   * The touched claims whose score is at least `floor` (the others cannot reach the top), when looking
   * them up in the remaining terms costs less than reading those terms' postings; else undefined.
   */
  private stillInTheRunning(n: number, floor: number, terms: readonly WeightedTerm[], from: number): Int32Array | undefined {
    let m = 0;
    for (let k = 0; k < n; k++) if (this.scores[this.touched[k]] >= floor) m++;
    let lookups = 0;
    let reads = 0;
    for (let j = from; j < terms.length; j++) {
      const len = this.postings.offsets[terms[j].tid + 1] - this.postings.offsets[terms[j].tid];
      lookups += m * Math.log2(len + 2);
      reads += len;
    }
    if (lookups * 3 > reads) return undefined;
    const out = new Int32Array(m);
    let at = 0;
    // Kept in touch order, which `best` does not depend on (ties go to the lower ordinal).
    for (let k = 0; k < n; k++) if (this.scores[this.touched[k]] >= floor) out[at++] = this.touched[k];
    return out;
  }
}

/** True when the ascending `ordinals[from..to)` holds `ordinal`. */
function contains(ordinals: Int32Array, from: number, to: number, ordinal: number): boolean {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ordinals[mid] < ordinal) low = mid + 1;
    else high = mid;
  }
  return low < to && ordinals[low] === ordinal;
}

/** True when [ordinal a, score a] ranks before [ordinal b, score b]. */
const before = (oa: number, sa: number, ob: number, sb: number): boolean => sa > sb || (sa === sb && oa < ob);

/** The best `k` of the first `n` claims of `list`, ranked. A partial selection: k is small. */
function best(list: Int32Array, n: number, scores: Float32Array, k: number): [number, number][] {
  const topO = new Int32Array(k);
  const topS = new Float64Array(k);
  let size = 0;
  for (let i = 0; i < n; i++) {
    const o = list[i];
    const s = scores[o];
    if (size === k && !before(o, s, topO[k - 1], topS[k - 1])) continue;
    let j = size < k ? size++ : k - 1;
    while (j > 0 && before(o, s, topO[j - 1], topS[j - 1])) {
      topO[j] = topO[j - 1];
      topS[j] = topS[j - 1];
      j--;
    }
    topO[j] = o;
    topS[j] = s;
  }
  const out: [number, number][] = [];
  for (let i = 0; i < size; i++) out.push([topO[i], topS[i]]);
  return out;
}

/** The `k`-th highest score among the first `n` claims of `list` (n ≥ k). */
function kthBest(list: Int32Array, n: number, scores: Float32Array, k: number): number {
  const top = new Float64Array(k).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    const s = scores[list[i]];
    if (s <= top[k - 1]) continue;
    let j = k - 1;
    while (j > 0 && top[j - 1] < s) {
      top[j] = top[j - 1];
      j--;
    }
    top[j] = s;
  }
  return top[k - 1];
}
