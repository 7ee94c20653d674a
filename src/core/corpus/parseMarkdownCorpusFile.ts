// A Markdown corpus file: a source (front matter with `id`, body = notes), or a claims file (front
// matter with `source`, one `## claim-id` section per claim). Any other Markdown file is not corpus.
import { FindingCode } from '../model';
import { MARKDOWN_CLAIMS_FRONT_MATTER_KEYS, isValidId, type Field, type FieldRecord, type FieldValue } from './fields';
import { FileResultBuilder, problemsOnly } from './fileResult';
import { readFrontMatterFast } from './fastClaimsYaml';
import { findFrontMatter, topLevelKeys, type FrontMatter } from './frontMatter';
import { readMarkdownClaims, type ClaimDefaults } from './markdownClaims';
import { corpusProblem, firstLineOf } from './problems';
import type { CorpusFileResult } from './types';
import { parseYamlRegion } from './yamlDocument';
import { asMap, toFieldRecord } from './yamlRecords';

/**
 * Parses a Markdown corpus file. A file without front matter, or whose front matter sets neither
 * `id` nor `source`, is not part of the corpus: it yields an empty result without findings.
 */
export function parseMarkdownCorpusFile(file: string, text: string, options: { general?: boolean } = {}): CorpusFileResult {
  const empty = problemsOnly(file, []);
  const front = findFrontMatter(text);
  if (!front) return empty;
  // Decide from the raw text first, so a README whose front matter is broken stays silent.
  const keys = topLevelKeys(text.slice(front.start, front.end));
  if (!keys.has('id') && !keys.has('source')) return empty;
  if (!front.closed) {
    const span = firstLineOf(text, { start: 0, end: 3 });
    return problemsOnly(file, [corpusProblem(FindingCode.CorpusYamlSyntax, file, span, 'Front matter is not closed: add a line "---" after it.')]);
  }
  const out = new FileResultBuilder(file, text);
  // The fast reader takes the plain layout; `general` forces the YAML parser (tests compare the two).
  const record = (options.general ? undefined : readFrontMatterFast(text, front.start, front.end)) ?? generalRecord(out, file, text, front);
  if (!record) return out.result();
  if (record.fields.has('id')) {
    const notes = text.slice(front.bodyStart).trim();
    out.addSource(record, notes === '' ? undefined : notes);
  } else if (record.fields.has('source')) {
    readMarkdownClaims(out, front.bodyStart, claimDefaults(out, record.fields));
  }
  return out.result();
}

/** The front matter read by the general YAML parser; undefined (its problems recorded) when it is not a readable mapping. */
function generalRecord(out: FileResultBuilder, file: string, text: string, front: FrontMatter): FieldRecord | undefined {
  const region = parseYamlRegion(file, text, front.start, front.end);
  out.problems.push(...region.problems);
  // A broken front matter would make every field look missing: its syntax errors are the findings.
  if (!region.doc || region.hasErrors) return undefined;
  const map = asMap(region, region.doc.contents);
  if (!map) {
    out.problems.push(corpusProblem(FindingCode.CorpusInvalidField, file, firstLineOf(text, { start: 0, end: 3 }), 'Front matter must be a mapping of fields (key: value).'));
    return undefined;
  }
  return toFieldRecord(region, map, 1, text);
}

/** The front matter's shared source, attributedTo and tags, each checked once here rather than per claim. */
function claimDefaults(out: FileResultBuilder, fields: ReadonlyMap<string, Field>): ClaimDefaults {
  const problem = (span: { start: number; end: number }, message: string, severity?: 'warning'): void => {
    out.problems.push(corpusProblem(FindingCode.CorpusInvalidField, out.file, span, message, [], severity));
  };
  for (const field of fields.values()) {
    if (!(MARKDOWN_CLAIMS_FRONT_MATTER_KEYS as readonly string[]).includes(field.key)) {
      problem(field.keySpan, `Front matter has an unknown field "${field.key}"; it is ignored (use ${MARKDOWN_CLAIMS_FRONT_MATTER_KEYS.map((k) => `"${k}"`).join(', ')}).`, 'warning');
    }
  }
  const defaults: { source?: Field; attributedTo?: Field; tags?: readonly FieldValue[] } = {};
  const source = fields.get('source')!;
  if (source.value.kind === 'scalar' && source.value.isString && isValidId(source.value.text.trim())) defaults.source = source;
  else if (source.value.kind !== 'null') problem(source.value.span, 'Front matter "source" must be one source id.');
  const attributedTo = fields.get('attributedTo');
  if (attributedTo?.value.kind === 'scalar') defaults.attributedTo = attributedTo;
  else if (attributedTo && attributedTo.value.kind !== 'null') problem(attributedTo.value.span, 'Front matter "attributedTo" must be a single value.');
  const tags = fields.get('tags')?.value;
  if (tags?.kind === 'list') defaults.tags = tags.items;
  else if (tags?.kind === 'scalar') defaults.tags = [tags];
  else if (tags?.kind === 'map') problem(tags.span, 'Front matter "tags" must be a list.');
  return defaults;
}
