// Claim ids by prefix, for completion after "[@" and a few typed characters. Sorting a hundred
// thousand ids up front took a third of a second (ids are slices of large file texts, slow to
// compare), and filtering a big bucket on every keystroke was most of a completion. So ids are
// bucketed by their first four characters in one pass; the bucket keys are sorted (a few thousand
// short strings), and each bucket is sorted the first time a lookup reaches it. Buckets in key order
// are ids in id order, so a lookup walks keys from the prefix on and stops once it has enough.

const KEY_LENGTH = 4;

/** Compares as the default sort and `<` do: by UTF-16 code units. */
const byUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class IdPrefixes {
  private readonly buckets = new Map<string, string[]>();
  private readonly keys: string[];
  private readonly sorted = new Set<string>();

  constructor(ids: readonly string[]) {
    for (const id of ids) {
      const key = id.slice(0, KEY_LENGTH);
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(id);
      else this.buckets.set(key, [id]);
    }
    this.keys = [...this.buckets.keys()].sort(byUnits);
  }

  /** Up to `limit` ids starting with `prefix`, in id order. */
  startingWith(prefix: string, limit: number): string[] {
    const out: string[] = [];
    if (limit <= 0) return out;
    if (prefix.length >= KEY_LENGTH) {
      const bucket = this.bucket(prefix.slice(0, KEY_LENGTH));
      for (let i = lowerBound(bucket, prefix); i < bucket.length && out.length < limit && bucket[i].startsWith(prefix); i++) out.push(bucket[i]);
      return out;
    }
    // Keys that start with a short prefix are a range of the sorted keys; every id in their buckets matches.
    for (let k = lowerBound(this.keys, prefix); k < this.keys.length && this.keys[k].startsWith(prefix) && out.length < limit; k++) {
      for (const id of this.bucket(this.keys[k])) {
        if (out.length === limit) break;
        out.push(id);
      }
    }
    return out;
  }

  private bucket(key: string): readonly string[] {
    const bucket = this.buckets.get(key);
    if (!bucket) return [];
    if (!this.sorted.has(key)) {
      bucket.sort(byUnits);
      this.sorted.add(key);
    }
    return bucket;
  }
}

/** The first index of the sorted `items` whose value is not below `value`. */
export function lowerBound(items: readonly string[], value: string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
