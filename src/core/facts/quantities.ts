// Finds the quantities a sentence states ("at least 200 Cubans", "$8.5 billion", "nearly twenty people")
// as ranges, so that "about 199" and "roughly 200" agree while "122" and "about 200" do not.
import { fold } from '../text/fold';
import { termOf } from '../text/terms';
import { words, type Word } from '../text/words';
import { isNumberWord, parseNumberWords, scaleOf, VAGUE_COUNTS } from './numberWords';
import { isMonthWord } from './dates';

export type Qualifier = 'exact' | 'about' | 'nearly' | 'at-least' | 'at-most' | 'vague';

export interface Quantity {
  readonly value: number;
  /** The range of values the phrase allows. */
  readonly low: number;
  readonly high: number;
  readonly qualifier: Qualifier;
  /** Content terms of the words after the number ("passports", "ton oil"): what is being counted. */
  readonly unit: readonly string[];
  /** Currency or percent when written: "usd", "eur", "gbp", "percent". */
  readonly measure?: string;
  /** Span of the number itself (with currency and scale) in the analysed text. */
  readonly start: number;
  readonly end: number;
  /** The number as written. */
  readonly written: string;
  /** "Nine of the people detained": a part of some whole, not the count of it. */
  readonly partitive: boolean;
  /** The number with its qualifier as written ("nearly 20", "at least 200"), and where that starts. */
  readonly phrase: string;
  readonly phraseStart: number;
}

const QUALIFIERS: readonly (readonly [string, Qualifier])[] = [
  ['at least', 'at-least'], ['more than', 'at-least'], ['over', 'at-least'], ['upwards of', 'at-least'], ['in excess of', 'at-least'],
  ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['just over', 'at-least'], ['well over', 'at-least'], ['above', 'at-least'],
  ['fewer than', 'at-most'], ['less than', 'at-most'], ['under', 'at-most'], ['up to', 'at-most'], ['as many as', 'at-most'],
  ['at most', 'at-most'], ['no more than', 'at-most'], ['below', 'at-most'], ['just under', 'nearly'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just shy of', 'nearly'], ['approaching', 'nearly'],
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['roughly', 'about'], ['some', 'about'],
  ['an estimated', 'about'], ['estimated', 'about'], ['circa', 'about'], ['approx', 'about'], ['or so', 'about'],
  ['exactly', 'exact'], ['precisely', 'exact'], ['only', 'exact'], ['just', 'exact'],
];

const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([['$', 'usd'], ['€', 'eur'], ['£', 'gbp']]);
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  dollar: 'usd', dollars: 'usd', usd: 'usd', euro: 'eur', euros: 'eur', eur: 'eur', pound: 'gbp', pounds: 'gbp', rubles: 'rub', roubles: 'rub', ruble: 'rub', pesos: 'cup',
}));
const UNIT_STOP = new Set(['of', 'in', 'the', 'a', 'an', 'with', 'from', 'and', 'who', 'that', 'to', 'for', 'at', 'on', 'by']);

function isYear(w: Word, text: string): boolean {
  if (!/^(1[89]|20)\d\d$/.test(w.text)) return false;
  const before = text.slice(Math.max(0, w.start - 2), w.start);
  return !/[$€£]/.test(before);
}

/** True for a number that is part of a date ("September 4", "4 September", "Sept. 5, 2023"). */
function isDayOfDate(ws: readonly Word[], i: number): boolean {
  if (!/^\d{1,2}$/.test(ws[i].text)) return false;
  const prev = ws[i - 1]?.text;
  const next = ws[i + 1]?.text;
  return (prev !== undefined && isMonthWord(prev)) || (next !== undefined && isMonthWord(next));
}

/** Every quantity stated in `text`, in order; years and days of dates are not quantities. */
export function extractQuantities(text: string, ws: readonly Word[] = words(text)): Quantity[] {
  const folded = ws.map((w) => fold(w.text));
  const out: Quantity[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const f = folded[i];
    let value: number | undefined;
    let endIdx = i; // last word index that belongs to the number
    let qualifier: Qualifier = 'exact';
    let unitFrom = i + 1;

    // "19-year-old", "one-year contract", "three-year": a number joined to what it counts.
    const hyphenAge = /^(\d+|[a-z]+)-(year|month|week|day|hour|ton|man|member|page|point)\b/u.exec(f);
    const hyphenValue = hyphenAge ? (/^\d/.test(hyphenAge[1]) ? Number(hyphenAge[1]) : parseNumberWords([hyphenAge[1]])) : undefined;
    if (/^\d[\d,]*(\.\d+)?$/.test(f)) {
      if (isYear(w, text) || isDayOfDate(ws, i)) continue;
      value = Number(f.replace(/,/g, ''));
    } else if (hyphenValue !== undefined) {
      value = hyphenValue;
    } else if (VAGUE_COUNTS.has(f) && !(f === 'many' || f === 'few')) {
      const [low, high] = VAGUE_COUNTS.get(f)!;
      out.push(makeVague(text, ws, folded, i, low, high));
      continue;
    } else if (isNumberWord(f) && f !== 'one') {
      let j = i;
      while (j + 1 < ws.length && (isNumberWord(folded[j + 1]) || (folded[j + 1] === 'and' && isNumberWord(folded[j + 2] ?? '')))) j++;
      const start = i > 0 && folded[i - 1] === 'a' ? i - 1 : i;
      value = parseNumberWords(folded.slice(start, j + 1));
      endIdx = j;
    }
    if (value === undefined || !Number.isFinite(value)) continue;

    // Scale words after digits: "8.5 billion", "155 million".
    const scale = scaleOf(folded[endIdx + 1] ?? '');
    if (scale !== undefined && /^\d/.test(f)) {
      value *= scale;
      endIdx++;
    }
    let measure = CURRENCY_SYMBOLS.get(text[w.start - 1] ?? '');
    if (!measure && /US\$$/.test(text.slice(Math.max(0, w.start - 3), w.start))) measure = 'usd';
    const nextWord = folded[endIdx + 1];
    if (nextWord && CURRENCY_WORDS.has(nextWord)) {
      measure = CURRENCY_WORDS.get(nextWord);
      endIdx++;
    }
    const after = text.slice(ws[endIdx].end, ws[endIdx].end + 2);
    if (after.startsWith('%') || nextWord === 'percent' || nextWord === 'per') measure = 'percent';
    unitFrom = endIdx + 1;

    const before = qualifierBefore(folded, i);
    qualifier = before?.qualifier ?? qualifierAfter(folded, endIdx) ?? 'exact';
    if (after.startsWith('+')) qualifier = 'at-least';

    const start = measure && CURRENCY_SYMBOLS.has(text[w.start - 1] ?? '') ? w.start - 1 : w.start;
    const end = ws[endIdx].end;
    const unit = hyphenValue !== undefined && hyphenAge ? [termOf(hyphenAge[2]) ?? hyphenAge[2]] : unitTerms(text, ws, folded, unitFrom);
    const phraseStart = before ? ws[i - before.words].start : start;
    const written = text.slice(start, end);
    const partitive = folded[endIdx + 1] === 'of' && /^(the|those|them|whom|these|its|their|his|her)$/.test(folded[endIdx + 2] ?? '');
    out.push({ value, ...rangeOf(value, qualifier), qualifier, unit, measure, start, end, written, phrase: text.slice(phraseStart, end), phraseStart, partitive });
    i = endIdx;
  }
  return out;
}

