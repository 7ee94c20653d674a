// "Did you mean" over a whole corpus: the same answer as `closestIds`, without measuring the
// distance to every id.
//
// A trigram count filter finds the few ids that could be near. By the q-gram lemma, an id within
// `k` edits of a typed id with `Q` distinct trigrams shares at least `Q - 3k` of them (each edit
// spoils at most three trigram positions, so at most three distinct trigrams); an id containing
// the typed id shares all `Q`. Trigrams are hashed into buckets: a collision only merges two
// postings lists, so counts can only grow and the filter still lets every near id through.
// The survivors are scored exactly as `closestIds` scores them. Once `limit` ids are found, only
// ids no farther than the farthest of them can still rank, which tightens both the filter and the
// distance bound for the rest.
import { EditMeter, maxEdits } from './closestIds';

// Lengths past this share one group: no real id is that long, and if one is it is only scanned more.
const LENGTH_CAP = 1024;
// Checking one id's trigrams in full costs about as much as counting this many postings.
const CHECK_COST = 12;

export class NearIdIndex {
  private readonly ids: readonly string[];
  /** Ordinal → index in `ids`. Ordinals run in order of length, so a length range is an ordinal range. */
  private readonly byLength: Int32Array;
  /** `lengthStart[L]`: the first ordinal whose (capped) length is at least `L`. */
  private readonly lengthStart: Int32Array;
  private readonly longest: number;
  private readonly bucketShift: number;
  /**
   * CSR postings: the ordinals holding bucket `b` are `postings[offsets[b] .. offsets[b + 1])`,
   * ascending, an ordinal once for each time its id holds the bucket.
   */
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  // Reused by every query: a count per ordinal, the ordinals whose count left zero, and those
  // ordinals again ordered by count.
  private readonly counts: Uint16Array;
  private readonly touched: Int32Array;
  private readonly ranked: Int32Array;
  /** Per query bucket, 1 + its place in the query; 0 for every other bucket between queries. */
  private readonly slotOf: Uint16Array;

  constructor(ids: readonly string[]) {
    this.ids = ids.slice();
    const n = this.ids.length;
    const lengths = new Int32Array(n);
    let longest = 0;
    let occurrences = 0;
    for (let i = 0; i < n; i++) {
      const length = (lengths[i] = this.ids[i].length);
      if (length > longest) longest = length;
      if (length > 2) occurrences += length - 2;
    }
    this.longest = longest;

    // Counting sort by length, stable, so equal lengths keep the caller's order.
    const cap = Math.min(longest, LENGTH_CAP);
    const lengthStart = new Int32Array(cap + 2);
    for (let i = 0; i < n; i++) lengthStart[Math.min(lengths[i], cap) + 1]++;
    for (let l = 1; l <= cap + 1; l++) lengthStart[l] += lengthStart[l - 1];
    const byLength = new Int32Array(n);
    const ordinal = new Int32Array(n);
    const fill = lengthStart.slice();
    for (let i = 0; i < n; i++) byLength[(ordinal[i] = fill[Math.min(lengths[i], cap)]++)] = i;
    this.byLength = byLength;
    this.lengthStart = lengthStart;

    // One bucket per sixteen occurrences, at most 2^16: kebab-case ids hold a few thousand distinct
    // trigrams, so collisions stay rare, and a bucket fits a Uint16Array.
    const bits = Math.max(8, Math.min(16, Math.ceil(Math.log2(occurrences + 1)) - 4));
    this.bucketShift = 32 - bits;
    const buckets = 1 << bits;
    // Each id's trigram buckets, in length order: `seen[seenStart[o] .. seenStart[o + 1])`. Ids are
    // hashed in the caller's order all the same, as their strings lie near each other in memory.
    const seenStart = new Int32Array(n + 1);
    for (let o = 0; o < n; o++) seenStart[o + 1] = seenStart[o] + Math.max(0, lengths[byLength[o]] - 2);
    const seen = new Uint16Array(occurrences);
    for (let i = 0; i < n; i++) this.bucketsOf(this.ids[i], seen, seenStart[ordinal[i]]);
    // Spread into postings lists, each in length order. An id holding a bucket twice is listed
    // twice, side by side, and counting skips the repeat.
    const offsets = new Int32Array(buckets + 1);
    for (let s = 0; s < occurrences; s++) offsets[seen[s] + 1]++;
    for (let b = 1; b <= buckets; b++) offsets[b] += offsets[b - 1];
    const postings = new Int32Array(occurrences);
    const cursor = offsets.slice(0, buckets);
    for (let o = 0; o < n; o++) for (let s = seenStart[o]; s < seenStart[o + 1]; s++) postings[cursor[seen[s]]++] = o;
    this.offsets = offsets;
    this.postings = postings;
    this.counts = new Uint16Array(n);
    this.touched = new Int32Array(n);
    this.ranked = new Int32Array(n);
    this.slotOf = new Uint16Array(buckets);
  }

