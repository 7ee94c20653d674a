// "New claim from selection": the text to add to a claims file (YAML or Markdown) so that it holds one
// more claim quoting the selection, with a fresh id and an empty `text` for the writer to fill in.
// Works on the file's text alone; the adapter applies the edit and puts the cursor on `text`.
import type { Position } from '../model';
import { fold } from '../text/fold';

export type ClaimsFileFormat = 'yaml' | 'markdown';

export interface NewClaimRequest {
  /** The claims file's current text; '' for a file that does not exist yet. */
  readonly fileText: string;
  readonly format: ClaimsFileFormat;
  readonly sourceId: string;
  /** The verbatim evidence (see {@link normalizeQuote}). */
  readonly quote: string;
  /** Who asserts the claim; by default the source's outlet. */
  readonly attributedTo: string;
  /** Claim and source ids already used in the corpus; ids written in `fileText` are found there. */
  readonly idsInUse: Iterable<string>;
}

export interface NewClaimEdit {
  /** The generated claim id: a slug of the quote, unique in the corpus and the file. */
  readonly id: string;
  /** Replace `fileText.slice(start, end)` with `text`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * Where the claim's text belongs in the file once edited: the `''` placeholder of a YAML claim
   * (selecting it lets the writer type over it), or the empty line under a Markdown claim's heading.
   */
  readonly textRange: { readonly start: Position; readonly end: Position };
}

/** Why a claim cannot be appended; the message is meant for the writer. */
export class NewClaimError extends Error {}

const TEXT_PLACEHOLDER = "''";

/**
 * The edit that appends a claim quoting `quote` to a claims file. YAML: a list item appended to the
 * `claims:` list (created when the file has none; a bare top-level list is appended to as is), with
 * the indentation and blank-line spacing the file already uses. Markdown: a `## id` section, with
 * `- source:`/`- attributedTo:` lines only where the front matter's defaults differ (a new Markdown
 * file gets front matter naming the source). Keeps the file's line endings.
 * Throws NewClaimError when the claims list is written in flow style (`claims: [{...}]`).
 */
export function planNewClaim(request: NewClaimRequest): NewClaimEdit {
  const text = request.fileText;
  const taken = new Set<string>([...request.idsInUse, ...idsWrittenIn(text, request.format)].map((id) => id.toLowerCase()));
  const id = uniqueId(slugFromQuote(request.quote) ?? fallbackId(request.sourceId), taken);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const plan = request.format === 'yaml' ? planYaml(text, id, request) : planMarkdown(text, id, request);
  const inserted = plan.lines.join(eol);
  const edited = text.slice(0, plan.start) + inserted + text.slice(plan.end);
  const textStart = plan.start + offsetOfLine(plan.lines, plan.textLine, eol.length) + plan.textColumn;
  return {
    id,
    start: plan.start,
    end: plan.end,
    text: inserted,
    textRange: { start: positionAt(edited, textStart), end: positionAt(edited, textStart + plan.textLength) },
  };
}

/**
 * A selection made fit to quote: line endings unified, soft line breaks inside a paragraph joined
 * with a space, runs of spaces collapsed, and paragraphs kept apart by one blank line. Returns '' for
 * a blank selection.
 */
