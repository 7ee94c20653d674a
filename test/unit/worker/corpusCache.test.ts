// The persisted corpus cache: what is written reads back the same; a file whose size or mtime changed
// misses; another format version, another build, or a damaged file is ignored with a reason, never a crash.
import * as assert from 'node:assert/strict';
import {
  CORPUS_CACHE_VERSION,
  cachedResult,
  deserialiseCorpusCache,
  fileSetKey,
  isRejection,
  serialiseCorpusCache,
  type CacheEntry,
  type CorpusCache,
} from '../../../src/core/corpus/corpusCache';
import { parseCorpusFile } from '../../../src/core/corpus/parseCorpusFile';
import { ClaimIndex } from '../../../src/core/index/claimIndex';
import { restoreIndexData, snapshotOf } from '../../../src/core/index/indexSnapshot';
import { parseHere, MemoryFiles } from './helpers';
import { syntheticCorpus } from './syntheticCorpus';

function entries(files: MemoryFiles): CacheEntry[] {
  return files.infos().map((info) => ({ size: info.size!, mtime: info.mtime!, result: parseCorpusFile(info.file, files.texts.get(info.file)!) }));
}

function read(text: string, build = 'b1'): CorpusCache {
  const cache = deserialiseCorpusCache(text, build);
  assert.ok(!isRejection(cache), isRejection(cache) ? cache.reason : '');
  return cache;
}

describe('worker: the persisted corpus cache', () => {
  const files = new MemoryFiles(syntheticCorpus(300, 50).files);

  it('reads back every file result as written, with the index snapshot', () => {
    const written = entries(files);
    const { index } = parseHere(files);
    const cache = read(serialiseCorpusCache(written, 'b1', snapshotOf(index.data())));
    assert.equal(cache.entries.size, written.length);
    for (const entry of written) assert.deepEqual(cache.entries.get(entry.result.file), entry);
    assert.ok(cache.index);
    assert.equal(cache.index.key, fileSetKey(written.map((e) => [e.result.file, e] as const)));
    const restored = restoreIndexData(cache.index.snapshot);
    assert.deepEqual(restored.ids, index.data().ids);
    assert.deepEqual(restored.terms, index.data().terms);
    assert.deepEqual(Array.from(restored.ordinals), Array.from(index.data().ordinals));
    assert.deepEqual(Array.from(restored.docFreq), Array.from(index.data().docFreq));
  });

  it('hits only for a file of the same size and mtime', () => {
    const [first] = entries(files);
    const cache = read(serialiseCorpusCache([first], 'b1'));
    const file = first.result.file;
    assert.deepEqual(cachedResult(cache, file, { size: first.size, mtime: first.mtime }), first.result);
    assert.equal(cachedResult(cache, file, { size: first.size, mtime: first.mtime + 1 }), undefined, 'touched');
    assert.equal(cachedResult(cache, file, { size: first.size + 1, mtime: first.mtime }), undefined, 'resized');
    assert.equal(cachedResult(cache, file, undefined), undefined, 'no stat');
    assert.equal(cachedResult(cache, `${file}.other`, { size: first.size, mtime: first.mtime }), undefined, 'another file');
  });

  it('keys a file set by its stamps, in any order', () => {
    const a = ['a', { size: 1, mtime: 2 }] as const;
    const b = ['b', { size: 3, mtime: 4 }] as const;
    assert.equal(fileSetKey([a, b]), fileSetKey([b, a]));
    assert.notEqual(fileSetKey([a, b]), fileSetKey([a, ['b', { size: 3, mtime: 5 }]]));
    assert.notEqual(fileSetKey([a, b]), fileSetKey([a]));
  });

  it('ignores a cache of another format version or another build, saying why', () => {
    const text = serialiseCorpusCache(entries(files).slice(0, 1), 'b1');
    const older = text.replace(`"version":${CORPUS_CACHE_VERSION}`, `"version":${CORPUS_CACHE_VERSION - 1}`);
    assert.notEqual(older, text);
    const rejected = deserialiseCorpusCache(older, 'b1');
    assert.ok(isRejection(rejected) && /format version/.test(rejected.reason), JSON.stringify(rejected));
    const otherBuild = deserialiseCorpusCache(text, 'b2');
    assert.ok(isRejection(otherBuild) && /build/.test(otherBuild.reason), JSON.stringify(otherBuild));
  });

  it('ignores a damaged cache without throwing', () => {
    const text = serialiseCorpusCache(entries(files), 'b1', snapshotOf(new ClaimIndex(parseHere(files).corpus).data()));
    const damaged = [
      '',
      'not json',
      text.slice(0, text.length / 2),
      '[]',
      'null',
      '{"format":"something else"}',
      text.replace('"files":[', '"files":[42,'),
      text.replace('"result":{"file"', '"result":{"fil"'),
      text.replace('"ordinalDeltas":[', '"ordinalDeltas":[1,'),
      text.replace('"counts":[', '"counts":"x","was":['),
    ];
    for (const bad of damaged) {
      const read = deserialiseCorpusCache(bad, 'b1');
      assert.ok(isRejection(read), `accepted: ${bad.slice(0, 60)}`);
      assert.ok(read.reason.length > 0);
    }
  });
});
