// Accent and case folding, so "Milián" matches "Milian" and "LÓPEZ" matches "lopez".

const COMBINING_MARKS = /[\u0300-\u036f]/g;

const cache = new Map<string, string>();

/** Lower-cases and strips diacritics; keeps the string's other characters. May change the length. */
export function fold(text: string): string {
  // Words repeat endlessly in drafts and corpora: memoise short strings, NFD is the costly part.
  if (text.length > 40) return foldUncached(text);
  let f = cache.get(text);
  if (f === undefined) {
    f = foldUncached(text);
    if (cache.size > 100_000) cache.clear();
    cache.set(text, f);
  }
  return f;
}

function foldUncached(text: string): string {
  // ASCII needs no decomposition.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}
