// The body of a Markdown claims file: each `## claim-id` heading, then a paragraph (the text), a
// blockquote (the quote) and optional `- key: value` lines. Read line by line, with exact offsets.
import { FindingCode, type Span } from '../model';
import { MARKDOWN_CLAIM_KEYS, type Field, type FieldRecord, type FieldValue } from './fields';
import type { FileResultBuilder } from './fileResult';
import { corpusProblem, shownValue } from './problems';

/** What the front matter gives every claim of the file (already checked). */
export interface ClaimDefaults {
  readonly source?: Field;
  readonly attributedTo?: Field;
  readonly tags?: readonly FieldValue[];
}

/** Keys whose value is a comma-separated list. */
const LIST_KEYS = new Set(['tags', 'contradicts', 'qualifies']);
/** Fields the body sets; a list line cannot. */
const BODY_KEYS: Record<string, string> = { id: 'the heading', text: 'the paragraph', quote: 'the blockquote' };

interface Line { readonly start: number; readonly end: number; readonly text: string }

/** A claim being read: its parts so far, turned into a FieldRecord at the next heading. */
class Draft {
  readonly textLines: Line[] = [];
  readonly quoteLines: Line[] = [];
  readonly fields = new Map<string, Field>();
  /** Offset of the first `>`, so an empty quote is still reported where it is written. */
  quoteStart = -1;
  phase: 'text' | 'quote' | 'afterQuote' | 'list' = 'text';
  end: number;
  warnedUnexpected = false;
  constructor(readonly heading: Line, readonly id: Line | undefined, readonly index: number) {
    this.end = heading.end;
  }
}

/** Reads every claim in `out.text` from `bodyStart`, adding each to `out` (which validates it). */
export function readMarkdownClaims(out: FileResultBuilder, bodyStart: number, defaults: ClaimDefaults): void {
  let draft: Draft | undefined;
  let fence: string | undefined;
  let count = 0;
  const warn = (span: Span, message: string): void => {
    out.problems.push(corpusProblem(FindingCode.CorpusInvalidField, out.file, span, message, draft?.id ? [draft.id.text] : [], 'warning'));
  };
  const unexpected = (line: Line, what: string): void => {
    if (!draft || draft.warnedUnexpected) return;
    draft.warnedUnexpected = true;
    warn(trimmed(line), `${label(draft)}: ${what} is not part of a claim (heading, paragraph, blockquote, "- key: value" lines); it is ignored.`);
  };
  const finish = (): void => {
    if (draft) out.addClaim(toRecord(draft, defaults));
    draft = undefined;
  };
  for (const line of linesFrom(out.text, bodyStart)) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
    if (fence !== undefined || fenceMatch) {
      // Code blocks never hold claims: a `## x` inside one is not a heading.
      if (fence === undefined) fence = fenceMatch![1]![0]!;
      else if (fenceMatch && fenceMatch[1]![0] === fence) fence = undefined;
      unexpected(line, 'a code block');
      continue;
    }
    const heading = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/.exec(line.text);
    if (heading && heading[1]!.length <= 2) {
      finish();
      if (heading[1]!.length === 2) draft = new Draft(line, headingId(line, heading[1]!.length), ++count);
      continue;
    }
    if (!draft) continue; // prose before the first claim (a title, an introduction) is not corpus
    const blank = line.text.trim() === '';
    const quote = /^ {0,3}>/.exec(line.text);
    const item = /^ {0,3}[-*+][ \t]+/.exec(line.text);
    if (!blank) draft.end = line.end;
    if (heading) unexpected(line, 'a sub-heading');
    else if (blank) {
      if (draft.phase === 'quote') draft.phase = 'afterQuote';
    } else if (quote) {
      if (draft.phase === 'text' || draft.phase === 'quote') {
        draft.phase = 'quote';
        if (draft.quoteStart < 0) draft.quoteStart = line.start + quote[0].length - 1;
        draft.quoteLines.push({ start: line.start + quote[0].length, end: line.end, text: line.text.slice(quote[0].length) });
      } else unexpected(line, 'a second blockquote');
    } else if (item) {
      draft.phase = 'list';
      readListLine(draft, line, item[0].length, warn);
    } else if (draft.phase === 'text') draft.textLines.push(line);
    // A line right after a quote line continues the quote (Markdown's lazy continuation).
    else if (draft.phase === 'quote') draft.quoteLines.push(line);
    else unexpected(line, 'text after the quote');
  }
  finish();
}

