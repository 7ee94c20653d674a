// Pruned scoring must rank exactly as summing every posting does.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TopClaims, type WeightedTerm } from '../../../src/core/index/topClaims';

/** Postings from per-term claim sets. */
function postingsOf(lists: readonly (readonly number[])[]): { offsets: Int32Array; ordinals: Int32Array } {
  const offsets = new Int32Array(lists.length + 1);
  const all: number[] = [];
  lists.forEach((list, i) => {
    offsets[i] = all.length;
    all.push(...[...new Set(list)].sort((a, b) => a - b));
  });
  offsets[lists.length] = all.length;
  return { offsets, ordinals: Int32Array.from(all) };
}

/** Every posting summed (in the order the scorer adds terms: heaviest first, as 32-bit floats), ranked by score then ordinal. */
function bruteForce(p: { offsets: Int32Array; ordinals: Int32Array }, query: readonly WeightedTerm[], limit: number): [number, number][] {
  const len = (t: WeightedTerm) => p.offsets[t.tid + 1] - p.offsets[t.tid];
  const terms = query.filter((t) => Math.fround(t.weight) > 0 && len(t) > 0).sort((a, b) => b.weight - a.weight || len(a) - len(b) || a.tid - b.tid);
  const scores = new Map<number, number>();
  // Scores are kept as 32-bit floats, each sum rounded as it is stored.
  for (const t of terms) for (let k = p.offsets[t.tid]; k < p.offsets[t.tid + 1]; k++) scores.set(p.ordinals[k], Math.fround((scores.get(p.ordinals[k]) ?? 0) + t.weight));
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
}

describe('index: top claims for weighted terms', () => {
  it('equals summing every posting, for any postings, weights and limit', () => {
    const size = 400;
    const arb = fc.record({
      // Some long lists (common terms) and some short ones (rare terms), as in a real corpus.
      lists: fc.array(fc.oneof(fc.array(fc.nat(size - 1), { maxLength: 8 }), fc.array(fc.nat(size - 1), { minLength: 50, maxLength: 350 })), { minLength: 1, maxLength: 12 }),
      weights: fc.array(fc.oneof(fc.double({ min: 0, max: 12, noNaN: true }), fc.constantFrom(0.5, 1, 2, 2, 3)), { minLength: 12, maxLength: 12 }),
      limit: fc.integer({ min: 1, max: 15 }),
    });
    fc.assert(fc.property(arb, ({ lists, weights, limit }) => {
      const p = postingsOf(lists);
      const scorer = new TopClaims(p, size);
      const query = lists.map((_, tid) => ({ tid, weight: weights[tid] }));
      assert.deepEqual(scorer.top(query, limit), bruteForce(p, query, limit));
      // The scratch arrays are clean for the next query.
      assert.deepEqual(scorer.top(query.slice(0, 1), limit), bruteForce(p, query.slice(0, 1), limit));
    }), { numRuns: 500 });
  });

  it('prunes: a rare heavy term and many common light ones still rank the claims holding the rare term first', () => {
    const size = 20_000;
    const common = Array.from({ length: 6 }, (_, t) => Array.from({ length: 6000 }, (_, i) => (i * (t + 3)) % size));
    const rare = [17, 4242, 19_999];
    const p = postingsOf([rare, ...common]);
    const query = [{ tid: 0, weight: 9 }, ...common.map((_, i) => ({ tid: i + 1, weight: 0.4 }))];
    const top = new TopClaims(p, size).top(query, 3);
    assert.deepEqual(top, bruteForce(p, query, 3));
    assert.deepEqual(top.map(([o]) => o).sort((a, b) => a - b), rare);
  });
});
