// "Did you mean" over a whole corpus: the same answer as `closestIds`, without measuring the
// distance to every id.
//
// A trigram count filter finds the few ids that could be near. By the q-gram lemma, an id within
// `k` edits of a typed id of `Q` distinct trigrams shares at least `Q - 3k` of them (each edit
// spoils at most three trigram positions, so at most three distinct trigrams); an id containing
// the typed id shares all `Q`. Trigrams are hashed into buckets: a collision only merges two
// postings lists, so the counts can only grow and the filter stays a superset. The survivors are
// then scored exactly as `closestIds` scores them.
import { editDistance, maxEdits } from './closestIds';

// Lengths past this share one group: no id is that long, and if one is it is only scanned more.
const LENGTH_CAP = 1024;
// A postings list longer than this costs more to count than to probe, for the few ids that need it.
const SKIP_ABOVE = 256;
// Counting stops skipping lists while candidates must still appear in this many of the counted ones.
const MIN_COUNTED = 2;

export class NearIdIndex {
  private readonly ids: readonly string[];
  /** Ordinal → index in `ids`. Ordinals run in order of length, so a length range is an ordinal range. */
  private readonly byLength: Int32Array;
  /** `lengthStart[L]`: the first ordinal whose (capped) length is at least `L`. */
  private readonly lengthStart: Int32Array;
  private readonly longest: number;
  private readonly bucketShift: number;
  /** CSR postings: the ordinals holding bucket `b` are `postings[offsets[b] .. offsets[b + 1])`, ascending. */
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  // Reused by every query: a count per ordinal, and the ordinals whose count left zero.
  private readonly counts: Uint16Array;
  private readonly touched: Int32Array;

  constructor(ids: readonly string[]) {
    this.ids = ids.slice();
    const n = this.ids.length;
    let longest = 0;
    let trigrams = 0;
    for (const id of this.ids) {
      if (id.length > longest) longest = id.length;
      if (id.length > 2) trigrams += id.length - 2;
    }
    this.longest = longest;

    // Counting sort by length, stable, so equal lengths keep the caller's order.
    const cap = Math.min(longest, LENGTH_CAP);
    const lengthStart = new Int32Array(cap + 2);
    for (const id of this.ids) lengthStart[Math.min(id.length, cap) + 1]++;
    for (let l = 1; l <= cap + 1; l++) lengthStart[l] += lengthStart[l - 1];
    const byLength = new Int32Array(n);
    const fill = lengthStart.slice();
    for (let i = 0; i < n; i++) byLength[fill[Math.min(this.ids[i].length, cap)]++] = i;
    this.byLength = byLength;
    this.lengthStart = lengthStart;

    // About one bucket per sixteen trigram occurrences: distinct trigrams are far fewer than occurrences.
    const bits = Math.max(10, Math.min(17, Math.ceil(Math.log2(trigrams + 1)) - 4));
    this.bucketShift = 32 - bits;
    const buckets = 1 << bits;
    const offsets = new Int32Array(buckets + 1);
    // `last[b]` is 1 + the last ordinal counted in bucket `b`, so each id counts a bucket once.
    const last = new Int32Array(buckets);
    for (let o = 0; o < n; o++) {
      const id = this.ids[byLength[o]];
      for (let i = 0; i + 2 < id.length; i++) {
        const b = this.bucketAt(id, i);
        if (last[b] !== o + 1) {
          last[b] = o + 1;
          offsets[b + 1]++;
        }
      }
    }
    for (let b = 1; b <= buckets; b++) offsets[b] += offsets[b - 1];
    const postings = new Int32Array(offsets[buckets]);
    const cursor = offsets.slice(0, buckets);
    last.fill(0);
    for (let o = 0; o < n; o++) {
      const id = this.ids[byLength[o]];
      for (let i = 0; i + 2 < id.length; i++) {
        const b = this.bucketAt(id, i);
        if (last[b] !== o + 1) {
          last[b] = o + 1;
          postings[cursor[b]++] = o;
        }
      }
    }
    this.offsets = offsets;
    this.postings = postings;
    this.counts = new Uint16Array(n);
    this.touched = new Int32Array(n);
  }

  /** The same ids, in the same order, as `closestIds(id, ids, limit)` over the ids indexed. */
  closest(id: string, limit = 3): string[] {
    const n = id.length;
    const max = maxEdits(n);
    // Every id is too short both to be within `max` edits and to contain `id`.
    if (n - max > this.longest) return [];
    const found: number[] = [];
    const score = (o: number): void => {
      const candidate = this.ids[this.byLength[o]];
      let d = editDistance(id, candidate, max);
      if (d > max && n >= 4 && candidate.includes(id)) d = max;
      if (d <= max) found.push(this.byLength[o], d);
    };

    const buckets = this.queryBuckets(id);
    // Within `max` edits means a length within `max`; longer ids can only match by containing `id`.
    const lo = this.firstOfLength(n - max, false);
    const hi = this.firstOfLength(n + max + 1, true);
    const need = buckets.length - 3 * max;
    if (buckets.length > 0xffff) {
      // The counters would overflow; only an id of tens of thousands of characters gets here.
      for (let o = lo; o < this.ids.length; o++) score(o);
    } else {
      // With too few trigrams the lemma excludes nothing (ids under 15 characters): every id of a
      // near length is a candidate.
      if (need <= 0) for (let o = lo; o < hi; o++) score(o);
      else this.sharing(buckets, lo, hi, need, score);
      if (n >= 4) this.sharing(buckets, hi, this.ids.length, buckets.length, score);
    }
    return rank(this.ids, found, limit);
  }

