// A packed corpus unpacks to the very corpus assembleCorpus made (same order, same claims, sources,
// problems), and parses a claim only when it is asked for, once.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { nodeCorpusHost } from '../../../src/cli/nodeHost';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus';
import { PackedClaims } from '../../../src/core/corpus/packedClaims';
import { packCorpus, unpackCorpus } from '../../../src/core/corpus/packedCorpus';
import type { Corpus } from '../../../src/core/corpus/types';
import { assertSameCorpus, MemoryFiles, parseHere } from './helpers';
import { syntheticCorpus } from './syntheticCorpus';

const SEED_CORPUS = join(__dirname, '..', '..', '..', '..', 'corpus');

/** Claims with non-ASCII text, a duplicate, an unknown source and a broken file, so every part of a corpus is exercised. */
const ODD = new Map([
  ['claims/odd.yaml', 'claims:\n  - id: claim-1\n    text: A duplicate id.\n    source: source-0\n    quote: q\n    attributedTo: A\n  - id: émigré-claim\n    text: «Ünïcödé» text — with 🙂 and 中文.\n    source: nowhere\n    quote: "𝒬uote"\n    attributedTo: José Martí\n    contradicts: [no-such-claim]\n'],
  ['claims/syntax.yaml', 'claims:\n  - id: [unclosed\n'],
]);

function packedCopy(corpus: Corpus): Corpus {
  // Through a structured clone, as between the worker and the host.
  return unpackCorpus(structuredClone(packCorpus(corpus)));
}

describe('worker: packed corpora', () => {
  const files = new MemoryFiles(new Map([...syntheticCorpus(2000, 100).files, ...ODD]));
  const { corpus } = parseHere(files);

  it('unpacks to the corpus it was packed from', () => {
    assertSameCorpus(packedCopy(corpus), corpus);
  });

  it('unpacks the seed corpus as loaded', async () => {
    const seed = await loadCorpus(nodeCorpusHost, [SEED_CORPUS]);
    assert.ok(seed.claims.size > 10);
    assertSameCorpus(packedCopy(seed), seed);
  });

  it('unpacks an empty corpus', () => {
    const empty = parseHere(new MemoryFiles(new Map())).corpus;
    const back = packedCopy(empty);
    assert.equal(back.claims.size, 0);
    assertSameCorpus(back, empty);
  });

  it('parses a claim only when it is asked for, and gives the same object each time', () => {
    const back = packedCopy(corpus);
    const claims = back.claims as PackedClaims;
    assert.ok(claims instanceof PackedClaims);
    assert.equal(claims.size, corpus.claims.size);
    assert.ok(claims.has('claim-1500') && !claims.has('no-such-claim'));
    assert.equal([...claims.keys()].length, corpus.claims.size);
    assert.equal(claims.materialised, 0, 'size, has and keys parse nothing');
    const one = claims.get('claim-1500');
    assert.deepEqual(one, corpus.claims.get('claim-1500'));
    assert.equal(claims.materialised, 1);
    assert.equal(claims.get('claim-1500'), one, 'the same object');
    assert.equal(claims.get('no-such-claim'), undefined);
    assert.equal(claims.materialised, 1);
    const firstThree: string[] = [];
    for (const [id] of claims) {
      firstThree.push(id);
      if (firstThree.length === 3) break;
    }
    assert.deepEqual(firstThree, [...corpus.claims.keys()].slice(0, 3));
    assert.equal(claims.materialised, 4, 'iterating parses as it goes');
    assert.equal([...claims.values()].find((c) => c.id === 'claim-1500'), one);
    assert.equal(claims.materialised, claims.size);
    let count = 0;
    claims.forEach((claim, id, map) => {
      assert.equal(claim.id, id);
      assert.equal(map, claims);
      count++;
    });
    assert.equal(count, claims.size);
  });

  it('packs an unpacked corpus again, and a corpus of claims packed before, to the same bytes', () => {
    const first = packCorpus(corpus);
    const again = packCorpus(corpus);
    assert.deepEqual(again, first, 'from the remembered JSON');
    const back = unpackCorpus(first);
    const repacked = packCorpus(back);
    assert.notEqual(repacked.claimJson.buffer, first.claimJson.buffer, 'new buffers, safe to transfer');
    assert.deepEqual(repacked, first);
    // A corpus of some unpacked and some fresh claims, as after a one-file change.
    const mixed: Corpus = { ...corpus, claims: new Map([...back.claims].map(([id, claim]) => [id, id === 'claim-3' ? { ...claim, text: 'Changed.' } : claim])) };
    assertSameCorpus(packedCopy(mixed), mixed);
  });

  it('refuses packed parts that do not fit together', () => {
    const packed = packCorpus(corpus);
    assert.throws(() => unpackCorpus({ ...packed, claimIds: 'a\nb' }), /inconsistent/);
    assert.throws(() => unpackCorpus({ ...packed, claimOffsets: packed.claimOffsets.map((o, i) => (i === 5 ? 0 : o)) }), /inconsistent/);
  });
});