function makeVague(text: string, ws: readonly Word[], folded: readonly string[], i: number, low: number, high: number): Quantity {
  const w = ws[i];
  return {
    value: low, low, high, qualifier: 'vague', unit: unitTerms(text, ws, folded, i + 1), start: w.start, end: w.end, written: text.slice(w.start, w.end), phrase: text.slice(w.start, w.end), phraseStart: w.start, partitive: false,
  };
}

/** The qualifier right before word `i`, and how many words it takes. */
function qualifierBefore(folded: readonly string[], i: number): { qualifier: Qualifier; words: number } | undefined {
  const window = folded.slice(Math.max(0, i - 4), i).join(' ');
  for (const [phrase, q] of QUALIFIERS) {
    if (window === phrase || window.endsWith(' ' + phrase)) return { qualifier: q, words: phrase.split(' ').length };
  }
  return undefined;
}

function qualifierAfter(folded: readonly string[], endIdx: number): Qualifier | undefined {
  const next = `${folded[endIdx + 1] ?? ''} ${folded[endIdx + 2] ?? ''}`;
  if (next.startsWith('or more') || next.startsWith('plus ')) return 'at-least';
  if (next.startsWith('or so')) return 'about';
  if (next.startsWith('or fewer') || next.startsWith('or less')) return 'at-most';
  return undefined;
}

/** The counted thing: content terms of up to four words after the number, through "of" but not past a clause. */
function unitTerms(text: string, ws: readonly Word[], folded: readonly string[], from: number): string[] {
  const out: string[] = [];
  for (let j = from; j < ws.length && j < from + 5 && out.length < 3; j++) {
    // A comma, period or bracket between the words ends the phrase.
    if (j > 0 && /[^\s\-\u2010-\u2014'"\u2018-\u201d]/.test(text.slice(ws[j - 1].end, ws[j].start))) break;
    const f = folded[j];
    if (/^\d/.test(f) || isYearLike(f)) break;
    if (UNIT_STOP.has(f)) {
      if (f === 'of' || out.length === 0) continue;
      break;
    }
    const t = termOf(ws[j].text);
    if (t) out.push(t);
  }
  return out;
}

function isYearLike(f: string): boolean {
  return /^(1[89]|20)\d\d$/.test(f);
}

/** The values a qualified number allows: "about 200" is 180–220, "nearly 20" is 17–20. */
export function rangeOf(value: number, qualifier: Qualifier): { low: number; high: number } {
  switch (qualifier) {
    case 'at-least':
      return { low: value, high: Infinity };
    case 'at-most':
      return { low: 0, high: value };
    case 'nearly':
      return { low: value * 0.85, high: value };
    case 'about':
      return { low: value * 0.9, high: value * 1.1 };
    case 'vague':
      return { low: value, high: value };
    case 'exact':
    default:
      // Reporters round: "200" for 199. Allow 1.5% either way for large figures.
      return { low: value * 0.985, high: value * 1.015 };
  }
}

function isBound(q: Quantity): boolean {
  return q.qualifier === 'at-least' || q.qualifier === 'at-most';
}

/**
 * True when a sentence's quantity is what the claim's quantity says: their ranges overlap, and a figure
 * set against a bound stays near it. "At least 500" does not restate "at least 200", and "500" is not
 * what "at least 200" reports, though neither range excludes the other.
 */
export function quantitiesCompatible(sentence: Quantity, claim: Quantity): boolean {
  if (!(sentence.low <= claim.high && claim.low <= sentence.high)) return false;
  const near = (a: number, b: number, ratio: number) => Math.max(a, b) <= Math.min(a, b) * ratio;
  if (isBound(claim) && sentence.qualifier !== 'vague') return near(sentence.value, claim.value, 1.5);
  if (isBound(sentence) && claim.qualifier !== 'vague') return near(sentence.value, claim.value, 1.5);
  return true;
}

/** A small count in words ("the two countries", "both sides"): it restates more often than it asserts. */
export function isSoftQuantity(q: Quantity): boolean {
  return q.value <= 2 && !/\d/.test(q.written);
}
