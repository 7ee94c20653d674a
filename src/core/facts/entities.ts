// Named actors and places. A mention is a run of capitalised words ("Anton Valentinovich Perevozchikov")
// kept as the terms of its words, so a sentence that writes "Anton Perevozchikov" still names the same
// person. Titles ("Minister", "Colonel") are not names; demonyms name their place ("Cuban" → cuba).
import { ALIASES, DEMONYMS, ROLE_WORDS } from '../text/lexicon';
import { fold } from '../text/fold';
import { termOf } from '../text/terms';
import { words, type Word } from '../text/words';

/** One named actor or place: the terms of its words. */
export type Mention = readonly string[];

const NOT_NAMES = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'as', 'but', 'and', 'however', 'meanwhile', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'after', 'before', 'since', 'despite', 'according', 'when', 'while', 'days', 'there', 'if', 'yet', 'still', 'so', 'for', 'with', 'by', 'of']);
// Whole words only: as prefixes these also took "Martínez", "Novák" and "Julieta" for months and dropped them from names.
const MONTHS_AND_DAYS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const JOINERS = new Set(['of', 'de', 'del', 'la', 'von', 'van', 'al', 'bin']);

/** The canonical term for an actor: "Moscow" and "Russia" are one actor. */

export function actorOf(term: string): string {
  return ALIASES.get(term) ?? term;
}

export interface WrittenMention {
  readonly terms: Mention;
  /** The name as written. */
  readonly text: string;
}

/** A name as written, for a message: without a possessive ("Spain's" → "Spain"). */
export function shownName(written: string): string {
  return written.replace(/['\u2019]s$/, '');
}

/** The named actors and places in `text`, in order. */
export function entityMentions(text: string, ws: readonly Word[] = words(text)): Mention[] {
  return writtenMentions(text, ws).map((m) => m.terms);
}

/** The named actors and places in `text` with the words they are written in. */
export function writtenMentions(text: string, ws: readonly Word[] = words(text)): WrittenMention[] {
  const out: WrittenMention[] = [];
  let current: string[] = [];
  let from = 0;
  let to = 0;
  const flush = () => {
    if (current.length > 0) out.push({ terms: current, text: text.slice(from, to) });
    current = [];
  };
  for (let i = 0; i < ws.length; i++) {
    const raw = ws[i].text;
    const f = fold(raw);
    const gap = i > 0 ? text.slice(ws[i - 1].end, ws[i].start) : '';
    // An initial ("Sergei K. Shoigu") continues a name; other punctuation ends it.
    const afterInitial = i > 0 && /^\p{Lu}$/u.test(ws[i - 1].text) && /^\.\s+$/.test(gap);
    if (i > 0 && !/^\s*$/.test(gap) && !afterInitial) flush();
    const place = DEMONYMS.get(f);
    if (place) {
      flush();
      out.push({ terms: [place], text: raw });
      continue;
    }
    const capital = /^\p{Lu}/u.test(raw);
    if (!capital) {
      if (JOINERS.has(f) && current.length > 0 && /^\p{Lu}/u.test(ws[i + 1]?.text ?? '')) continue;
      flush();
      continue;
    }
    if (NOT_NAMES.has(f) || MONTHS_AND_DAYS.test(f) || ROLE_WORDS.has(f)) {
      flush();
      continue;
    }
    // A sentence-initial capital is a name only when the name goes on in the next word ("Sergei Shoigu
    // said"), not past a comma ("Later, Thomas Romano met…").
    const sentenceInitial = i === 0 || (!afterInitial && /[.!?:]\s*["'\u201C\u2018]?\s*$/.test(gap));
    if (sentenceInitial && current.length === 0 && !continuesName(text, ws, i)) continue;
    const t = termOf(raw);
    if (t) {
      if (current.length === 0) from = ws[i].start;
      to = ws[i].end;
      current.push(t);
    }
  }
  flush();
  return out;
}

/** True when the word after `ws[i]` is capitalised and only spaces lie between them. */
function continuesName(text: string, ws: readonly Word[], i: number): boolean {
  const next = ws[i + 1];
  return next !== undefined && /^\p{Lu}/u.test(next.text) && /^\s+$/.test(text.slice(ws[i].end, next.start));
}

/**
 * Acronyms of the multi-word names in `text` ("United Nations" → "un", "Political Dialogue and Cooperation
 * Agreement" → "pdca"), so "the UN" in a sentence names the body a claim spells out.
 */
export function acronymsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}'\u2019]*(?:\s+(?:(?:and|of|the|for|on)\s+)*\p{Lu}[\p{L}'\u2019]*)+/gu)) {
    const initials = m[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => fold(w[0])).join('');
    if (initials.length >= 2) out.add(initials);
  }
  return out;
}
