// A packed corpus unpacks to the very corpus assembleCorpus made (same order, same claims, sources,
// problems), and parses a claim only when it is asked for, once.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { nodeCorpusHost } from '../../../src/cli/nodeHost';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus';
import { PackedClaims } from '../../../src/core/corpus/packedClaims';
import { lineSteps, packCorpus, packedCopy, packedTransferables, unpackCorpus } from '../../../src/core/corpus/packedCorpus';
import { runSteps } from '../../../src/core/steps';
import { relatedClaims } from '../../../src/core/corpus/relatedClaims';
import type { Corpus } from '../../../src/core/corpus/types';
import { idHover } from '../../../src/core/features/hoverModel';
import { assertSameCorpus, MemoryFiles, parseHere } from './helpers';
import { syntheticCorpus } from './syntheticCorpus';

const SEED_CORPUS = join(__dirname, '..', '..', '..', '..', 'corpus');

/** Claims with non-ASCII text, a duplicate, an unknown source and a broken file, so every part of a corpus is exercised. */
const ODD = new Map([
  ['claims/odd.yaml', 'claims:\n  - id: claim-1\n    text: A duplicate id.\n    source: source-0\n    quote: q\n    attributedTo: A\n  - id: émigré-claim\n    text: «Ünïcödé» text — with 🙂 and 中文.\n    source: nowhere\n    quote: "𝒬uote"\n    attributedTo: José Martí\n    contradicts: [no-such-claim]\n'],
  ['claims/syntax.yaml', 'claims:\n  - id: [unclosed\n'],
  // Relations both ways, to itself, named twice, and to a claim that does not exist.
  ['claims/related.yaml', 'claims:\n'
    + '  - id: rel-a\n    text: A.\n    source: source-0\n    quote: q\n    attributedTo: A\n    contradicts: [rel-b, rel-b, rel-a]\n    qualifies: [claim-7, rel-c]\n'
    + '  - id: rel-b\n    text: B.\n    source: source-0\n    quote: q\n    attributedTo: B\n    contradicts: [rel-a]\n    qualifies: [claim-7, missing-one]\n'
    + '  - id: rel-c\n    text: C.\n    source: source-1\n    quote: q\n    attributedTo: C\n    qualifies: [rel-a]\n'],
]);

function roundTrip(corpus: Corpus): Corpus {
  // Through a transferred copy, as between the worker and the host.
  const copy = packedCopy(packCorpus(corpus));
  return unpackCorpus(structuredClone(copy, { transfer: packedTransferables(copy) }));
}

