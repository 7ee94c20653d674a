// A fast reader for the plain layout nearly every corpus file has — `claims:` or `sources:` lists of
// one-line `key: value` fields — about fifty times faster than the general YAML parser, which matters
// at a hundred thousand claims. Anything outside that layout (anchors, block scalars, multi-line values,
// comments after values, tabs, odd keys) makes it give up, and the general parser reads the file: it
// accepts nothing the general parser would read differently.
import type { Span } from '../model';
import type { Field, FieldRecord, FieldValue } from './fields';
import { FileResultBuilder } from './fileResult';
import type { CorpusFileResult } from './types';

/** Gives up: the file is not in the plain layout. */
class NotPlain extends Error {}

const KEY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
// YAML 1.2 core schema: plain scalars that are not strings.
const NON_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const NULLS = /^(?:~|null|Null|NULL)$/;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', ' ': ' ' };

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
    const key = text.slice(keyStart, colon);
    if (!KEY_NAME.test(key) || item.fields.has(key)) throw new NotPlain();
    let valueStart = colon + 1;
    if (valueStart < lineEnd && text.charCodeAt(valueStart) !== 32) throw new NotPlain();
    while (valueStart < lineEnd && text.charCodeAt(valueStart) === 32) valueStart++;
    const keySpan = { start: keyStart, end: colon };
    item.fields.set(key, { key, keySpan, value: readValue(text.slice(valueStart, lineEnd), valueStart, keySpan) });
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
    const key = text.slice(start, colon);
    if (!KEY_NAME.test(key) || fields.has(key)) throw new NotPlain();
    let valueStart = colon + 1;
    if (valueStart < lineEnd && text.charCodeAt(valueStart) !== 32) throw new NotPlain();
    while (valueStart < lineEnd && text.charCodeAt(valueStart) === 32) valueStart++;
    const keySpan = { start, end: colon };
    const value = readValue(text.slice(valueStart, lineEnd), valueStart, keySpan);
    fields.set(key, { key, keySpan, value });
    if (first < 0) first = start;
    last = value.kind === 'null' ? lineEnd : value.span.end;
  }
  if (first < 0) throw new NotPlain();
  return { fields, span: { start: first, end: last }, index: 1 };
}

/** One value, written on the rest of its key's line. */
function readValue(raw: string, at: number, keySpan: Span): FieldValue {
  let end = raw.length;
  while (end > 0 && raw.charCodeAt(end - 1) === 32) end--;
  const value = end === raw.length ? raw : raw.slice(0, end);
  if (value === '') return { kind: 'null', span: keySpan };
  const span = { start: at, end: at + value.length };
  if (value.startsWith('[')) {
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
        items.push(scalar(item, at + offset + lead));
        offset += part.length + 1;
      }
    }
    return { kind: 'list', items, span };
  }
  return scalar(value, at);
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

function scalar(written: string, at: number): FieldValue {
  const span = { start: at, end: at + written.length };
  const first = written[0];
  if (first === '"') return { kind: 'scalar', text: doubleQuoted(written), isString: true, span };
  if (first === "'") {
    if (!/^'(?:[^']|'')*'$/.test(written)) throw new NotPlain();
    return { kind: 'scalar', text: written.slice(1, -1).replace(/''/g, "'"), isString: true, span };
  }
  // Indicators that start something other than a plain scalar, and plain scalars YAML would cut short.
  if (/^[-?:,[\]{}#&*!|>%@`]/.test(written) || written.includes(': ') || written.includes(' #') || written.endsWith(':')) throw new NotPlain();
  if (NULLS.test(written)) return { kind: 'null', span };
  return { kind: 'scalar', text: written, isString: !NON_STRING.test(written), span };
}

function doubleQuoted(written: string): string {
  if (written.length < 2 || !written.endsWith('"')) throw new NotPlain();
  const inner = written.slice(1, -1);
  if (!inner.includes('\\')) {
    if (inner.includes('"')) throw new NotPlain(); // the quote closed early: text after it
    return inner;
  }
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
