// Which files are corpus files and how large one may be: what the extension host needs to list and
// read a corpus, kept apart from the parsers (and their YAML library), which run in the engine.

/** Files larger than this (in bytes) are refused unless the caller sets another cap. */
export const DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024;

/** True for the file names the corpus reads: .yaml, .yml, .md and .markdown (any case). */
export function isCorpusFileName(file: string): boolean {
  return /\.(ya?ml|md|markdown)$/i.test(file);
}
