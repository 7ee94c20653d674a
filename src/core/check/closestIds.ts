// "Did you mean": the existing ids nearest to a mistyped one.

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Two rows reused: this runs over thousands of ids per unknown citation.
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Measures many candidates against one typed id. `within(candidate, max)` gives the verdict of
 * `editDistance(id, candidate, max)` — the distance if at most `max`, else `max + 1` — without
 * allocating, and faster: ids of up to 32 UTF-16 code units use Myers' bit-parallel algorithm (a
 * column of the table is two 32-bit words; about 15 times faster), longer ones fill only the
 * diagonal band of the table (about 3 times).
 */
export class EditMeter {
  // Per code unit, the bits of the id's positions holding it (ids of up to 32 code units only).
  private readonly ascii = new Int32Array(128);
  private readonly wide = new Map<number, number>();
  private row = new Int32Array(0);

  constructor(private readonly id: string) {
    if (id.length > 32) return;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      if (c < 128) this.ascii[c] |= 1 << i;
      else this.wide.set(c, (this.wide.get(c) ?? 0) | (1 << i));
    }
  }

  within(candidate: string, max: number): number {
    if (Math.abs(candidate.length - this.id.length) > max) return max + 1;
    if (this.id.length > 32) {
      if (this.row.length <= candidate.length) this.row = new Int32Array(candidate.length + 1);
      return withinBand(this.id, candidate, max, this.row);
    }
    return this.bitParallel(candidate, max);
  }

  /**
   * Myers (1999) as Hyyrö (2001) states it for whole strings: bit `i` of `pv` (`mv`) says the
   * column rises (falls) by one from row `i` to row `i + 1`; `score` follows the last row.
   */
  private bitParallel(candidate: string, max: number): number {
    const m = this.id.length;
    if (m === 0) return candidate.length;
    const last = 1 << (m - 1);
    let pv = -1;
    let mv = 0;
    let score = m;
    for (let j = 0; j < candidate.length; j++) {
      const c = candidate.charCodeAt(j);
      const eq = c < 128 ? this.ascii[c] : (this.wide.get(c) ?? 0);
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & last) score++;
      else if (mh & last) score--;
      // The first row counts insertions, so a 1 enters below each column.
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      // The last row falls by at most one a column: past this it cannot come back within `max`.
      if (score - (candidate.length - 1 - j) > max) return max + 1;
    }
    return score <= max ? score : max + 1;
  }
}

/**
 * `EditMeter.within` for long ids: only the diagonal band of width `2 * max + 1` is filled, in
 * `row` (at least `b.length + 1` long). Expects lengths within `max` of each other.
 */
function withinBand(a: string, b: string, max: number, row: Int32Array): number {
  const m = b.length;
  const over = max + 1;
  for (let j = 0; j <= m; j++) row[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const jlo = Math.max(1, i - max);
    const jhi = Math.min(m, i + max);
    // Cells left of the band hold at least `max + 1`; column 0 holds `i`.
    let left = jlo === 1 ? Math.min(i, over) : over;
    let diag = row[jlo - 1];
    row[jlo - 1] = left;
    let rowMin = left;
    const ca = a.charCodeAt(i - 1);
    for (let j = jlo; j <= jhi; j++) {
      const up = row[j];
      let v = diag + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (up + 1 < v) v = up + 1;
      if (left + 1 < v) v = left + 1;
      if (v > over) v = over;
      diag = up;
      row[j] = v;
      left = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return over;
  }
  return Math.min(row[m], over);
}

/** The most edits by which an id of `length` characters can still be a misspelling of another. */
export function maxEdits(length: number): number {
  // A typo is a few keystrokes: beyond four edits an id is another id, not a misspelling.
  return Math.min(4, Math.max(2, Math.floor(length / 3)));
}

/** Up to `limit` ids from `ids` closest to `id` (by edit distance, then shared prefix), nearest first. */
export function closestIds(id: string, ids: Iterable<string>, limit = 3): string[] {
  const max = maxEdits(id.length);
  const scored: { id: string; d: number }[] = [];
  for (const candidate of ids) {
    let d = editDistance(id, candidate, max);
    // A typed prefix or a fragment of a long id is a near miss too.
    if (d > max && id.length >= 4 && candidate.includes(id)) d = max;
    if (d <= max) scored.push({ id: candidate, d });
  }
  return scored.sort((a, b) => a.d - b.d || a.id.localeCompare(b.id)).slice(0, limit).map((s) => s.id);
}
