// Accent and case folding, so "Milián" matches "Milian" and "LÓPEZ" matches "lopez".

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-cases and strips diacritics; keeps the string's other characters. May change the length. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Straight quotes and apostrophes for curly ones, so quotes compare as written. Keeps the length. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201F\u2033]/g, '"');
}
