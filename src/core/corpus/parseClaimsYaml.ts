// A YAML corpus file → claims and sources. Layout: `claims:` and/or `sources:` lists, or a bare list of claims.
import { isMap, isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import { FindingCode, type Finding } from '../model';
import { FileResultBuilder, problemsOnly } from './fileResult';
import { corpusProblem, firstLineOf, lineSpanAt } from './problems';
import type { CorpusFileResult } from './types';
import { planYamlChunks, type YamlSection } from './yamlChunks';
import { parseYamlRegion, type YamlRegion } from './yamlDocument';
import { asMap, toFieldRecord } from './yamlRecords';

/**
 * Files up to this size that fail to parse piece by piece are parsed again whole, for the most
 * faithful error positions. Larger ones keep the piecewise result: parsing them whole costs gigabytes.
 */
const WHOLE_REPARSE_LIMIT = 2 * 1024 * 1024;

/** Tuning for tests: `chunkChars` is the size of the runs of items parsed at once; 0 parses whole. */
export interface ParseYamlOptions {
  readonly chunkChars?: number;
}

/**
 * Parses a YAML corpus file. Every problem is a finding; a file refused as unsafe (deep nesting,
 * alias bomb) yields only that finding. Never throws.
 */
export function parseClaimsYaml(file: string, text: string, options: ParseYamlOptions = {}): CorpusFileResult {
  const chunkChars = options.chunkChars ?? 64 * 1024;
  const chunks = chunkChars > 0 ? planYamlChunks(text, chunkChars) : undefined;
  if (chunks) {
    const out = new FileResultBuilder(file, text);
    const counters = new Map<YamlSection, number>();
    let clean = true;
    for (const chunk of chunks) {
      const region = parseYamlRegion(file, text, chunk.start, chunk.end);
      if (!region.doc) return problemsOnly(file, region.problems);
      clean &&= !region.hasErrors && isSeq(region.doc.contents);
      out.problems.push(...region.problems);
      if (isSeq(region.doc.contents)) {
        const first = counters.get(chunk.section) ?? 0;
        counters.set(chunk.section, first + readItems(out, region, region.doc.contents, chunk.section, first));
      }
    }
    if (clean || text.length > WHOLE_REPARSE_LIMIT) return out.result();
  }
  return parseWhole(file, text);
}

function parseWhole(file: string, text: string): CorpusFileResult {
  const region = parseYamlRegion(file, text);
  if (!region.doc) return problemsOnly(file, region.problems);
  const out = new FileResultBuilder(file, text);
  out.problems.push(...region.problems);
  const contents = region.doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return out.result(); // an empty file
  if (isSeq(contents)) {
    readItems(out, region, contents, 'list', 0);
  } else if (isMap(contents)) {
    let found = false;
    for (const pair of contents.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key !== 'claims' && key !== 'sources') continue;
      found = true;
      const value = pair.value;
      if (isSeq(value)) readItems(out, region, value, key, 0);
      else if (value !== null && !(isScalar(value) && value.value === null)) {
        const span = firstLineOf(text, region.span(value as Node));
        out.problems.push(corpusProblem(FindingCode.CorpusInvalidField, file, span, `"${key}" must be a list (each item starting with "- ").`));
      }
    }
    // With syntax errors, stray keys are usually fallout of the error, not the author's.
    for (const pair of region.hasErrors ? [] : contents.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key === 'claims' || key === 'sources') continue;
      const span = pair.key ? region.span(pair.key as Node) : lineSpanAt(text, 0);
      const message = found
        ? `Unknown top-level key "${text.slice(span.start, span.end)}"; it is ignored.`
        : 'This YAML file has no top-level "claims:" or "sources:" list; nothing was loaded from it.';
      out.problems.push(corpusProblem(FindingCode.CorpusInvalidField, file, span, message, [], 'warning'));
      if (!found) break;
    }
  } else {
    const span = firstLineOf(text, region.span(contents as Node));
    out.problems.push(corpusProblem(FindingCode.CorpusInvalidField, file, span, 'A corpus YAML file must hold a "claims:" or "sources:" list.'));
  }
  return out.result();
}

/** Names the claim in the syntax errors found inside it, so they list with the claim's other findings. */
function attributeSyntaxErrors(problems: Finding[], id: string, from: number, to: number): void {
  problems.forEach((problem, i) => {
    if (problem.code === FindingCode.CorpusYamlSyntax && problem.claims.length === 0 && problem.span.start >= from && problem.span.start <= to) {
      problems[i] = { ...problem, claims: [id] };
    }
  });
}

function hasErrorIn(offsets: readonly number[], from: number, to: number): boolean {
  // Inclusive end: yaml reports an error on the line after an item at the offset where the item ends.
  return offsets.some((offset) => offset >= from && offset <= to);
}

/** Validates each item of a claims or sources list; returns how many items there were. */
function readItems(out: FileResultBuilder, region: YamlRegion, seq: YAMLSeq, section: YamlSection, first: number): number {
  const noun = section === 'sources' ? 'Source' : 'Claim';
  const seqEnd = (seq.range?.[2] ?? 0) + region.span(seq).start - (seq.range?.[0] ?? 0);
  seq.items.forEach((item, i) => {
    const index = first + i + 1;
    const map = asMap(region, item);
    if (map) {
      const record = toFieldRecord(region, map, index, out.text);
      // A syntax error inside the item makes its fields unreliable: the error is the one finding.
      const next = seq.items[i + 1];
      const until = next ? region.span(next as Node).start : seqEnd;
      const from = region.span(item as Node).start;
      if (hasErrorIn(region.errorOffsets, from, until)) {
        const id = record.fields.get('id')?.value;
        if (section !== 'sources' && id?.kind === 'scalar' && id.isString) {
          out.rejectClaim(id.text);
          attributeSyntaxErrors(out.problems, id.text, from, until);
        }
        return;
      }
      if (section === 'sources') out.addSource(record);
      else out.addClaim(record);
      return;
    }
    const span = item ? firstLineOf(out.text, region.span(item as Node)) : firstLineOf(out.text, region.span(seq));
    const empty = !item || (isScalar(item) && item.value === null);
    const message = empty
      ? `${noun} #${index} is empty.`
      : `${noun} #${index} must be a mapping of fields (id, ${noun === 'Claim' ? 'text, source, quote, attributedTo' : 'title, outlet'}).`;
    out.problems.push(corpusProblem(FindingCode.CorpusInvalidField, out.file, empty ? lineSpanAt(out.text, span.start) : span, message));
  });
  return seq.items.length;
}
