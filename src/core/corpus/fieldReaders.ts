// Reading typed values out of a FieldRecord, turning every problem into a finding that names the
// record and the field. Shared by claims and sources, YAML and Markdown, so they agree on the rules.
import { FindingCode, SOURCE_KINDS, type Finding, type SourceKind, type Span } from '../model';
import { isCalendarDate, isValidId, type Field, type FieldRecord, type FieldValue } from './fields';
import { corpusProblem, firstLineOf, shownValue } from './problems';

/** The file a record comes from and where its problems go. */
export interface RecordContext {
  readonly file: string;
  readonly text: string;
  readonly problems: Finding[];
}

const NO_VALUES: readonly FieldValue[] = Object.freeze([]);

/** Ids with the span of each, as read from a relation field. */
export interface IdList {
  readonly ids: string[];
  readonly spans: readonly Span[];
}

/**
 * The spans of an absent relation field: one frozen array shared by every claim without it (most
 * claims), since each claim's spans are kept until the corpus is assembled.
 */
const NO_SPANS: readonly Span[] = Object.freeze([]);

/**
 * Reads one record's fields. `rejected` turns true when a required field is missing or invalid,
 * meaning the record must not be loaded. Read `id()` first: later messages name the record by it.
 */
export class RecordReader {
  rejected = false;
  /** The claim's id once read: problems name it. */
  private claimId: string | undefined;
  /** The id the record is named by in messages, once read. Labels are built only for messages, which are rare. */
  private labelId: string | undefined;
  private anchorSpan: Span | undefined;

  constructor(
    private readonly ctx: RecordContext,
    private readonly record: FieldRecord,
    private readonly noun: 'Claim' | 'Source',
  ) {}

  /** Where problems about the record as a whole go: its id value once read, else its first line. */
  get anchor(): Span {
    return (this.anchorSpan ??= firstLineOf(this.ctx.text, this.record.span));
  }

  /** How messages name the record: by id once read, else by position. */
  private get label(): string {
    return this.labelId === undefined ? `${this.noun} #${this.record.index}` : `${this.noun} "${shownValue(this.labelId)}"`;
  }

  /** The record's id, or undefined (and a finding) when it is missing, not a string or not a slug. */
  id(): string | undefined {
    const field = this.record.fields.get('id');
    if (field && field.value.kind !== 'null') this.anchorSpan = field.value.span;
    const value = this.scalar('id', field, true);
    if (value === undefined) return undefined;
    if (!value.isString) {
      this.fail(FindingCode.CorpusInvalidField, value.span, `${this.noun} id ${shownValue(value.text)} must be a string: write "${shownValue(value.text)}" in quotes, or better a slug.`);
      return undefined;
    }
    if (!isValidId(value.text)) {
      this.fail(FindingCode.CorpusInvalidField, value.span, `${this.noun} id "${shownValue(value.text)}" is not a valid id: use letters, digits and _ . : - (starting with a letter or digit), no spaces.`);
      return undefined;
    }
    this.labelId = value.text;
    if (this.noun === 'Claim') this.claimId = value.text;
    return value.text;
  }

  /** A required text field, trimmed; undefined (record rejected) when missing, empty or not text. */
  requiredText(key: string, emptyCode: FindingCode = FindingCode.CorpusMissingField): { text: string; span: Span } | undefined {
    const value = this.scalar(key, this.record.fields.get(key), true, emptyCode);
    if (value === undefined) return undefined;
    const text = value.text.trim();
    if (text === '') {
      this.fail(emptyCode, value.span, `${this.label} has an empty "${key}".`);
      return undefined;
    }
    return { text, span: value.span };
  }

  /** An optional text field, trimmed; undefined when absent, empty or invalid (then with a finding). */
  optionalText(key: string): string | undefined {
    const value = this.scalar(key, this.record.fields.get(key), false);
    const text = value?.text.trim();
    return text === '' ? undefined : text;
  }

  /** An optional date (YYYY-MM-DD, YYYY-MM or YYYY naming a real date); undefined when absent or invalid. */
  date(key: string): string | undefined {
    const value = this.scalar(key, this.record.fields.get(key), false);
    if (value === undefined) return undefined;
    const text = value.text.trim();
    if (!isCalendarDate(text)) {
      const why = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(text) ? 'is not a calendar date' : 'is not a date: use YYYY-MM-DD, YYYY-MM or YYYY';
      this.problem(FindingCode.CorpusInvalidDate, value.span, `${this.label} has "${key}" "${shownValue(text)}", which ${why}.`);
      return undefined;
    }
    return text;
  }

  /** The source `kind`, one of SOURCE_KINDS; undefined when absent or not one of them. */
  kind(): SourceKind | undefined {
    const text = this.optionalText('kind');
    if (text === undefined) return undefined;
    const kind = SOURCE_KINDS.find((k) => k === text);
    if (!kind) {
      const span = this.record.fields.get('kind')!.value.span;
      this.problem(FindingCode.CorpusInvalidField, span, `${this.label} has an unknown "kind" "${shownValue(text)}": use one of ${SOURCE_KINDS.map((k) => `"${k}"`).join(', ')}.`);
    }
    return kind;
  }