  /** The same ids, in the same order, as `closestIds(id, ids, limit)` over the ids indexed. */
  closest(id: string, limit = 3): string[] {
    const n = id.length;
    const max = maxEdits(n);
    // Every id is too short both to be within `max` edits and to contain `id`.
    if (n - max > this.longest) return [];
    const best = new Nearest(this.ids, limit);
    // Hits farther than this would not make the cut any more.
    const bound = (): number => Math.min(max, best.worst());
    const meter = new EditMeter(id);
    const score = (o: number): void => {
      const index = this.byLength[o];
      const candidate = this.ids[index];
      const within = bound();
      let d = meter.within(candidate, within);
      // As `closestIds` scores a fragment; it scores `max`, so only while `max` makes the cut.
      if (d > within && within === max && n >= 4 && candidate.includes(id)) d = max;
      if (d <= within) best.add(index, d);
    };

    const buckets = new Uint16Array(Math.max(0, n - 2));
    const q = distinct(buckets.subarray(0, this.bucketsOf(id, buckets, 0)));
    // Within `max` edits means a length within `max`; longer ids can only match by containing `id`.
    const lo = this.firstOfLength(n - max, false);
    const hi = this.firstOfLength(n + max + 1, true);
    if (q.length > 0xffff) {
      // The counters would overflow; only an id of tens of thousands of characters gets here.
      for (let o = lo; o < this.ids.length; o++) score(o);
      return best.ids();
    }
    const near: Sieve = {
      need: () => q.length - 3 * bound(),
      admits: (o) => o >= this.firstOfLength(n - bound(), false) && o < this.firstOfLength(n + bound() + 1, true),
      found: score,
    };
    // With too few trigrams the lemma excludes nothing (ids under 15 characters): every id of a
    // near length is a candidate.
    if (near.need() <= 0) {
      for (let o = lo; o < hi; o++) if (near.admits(o)) score(o);
    } else this.sharing(q, lo, hi, near);
    if (n >= 4 && bound() === max) {
      // Past the band only containing `id` scores, always `max`: a short `id` can be in thousands
      // of ids, so the cheaper test, whether the id would rank at all, goes first.
      const contains = (o: number): void => {
        const index = this.byLength[o];
        if (best.ranks(index, max) && this.ids[index].includes(id)) best.add(index, max);
      };
      this.sharing(q, hi, this.ids.length, { need: () => q.length, admits: () => true, found: contains });
    }
    return best.ids();
  }

