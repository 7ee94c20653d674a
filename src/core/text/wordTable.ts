// A memo keyed by words found at offsets in a larger text, looked up without slicing the text: the
// index build meets millions of word occurrences but only thousands of distinct words, and slicing
// each occurrence then hashing the new string in a Map was most of its cost. The table keeps its own
// copy of each word's characters, end to end in one array: checking a hash match reads that compact
// array rather than the string the word was first seen in (somewhere in a file's text, a cache miss).
import { wordHash } from './wordHash';

const EMPTY = -1;

/** Word → value, where a word is `text[start..end)`; values are computed once per distinct word. */
export class WordTable<V> {
  private hashes: Int32Array;
  /** Per slot, where its word's characters start in `chars`, and how many there are. */
  private starts: Int32Array;
  private lengths: Int32Array;
  private values: V[];
  private chars = new Uint16Array(1 << 12);
  private charCount = 0;
  private used = 0;

  constructor(private readonly compute: (word: string) => V, capacity = 1 << 14) {
    this.hashes = new Int32Array(capacity).fill(EMPTY);
    this.starts = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.values = new Array<V>(capacity);
  }

  /** The value for the word `text.slice(start, end)`. */
  get(text: string, start: number, end: number): V {
    return this.getHashed(text, start, end, wordHash(text, start, end));
  }

  /** `get` for a word whose `wordHash` is already known (WordCursor computes it while scanning). */
  getHashed(text: string, start: number, end: number, h: number): V {
    const mask = this.hashes.length - 1;
    const length = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const stored = this.hashes[slot];
      if (stored === EMPTY) return this.insert(slot, h, text, start, end);
      if (stored === h && this.lengths[slot] === length && this.holds(slot, text, start, end)) return this.values[slot]!;
    }
  }

  /** True when the word in `slot` is `text[start..end)` (of the same length). */
  private holds(slot: number, text: string, start: number, end: number): boolean {
    const chars = this.chars;
    for (let i = start, at = this.starts[slot]; i < end; i++, at++) if (chars[at] !== text.charCodeAt(i)) return false;
    return true;
  }

  private insert(slot: number, hash: number, text: string, start: number, end: number): V {
    const value = this.compute(text.slice(start, end));
    if (this.charCount + (end - start) > this.chars.length) {
      const grown = new Uint16Array(Math.max(this.chars.length * 2, this.charCount + (end - start)));
      grown.set(this.chars);
      this.chars = grown;
    }
    this.hashes[slot] = hash;
    this.starts[slot] = this.charCount;
    this.lengths[slot] = end - start;
    this.values[slot] = value;
    for (let i = start; i < end; i++) this.chars[this.charCount++] = text.charCodeAt(i);
    // Kept at most half full, so probe runs stay short.
    if (++this.used * 2 > this.hashes.length) this.grow();
    return value;
  }

  private grow(): void {
    const { hashes, starts, lengths, values } = this;
    const capacity = hashes.length * 2;
    this.hashes = new Int32Array(capacity).fill(EMPTY);
    this.starts = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.values = new Array<V>(capacity);
    const mask = capacity - 1;
    for (let i = 0; i < hashes.length; i++) {
      if (hashes[i] === EMPTY) continue;
      let slot = hashes[i]! & mask;
      while (this.hashes[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[i]!;
      this.starts[slot] = starts[i]!;
      this.lengths[slot] = lengths[i]!;
      this.values[slot] = values[i]!;
    }
  }
}
