// One corpus file, from text or from bytes, to a CorpusFileResult: the entry point per file.
import { FindingCode } from '../model';
import { decodeCorpusBytes } from './decode';
import { problemsOnly } from './fileResult';
import { parseClaimsYaml } from './parseClaimsYaml';
import { parseMarkdownCorpusFile } from './parseMarkdownCorpusFile';
import { corpusProblem } from './problems';
import type { CorpusFileResult } from './types';

import { DEFAULT_MAX_FILE_BYTES } from './corpusFiles';

export { DEFAULT_MAX_FILE_BYTES, isCorpusFileName } from './corpusFiles';

/**
 * Parses one corpus file's text, by extension: YAML claims/sources files, Markdown sources and
 * claims files. Other extensions, and Markdown that is not corpus, give an empty result.
 * Never throws; every problem is a finding on `file`.
 */
export function parseCorpusFile(file: string, text: string): CorpusFileResult {
  if (/\.ya?ml$/i.test(file)) return parseClaimsYaml(file, text);
  if (/\.(md|markdown)$/i.test(file)) return parseMarkdownCorpusFile(file, text);
  return problemsOnly(file, []);
}

/**
 * Checks the size cap, decodes and parses a file's bytes. A file over `maxFileBytes` gives one
 * `corpus-too-large` finding; undecodable bytes give one `corpus-unreadable` finding.
 */
export function parseCorpusBytes(file: string, bytes: Uint8Array, maxFileBytes = DEFAULT_MAX_FILE_BYTES): CorpusFileResult {
  if (bytes.length > maxFileBytes) return tooLarge(file, bytes.length, maxFileBytes);
  const decoded = decodeCorpusBytes(file, bytes);
  if ('problem' in decoded) return problemsOnly(file, [decoded.problem]);
  return parseCorpusFile(file, decoded.text);
}

/** The `corpus-too-large` result for a file of `size` bytes. */
export function tooLarge(file: string, size: number, maxFileBytes: number): CorpusFileResult {
  const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return problemsOnly(file, [
    corpusProblem(FindingCode.CorpusTooLarge, file, { start: 0, end: 0 }, `Corpus file is ${mb(size)}, over the ${mb(maxFileBytes)} limit; it was not loaded. Split it into smaller files.`),
  ]);
}
