// Jumps to the next occurrence of interesting characters with the regex engine, which scans far
// faster than a JavaScript loop, and remembers the last answer so that per-region calls with
// increasing offsets stay linear even when the next occurrence is far away.

/** Finds successive matches of a global regex in one text, for offsets that only grow. */
export class Finder {
  private searchedFrom = -1;
  private found = -1;

  /** `re` must have the `g` flag. */
  constructor(private readonly re: RegExp, private readonly text: string) {}

  /** Offset of the first match starting at or after `from`, or the text's length when there is none. */
  next(from: number): number {
    if (from >= this.searchedFrom && from <= this.found) return this.found;
    this.re.lastIndex = from;
    const m = this.re.exec(this.text);
    this.searchedFrom = from;
    this.found = m ? m.index : this.text.length;
    return this.found;
  }
}
