// Loading a whole corpus through a host: list, read, parse and assemble, in a deterministic order.
import { FindingCode } from '../model';
import { assembleCorpus } from './assembleCorpus';
import { problemsOnly } from './fileResult';
import { DEFAULT_MAX_FILE_BYTES, isCorpusFileName, parseCorpusBytes, tooLarge } from './parseCorpusFile';
import { corpusProblem } from './problems';
import type { Corpus, CorpusFileResult, CorpusHost } from './types';

export interface LoadCorpusOptions {
  /** Files above this many bytes are refused with `corpus-too-large` (default 25 MB). */
  readonly maxFileBytes?: number;
  /** Aborting rejects the load with the signal's reason, checked after every await. */
  readonly signal?: AbortSignal;
}

/** How many files are read at once: enough to overlap I/O, few enough not to exhaust file handles. */
const READ_CONCURRENCY = 8;

/**
 * Loads every corpus file under `roots` (each file once, in sorted path order, so ids are "first"
 * the same way on every machine). A root that cannot be listed and a file that cannot be read (say,
 * deleted while loading) become `corpus-unreadable` findings; nothing else rejects except an abort.
 */
export async function loadCorpus(host: CorpusHost, roots: readonly string[], options: LoadCorpusOptions = {}): Promise<Corpus> {
  const { signal } = options;
  signal?.throwIfAborted();
  const found = new Set<string>();
  const rootProblems = [];
  for (const root of new Set(roots)) {
    try {
      for (const file of await host.listFiles(root)) found.add(file);
    } catch (error) {
      rootProblems.push(corpusProblem(FindingCode.CorpusUnreadable, root, { start: 0, end: 0 }, `Cannot list corpus folder ${root}: ${reason(error)}.`));
    }
    signal?.throwIfAborted();
  }
  const files = [...found].filter(isCorpusFileName).sort();
  const results: CorpusFileResult[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      results[i] = await readCorpusFile(host, files[i]!, options);
      signal?.throwIfAborted();
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  const corpus = assembleCorpus(results);
  return rootProblems.length === 0 ? corpus : { ...corpus, problems: [...rootProblems, ...corpus.problems] };
}

/**
 * Reads and parses one corpus file through the host (for reloading a single changed file).
 * Never rejects except on abort: a failed read is a `corpus-unreadable` finding.
 */
export async function readCorpusFile(host: CorpusHost, file: string, options: LoadCorpusOptions = {}): Promise<CorpusFileResult> {
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  try {
    // Ask for the size first when the host can tell, so a huge file is never read into memory.
    const size = host.fileSize ? await host.fileSize(file) : undefined;
    options.signal?.throwIfAborted();
    if (size !== undefined && size > max) return tooLarge(file, size, max);
    const bytes = await host.readFile(file);
    options.signal?.throwIfAborted();
    return parseCorpusBytes(file, bytes, max);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return problemsOnly(file, [corpusProblem(FindingCode.CorpusUnreadable, file, { start: 0, end: 0 }, `Cannot read corpus file: ${reason(error)}.`)]);
  }
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}
