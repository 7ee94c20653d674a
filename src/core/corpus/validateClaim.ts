// One claim record → a Claim, with findings for every missing or invalid field.
import { FindingCode, type Claim } from '../model';
import { CLAIM_FIELDS, type FieldRecord } from './fields';
import { RecordReader, type RecordContext } from './fieldReaders';
import type { LineMap } from '../text/lineMap';
import type { ClaimSpans } from './types';

/** What validating one claim record yields: the claim (when loadable) and the id (when readable). */
export interface ValidatedClaim {
  /** Absent when a required field is missing or invalid. */
  readonly claim?: Claim;
  readonly spans?: ClaimSpans;
  /** The claim's id when it could be read, even if the claim was rejected. */
  readonly id?: string;
}

/**
 * Validates a claim record: required fields (id, text, source, quote, attributedTo), the id slug,
 * dates, tags and relations. Unknown keys are warnings. Problems go to `ctx.problems`.
 */
export function validateClaim(ctx: RecordContext, lines: LineMap, record: FieldRecord): ValidatedClaim {
  const read = new RecordReader(ctx, record, 'Claim');
  const id = read.id();
  // Read every field even after a failure, so one pass reports all of a claim's problems.
  const text = read.requiredText('text');
  const source = read.requiredId('source');
  const quote = read.requiredText('quote', FindingCode.CorpusEmptyQuote);
  const attributedTo = read.requiredText('attributedTo');
  const date = read.date('date');
  const tags = read.tags();
  const contradicts = read.idList('contradicts', id);
  const qualifies = read.idList('qualifies', id);
  read.unknownKeys(CLAIM_FIELDS);
  if (read.rejected || !id || !text || !source || !quote || !attributedTo) return { id };
  const anchor = read.anchor;
  const location = { file: ctx.file, start: lines.positionAt(anchor.start), end: lines.positionAt(anchor.end) };
  // Two literals rather than a spread of the optional date: a hundred thousand claims are built at load.
  const claim: Claim = date !== undefined
    ? { id, text: text.text, source: source.id, quote: quote.text, attributedTo: attributedTo.text, date, tags, contradicts: contradicts.ids, qualifies: qualifies.ids, location }
    : { id, text: text.text, source: source.id, quote: quote.text, attributedTo: attributedTo.text, tags, contradicts: contradicts.ids, qualifies: qualifies.ids, location };
  const spans: ClaimSpans = { id: anchor, source: source.span, contradicts: contradicts.spans, qualifies: qualifies.spans };
  return { claim, spans, id };
}
