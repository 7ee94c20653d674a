// Finds the dates a sentence states: "September 4", "Sept. 5, 2023", "in June", "in 2022", "on Monday",
// keeping only the parts actually written, so that "in June" is compared with a month and nothing more.
import { fold } from '../text/fold';
import { words, type Word } from '../text/words';

export interface DateMention {
  readonly year?: number;
  /** 1–12 */
  readonly month?: number;
  readonly day?: number;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday?: number;
  /** 'at' for the date of an event (or its end: "silent until September 4"); 'since' for the start of a state that lasts ("has led since 2021"). */
  readonly relation: 'at' | 'since';
  readonly start: number;
  readonly end: number;
  readonly written: string;
}

const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
}));
const WEEKDAYS: ReadonlyMap<string, number> = new Map(Object.entries({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
}));
// Words that make an ambiguous month name ("May", "March") a month: "in May", "early March".
const MONTH_CUES = new Set(['in', 'on', 'of', 'since', 'by', 'until', 'early', 'late', 'mid', 'last', 'this', 'next', 'during', 'from', 'through', 'before', 'after', 'between', 'and']);

const SPAN_STARTS = new Set(['since']);

/** True for a word that names a month (used to tell "September 4" from a count). */
export function isMonthWord(word: string): boolean {
  return MONTHS.has(fold(word));
}

function monthAt(ws: readonly Word[], i: number): number | undefined {
  const w = ws[i];
  const f = fold(w.text);
  const m = MONTHS.get(f);
  if (m === undefined) return undefined;
  if (!/^\p{Lu}/u.test(w.text)) return undefined; // months are capitalised in English copy
  // "May" and "March" are also verbs/nouns: require a number next to them or a temporal cue before.
  if (f === 'may' || f === 'march' || f === 'mar') {
    const next = ws[i + 1]?.text ?? '';
    const prev = fold(ws[i - 1]?.text ?? '');
    if (!/^\d/.test(next) && !MONTH_CUES.has(prev)) return undefined;
  }
  return m;
}

function dayValue(w: Word | undefined): number | undefined {
  if (!w || !/^\d{1,2}(st|nd|rd|th)?$/.test(w.text)) return undefined;
  const d = parseInt(w.text, 10);
  return d >= 1 && d <= 31 ? d : undefined;
}

function yearValue(w: Word | undefined): number | undefined {
  if (!w || !/^(1[89]|20)\d\d$/.test(w.text)) return undefined;
  return parseInt(w.text, 10);
}

/** Every date mention in `text`, in order. Bare numbers 1800–2099 not preceded by a currency sign are years. */
export function extractDates(text: string, ws: readonly Word[] = words(text)): DateMention[] {
  const out: DateMention[] = [];
  const mention = (first: number, last: number, parts: Omit<DateMention, 'start' | 'end' | 'written' | 'relation'>): void => {
    const start = ws[first].start;
    const end = ws[last].end;
    const before = fold(ws[first - 1]?.text ?? '');
    const relation = SPAN_STARTS.has(before) ? 'since' : 'at';
    out.push({ ...parts, relation, start, end, written: text.slice(start, end) });
  };
  for (let i = 0; i < ws.length; i++) {
    const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(ws[i].text);
    if (iso) {
      mention(i, i, { year: +iso[1], month: +iso[2], day: iso[3] ? +iso[3] : undefined });
      continue;
    }
    const range = /^((?:1[89]|20)\d\d)-((?:1[89]|20)\d\d)$/.exec(ws[i].text);
    if (range) {
      mention(i, i, { year: +range[1] });
      mention(i, i, { year: +range[2] });
      continue;
    }
    const weekday = WEEKDAYS.get(fold(ws[i].text));
    if (weekday !== undefined && /^\p{Lu}/u.test(ws[i].text)) {
      mention(i, i, { weekday });
      continue;
    }
    const month = monthAt(ws, i);
    if (month !== undefined) {
      let last = i;
      let day = dayValue(ws[i + 1]);
      if (day !== undefined) last = i + 1;
      else if (dayValue(ws[i - 1]) !== undefined && !yearValue(ws[i - 1])) {
        // "4 September": the day was before; widen the mention to include it.
        day = dayValue(ws[i - 1]);
        const year = yearValue(ws[i + 1]);
        mention(i - 1, year !== undefined ? i + 1 : i, { day, month, year });
        if (year !== undefined) i++;
        continue;
      }
      const year = yearValue(ws[last + 1]);
      if (year !== undefined) last++;
      mention(i, last, { month, day, year });
      i = last;
      continue;
    }
    const year = yearValue(ws[i]);
    if (year !== undefined && !/[$€£]/.test(text[ws[i].start - 1] ?? '')) {
      mention(i, i, { year });
    }
  }
  return out;
}

/** The weekday (0 = Sunday) of an ISO date YYYY-MM-DD, or undefined for partial dates. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Parses an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) into a mention with no span. */
export function parseIsoDate(iso: string): Omit<DateMention, 'start' | 'end' | 'written' | 'relation'> | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return undefined;
  const year = +m[1];
  const month = m[2] ? +m[2] : undefined;
  const day = m[3] ? +m[3] : undefined;
  const weekday = month && day ? weekdayOf(year, month, day) : undefined;
  return { year, month, day, weekday };
}

type DateParts = Omit<DateMention, 'start' | 'end' | 'written' | 'relation'>;

/**
 * How a written date relates to a sourced one: 'same' when every part written in both agrees,
 * 'conflict' when a part written in both differs, 'unrelated' when they share no part.
 */
export function compareDates(a: DateParts, b: DateParts): 'same' | 'conflict' | 'unrelated' {
  let shared = 0;
  for (const key of ['year', 'month', 'day', 'weekday'] as const) {
    const x = a[key];
    const y = b[key];
    if (x === undefined || y === undefined) continue;
    if (key === 'day' && a.month !== b.month) continue;
    if (x !== y) return 'conflict';
    shared++;
  }
  return shared > 0 ? 'same' : 'unrelated';
}
