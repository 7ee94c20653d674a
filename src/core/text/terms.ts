// Turns words into the terms Attest compares: folded, stop words dropped, demonyms folded into places,
// stemmed, and synonyms folded into one representative. The index and the matcher share this,
// so a term found by retrieval is the same term the judgement compares.
import { stemmer } from 'stemmer';
import { fold } from './fold';
import { DEMONYMS, PLACES, STOP_WORDS, SYNONYM_CLASSES } from './lexicon';
import { isNumberWord, VAGUE_COUNTS } from '../facts/numberWords';
import { scanWords, type Word } from './words';

const SYNONYM_OF = buildSynonymMap();

function buildSynonymMap(): Map<string, string> {
  const map = new Map<string, string>();
  for (const cls of SYNONYM_CLASSES) {
    const head = stemmer(cls[0]);
    for (const w of cls) {
      const s = stemmer(fold(w));
      if (!map.has(s)) map.set(s, head);
    }
  }
  return map;
}

const cache = new Map<string, string | null>();

/**
 * The comparison term for one word, or `null` for words that carry no content
 * (stop words, bare numbers, single letters). Memoised: vocabularies are small.
 */
export function termOf(word: string): string | null {
  let t = cache.get(word);
  if (t !== undefined) return t;
  t = computeTerm(word);
  if (cache.size > 200_000) cache.clear();
  cache.set(word, t);
  return t;
}

function computeTerm(word: string): string | null {
  let w = fold(word).replace(/['\u2019]s$/, '').replace(/['\u2019]/g, '');
  if (w.length < 2 || STOP_WORDS.has(w)) return null;
  if (/^[\d.,]+$/.test(w) || isNumberWord(w) || VAGUE_COUNTS.has(w)) return null;
  const place = DEMONYMS.get(w);
  if (place) return place;
  if (PLACES.has(w)) return w;
  if (w.includes('-')) {
    // "Russian-Cuban" and "state-run": keep the first content part; the rest come from their own words elsewhere.
    const parts = w.split('-').filter((p) => p.length > 1 && !STOP_WORDS.has(p));
    if (parts.length === 0) return null;
    w = parts[0];
    const partPlace = DEMONYMS.get(w);
    if (partPlace) return partPlace;
    if (PLACES.has(w)) return w;
  }
  const s = stemmer(w);
  return SYNONYM_OF.get(s) ?? s;
}

/**
 * The retrieval term of a written figure ("361", "12,200", "2.5", a year), or null for any other word:
 * "#" and its digits, without thousands separators. Figures are no content terms (a sentence is
 * not explained by sharing a number), but among a hundred thousand claims written the same few ways
 * ("X agreed to lend Y $N million for a power plant") the figure is often all that tells the claim a
 * sentence restates from its neighbours, so the index holds them and retrieval asks for them.
 */
export function valueTerm(word: string): string | null {
  return /^\d[\d,.]*$/.test(word) && !/[,.]$/.test(word) ? `#${word.replace(/,/g, '')}` : null;
}

/** True for a term `valueTerm` made, not a word's. */
export function isValueTerm(term: string): boolean {
  return term.startsWith('#');
}

/** Distinct value terms (`valueTerm`) of the words `ws`. */
export function valueTerms(ws: readonly Word[]): Set<string> {
  const set = new Set<string>();
  for (const w of ws) {
    const term = valueTerm(w.text);
    if (term) set.add(term);
  }
  return set;
}

/** Distinct content terms of `text`. */
export function termSet(text: string, ws?: readonly Word[]): Set<string> {
  const set = new Set<string>();
  if (ws) {
    for (const w of ws) {
      const term = termOf(w.text);
      if (term) set.add(term);
    }
  } else {
    scanWords(text, (start, end) => {
      const term = termOf(text.slice(start, end));
      if (term) set.add(term);
    });
  }
  return set;
}