describe('worker: packed corpora', () => {
  const files = new MemoryFiles(new Map([...syntheticCorpus(2000, 100).files, ...ODD]));
  const { corpus } = parseHere(files);

  it('unpacks to the corpus it was packed from', () => {
    assertSameCorpus(roundTrip(corpus), corpus);
  });

  it('unpacks the seed corpus as loaded', async () => {
    const seed = await loadCorpus(nodeCorpusHost, [SEED_CORPUS]);
    assert.ok(seed.claims.size > 10);
    assertSameCorpus(roundTrip(seed), seed);
  });

  it('reads packed lines a slice at a time, each slice ending at a line break', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `claim-${'é'.repeat(i % 7)}${i}`);
    const bytes = new TextEncoder().encode(ids.join('\n'));
    for (const perStep of [1, 2, 7, 64, 1000, bytes.length, bytes.length + 10]) {
      const steps = lineSteps(bytes, perStep, (line) => line);
      let step = steps.next();
      let count = 0;
      for (; !step.done; step = steps.next()) count++;
      assert.deepEqual(step.value, ids, `${perStep} bytes a step`);
      assert.ok(perStep >= bytes.length || count > 1, `${count} steps of ${perStep} bytes`);
    }
    assert.deepEqual(runSteps(lineSteps(new Uint8Array(0), 10, (line) => line)), []);
    const values = [{ a: 'line\nbreak' }, 'text', 3, null, ['x']];
    const json = new TextEncoder().encode(values.map((v) => JSON.stringify(v)).join('\n'));
    assert.deepEqual(runSteps(lineSteps(json, 4, (line) => JSON.parse(line) as unknown)), values);
  });

  it('unpacks an empty corpus', () => {
    const empty = parseHere(new MemoryFiles(new Map())).corpus;
    const back = roundTrip(empty);
    assert.equal(back.claims.size, 0);
    assertSameCorpus(back, empty);
  });

  it('parses a claim only when it is asked for, and gives the same object each time', () => {
    const back = roundTrip(corpus);
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
    assert.equal(packCorpus(back), first, 'the form it came from');
    const copy = packedCopy(first);
    assert.notEqual(copy.claimJson.buffer, first.claimJson.buffer, 'new buffers, safe to transfer');
    assert.deepEqual(copy, first);
    // Claims remember their JSON as views of the pack, not of a copy sent away: packing a fresh corpus,
    // transferring a copy and packing again gives the same bytes.
    const fresh: Corpus = { ...corpus, claims: new Map([...corpus.claims].map(([id, claim]) => [id, { ...claim }])) };
    const packed = packCorpus(fresh);
    const sent = packedCopy(packed);
    structuredClone(sent, { transfer: packedTransferables(sent) });
    assert.equal(sent.claimJson.length, 0, 'the copy was transferred away');
    assert.deepEqual(packCorpus({ ...fresh }), packed);
    // A corpus of some unpacked and some fresh claims, as after a one-file change.
    const mixed: Corpus = { ...corpus, claims: new Map([...back.claims].map(([id, claim]) => [id, id === 'claim-3' ? { ...claim, text: 'Changed.' } : claim])) };
    assertSameCorpus(roundTrip(mixed), mixed);
    // A hand-built claim with a field a packed record has no place for is stored whole.
    const odd = { ...back.claims.get('claim-4')!, note: 'extra' };
    const withExtra: Corpus = { ...corpus, claims: new Map([...corpus.claims].map(([id, claim]) => [id, id === 'claim-4' ? odd : claim])) };
    assert.deepEqual(roundTrip(withExtra).claims.get('claim-4'), odd);
  });

  it('carries the reverse relations, so a hover parses only the claims it shows', () => {
    const back = roundTrip(corpus);
    const claims = back.claims as PackedClaims;
    assert.deepEqual(back.reverseRelations!.contradictedBy('rel-b'), ['rel-a'], 'a name written twice is kept once by the parser');
    assert.deepEqual(back.reverseRelations!.qualifiedBy('claim-7'), ['rel-a', 'rel-b']);
    assert.deepEqual(back.reverseRelations!.qualifiedBy('missing-one'), []);
    const hover = idHover(back, 'rel-a');
    assert.deepEqual(hover, idHover(corpus, 'rel-a'));
    assert.ok(hover.kind === 'claim');
    assert.deepEqual(hover.related.map((r) => `${r.relation} ${r.id}`), ['contradicts rel-b', 'qualifies claim-7', 'qualifies rel-c', 'qualified by rel-c']);
    assert.equal(claims.materialised, 4, 'the claim and the three it shows');
    // A claim many others contradict (synthetic claims name earlier ones at random).
    const reverse = back.reverseRelations!;
    const target = [...back.claims.keys()].find((id) => reverse.contradictedBy(id).length >= 2)!;
    assert.ok(target, 'some claim is contradicted twice');
    const before = claims.materialised;
    const shown = idHover(back, target);
    assert.ok(shown.kind === 'claim' && shown.related.length >= 2);
    assert.deepEqual(shown, idHover(corpus, target));
    assert.ok(claims.materialised - before <= 1 + shown.related.length, `parsed ${claims.materialised - before}`);
  });

  it('relates claims the same way in a corpus built without reverse relations', () => {
    const bare: Corpus = { ...corpus, reverseRelations: undefined };
    for (const id of ['rel-a', 'rel-b', 'rel-c', 'claim-7', 'no-such-claim']) assert.deepEqual(relatedClaims(bare, id), relatedClaims(corpus, id), id);
  });

  it('refuses packed parts that do not fit together', () => {
    const packed = packCorpus(corpus);
    assert.throws(() => unpackCorpus({ ...packed, claimIds: new TextEncoder().encode('a\nb') }), /inconsistent/);
    assert.throws(() => unpackCorpus({ ...packed, claimOffsets: packed.claimOffsets.map((o, i) => (i === 5 ? 0 : o)) }), /inconsistent/);
    assert.throws(() => unpackCorpus({ ...packed, contradictedBy: Int32Array.of(0, packed.claimOffsets.length + 5) }), /inconsistent/);
    assert.throws(() => unpackCorpus({ ...packed, qualifiedBy: Int32Array.of(3, 1, 2) }), /inconsistent/);
  });
});
