// Keeps a corpus as per-file parse results so that a changed file is re-parsed alone,
// then re-assembles the whole (cross-file checks are cheap next to parsing).
import { assembleCorpus } from './assembleCorpus';
import { parseCorpusFile } from './parseCorpusFile';
import type { Corpus, CorpusFileResult } from './types';

export class CorpusStore {
  private readonly files = new Map<string, CorpusFileResult>();
  private assembled: Corpus | undefined;

  /** Parses `text` as the new content of `file`, replacing what the file held before. */
  update(file: string, text: string): void {
    this.files.set(file, parseCorpusFile(file, text));
    this.assembled = undefined;
  }

  /** Records a parse result made elsewhere (e.g. a worker thread). */
  set(result: CorpusFileResult): void {
    this.files.set(result.file, result);
    this.assembled = undefined;
  }

  /** Forgets `file` (deleted or moved out of the corpus). Returns false when it was not known. */
  remove(file: string): boolean {
    const had = this.files.delete(file);
    if (had) this.assembled = undefined;
    return had;
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  /** The corpus over all files, in path order; cached until the next change. */
  corpus(): Corpus {
    if (!this.assembled) {
      const results = [...this.files.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      this.assembled = assembleCorpus(results);
    }
    return this.assembled;
  }
}
