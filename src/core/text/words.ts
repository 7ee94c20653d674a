// Splits text into word tokens with their offsets. Offsets index the original string (UTF-16).

export interface Word {
  /** The word as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Letters (any script), digits, and inner apostrophes/hyphens/dots/commas between digits ("76,000", "8.5").
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['\u2019\-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/** Every word in `text`, in order. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}
