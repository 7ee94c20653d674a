// Reads numbers written in words: "two hundred", "seventy-six thousand", "a dozen", "nearly twenty".

const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, score: 20,
}));

const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
  m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000, k: 1_000,
}));

/** Vague plurals: "hundreds of Cubans" is a range, not a number. */
export const VAGUE_COUNTS: ReadonlyMap<string, readonly [number, number]> = new Map<string, readonly [number, number]>(Object.entries({
  dozens: [24, 199], scores: [40, 199], hundreds: [200, 1999], thousands: [2_000, 19_999],
  'tens of thousands': [20_000, 199_999], millions: [2_000_000, 19_999_999], several: [3, 9], few: [2, 6], handful: [3, 9],
  couple: [2, 3], numerous: [5, Infinity], many: [5, Infinity],
}) as [string, readonly [number, number]][]);

/** The scale word's multiplier ("million" → 1e6), or undefined. */
export function scaleOf(word: string): number | undefined {
  return SCALES.get(word);
}

/** True when `word` can be part of a number written in words. */
export function isNumberWord(word: string): boolean {
  return UNITS.has(word) || (SCALES.has(word) && word.length > 2) || (word.includes('-') && word.split('-').every((p) => UNITS.has(p)));
}

/**
 * The value of a run of number words ("two hundred", "seventy-six thousand"); undefined when the
 * words do not form a number. "a"/"and" inside the run are accepted ("a hundred", "one hundred and five").
 */
export function parseNumberWords(run: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of run) {
    if (raw === 'and' || raw === 'a') continue;
    for (const part of raw.split('-')) {
      const unit = UNITS.get(part);
      if (unit !== undefined) {
        current += unit;
        seen = true;
      } else if (SCALES.has(part) && part.length > 2) {
        const scale = SCALES.get(part)!;
        if (!seen) current = 1;
        if (scale === 100) current *= 100;
        else {
          total += current * scale;
          current = 0;
        }
        seen = true;
      } else {
        return undefined;
      }
    }
  }
  return seen ? total + current : undefined;
}
