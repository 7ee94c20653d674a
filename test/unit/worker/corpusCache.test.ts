// The persisted corpus cache: what is written reads back the same (file results parsed only when asked
// for, the assembled corpus with no claim parsed at all); a file whose size or mtime changed misses;
// another format version, another build, or a truncated or damaged file is ignored with a reason,
// never a crash.
import * as assert from 'node:assert/strict';
import {
  CORPUS_CACHE_VERSION,
  cachedFile,
  deserialiseCorpusCache,
  fileSetKey,
  isRejection,
  serialiseCorpusCache,
  type CacheEntry,
  type CorpusCache,
} from '../../../src/core/corpus/corpusCache';
import { assembleCorpus } from '../../../src/core/corpus/assembleCorpus';
import { PackedClaims } from '../../../src/core/corpus/packedClaims';
import { parseCorpusFile } from '../../../src/core/corpus/parseCorpusFile';
import { ClaimIndex } from '../../../src/core/index/claimIndex';
import { restoreIndexData, snapshotOf } from '../../../src/core/index/indexSnapshot';
import { assertSameCorpus, MemoryFiles } from './helpers';
import { syntheticCorpus, random } from './syntheticCorpus';

function entries(files: MemoryFiles): CacheEntry[] {
  return files.infos().map((info) => ({ size: info.size!, mtime: info.mtime!, result: parseCorpusFile(info.file, files.texts.get(info.file)!) }));
}

function read(bytes: Uint8Array, build = 'b1'): CorpusCache {
  const cache = deserialiseCorpusCache(bytes, build);
  assert.ok(!isRejection(cache), isRejection(cache) ? cache.reason : '');
  return cache;
}

/** `bytes` with the first occurrence of `from` replaced by `to` (same length). */
function patched(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const at = text.indexOf(from);
  assert.ok(at >= 0 && from.length === to.length, `"${from}" is in the cache`);
  const copy = bytes.slice();
  copy.set(Buffer.from(to, 'latin1'), at);
  return copy;
}


