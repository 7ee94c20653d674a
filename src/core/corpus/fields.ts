// The corpus field vocabulary, shared by the YAML and Markdown readers and by the schema test,
// plus the format-neutral shape both readers turn a claim or source into before validation.
import type { Span } from '../model';

/** Every field a claim may have, in the order the schema documents them. */
export const CLAIM_FIELDS = ['id', 'text', 'source', 'quote', 'attributedTo', 'date', 'tags', 'contradicts', 'qualifies'] as const;
/** Claim fields without which a claim is not loaded. */
export const REQUIRED_CLAIM_FIELDS = ['id', 'text', 'source', 'quote', 'attributedTo'] as const;
/** Every field a source may have (Markdown sources add the body as notes). */
export const SOURCE_FIELDS = ['id', 'title', 'outlet', 'author', 'translator', 'published', 'url', 'language', 'kind'] as const;
/** Source fields without which a source is not loaded. */
export const REQUIRED_SOURCE_FIELDS = ['id', 'title', 'outlet'] as const;
/** Keys a `- key: value` line under a Markdown claim may set (text and quote come from the body). */
export const MARKDOWN_CLAIM_KEYS = ['attributedTo', 'date', 'tags', 'contradicts', 'qualifies', 'source'] as const;
/** Front-matter keys of a Markdown claims file: the shared source and defaults for every claim. */
export const MARKDOWN_CLAIMS_FRONT_MATTER_KEYS = ['source', 'attributedTo', 'tags'] as const;

/** What a claim or source id must look like (a slug usable as `@id` in a draft). Same text as the schema's. */
export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_.:-]*$';
/** YYYY-MM-DD, YYYY-MM or YYYY. Same text as the schema's. */
export const DATE_PATTERN = '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$';

const idRegExp = new RegExp(ID_PATTERN);

/** True when `id` is a valid claim or source id. */
export function isValidId(id: string): boolean {
  return idRegExp.test(id);
}

/** Days per month in a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when `date` is YYYY, YYYY-MM or YYYY-MM-DD (DATE_PATTERN) naming a real calendar month/day
 * (leap years included). Read digit by digit: a regex, a split and an array per date were a
 * noticeable part of loading a large corpus.
 */
export function isCalendarDate(date: string): boolean {
  const length = date.length;
  if (length !== 4 && length !== 7 && length !== 10) return false;
  for (let i = 0; i < length; i++) {
    const c = date.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 /* - */ : c < 48 || c > 57) return false;
  }
  if (length === 4) return true;
  const month = twoDigits(date, 5);
  if (month < 1 || month > 12) return false;
  if (length === 7) return true;
  const year = twoDigits(date, 0) * 100 + twoDigits(date, 2);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
  const day = twoDigits(date, 8);
  return day >= 1 && day <= days;
}

/** The number written by the two digits at `text[at]`. */
function twoDigits(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);
}

/**
 * A field value as written, whatever the file format. Scalars keep their written text:
 * `isString` is false for YAML numbers and booleans (an id written `123` must be quoted).
 */
export type FieldValue =
  | { readonly kind: 'scalar'; readonly text: string; readonly isString: boolean; readonly span: Span }
  | { readonly kind: 'list'; readonly items: readonly FieldValue[]; readonly span: Span }
  | { readonly kind: 'null'; readonly span: Span }
  | { readonly kind: 'map'; readonly span: Span };

export interface Field {
  readonly key: string;
  readonly keySpan: Span;
  readonly value: FieldValue;
}

/** One claim or source as written: its fields by key (first occurrence wins) and where it is. */
export interface FieldRecord {
  readonly fields: ReadonlyMap<string, Field>;
  /** Where to report a problem with the record as a whole when it has no usable id (its first line). */
  readonly span: Span;
  /** 1-based position in its list, for naming a record that has no id. */
  readonly index: number;
}
