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
