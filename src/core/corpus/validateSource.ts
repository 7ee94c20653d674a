// One source record → a Source, with findings for every missing or invalid field.
import type { Source, Span } from '../model';
import { SOURCE_FIELDS, type FieldRecord } from './fields';
import { RecordReader, type RecordContext } from './fieldReaders';
import type { LineMap } from '../text/lineMap';

/**
 * Validates a source record: required id, title and outlet; optional dates, URL and kind.
 * Returns the source and the span of its id, or undefined when a required field is missing or invalid.
 * `notes` (a Markdown source's body) is attached as given.
 */
export function validateSource(
  ctx: RecordContext,
  lines: LineMap,
  record: FieldRecord,
  notes?: string,
): { source: Source; span: Span } | undefined {
  const read = new RecordReader(ctx, record, 'Source');
  const id = read.id();
  const title = read.requiredText('title');
  const outlet = read.requiredText('outlet');
  const optional = {
    author: read.optionalText('author'),
    translator: read.optionalText('translator'),
    published: read.date('published'),
    url: read.url(),
    language: read.optionalText('language'),
    kind: read.kind(),
    notes,
  };
  read.unknownKeys(SOURCE_FIELDS);
  if (read.rejected || !id || !title || !outlet) return undefined;
  const source: Source = {
    id,
    title: title.text,
    outlet: outlet.text,
    // Absent optional fields stay absent rather than `undefined`, so the objects compare cleanly.
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    location: { file: ctx.file, ...lines.rangeOf(read.anchor) },
  };
  return { source, span: read.anchor };
}