  private bucketAt(s: string, i: number): number {
    // Exact for ASCII before hashing (7 bits a character); wider characters may collide, harmlessly.
    const key = s.charCodeAt(i) * 0x4000 + s.charCodeAt(i + 1) * 0x80 + s.charCodeAt(i + 2);
    return Math.imul(key, 0x9e3779b1) >>> this.bucketShift;
  }

  /** The distinct buckets of `id`'s trigrams. */
  private queryBuckets(id: string): Int32Array {
    const all = new Int32Array(Math.max(0, id.length - 2));
    for (let i = 0; i < all.length; i++) all[i] = this.bucketAt(id, i);
    all.sort();
    let distinct = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i];
    return all.subarray(0, distinct);
  }

  /**
   * The first ordinal of an id at least `length` long. Past the cap lengths are not told apart:
   * the answer is then the start of the capped group as a lower bound, its end as an `upper` one.
   */
  private firstOfLength(length: number, upper: boolean): number {
    const cap = this.lengthStart.length - 2;
    if (length <= 0) return 0;
    if (length <= cap) return this.lengthStart[length];
    return upper || length > this.longest ? this.ids.length : this.lengthStart[cap];
  }

  /**
   * Calls `found` on each ordinal in `[lo, hi)` whose id holds at least `need` of `buckets`.
   *
   * Counts the short postings lists and skips the longest: an ordinal that reaches `need` must
   * still reach `need - skipped` among the counted lists, and only those few are looked up, by
   * binary search, in the skipped ones.
   */
  private sharing(buckets: Int32Array, lo: number, hi: number, need: number, found: (o: number) => void): void {
    if (lo >= hi) return;
    const q = buckets.length;
    const starts = new Int32Array(q);
    const ends = new Int32Array(q);
    for (let i = 0; i < q; i++) {
      const from = this.offsets[buckets[i]];
      const to = this.offsets[buckets[i] + 1];
      starts[i] = lowerBound(this.postings, from, to, lo);
      ends[i] = lowerBound(this.postings, starts[i], to, hi);
    }
    const order = Array.from({ length: q }, (_, i) => i).sort((a, b) => ends[a] - starts[a] - (ends[b] - starts[b]));
    let skipped = 0;
    while (skipped < need - MIN_COUNTED) {
      const i = order[q - 1 - skipped];
      if (ends[i] - starts[i] <= SKIP_ABOVE) break;
      skipped++;
    }
    const counted = q - skipped;

    const { counts, touched, postings } = this;
    let touchedCount = 0;
    for (let k = 0; k < counted; k++) {
      const i = order[k];
      for (let p = starts[i]; p < ends[i]; p++) {
        const o = postings[p];
        if (counts[o]++ === 0) touched[touchedCount++] = o;
      }
    }
    const atLeast = need - skipped;
    for (let t = 0; t < touchedCount; t++) {
      const o = touched[t];
      let count = counts[o];
      counts[o] = 0;
      if (count < atLeast) continue;
      // Shorter skipped lists first: an ordinal missing from them is dropped soonest.
      for (let k = counted; k < q && count < need && count + (q - k) >= need; k++) {
        const i = order[k];
        const p = lowerBound(postings, starts[i], ends[i], o);
        if (p < ends[i] && postings[p] === o) count++;
      }
      if (count >= need) found(o);
    }
  }
}

/** The first position in `list[from, to)` (ascending) holding a value `>= value`. */
function lowerBound(list: Int32Array, from: number, to: number, value: number): number {
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (list[mid] < value) from = mid + 1;
    else to = mid;
  }
  return from;
}

/**
 * `found` holds pairs (index in `ids`, distance). Ranked as `closestIds` ranks them: its stable
 * sort by distance then `localeCompare` keeps ties in the caller's order, hence the index last.
 */
function rank(ids: readonly string[], found: number[], limit: number): string[] {
  const hits: { index: number; d: number }[] = [];
  for (let i = 0; i < found.length; i += 2) hits.push({ index: found[i], d: found[i + 1] });
  const before = (a: { index: number; d: number }, b: { index: number; d: number }): number =>
    a.d - b.d || ids[a.index].localeCompare(ids[b.index]) || a.index - b.index;
  const k = Math.trunc(limit);
  if (!(k >= 0 && k < hits.length)) return hits.sort(before).slice(0, limit).map((h) => ids[h.index]);
  // A short id can match thousands; keeping the best few avoids sorting them all by locale.
  const best: { index: number; d: number }[] = [];
  for (const hit of hits) {
    if (best.length === k && (k === 0 || before(hit, best[k - 1]) >= 0)) continue;
    let at = best.length;
    while (at > 0 && before(hit, best[at - 1]) < 0) at--;
    best.splice(at, 0, hit);
    if (best.length > k) best.pop();
  }
  return best.map((h) => ids[h.index]);
}
