// Converts between UTF-16 offsets and 0-based line/character positions, as VS Code counts them.
import type { Position, Span } from '../model';

/** Offsets and positions of one text. Line breaks are `\n`, `\r\n` and a lone `\r`. */
export class LineMap {
  /** Offset where each line starts; `starts[0]` is 0. */
  private readonly starts: number[];
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    // Most texts have no CR: then indexOf finds the line breaks several times faster than a char loop
    // (every corpus file gets a LineMap: 43 MB at 100k claims).
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** Number of lines; a text ending with a line break has an empty last line. */
  get lineCount(): number {
    return this.starts.length;
  }

  /**
   * The position of `offset`, clamped to the text. An offset inside a line break (between `\r` and
   * `\n`) maps to the end of that line's content, as VS Code does.
   */
  positionAt(offset: number): Position {
    const o = clampInt(offset, 0, this.text.length);
    const line = this.lineOf(o);
    return { line, character: Math.min(o - this.starts[line], this.contentEnd(line) - this.starts[line]) };
  }

  /** The offset of `pos`; a line past the end gives the text length, a character past the line's end its content end. */
  offsetAt(pos: Position): number {
    if (!(pos.line >= 0)) return 0;
    const line = Math.floor(pos.line);
    if (line >= this.starts.length) return this.text.length;
    const start = this.starts[line];
    return start + clampInt(pos.character, 0, this.contentEnd(line) - start);
  }

  /** Start and end positions of a span. */
  rangeOf(span: Span): { start: Position; end: Position } {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** The offset after the last character of `line`, before its line break. */
  contentEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    const next = this.starts[line + 1];
    return this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  /** The line holding `offset` (already clamped): the last line starting at or before it. */
  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

function clampInt(n: number, min: number, max: number): number {
  if (!(n > min)) return min; // also catches NaN
  return n >= max ? max : Math.floor(n);
}
