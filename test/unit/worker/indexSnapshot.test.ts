// An index snapshot restores the very index it was taken from, in one go or step by step, and an
// index over restored data answers as the one built from the corpus.
import * as assert from 'node:assert/strict';
import { ClaimIndex } from '../../../src/core/index/claimIndex';
import { restoreIndexData, restoreSteps, snapshotOf } from '../../../src/core/index/indexSnapshot';
import { termSet } from '../../../src/core/text/terms';
import { assertSameIndex, MemoryFiles, parseHere } from './helpers';
import { syntheticCorpus } from './syntheticCorpus';

describe('worker: index snapshots', () => {
  const { corpus, index } = parseHere(new MemoryFiles(syntheticCorpus(2000, 100).files));

  it('restores the data it was taken from', () => {
    assertSameIndex(new ClaimIndex(corpus, restoreIndexData(snapshotOf(index.data()))), index);
  });

  it('leaves out ids that are the corpus\'s, and restores them from the corpus', () => {
    const corpusIds = [...corpus.claims.keys()];
    const snapshot = snapshotOf(index.data(), corpusIds);
    assert.equal(snapshot.ids, undefined);
    assertSameIndex(new ClaimIndex(corpus, restoreIndexData(snapshot, corpusIds)), index);
    assert.throws(() => restoreIndexData(snapshot), /leaves out its ids/);
    // Other ids (another order) are kept, and win over the corpus's.
    const reversed = [...corpusIds].reverse();
    const kept = snapshotOf(index.data(), reversed);
    assert.equal(kept.ids, corpusIds.join('\n'));
    assert.deepEqual(restoreIndexData(kept, reversed).ids, corpusIds);
  });

  it('restores step by step, yielding between steps', () => {
    const steps = restoreSteps(snapshotOf(index.data()));
    let count = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) count++;
    assert.ok(count >= 2, `${count} steps`);
    assertSameIndex(new ClaimIndex(corpus, step.value), index);
  });

  it('answers searches as the built index does', () => {
    const restored = new ClaimIndex(corpus, restoreIndexData(snapshotOf(index.data())));
    for (const query of ['army recruits in Havana', 'minister statement', 'García said', 'passport visa border']) {
      assert.deepEqual(restored.search(termSet(query), 5), index.search(termSet(query), 5), query);
      assert.deepEqual(restored.searchPrefix(query.split(' ')[0], 5), index.searchPrefix(query.split(' ')[0], 5), query);
    }
    assert.equal(restored.size, index.size);
  });

  it('rejects an inconsistent snapshot', () => {
    assert.throws(() => restoreIndexData({ ...snapshotOf(index.data()), offsets: new Int32Array(1) }), /inconsistent/);
    assert.throws(() => restoreIndexData({ ...snapshotOf(index.data()), ordinals: new Int32Array(index.data().ordinals.length).fill(1e9) }), /inconsistent/);
  });
});
