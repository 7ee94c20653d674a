// A fast reader for the plain layout nearly every corpus file has — `claims:` or `sources:` lists of
// one-line `key: value` fields — about fifty times faster than the general YAML parser, which matters
// at a hundred thousand claims. Anything outside that layout (anchors, block scalars, multi-line values,
// comments after values, tabs, odd keys) makes it give up, and the general parser reads the file: it
// accepts nothing the general parser would read differently.
import type { Span } from '../model';
import { CLAIM_FIELDS, SOURCE_FIELDS, type Field, type FieldRecord, type FieldValue } from './fields';
import { FileResultBuilder } from './fileResult';
import type { CorpusFileResult } from './types';

/** Gives up: the file is not in the plain layout. */
class NotPlain extends Error {}

const KEY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
// YAML 1.2 core schema: plain scalars that are not strings.
const NON_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const NULLS = /^(?:~|null|Null|NULL)$/;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', ' ': ' ' };
/** First characters that start something other than a plain scalar: - ? : , [ ] { } # & * ! | > % @ ` */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>%@`'].map((c) => c.charCodeAt(0)));
/** First characters a non-string plain scalar (NON_STRING) can start with; any other starts a string. */
const NON_STRING_FIRST = new Set([...'~nNtTfF+-.0123456789'].map((c) => c.charCodeAt(0)));

/**
 * The field names of claims and sources by first character. A key that is one of them is taken as
 * that constant string: no slice per line, and map lookups by the same string are cheapest.
 */
const KNOWN_KEYS: readonly (readonly string[] | undefined)[] = (() => {
  const byFirst: string[][] = [];
  for (const key of new Set<string>([...CLAIM_FIELDS, ...SOURCE_FIELDS])) (byFirst[key.charCodeAt(0)] ??= []).push(key);
  return byFirst;
})();

/** The key written at `text[start..end)`: a known field name, else the slice (undefined when not a key name). */
function keyAt(text: string, start: number, end: number): string | undefined {
  const known = KNOWN_KEYS[text.charCodeAt(start)];
  if (known) {
    for (const key of known) if (key.length === end - start && text.startsWith(key, start)) return key;
  }
  const key = text.slice(start, end);
  return KEY_NAME.test(key) ? key : undefined;
}

/** The file's claims and sources when it is in the plain layout; undefined when the general parser must read it. */
export function parseClaimsYamlFast(file: string, text: string): CorpusFileResult | undefined {
  try {
    return read(file, text);
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

function read(file: string, text: string): CorpusFileResult {
  if (text.includes('\t') || text.includes('\r') && !text.includes('\r\n')) throw new NotPlain();
  const out = new FileResultBuilder(file, text);
  let section: 'claims' | 'sources' | undefined;
  const seen = new Set<string>();
  let item: { fields: Map<string, Field>; start: number; end: number; keyColumn: number } | undefined;
  let index = 0;
  // A claims file lists a source's claims together, so a `source` is mostly the one before: sharing
  // that string saves an object per claim, and every later lookup by it (the corpus's maps, the
  // index) finds its hash already computed.
  let lastSource: string | undefined;
  const flush = () => {
    if (!item) return;
    const record: FieldRecord = { fields: item.fields, span: { start: item.start, end: item.end }, index };
    if (section === 'sources') out.addSource(record);
    else out.addClaim(record);
    item = undefined;
  };
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const lineEnd = text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    const start = pos;
    pos = eol + 1;
    let first = start;
    while (first < lineEnd && text.charCodeAt(first) === 32) first++;
    if (first === lineEnd || text.charCodeAt(first) === 35 /* # */) continue;
    const indent = first - start;
    if (indent === 0) {
      const top = /^(claims|sources):\s*$/.exec(text.slice(start, lineEnd));
      if (!top || seen.has(top[1])) throw new NotPlain();
      flush();
      section = top[1] as 'claims' | 'sources';
      seen.add(section);
      index = 0;
      continue;
    }
    if (!section) throw new NotPlain();
    let keyStart = first;
    if (text.charCodeAt(first) === 45 /* - */ && text.charCodeAt(first + 1) === 32) {
      flush();
      keyStart = first + 2;
      while (keyStart < lineEnd && text.charCodeAt(keyStart) === 32) keyStart++;
      index++;
      item = { fields: new Map(), start: keyStart, end: keyStart, keyColumn: keyStart - start };
    } else if (!item || keyStart - start !== item.keyColumn) {
      throw new NotPlain();
    }
    const colon = text.indexOf(':', keyStart);
    if (colon < 0 || colon >= lineEnd) throw new NotPlain();
    const key = keyAt(text, keyStart, colon);
    if (key === undefined || item.fields.has(key)) throw new NotPlain();
    let valueStart = colon + 1;
    if (valueStart < lineEnd && text.charCodeAt(valueStart) !== 32) throw new NotPlain();
    while (valueStart < lineEnd && text.charCodeAt(valueStart) === 32) valueStart++;
    const keySpan = { start: keyStart, end: colon };
    const value = readValue(text, valueStart, lineEnd, keySpan, key === 'source' ? lastSource : undefined);
    if (key === 'source' && value.kind === 'scalar') lastSource = value.text;
    item.fields.set(key, { key, keySpan, value });
    item.end = lineEnd;
  }
  flush();
  return out.result();
}

/**
 * The fields of a front-matter block (`text` from `start` to `end`) in the plain layout — one
 * `key: value` per line at column 0, as every source file has — or undefined when the general parser
 * must read it. Sources are thousands of small files: the general parser was a third of a large load.
 */
export function readFrontMatterFast(text: string, start: number, end: number): FieldRecord | undefined {
  try {
    return readFlat(text, start, end);
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

function readFlat(text: string, from: number, to: number): FieldRecord | undefined {
  const fields = new Map<string, Field>();
  let first = -1;
  let last = from;
  let pos = from;
  while (pos < to) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0 || eol > to) eol = to;
    const lineEnd = text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    const start = pos;
    pos = eol + 1;
    if (start === lineEnd || text.charCodeAt(start) === 35 /* # */) continue;
    const code = text.charCodeAt(start);
    // Indented lines, tabs, lone CRs and document markers belong to layouts this reader leaves alone.
    if (code === 32 || code === 9 || text.slice(start, lineEnd).includes('\t') || text.slice(start, lineEnd).includes('\r')) throw new NotPlain();
    const colon = text.indexOf(':', start);
    if (colon < 0 || colon >= lineEnd) throw new NotPlain();
    const key = keyAt(text, start, colon);
    if (key === undefined || fields.has(key)) throw new NotPlain();
    let valueStart = colon + 1;
    if (valueStart < lineEnd && text.charCodeAt(valueStart) !== 32) throw new NotPlain();
    while (valueStart < lineEnd && text.charCodeAt(valueStart) === 32) valueStart++;
    const keySpan = { start, end: colon };
    const value = readValue(text, valueStart, lineEnd, keySpan);
    fields.set(key, { key, keySpan, value });
    if (first < 0) first = start;
    last = value.kind === 'null' ? lineEnd : value.span.end;
  }
  if (first < 0) throw new NotPlain();
  return { fields, span: { start: first, end: last }, index: 1 };
}

/**
 * One value, written on the rest of its key's line: `text[start..lineEnd)`. Read in place: only the
 * value's own text is sliced out, since a hundred thousand claims have eight values each.
 */
function readValue(text: string, start: number, lineEnd: number, keySpan: Span, same?: string): FieldValue {
  let end = lineEnd;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (end === start) return { kind: 'null', span: keySpan };
  if (text.charCodeAt(start) !== 91 /* [ */) return scalar(text, start, end, start, same);
  const value = text.slice(start, end);
  const at = start;
  const span = { start: at, end: at + value.length };
  if (!value.endsWith(']')) throw new NotPlain();
  const items: FieldValue[] = [];
  const inner = value.slice(1, -1);
  if (inner.trim() !== '') {
    let offset = 1;
    for (const part of splitFlow(inner)) {
      const lead = part.length - part.trimStart().length;
      const item = part.trim();
      // Flow indicators inside a plain item start nested collections or end the list early.
      if (item === '' || (!/^["']/.test(item) && /[[\]{}]/.test(item))) throw new NotPlain();
      items.push(scalar(item, 0, item.length, at + offset + lead));
      offset += part.length + 1;
    }
  }
  return { kind: 'list', items, span };
}

/** Splits a flow list's inside at commas outside quotes. */
function splitFlow(inner: string): string[] {
  const parts: string[] = [];
  let quote = '';
  let from = 0;
  // A quote opens a quoted item only as the item's first character: in `[it's, 'x']` the first
  // quote is part of a plain item (YAML reads "it's" and "x").
  let started = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === ',') {
      parts.push(inner.slice(from, i));
      from = i + 1;
      started = false;
    } else if (!started && (c === '"' || c === "'")) {
      quote = c;
      started = true;
    } else if (c !== ' ') started = true;
  }
  if (quote) throw new NotPlain();
  parts.push(inner.slice(from));
  return parts;
}

