// A YAML corpus file → claims and sources. Layout: `claims:` and/or `sources:` lists, or a bare list of claims.
import { isMap, isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import { FindingCode, type Finding } from '../model';
import { FileResultBuilder, problemsOnly } from './fileResult';
import { corpusProblem, firstLineOf, lineSpanAt, shownValue } from './problems';
import type { CorpusFileResult } from './types';
import { planYamlChunks, type YamlSection } from './yamlChunks';
import { parseYamlRegion, type YamlRegion } from './yamlDocument';
import { asMap, toFieldRecord } from './yamlRecords';
import { parseClaimsYamlFast } from './fastClaimsYaml';

/**
 * A file parsed piece by piece is parsed again whole when an alias in one piece may refer to an anchor
 * in another, if it is at most this size; larger ones keep the piecewise result (parsing them whole
 * costs gigabytes). Other errors need no second parse: for a file that is valid YAML the pieces are
 * cut where no scalar or flow collection can continue, so an error in a piece is an error in the file,
 * and yaml recovers better from it within one piece than across the whole file.
 */
const WHOLE_REPARSE_LIMIT = 2 * 1024 * 1024;

/**
 * A file that cannot be cut into pieces (one line of JSON, a leading `---`, other top-level keys) is
 * parsed whole only up to this size: above it yaml needs ~80 bytes of heap per byte and minutes
 * (a 20 MB line of JSON: 1.3 GB, 80 s), so the file is refused with a finding instead.
 */
const MAX_WHOLE_PARSE = 2 * 1024 * 1024;

/** Tuning for tests: `chunkChars` is the size of the runs of items parsed at once; 0 parses whole. */
export interface ParseYamlOptions {
  readonly chunkChars?: number;
  /** Skip the fast reader of the plain layout (tests compare the two). */
  readonly general?: boolean;
}

/**
 * Parses a YAML corpus file. Every problem is a finding; a file refused as unsafe (deep nesting,
 * alias bomb) yields only that finding. Never throws.
 */
export function parseClaimsYaml(file: string, text: string, options: ParseYamlOptions = {}): CorpusFileResult {
  const fast = options.general ? undefined : parseClaimsYamlFast(file, text);
  if (fast) return fast;
  const chunkChars = options.chunkChars ?? 64 * 1024;
  const chunks = chunkChars > 0 ? planYamlChunks(text, chunkChars) : undefined;
  if (!chunks && chunkChars > 0 && text.length > MAX_WHOLE_PARSE) return tooLargeToParseWhole(file, text.length);
  if (chunks) {
    const out = new FileResultBuilder(file, text);
    const counters = new Map<YamlSection, number>();
    let reparse = false;
    for (const chunk of chunks) {
      const run = parseYamlRegion(file, text, chunk.start, chunk.end);
      // yaml often gives up on the rest of a piece after an error (a tab, say): parse the run's items
      // one by one then, so an error costs only the item that has it.
      const pieces = run.hasErrors && !run.unresolvedAliases && chunk.items.length > 1
        ? chunk.items.map((start, i) => ({ region: parseYamlRegion(file, text, start, chunk.items[i + 1] ?? chunk.end), end: chunk.items[i + 1] ?? chunk.end }))
        : [{ region: run, end: chunk.end }];
      for (const { region, end } of pieces) {
        if (!region.doc) return problemsOnly(file, region.problems);
        reparse ||= region.unresolvedAliases || !isSeq(region.doc.contents);
        const mark = out.problems.length;
        out.problems.push(...region.problems);
        if (isSeq(region.doc.contents)) {
          const first = counters.get(chunk.section) ?? 0;
          counters.set(chunk.section, first + readItems(out, region, mark, region.doc.contents, chunk.section, first, end));
        }
      }
    }
    if (!reparse || text.length > WHOLE_REPARSE_LIMIT) return out.result();
  }
  return parseWhole(file, text);
}

function tooLargeToParseWhole(file: string, length: number): CorpusFileResult {
  const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return problemsOnly(file, [
    corpusProblem(FindingCode.CorpusTooLarge, file, { start: 0, end: 0 },
      `Corpus file is ${mb(length)} and not a plain block list, which Attest reads only up to ${mb(MAX_WHOLE_PARSE)}; it was not loaded. ` +
      'Write it as a block list (a line "claims:" or "sources:", then items starting "  - id: "), without "---", flow [ ] or { } lists around the items, or other top-level keys; or split it into smaller files.'),
  ]);
}

function parseWhole(file: string, text: string): CorpusFileResult {
  const region = parseYamlRegion(file, text);
  if (!region.doc) return problemsOnly(file, region.problems);
  const out = new FileResultBuilder(file, text);
  out.problems.push(...region.problems);
  const mark = 0;
  const contents = region.doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return out.result(); // an empty file
  if (isSeq(contents)) {
    readItems(out, region, mark, contents, 'list', 0, text.length);
  } else if (isMap(contents)) {
    let found = false;
    contents.items.forEach((pair, i) => {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key !== 'claims' && key !== 'sources') return;
      found = true;
      const value = pair.value;
      const next = contents.items[i + 1]?.key;
      const end = next ? region.span(next as Node).start : text.length;
      if (isSeq(value)) readItems(out, region, mark, value, key, 0, end);
      else if (value !== null && !(isScalar(value) && value.value === null)) {
        const span = firstLineOf(text, region.span(value as Node));
        out.problems.push(corpusProblem(FindingCode.CorpusInvalidField, file, span, `"${key}" must be a list (each item starting with "- ").`));
      }
    });
    // With syntax errors, stray keys are usually fallout of the error, not the author's.
    for (const pair of region.hasErrors ? [] : contents.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key === 'claims' || key === 'sources') continue;
      const span = pair.key ? region.span(pair.key as Node) : lineSpanAt(text, 0);
      const message = found
        ? `Unknown top-level key "${shownValue(text.slice(span.start, span.end))}"; it is ignored.`
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

/**
 * Keeps the first syntax error inside one item's [from, to] and drops the rest; names the claim
 * (`id`, when readable) in it, so it lists with the claim. Only the region's own findings are
 * scanned (they start at `regionStart` in `problems`).
 */
function attributeSyntaxErrors(problems: Finding[], regionStart: number, id: string | undefined, from: number, to: number): void {
  let first = true;
  for (let i = regionStart; i < problems.length; i++) {
    const problem = problems[i]!;
    if (problem.code === FindingCode.CorpusYamlSyntax && problem.severity === 'error' && problem.claims.length === 0 && problem.span.start >= from && problem.span.start <= to) {
      // Later errors in the item are yaml losing its footing after the first (after a tab-indented
      // line, the next one is an "Unexpected map-value-ind token").
      if (!first) {
        problems.splice(i--, 1);
        continue;
      }
      first = false;
      if (id !== undefined) problems[i] = { ...problem, claims: [id] };
    }
  }
}

/**
 * True when an error lies in [from, to), or at `to` itself when that is the end of the file (yaml
 * puts "unexpected end" errors there). `offsets` is sorted: binary search keeps big files linear.
 */
function hasErrorIn(offsets: readonly number[], from: number, to: number, textLength: number): boolean {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid]! < from) low = mid + 1;
    else high = mid;
  }
  const offset = offsets[low];
  return offset !== undefined && (offset < to || (offset === to && to >= textLength));
}

/**
 * Validates each item of a claims or sources list; returns how many items there were. `end` is
 * where the list's stretch of file ends: errors after the last item, up to there, are that item's.
 * The region's own findings start at index `regionStart` of `out.problems`.
 */
function readItems(
  out: FileResultBuilder, region: YamlRegion, regionStart: number, seq: YAMLSeq, section: YamlSection, first: number, end: number,
): number {
  const noun = section === 'sources' ? 'Source' : 'Claim';
  seq.items.forEach((item, i) => {
    const index = first + i + 1;
    const map = asMap(region, item);
    if (map) {
      const record = toFieldRecord(region, map, index, out.text);
      // A syntax error inside the item makes its fields unreliable: the error is the one finding.
      const next = seq.items[i + 1];
      const until = next ? region.span(next as Node).start : end;
      const from = region.span(item as Node).start;
      if (hasErrorIn(region.errorOffsets, from, until, out.text.length)) {
        const id = record.fields.get('id')?.value;
        const claimId = section !== 'sources' && id?.kind === 'scalar' && id.isString ? id.text : undefined;
        if (claimId !== undefined) out.rejectClaim(claimId);
        attributeSyntaxErrors(out.problems, regionStart, claimId, from, until);
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