  /** An optional absolute http(s) URL; undefined when absent or not one. */
  url(): string | undefined {
    const text = this.optionalText('url');
    if (text === undefined) return undefined;
    if (!/^https?:\/\/[^\s]+$/i.test(text) || !URL.canParse(text)) {
      const span = this.record.fields.get('url')!.value.span;
      this.problem(FindingCode.CorpusInvalidField, span, `${this.label} has an invalid "url" "${shownValue(text)}": expected an absolute http(s) URL.`);
      return undefined;
    }
    return text;
  }

  /** A required single id (a claim's `source`); undefined (record rejected) when missing or invalid. */
  requiredId(key: string): { id: string; span: Span } | undefined {
    const value = this.scalar(key, this.record.fields.get(key), true);
    if (value === undefined) return undefined;
    const id = value.text.trim();
    if (!value.isString || !isValidId(id)) {
      this.fail(FindingCode.CorpusInvalidField, value.span, `${this.label} has "${key}" ${value.isString ? `"${shownValue(id)}"` : shownValue(id)}, which is not a valid id.`);
      return undefined;
    }
    return { id, span: value.span };
  }

  /** Claim ids given as one string or a list; invalid entries are dropped with a finding. */
  idList(key: string, self: string | undefined): IdList {
    const items = this.listItems(key);
    if (items.length === 0) return { ids: [], spans: NO_SPANS };
    const out = { ids: [] as string[], spans: [] as Span[] };
    // A Set, not ids.includes: a list of a hundred thousand entries must not take quadratic time.
    const seen = new Set<string>();
    for (const value of items) {
      const id = value.kind === 'scalar' && value.isString ? value.text.trim() : undefined;
      if (id === undefined || !isValidId(id)) {
        this.problem(FindingCode.CorpusInvalidField, value.span, `${this.label} has an invalid entry in "${key}": expected a claim id.`);
      } else if (id === self) {
        this.problem(FindingCode.CorpusInvalidField, value.span, `${this.label} lists itself in "${key}".`, 'warning');
      } else if (!seen.has(id)) {
        seen.add(id);
        out.ids.push(id);
        out.spans.push(value.span);
      }
    }
    return out;
  }

  /** Tags given as one string or a list of scalars; anything else is dropped with a finding. */
  tags(): string[] {
    const items = this.listItems('tags');
    // A few tags are deduped by includes; a Set only for long lists (includes would be quadratic).
    const seen = items.length > 16 ? new Set<string>() : undefined;
    const tags: string[] = [];
    for (const value of items) {
      if (value.kind !== 'scalar') {
        this.problem(FindingCode.CorpusInvalidField, value.span, `${this.label} has an invalid entry in "tags": expected text.`);
        continue;
      }
      const tag = value.text.trim();
      if (tag === '' || (seen ? seen.has(tag) : tags.includes(tag))) continue;
      seen?.add(tag);
      tags.push(tag);
    }
    return tags;
  }

  /** Reports every key not in `allowed` as a warning (with a "did you mean" for near misses). */
  unknownKeys(allowed: readonly string[]): void {
    for (const { key, keySpan } of this.record.fields.values()) {
      if (allowed.includes(key)) continue;
      const near = allowed.find((a) => a.toLowerCase() === key.toLowerCase() || editDistanceAtMost2(a, key));
      const hint = near ? ` (did you mean "${near}"?)` : '';
      this.problem(FindingCode.CorpusInvalidField, keySpan, `${this.label} has an unknown field "${shownValue(key)}"${hint}; it is ignored.`, 'warning');
    }
  }

  private listItems(key: string): readonly FieldValue[] {
    const value = this.record.fields.get(key)?.value;
    if (value === undefined || value.kind === 'null') return NO_VALUES;
    if (value.kind === 'list') return value.items;
    if (value.kind === 'scalar') return [value];
    this.problem(FindingCode.CorpusInvalidField, value.span, `${this.label} has "${key}" as a mapping: expected text or a list.`);
    return [];
  }

  private scalar(key: string, field: Field | undefined, required: boolean, emptyCode = FindingCode.CorpusMissingField) {
    const value = field?.value;
    if (value === undefined || value.kind === 'null') {
      if (required) {
        const code = field ? emptyCode : FindingCode.CorpusMissingField;
        this.fail(code, field ? field.keySpan : this.anchor, field ? `${this.label} has an empty "${key}".` : `${this.label} has no "${key}".`);
      }
      return undefined;
    }
    if (value.kind !== 'scalar') {
      const message = `${this.label} has "${key}" as a ${value.kind === 'list' ? 'list' : 'mapping'}: it must be a single value.`;
      if (required) this.fail(FindingCode.CorpusInvalidField, value.span, message);
      else this.problem(FindingCode.CorpusInvalidField, value.span, message);
      return undefined;
    }
    return value;
  }

  private fail(code: FindingCode, span: Span, message: string): void {
    this.rejected = true;
    this.problem(code, span, message);
  }

  private problem(code: FindingCode, span: Span, message: string, severity?: 'warning'): void {
    this.ctx.problems.push(corpusProblem(code, this.ctx.file, span, message, this.claimId === undefined ? [] : [this.claimId], severity));
  }
}

/** True when `a` and `b` differ by at most two edits (for "did you mean"), without allocating a matrix. */
function editDistanceAtMost2(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 4) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]! <= 2;
}
