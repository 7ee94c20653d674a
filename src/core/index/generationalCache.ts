// A memo with a bound: entries live in two generations. New entries and entries read from the old
// generation go into the young one; when the young one is full it becomes the old one and the former
// old one is dropped. Whatever is used at least once per generation stays; memory stays under two
// generations' worth. Cheaper than a strict LRU (no reordering on every hit), which the per-claim facts
// of a long session need: a 100,000-claim corpus would otherwise keep every claim a check ever met.

export class GenerationalCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();

  /** `perGeneration` entries at most in each of the two generations. */
  constructor(private readonly perGeneration: number) {
    if (!(perGeneration >= 1)) throw new RangeError(`perGeneration must be at least 1, got ${perGeneration}`);
  }

  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.perGeneration && !this.young.has(key)) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** Entries held now (both generations; a key in both counts once). */
  get size(): number {
    let size = this.young.size;
    for (const key of this.old.keys()) if (!this.young.has(key)) size++;
    return size;
  }
}
