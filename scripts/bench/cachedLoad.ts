// Loading from the persisted corpus cache (src/core/corpus/corpusCache.ts), in this process, the way the
// corpus engine does it (src/worker/corpusEngine.ts: startLoad then finishLoad): list and stat the
// files (the stats run concurrently), read and check the cache, and when no file changed take the
// cache's assembled corpus (claims parsed only when asked for) and index snapshot as they are;
// otherwise take each unchanged file's result from it, parse the rest, assemble and index.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { nodeCorpusHost } from '../../src/cli/nodeHost';
import { cachedFile, deserialiseCorpusCache, fileSetKey, isRejection, serialiseCorpusCache, type CacheEntry, type FileStamp } from '../../src/core/corpus/corpusCache';
import { CorpusStore } from '../../src/core/corpus/corpusStore';
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
  const bytes = serialiseCorpusCache(entries, BUILD, { corpus, index: snapshotOf(index.data()) });
  await writeFile(cacheFile, bytes);
  return bytes.length;
}

export interface CachedLoad {
  readonly core: AttestCore;
  /** Files whose result came from the cache, and files parsed because they changed. */
  readonly fromCache: number;
  readonly parsed: number;
  readonly indexFromCache: boolean;
}

/** The core for `corpusDir` built from `cacheFile`, parsing only files the cache does not hold as they are now. */
export async function loadFromCache(corpusDir: string, cacheFile: string): Promise<CachedLoad> {
  const [files, bytes] = await Promise.all([stampedFiles(corpusDir), readFile(cacheFile)]);
  const read = deserialiseCorpusCache(bytes, BUILD);
  const cache = isRejection(read) ? undefined : read;
  const assembled = cache?.assembled;
  if (assembled && assembled.key === fileSetKey(files.map((f) => [f.file, f.stamp] as const))) {
    const index = new ClaimIndex(assembled.corpus, restoreIndexData(assembled.index));
    return { core: createCore(assembled.corpus, index), fromCache: files.length, parsed: 0, indexFromCache: true };
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
  return { core: createCore(corpus, new ClaimIndex(corpus)), fromCache: files.length - parsed, parsed, indexFromCache: false };
}
