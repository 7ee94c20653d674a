// How ordinary a term is in English at large: a factor from 0.3 (the commonest words) to 1 (words outside
// the 10,000 most frequent). Built once, on first use, from the generated frequency bands.
import { COMMON_WORD_BANDS } from './commonWords.generated';
import { termOf } from './terms';

const BAND_FACTORS = [0.3, 0.45, 0.6, 0.75, 0.88];
let factors: Map<string, number> | undefined;

/** The weight factor for `term` (a term as termOf makes it); 1 for rare words. */
export function commonnessFactor(term: string): number {
  if (!factors) {
    factors = new Map();
    COMMON_WORD_BANDS.forEach((band, i) => {
      for (const word of band.split(' ')) {
        const t = termOf(word);
        if (t && !factors!.has(t)) factors!.set(t, BAND_FACTORS[i]);
      }
    });
  }
  return factors.get(term) ?? 1;
}
