// A memo keyed by words found at offsets in a larger text, looked up without slicing the text: the
// index build meets millions of word occurrences but only thousands of distinct words, and slicing
// each occurrence then hashing the new string in a Map was most of its cost.

const EMPTY = -1;

/** Word → value, where a word is `text[start..end)`; values are computed once per distinct word. */
export class WordTable<V> {
  private hashes: Int32Array;
  private words: (string | undefined)[];
  private values: V[];
  private used = 0;

  constructor(private readonly compute: (word: string) => V, capacity = 1 << 14) {
    this.hashes = new Int32Array(capacity).fill(EMPTY);
    this.words = new Array<string | undefined>(capacity);
    this.values = new Array<V>(capacity);
  }

  /** The value for the word `text.slice(start, end)`. */
  get(text: string, start: number, end: number): V {
    // FNV-1a over UTF-16 units, kept non-negative so EMPTY never collides with a real hash.
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h &= 0x7fffffff;
    const mask = this.hashes.length - 1;
    const length = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const stored = this.hashes[slot];
      if (stored === EMPTY) return this.insert(slot, h, text.slice(start, end));
      if (stored === h) {
        const word = this.words[slot]!;
        if (word.length === length && text.startsWith(word, start)) return this.values[slot];
      }
    }
  }

  private insert(slot: number, hash: number, word: string): V {
    const value = this.compute(word);
    this.hashes[slot] = hash;
    this.words[slot] = word;
    this.values[slot] = value;
    // Kept at most half full, so probe runs stay short.
    if (++this.used * 2 > this.hashes.length) this.grow();
    return value;
  }

  private grow(): void {
    const { hashes, words, values } = this;
    this.hashes = new Int32Array(hashes.length * 2).fill(EMPTY);
    this.words = new Array<string | undefined>(hashes.length * 2);
    this.values = new Array<V>(hashes.length * 2);
    const mask = this.hashes.length - 1;
    for (let i = 0; i < hashes.length; i++) {
      if (hashes[i] === EMPTY) continue;
      let slot = hashes[i] & mask;
      while (this.hashes[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[i];
      this.words[slot] = words[i];
      this.values[slot] = values[i];
    }
  }
}