describe('worker: the persisted corpus cache', () => {
  const files = new MemoryFiles(new Map([
    ...syntheticCorpus(300, 50).files,
    ['claims/zz-extra.yaml', 'claims:\n  - id: claim-1\n    text: A duplicate id, «quoted» 🙂.\n    source: source-0\n    quote: q\n    attributedTo: Ana García\n'],
  ]));
  const written = entries(files);
  // Assembled from the very results written, as the engine does: the cache stores shared claims once.
  const corpus = assembleCorpus(written.map((e) => e.result));
  const index = new ClaimIndex(corpus);
  const bytes = serialiseCorpusCache(written, 'b1', { corpus, index: snapshotOf(index.data()) });

  it('reads back the assembled corpus and index without parsing a claim, and every file result as written', () => {
    const cache = read(bytes);
    assert.ok(cache.assembled);
    assert.equal(cache.assembled.key, fileSetKey(written.map((e) => [e.result.file, e] as const)));
    const claims = cache.assembled.corpus.claims as PackedClaims;
    assert.ok(claims instanceof PackedClaims);
    assert.equal(claims.materialised, 0, 'reading parses no claim');
    assert.equal(claims.size, corpus.claims.size);
    assertSameCorpus(cache.assembled.corpus, corpus);
    const restored = restoreIndexData(cache.assembled.index);
    assert.deepEqual(restored.ids, index.data().ids);
    assert.deepEqual(restored.terms, index.data().terms);
    assert.deepEqual(Array.from(restored.offsets), Array.from(index.data().offsets));
    assert.deepEqual(Array.from(restored.ordinals), Array.from(index.data().ordinals));
    assert.deepEqual(Array.from(restored.docFreq), Array.from(index.data().docFreq));
    assert.equal(cache.entries.size, written.length);
    for (const entry of written) {
      const back = cache.entries.get(entry.result.file)!;
      assert.equal(back.size, entry.size);
      assert.equal(back.mtime, entry.mtime);
      assert.deepEqual(back.result(), entry.result);
      assert.equal(back.result(), back.result(), 'parsed once');
    }
    // A file's claims that the assembled corpus holds are its very objects; a duplicate is the file's own.
    const extra = cache.entries.get(`${files.root}/claims/zz-extra.yaml`)!.result();
    assert.notEqual(extra.claims[0], claims.get('claim-1'));
    const first = cache.entries.get(`${files.root}/claims/source-0.yaml`)!.result();
    assert.equal(first.claims[1], claims.get(first.claims[1].id));
  });

  it('reads back file results alone, without an assembled corpus', () => {
    const cache = read(serialiseCorpusCache(written, 'b1'));
    assert.equal(cache.assembled, undefined);
    for (const entry of written) assert.deepEqual(cache.entries.get(entry.result.file)!.result(), entry.result);
  });

  it('hits only for a file of the same size and mtime', () => {
    const [first] = written;
    const cache = read(serialiseCorpusCache([first], 'b1'));
    const file = first.result.file;
    assert.deepEqual(cachedFile(cache, file, { size: first.size, mtime: first.mtime })?.result(), first.result);
    assert.equal(cachedFile(cache, file, { size: first.size, mtime: first.mtime + 1 }), undefined, 'touched');
    assert.equal(cachedFile(cache, file, { size: first.size + 1, mtime: first.mtime }), undefined, 'resized');
    assert.equal(cachedFile(cache, file, undefined), undefined, 'no stat');
    assert.equal(cachedFile(cache, `${file}.other`, { size: first.size, mtime: first.mtime }), undefined, 'another file');
  });

  it('keys a file set by its stamps, in any order', () => {
    const a = ['a', { size: 1, mtime: 2 }] as const;
    const b = ['b', { size: 3, mtime: 4 }] as const;
    assert.equal(fileSetKey([a, b]), fileSetKey([b, a]));
    assert.notEqual(fileSetKey([a, b]), fileSetKey([a, ['b', { size: 3, mtime: 5 }]]));
    assert.notEqual(fileSetKey([a, b]), fileSetKey([a]));
  });

  it('ignores a cache of another format version or another build, saying why', () => {
    const older = patched(bytes, `"version":${CORPUS_CACHE_VERSION}`, `"version":${CORPUS_CACHE_VERSION - 1}`);
    const rejected = deserialiseCorpusCache(older, 'b1');
    assert.ok(isRejection(rejected) && /format version/.test(rejected.reason), JSON.stringify(rejected));
    const otherBuild = deserialiseCorpusCache(bytes, 'b2');
    assert.ok(isRejection(otherBuild) && /build/.test(otherBuild.reason), JSON.stringify(otherBuild));
    const json = deserialiseCorpusCache(new TextEncoder().encode('{"format":"attest-corpus-cache","version":1,"build":"b1","files":[]}'), 'b1');
    assert.ok(isRejection(json), 'the old JSON format');
  });

  it('ignores a truncated or damaged cache without throwing', () => {
    const next = random(7);
    const damaged: [string, Uint8Array][] = [
      ['empty', new Uint8Array(0)],
      ['text', new TextEncoder().encode('not a cache at all, not even close')],
      ['prefix only', bytes.slice(0, 24)],
      ['one byte short', bytes.slice(0, bytes.length - 1)],
      ['one byte long', Uint8Array.from([...bytes, 0])],
    ];
    for (let i = 0; i < 40; i++) {
      const at = Math.floor(next() * bytes.length);
      damaged.push([`truncated at ${at}`, bytes.slice(0, at)]);
    }
    for (let i = 0; i < 200; i++) {
      // Both the header (the first few kilobytes) and the sections.
      const at = Math.floor((i % 2 === 0 ? next() * Math.min(4096, bytes.length) : next() * bytes.length));
      const copy = bytes.slice();
      copy[at] ^= 1 << Math.floor(next() * 8);
      damaged.push([`bit flipped at ${at}`, copy]);
    }
    for (const [what, bad] of damaged) {
      const result = deserialiseCorpusCache(bad, 'b1');
      assert.ok(isRejection(result), `accepted: ${what}`);
      assert.ok(result.reason.length > 0);
    }
  });

  it('reads a cache from a view at an odd offset of a larger buffer (as Node pools small reads)', () => {
    const pooled = new Uint8Array(bytes.length + 3);
    pooled.set(bytes, 3);
    const cache = read(pooled.subarray(3));
    assertSameCorpus(cache.assembled!.corpus, corpus);
  });
});