/**
 * The scalar written at `source[start..end)`, which starts at offset `at` of the file (`start` by
 * default). A plain scalar written as `same` is given as that very string.
 */
function scalar(source: string, start: number, end: number, at = start, same?: string): FieldValue {
  const span = { start: at, end: at + (end - start) };
  const first = source.charCodeAt(start);
  if (first === 34 /* " */) return { kind: 'scalar', text: doubleQuoted(source, start, end), isString: true, span };
  const written = same !== undefined && same.length === end - start && source.startsWith(same, start) ? same : source.slice(start, end);
  if (first === 39 /* ' */) {
    if (!/^'(?:[^']|'')*'$/.test(written)) throw new NotPlain();
    return { kind: 'scalar', text: written.slice(1, -1).replace(/''/g, "'"), isString: true, span };
  }
  // Indicators that start something other than a plain scalar, and plain scalars YAML would cut short.
  if (INDICATORS.has(first) || written.includes(': ') || written.includes(' #') || written.endsWith(':')) throw new NotPlain();
  if (written.length <= 4 && NULLS.test(written)) return { kind: 'null', span };
  return { kind: 'scalar', text: written, isString: !mayBeNonString(first, written.length) || !NON_STRING.test(written), span };
}

/**
 * False when a plain scalar starting with `first` cannot match NON_STRING, so the regex need not
 * run: its forms start with ~ + - . or a digit, or are a word of five letters at most (true, false).
 */
function mayBeNonString(first: number, length: number): boolean {
  if (!NON_STRING_FIRST.has(first)) return false;
  const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  return !isLetter || length <= 5;
}

/** The text of the double-quoted scalar `source[start..end)`, quotes included. */
function doubleQuoted(source: string, start: number, end: number): string {
  if (end - start < 2 || source.charCodeAt(end - 1) !== 34 /* " */) throw new NotPlain();
  const inner = source.slice(start + 1, end - 1);
  if (!inner.includes('\\')) {
    if (inner.includes('"')) throw new NotPlain(); // the quote closed early: text after it
    return inner;
  }
  const written = source.slice(start, end);
  let out = '';
  for (let i = 1; i < written.length - 1; i++) {
    const c = written[i];
    if (c === '"') throw new NotPlain(); // the quote closed early: text after it
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = written[++i];
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(written.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(written.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (e !== undefined && e in ESCAPES && i < written.length - 1) {
      out += ESCAPES[e];
    } else {
      throw new NotPlain();
    }
  }
  return out;
}
