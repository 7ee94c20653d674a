// Loading from the persisted corpus cache (src/core/corpus/corpusCache.ts), in this process, the way the
// extension and its corpus engine do it (src/worker/corpusEngine.ts: preview, then startLoad and
// finishLoad): read and check the cache and put its assembled corpus (claims parsed only when asked
// for) and index snapshot in use at once; list and stat the files (the stats run concurrently); then,
// when no file changed, keep them; otherwise take each unchanged file's result from the cache, parse
// the rest, assemble and index.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { nodeCorpusHost } from '../../src/cli/nodeHost';
import { cachedFile, deserialiseCorpusCache, fileSetKey, isRejection, serialiseCorpusCache, type CacheEntry, type FileStamp } from '../../src/core/corpus/corpusCache';
import { CorpusStore } from '../../src/core/corpus/corpusStore';
import { claimIdList } from '../../src/core/corpus/packedCorpus';
import { readCorpusFile } from '../../src/core/corpus/loadCorpus';
import { isCorpusFileName } from '../../src/core/corpus/parseCorpusFile';
import type { CorpusFileResult } from '../../src/core/corpus/types';
import { ClaimIndex } from '../../src/core/index/claimIndex';
import { restoreIndexData, snapshotOf } from '../../src/core/index/indexSnapshot';
import { createCore, type AttestCore } from '../../src/core/service';

/** Names the code that wrote the cache; the bench writes a fresh cache on every run, so one name will do. */
const BUILD = 'attest-bench';

async function stampedFiles(corpusDir: string): Promise<{ file: string; stamp: FileStamp }[]> {
  const files = (await nodeCorpusHost.listFiles(corpusDir)).filter(isCorpusFileName).sort();
  return Promise.all(files.map(async (file) => {
    const s = await stat(file);
    return { file, stamp: { size: s.size, mtime: s.mtimeMs } };
  }));
}

/** Parses every file of the corpus and writes the cache (entries and index snapshot) to `cacheFile`; returns its size in bytes. */
export async function writeCorpusCache(corpusDir: string, cacheFile: string): Promise<number> {
  const entries: CacheEntry[] = [];
  const store = new CorpusStore();
  for (const { file, stamp } of await stampedFiles(corpusDir)) {
    const result = await readCorpusFile(nodeCorpusHost, file);
    entries.push({ ...stamp, result });
    store.set(result);
  }
  const corpus = store.corpus();
  const index = new ClaimIndex(corpus);
  const bytes = serialiseCorpusCache(entries, BUILD, { corpus, index: snapshotOf(index.data(), claimIdList(corpus)) });
  await writeFile(cacheFile, bytes);
  return bytes.length;
}

export interface CachedLoad {
  readonly core: AttestCore;
  /** Files whose result came from the cache, and files parsed because they changed. */
  readonly fromCache: number;
  readonly parsed: number;
  readonly indexFromCache: boolean;
  /** From the start until the cache's own corpus was in use, before any stamp was compared (ms); undefined when the cache held none. */
  readonly usableMs?: number;
  /** From the start until every file's stamp was compared and `core` is final (ms). */
  readonly checkedMs: number;
}

/** The core for `corpusDir` built from `cacheFile`, parsing only files the cache does not hold as they are now. */
export async function loadFromCache(corpusDir: string, cacheFile: string): Promise<CachedLoad> {
  const started = performance.now();
  // The extension reads the cache, then lists and stats the files on its own thread while the engine
  // checks the cache and puts its corpus in use on another: here, one after the other, the listing
  // second, so that `usableMs` is the engine's path alone and `checkedMs` their sum.
  const read = deserialiseCorpusCache(await readFile(cacheFile), BUILD);
  const cache = isRejection(read) ? undefined : read;
  const assembled = cache?.assembled;
  const preview = assembled && createCore(assembled.corpus, new ClaimIndex(assembled.corpus, restoreIndexData(assembled.index, claimIdList(assembled.corpus))));
  const usableMs = preview ? performance.now() - started : undefined;
  const files = await stampedFiles(corpusDir);
  if (preview && assembled.key === fileSetKey(files.map((f) => [f.file, f.stamp] as const))) {
    return { core: preview, fromCache: files.length, parsed: 0, indexFromCache: true, usableMs, checkedMs: performance.now() - started };
  }
  const store = new CorpusStore();
  let parsed = 0;
  for (const { file, stamp } of files) {
    let result: CorpusFileResult | undefined = cache && cachedFile(cache, file, stamp)?.result();
    if (!result) {
      result = await readCorpusFile(nodeCorpusHost, file);
      parsed++;
    }
    store.set(result);
  }
  const corpus = store.corpus();
  return { core: createCore(corpus, new ClaimIndex(corpus)), fromCache: files.length - parsed, parsed, indexFromCache: false, usableMs, checkedMs: performance.now() - started };
}