function readListLine(draft: Draft, line: Line, offset: number, warn: (span: Span, message: string) => void): void {
  const body = line.text.slice(offset);
  const match = /^([A-Za-z][\w-]*)[ \t]*:(.*)$/.exec(body);
  if (!match) {
    warn(trimmed(line), `${label(draft)}: expected "- key: value" (keys: ${MARKDOWN_CLAIM_KEYS.join(', ')}); this line is ignored.`);
    return;
  }
  const key = match[1]!;
  const keySpan = { start: line.start + offset, end: line.start + offset + key.length };
  if (BODY_KEYS[key]) return warn(keySpan, `${label(draft)}: "${key}" comes from ${BODY_KEYS[key]}; this line is ignored.`);
  if (draft.fields.has(key)) return warn(keySpan, `${label(draft)} gives "${key}" twice; the first is used.`);
  const valueStart = line.start + offset + body.length - match[2]!.length;
  const value = trimmed({ start: valueStart, end: line.end, text: match[2]! });
  let fieldValue: FieldValue;
  if (value.text === '') fieldValue = { kind: 'null', span: keySpan };
  else if (!LIST_KEYS.has(key)) fieldValue = scalar(value);
  else fieldValue = { kind: 'list', span: value, items: splitCommas(value).map(scalar) };
  draft.fields.set(key, { key, keySpan, value: fieldValue });
}

function toRecord(draft: Draft, defaults: ClaimDefaults): FieldRecord {
  const fields = new Map<string, Field>();
  if (draft.id) fields.set('id', { key: 'id', keySpan: draft.id, value: scalar(draft.id) });
  const heading = trimmed(draft.heading);
  if (draft.textLines.length > 0) fields.set('text', { key: 'text', keySpan: heading, value: joined(draft.textLines) });
  if (draft.quoteLines.length > 0) fields.set('quote', { key: 'quote', keySpan: heading, value: joined(draft.quoteLines, draft.quoteStart) });
  for (const [key, field] of draft.fields) fields.set(key, field);
  if (defaults.source && !fields.has('source')) fields.set('source', defaults.source);
  if (defaults.attributedTo && !fields.has('attributedTo')) fields.set('attributedTo', defaults.attributedTo);
  const own = draft.fields.get('tags')?.value;
  if (defaults.tags && defaults.tags.length > 0) {
    const items = [...defaults.tags, ...(own?.kind === 'list' ? own.items : [])];
    fields.set('tags', { key: 'tags', keySpan: own ? draft.fields.get('tags')!.keySpan : heading, value: { kind: 'list', items, span: own?.span ?? heading } });
  }
  return { fields, span: { start: heading.start, end: Math.max(heading.end, draft.end) }, index: draft.index };
}

/** The id in a `## id` heading (closing #s dropped), or undefined for an empty heading. */
function headingId(line: Line, level: number): Line | undefined {
  const after = line.text.indexOf('#'.repeat(level)) + level;
  const content = line.text.slice(after).replace(/[ \t]+#+[ \t]*$/, '');
  const id = trimmed({ start: line.start + after, end: line.start + after + content.length, text: content });
  return id.text === '' ? undefined : id;
}

function label(draft: Draft): string {
  return draft.id ? `Claim "${shownValue(draft.id.text)}"` : `Claim #${draft.index}`;
}

/** Lines joined by single spaces (Markdown renders soft breaks so), spanning first to last line. */
function joined(lines: readonly Line[], from = trimmed(lines[0]!).start): FieldValue {
  const parts = lines.map((l) => l.text.trim()).filter((t) => t !== '');
  const end = Math.max(from, lines[lines.length - 1]!.start, trimmed(lines[lines.length - 1]!).end);
  return { kind: 'scalar', text: parts.join(' '), isString: true, span: { start: from, end } };
}

function scalar(line: Line): FieldValue {
  return { kind: 'scalar', text: line.text, isString: true, span: { start: line.start, end: line.end } };
}

function splitCommas(value: Line): Line[] {
  const parts: Line[] = [];
  let from = 0;
  for (const piece of value.text.split(',')) {
    const part = trimmed({ start: value.start + from, end: value.start + from + piece.length, text: piece });
    if (part.text !== '') parts.push(part);
    from += piece.length + 1;
  }
  return parts;
}

function trimmed(line: Line): Line {
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return { start: line.start + lead, end: line.start + lead + text.length, text };
}

function* linesFrom(text: string, from: number): Generator<Line> {
  for (let start = from; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    let end = newline < 0 ? text.length : newline;
    if (end > start && text[end - 1] === '\r') end--;
    yield { start, end, text: text.slice(start, end) };
    start = newline < 0 ? text.length : newline + 1;
  }
}
