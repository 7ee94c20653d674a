// Claim ids by prefix, for completion after "[@" and a few typed characters. Sorting a hundred
// thousand ids up front took a third of a second (ids are slices of large file texts, slow to
// compare); bucketing them by their first two characters takes one pass, and a lookup sorts only the
// ids that share the typed prefix, keeping the first `limit` in id order.

/** Compares as the default sort and `<` do: by UTF-16 code units. */
const byUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class IdPrefixes {
  private readonly buckets = new Map<string, number[]>();

  constructor(private readonly ids: readonly string[]) {
    for (let i = 0; i < ids.length; i++) {
      const key = ids[i].slice(0, 2);
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(i);
      else this.buckets.set(key, [i]);
    }
  }

  /** Up to `limit` ids starting with `prefix`, in id order. */
  startingWith(prefix: string, limit: number): string[] {
    if (limit <= 0) return [];
    const matches: string[] = [];
    const collect = (bucket: readonly number[]) => {
      for (const i of bucket) if (this.ids[i].startsWith(prefix)) matches.push(this.ids[i]);
    };
    if (prefix.length >= 2) {
      const bucket = this.buckets.get(prefix.slice(0, 2));
      if (bucket) collect(bucket);
    } else {
      for (const [key, bucket] of this.buckets) if (key.startsWith(prefix)) collect(bucket);
    }
    return smallest(matches, limit);
  }
}

/** The `limit` smallest strings of `items` in order (a bounded selection when there are many). */
function smallest(items: string[], limit: number): string[] {
  if (items.length <= limit * 4) return items.sort(byUnits).slice(0, limit);
  // Keep a sorted window of the best `limit`; most items lose at one comparison with its last.
  const best = items.slice(0, limit).sort(byUnits);
  for (let i = limit; i < items.length; i++) {
    const item = items[i];
    if (item >= best[limit - 1]) continue;
    let low = 0;
    let high = limit - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (best[mid] <= item) low = mid + 1;
      else high = mid;
    }
    best.splice(low, 0, item);
    best.pop();
  }
  return best;
}