  /** Writes the buckets of `s`'s trigrams, in order, into `out` from `at`; returns how many. */
  private bucketsOf(s: string, out: Uint16Array, at: number): number {
    if (s.length < 3) return 0;
    let a = s.charCodeAt(0);
    let b = s.charCodeAt(1);
    for (let i = 2; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[at + i - 2] = bucketOf(a, b, c, this.bucketShift);
      a = b;
      b = c;
    }
    return s.length - 2;
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
   * Calls `sieve.found` on each ordinal in `[lo, hi)` that `sieve` admits and whose id holds at
   * least `sieve.need()` of `buckets`, most shared first; `need()` may only grow between calls.
   *
   * Counts postings lists from the shortest, and stops before the long ones once checking every
   * id that could still reach `need` costs less than counting on: an id must then reach `need`
   * less the lists left, and only those few are checked in full.
   */
  private sharing(buckets: Uint16Array, lo: number, hi: number, sieve: Sieve): void {
    if (lo >= hi) return;
    const q = buckets.length;
    const need = sieve.need();
    const { offsets, postings, counts, touched, ranked } = this;
    const order = Array.from(buckets).sort((a, b) => offsets[a + 1] - offsets[a] - (offsets[b + 1] - offsets[b]));
    // `tally[c]`: how many ordinals have been counted `c` times so far.
    const tally = new Int32Array(q + 1);
    let touchedCount = 0;
    let counted = 0;
    for (; counted < q; counted++) {
      const from = offsets[order[counted]];
      const to = offsets[order[counted] + 1];
      const start = lowerBound(postings, from, to, lo);
      const end = hi === this.ids.length ? to : lowerBound(postings, start, to, hi);
      const left = q - counted;
      if (left < need) {
        let unsure = 0;
        for (let c = need - left; c <= counted; c++) unsure += tally[c];
        if (unsure * CHECK_COST < end - start) break;
      }
      for (let p = start; p < end; p++) {
        const o = postings[p];
        if (p > start && o === postings[p - 1]) continue;
        const c = counts[o]++;
        if (c === 0) touched[touchedCount++] = o;
        tally[c]--;
        tally[c + 1]++;
      }
    }
    const skipped = q - counted;
    // Most shared first, so near ids are found early and `need` rises before the rest are looked at:
    // a counting sort by count, descending, that also clears the counts for the next query.
    const atLeast = Math.max(1, need - skipped);
    const from = new Int32Array(counted + 2);
    for (let t = 0; t < touchedCount; t++) if (counts[touched[t]] >= atLeast) from[counted - counts[touched[t]] + 1]++;
    for (let c = 1; c <= counted + 1; c++) from[c] += from[c - 1];
    const rankedCount = from[counted + 1];
    for (let t = 0; t < touchedCount; t++) {
      const o = touched[t];
      if (counts[o] >= atLeast) ranked[from[counted - counts[o]]++] = o;
      counts[o] = 0;
    }
    // `from[c]` is now the end of the ordinals counted `counted - c` times.

    const { slotOf } = this;
    const met = new Int32Array(q);
    for (let i = 0; i < q; i++) slotOf[buckets[i]] = i + 1;
    for (let r = 0, c = 0; r < rankedCount; r++) {
      while (from[c] <= r) c++;
      const wanted = sieve.need();
      if (counted - c + skipped < wanted) break;
      const o = ranked[r];
      if (!sieve.admits(o)) continue;
      if (skipped === 0 || this.shared(this.ids[this.byLength[o]], met, r + 1, wanted) >= wanted) sieve.found(o);
    }
    for (let i = 0; i < q; i++) slotOf[buckets[i]] = 0;
  }

  /**
   * How many of the query's buckets `s` holds, counting up to `enough`: `slotOf` maps each query
   * bucket to 1 + its place, and `met[place] === serial` once `s` has shown it.
   */
  private shared(s: string, met: Int32Array, serial: number, enough: number): number {
    const { slotOf, bucketShift } = this;
    let count = 0;
    let a = s.charCodeAt(0);
    let b = s.charCodeAt(1);
    // Stops once `enough` are met, or once the trigrams left could not make up the difference.
    for (let i = 2; i < s.length && count < enough && count + s.length - i >= enough; i++) {
      const c = s.charCodeAt(i);
      const slot = slotOf[bucketOf(a, b, c, bucketShift)];
      if (slot !== 0 && met[slot - 1] !== serial) {
        met[slot - 1] = serial;
        count++;
      }
      a = b;
      b = c;
    }
    return count;
  }
}

/** What `sharing` looks for: how many buckets an id must share, and which ordinals may count. */
interface Sieve {
  need(): number;
  admits(o: number): boolean;
  found(o: number): void;
}

/**
 * The `limit` nearest hits so far, ranked as `closestIds` ranks: its stable sort by distance then
 * `localeCompare` keeps ties in the caller's order, hence the index last. A `limit` that is not
 * a positive count keeps every hit, for `slice` to apply at the end as `closestIds` does.
 */
class Nearest {
  private readonly hits: { index: number; d: number }[] = [];
  private readonly keep: number;

  constructor(
    private readonly all: readonly string[],
    private readonly limit: number,
  ) {
    const keep = Math.trunc(limit);
    this.keep = keep >= 1 ? keep : Infinity;
  }

  /** The distance a new hit must not exceed to rank; `Infinity` until `limit` hits are held. */
  worst(): number {
    return this.hits.length < this.keep ? Infinity : this.hits[this.hits.length - 1].d;
  }

  /** Whether a hit would be kept. */
  ranks(index: number, d: number): boolean {
    return this.hits.length < this.keep || this.before({ index, d }, this.hits[this.hits.length - 1]) < 0;
  }

  add(index: number, d: number): void {
    const hit = { index, d };
    if (this.keep === Infinity) {
      this.hits.push(hit);
      return;
    }
    let at = this.hits.length;
    while (at > 0 && this.before(hit, this.hits[at - 1]) < 0) at--;
    if (at === this.keep) return;
    this.hits.splice(at, 0, hit);
    if (this.hits.length > this.keep) this.hits.pop();
  }

  ids(): string[] {
    if (this.keep === Infinity) this.hits.sort((a, b) => this.before(a, b));
    return this.hits.slice(0, this.limit).map((h) => this.all[h.index]);
  }

  private before(a: { index: number; d: number }, b: { index: number; d: number }): number {
    return a.d - b.d || this.all[a.index].localeCompare(this.all[b.index]) || a.index - b.index;
  }
}

/** The bucket of the trigram `a b c` (UTF-16 code units), `32 - shift` bits wide. */
function bucketOf(a: number, b: number, c: number, shift: number): number {
  // Exact for ASCII before hashing (7 bits a character); wider characters may collide, harmlessly.
  return Math.imul(a * 0x4000 + b * 0x80 + c, 0x9e3779b1) >>> shift;
}

/** Sorts `list` and drops repeats, in place; returns the distinct prefix. */
function distinct(list: Uint16Array): Uint16Array {
  list.sort();
  let kept = 0;
  for (let i = 0; i < list.length; i++) if (i === 0 || list[i] !== list[i - 1]) list[kept++] = list[i];
  return list.subarray(0, kept);
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