export function normalizeQuote(selection: string): string {
  return selection
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const STOP_WORDS = new Set(
  ('a an the of to in on at by for from with and or but as is are was were be been being that this these those it its ' +
    'their his her our your my has have had who whom which what said says say will would can could not than into about over ' +
    'after before there here then also very just so such').split(' '),
);
const MAX_SLUG_WORDS = 6;
const MAX_SLUG_LENGTH = 48;

/**
 * An id made of the quote's first meaningful words: folded to ASCII, lower case, joined by `-`,
 * at most 6 words and 48 characters. Returns undefined when the quote has no ASCII letters or digits
 * (e.g. a quote in Cyrillic), so the caller falls back to another id.
 */
export function slugFromQuote(quote: string): string | undefined {
  const words = fold(quote)
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const meaningful = words.filter((w) => !STOP_WORDS.has(w));
  const chosen = (meaningful.length > 0 ? meaningful : words).slice(0, MAX_SLUG_WORDS);
  let slug = '';
  for (const word of chosen) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  if (!slug && chosen[0]) slug = chosen[0].slice(0, MAX_SLUG_LENGTH);
  return slug || undefined;
}

/** `base`, or `base-2`, `base-3`, … : the first not in `taken` (compared in lower case). */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Claim ids written in a claims file's text (`id:` keys in YAML, `## id` headings in Markdown). */
export function idsWrittenIn(text: string, format: ClaimsFileFormat): string[] {
  const pattern = format === 'yaml' ? /^[ \t]*(?:-[ \t]+)?id[ \t]*:[ \t]*["']?([^"'\s#]+)/gm : /^##[ \t]+(\S+)[ \t]*\r?$/gm;
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}

/**
 * `value` as a YAML scalar: plain when that reads back as the same string, else double-quoted with
 * every character that needs it escaped (quotes, backslashes, line breaks, control characters).
 */
export function yamlScalar(value: string): string {
  return isPlainSafe(value) ? value : yamlDoubleQuoted(value);
}

/** `value` as a YAML double-quoted scalar that reads back as exactly `value` (lone surrogates become U+FFFD). */
export function yamlDoubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\ufffd';
    // C0/C1 controls, DEL, NEL, line/paragraph separators and the BOM are not printable in YAML.
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

interface Plan {
  readonly start: number;
  readonly end: number;
  /** The inserted text, by line (joined with the file's line ending). */
  readonly lines: readonly string[];
  /** Where the claim's text goes: line index in `lines`, column, length of the placeholder. */
  readonly textLine: number;
  readonly textColumn: number;
  readonly textLength: number;
}

function planYaml(text: string, id: string, request: NewClaimRequest): Plan {
  const item = (indent: string): string[] => [
    `${indent}- id: ${yamlScalar(id)}`,
    `${indent}  text: ${TEXT_PLACEHOLDER}`,
    `${indent}  source: ${yamlScalar(request.sourceId)}`,
    `${indent}  quote: ${yamlDoubleQuoted(request.quote)}`,
    `${indent}  attributedTo: ${yamlScalar(oneLine(request.attributedTo))}`,
  ];
  const lines = splitLines(text);
  const claimsLine = lines.findIndex((l) => /^claims[ \t]*:/.test(l.text));

  if (claimsLine >= 0) {
    const header = lines[claimsLine]!;
    const rest = stripComment(header.text.replace(/^claims[ \t]*:/, '')).trim();
    if (rest === '[]') {
      // `claims: []` becomes a block list holding the new item.
      return withPlaceholder({ start: header.start, end: header.end, lines: ['claims:', ...item('  ')] }, 2, '  ');
    }
    if (rest === '') {
      const block = listBlock(lines, claimsLine);
      if (block.items.length === 0) {
        return withPlaceholder({ start: header.end, end: header.end, lines: ['', ...item('  ')] }, 2, '  ');
      }
      const indent = block.indent;
      const last = lines[block.lastLine]!;
      const spacer = block.blankBetweenItems ? [''] : [];
      // Inserted after the last line of the list, before its line ending: the rest of the file keeps its place.
      return withPlaceholder({ start: last.end, end: last.end, lines: ['', ...spacer, ...item(indent)] }, 2 + spacer.length, indent);
    }
    throw new NewClaimError('The claims list is written in flow style ([...]); write it as a block list (one "- id:" per claim) to append to it.');
  }

  const hasBareList = lines.some((l) => /^-([ \t]|$)/.test(l.text));
  const { start, end, prefix } = appendAtEnd(text);
  if (hasBareList) {
    const spacer = prefix.length > 0 ? [''] : [];
    return withPlaceholder({ start, end, lines: [...prefix, ...spacer, ...item(''), ''] }, prefix.length + spacer.length + 1, '');
  }
  const spacer = prefix.length > 0 ? [''] : [];
  return withPlaceholder({ start, end, lines: [...prefix, ...spacer, 'claims:', ...item('  '), ''] }, prefix.length + spacer.length + 2, '  ');
}

// The `text` line is the second line of an item: the placeholder sits after `- ` and `text: `.
function withPlaceholder(plan: { start: number; end: number; lines: string[] }, textLine: number, indent: string): Plan {
  return { ...plan, textLine, textColumn: indent.length + '  text: '.length, textLength: TEXT_PLACEHOLDER.length };
}

function planMarkdown(text: string, id: string, request: NewClaimRequest): Plan {
  const defaults = frontMatterDefaults(text);
  const lines: string[] = [];
  const { start, end, prefix } = appendAtEnd(text);
  lines.push(...prefix);
  if (!defaults) {
    if (text.trim() === '') {
      lines.push('---', `source: ${request.sourceId}`, `attributedTo: ${oneLine(request.attributedTo)}`, '---');
    }
  }
  if (lines.length > 0) lines.push('');
  lines.push(`## ${id}`);
  const textLine = lines.length;
  lines.push('', '');
  for (const paragraph of request.quote.split('\n\n')) {
    if (lines[lines.length - 1] !== '') lines.push('>');
    lines.push(...paragraph.split('\n').map((l) => `> ${l}`));
  }
  const fileDefaults = defaults ?? (text.trim() === '' ? { source: request.sourceId, attributedTo: oneLine(request.attributedTo) } : {});
  const keys: string[] = [];
  if (fileDefaults.source !== request.sourceId) keys.push(`- source: ${request.sourceId}`);
  if (fileDefaults.attributedTo !== oneLine(request.attributedTo)) keys.push(`- attributedTo: ${oneLine(request.attributedTo)}`);
  if (keys.length > 0) lines.push('', ...keys);
  lines.push('');
  return { start, end, lines, textLine, textColumn: 0, textLength: 0 };
}

/** `source` and `attributedTo` set in a Markdown file's front matter; undefined when it has none. */
function frontMatterDefaults(text: string): { source?: string; attributedTo?: string } | undefined {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const read = (key: string): string | undefined => {
    const m = new RegExp(`^${key}[ \\t]*:[ \\t]*(.*?)[ \\t]*\\r?$`, 'm').exec(match[1]!);
    if (!m) return undefined;
    const value = stripComment(m[1]!).trim();
    return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
  };
  return { source: read('source'), attributedTo: read('attributedTo') };
}

/**
 * Where to append at the end of a file: trailing blank lines are replaced, and the returned `prefix`
 * lines start the insertion (one empty string ends the last line) when the file has content.
 */
function appendAtEnd(text: string): { start: number; end: number; prefix: string[] } {
  const start = text.trimEnd().length;
  return { start, end: text.length, prefix: start > 0 ? [''] : [] };
}

interface Line {
  readonly text: string;
  /** Offset of the line's first character and of its end (before the line ending). */
  readonly start: number;
  readonly end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    lines.push({ text: text.slice(start, end), start, end });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/**
 * The block list under `claims:` at `header`: its item indentation, its item lines, whether items are
 * separated by blank lines (assumed when there is a single item), and its last line with content (-1
 * when it has none). The list ends at
 * the first non-blank line at column 0 that is neither a comment nor a `- ` item.
 */
function listBlock(lines: readonly Line[], header: number): { indent: string; items: number[]; blankBetweenItems: boolean; lastLine: number } {
  let indent: string | undefined;
  const items: number[] = [];
  let lastLine = -1;
  let blankBetweenItems = false;
  let sawBlank = false;
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (line.trim() === '') {
      sawBlank = true;
      continue;
    }
    if (/^[^\s#-]/.test(line) || /^-[^\s]/.test(line)) break;
    if (/^#/.test(line)) continue;
    const item = /^([ \t]*)-(?:[ \t]|$)/.exec(line);
    if (item && (indent === undefined || item[1] === indent)) {
      indent ??= item[1]!;
      if (items.length > 0 && sawBlank) blankBetweenItems = true;
      items.push(i);
    }
    sawBlank = false;
    lastLine = i;
  }
  // One item says nothing about spacing: follow the corpus's convention of a blank line between claims.
  return { indent: indent ?? '  ', items, blankBetweenItems: items.length > 1 ? blankBetweenItems : true, lastLine };
}

function stripComment(value: string): string {
  return value.replace(/(^|[ \t])#.*$/, '');
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function fallbackId(sourceId: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(sourceId) ? `${sourceId}-claim` : 'claim';
}

const YAML_RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

function isPlainSafe(value: string): boolean {
  if (value === '' || value !== value.trim()) return false;
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return false;
  if (/: |:$| #/.test(value)) return false;
  if (YAML_RESERVED.test(value)) return false;
  // Numbers (1.2 core and 1.1 forms), dates and sexagesimals would read back as something else.
  if (/^[-+.]?\d/.test(value) && (/^[-+]?[\d_]*\.?[\d_]*(?:e[-+]?\d+)?$/i.test(value) || /^0[xob]/i.test(value) || /^\d{4}-\d\d?-\d\d?/.test(value) || value.includes(':'))) {
    return false;
  }
  return !/^\.(?:inf|nan)$/i.test(value);
}

function offsetOfLine(lines: readonly string[], index: number, eolLength: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) offset += lines[i]!.length + eolLength;
  return offset;
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}
