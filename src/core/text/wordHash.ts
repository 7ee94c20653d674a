// The hash WordTable files words under. The word scanner computes it while it reads a word, so the
// index build never reads a word's characters a second time just to hash them.

/** FNV-1a offset basis, the hash of the empty word before masking. */
export const WORD_HASH_SEED = 0x811c9dc5;

/** The hash so far extended by one UTF-16 unit (FNV-1a over units). */
export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/** The finished hash, kept non-negative so WordTable's empty-slot marker (-1) never collides with it. */
export function hashDone(hash: number): number {
  return hash & 0x7fffffff;
}

/** The hash of the word `text[start..end)`. */
export function wordHash(text: string, start: number, end: number): number {
  let h = WORD_HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return hashDone(h);
}
