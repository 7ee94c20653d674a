// The index must answer exactly as `closestIds` does over the same ids, whatever they hold: the
// filter may only skip ids that could never be suggested.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { closestIds, editDistance, EditMeter } from '../../../src/core/check/closestIds';
import { NearIdIndex } from '../../../src/core/check/nearIds';

// Few letters, so ids share trigrams and near misses are common; "é" both composed and not, and a
// zero-width space, so `localeCompare` calls distinct ids equal; a lone surrogate, since ids are
// UTF-16 code units.
const LETTERS = ['a', 'b', 'c', 'd', '-', '2', '0', 'é', 'e\u0301', 'ß', '\u200b', '\ud83d', '😀'];
const letter = fc.constantFrom(...LETTERS);
const shortId = fc.array(letter, { maxLength: 16 }).map((parts) => parts.join(''));
const WORDS = ['smith', 'said', 'cuba', 'havana', 'trade', '2019', '2020', 'the', 'rice', 'tons', 'san'];
const kebabId = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join('-'));
const anyId = fc.oneof(shortId, kebabId);

type Edit = { at: number; kind: 'insert' | 'delete' | 'substitute' | 'transpose'; char: string };
const edit = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Edit['kind']>('insert', 'delete', 'substitute', 'transpose'),
  char: letter,
});

function applyEdits(id: string, edits: readonly Edit[]): string {
  let s = id;
  for (const { at, kind, char } of edits) {
    const i = s.length === 0 ? 0 : at % s.length;
    if (kind === 'insert') s = s.slice(0, i) + char + s.slice(i);
    else if (kind === 'delete') s = s.slice(0, i) + s.slice(i + 1);
    else if (kind === 'substitute') s = s.slice(0, i) + char + s.slice(i + 1);
    else if (i + 1 < s.length) s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  }
  return s;
}

/** A query drawn from `ids`: an id a few edits away, a fragment of one, or something unrelated. */
function queryFrom(ids: readonly string[]): fc.Arbitrary<string> {
  if (ids.length === 0) return anyId;
  const picked = fc.constantFrom(...ids);
  return fc.oneof(
    fc.tuple(picked, fc.array(edit, { maxLength: 5 })).map(([id, edits]) => applyEdits(id, edits)),
    fc.tuple(picked, fc.nat(), fc.nat()).map(([id, a, b]) => id.slice(Math.min(a, b) % (id.length + 1), Math.max(a, b) % (id.length + 1))),
    anyId,
    fc.string({ unit: 'binary', maxLength: 12 }),
  );
}

/** Ids from `words` joined by hyphens, many of them sharing words, as in a real corpus. */
function corpus(words: readonly string[], count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 + next(5) }, () => words[next(words.length)]).join('-'),
  );
}

describe('NearIdIndex', () => {
  it('answers as closestIds for random ids and queries', () => {
    const input = fc.array(anyId, { maxLength: 60 }).chain((ids) =>
      fc.tuple(fc.constant(ids), fc.array(queryFrom(ids), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 6 })),
    );
    fc.assert(
      fc.property(input, ([ids, queries, limit]) => {
        const index = new NearIdIndex(ids);
        for (const q of queries) assert.deepEqual(index.closest(q, limit), closestIds(q, ids, limit), q);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers as closestIds over thousands of ids sharing words, where counting stops short of the longest lists', () => {
    const words = ['cuba', 'havana', 'said', 'trade', 'rice', 'tons', '2019', '2020', 'minister', 'smith', 'sent', 'the'];
    const ids = corpus(words, 4000, 7);
    const index = new NearIdIndex(ids);
    fc.assert(
      fc.property(queryFrom(ids), (q) => {
        assert.deepEqual(index.closest(q), closestIds(q, ids), q);
      }),
      { numRuns: 400 },
    );
  });

  it('measures the same distances as editDistance, up to the bound, short ids and long', () => {
    const longId = fc.array(fc.oneof(letter, fc.constantFrom(...WORDS)), { minLength: 8, maxLength: 40 }).map((p) => p.join(''));
    const first = fc.oneof(anyId, longId, fc.string({ unit: 'binary', maxLength: 40 }));
    const pair = first.chain((a) => fc.tuple(fc.constant(a), fc.oneof(anyId, longId, fc.array(edit, { maxLength: 6 }).map((e) => applyEdits(a, e)))));
    fc.assert(
      fc.property(pair, fc.integer({ min: 0, max: 5 }), ([a, b], max) => {
        assert.equal(new EditMeter(a).within(b, max), Math.min(editDistance(a, b, max), max + 1));
      }),
      { numRuns: 5000 },
    );
    // Around 32 code units, where the bit-parallel form gives way to the band.
    for (let length = 29; length <= 35; length++) {
      const a = 'smith-said-cuba-havana-trade-2019'.padEnd(length, '-x').slice(0, length);
      for (const b of [a, `q${a}`, a.slice(1), `${a.slice(0, 10)}zz${a.slice(12)}`, `${a}-20`, a.split('').reverse().join('')]) {
        for (let max = 0; max <= 4; max++) assert.equal(new EditMeter(a).within(b, max), Math.min(editDistance(a, b, max), max + 1), `${a} ${b}`);
      }
    }
  });

  it('suggests the nearest ids first, then in locale order', () => {
    const ids = ['smith-said-cuba-2019', 'smith-said-cuba-2020', 'smyth-said-cuba-2019', 'jones-said-cuba-2019'];
    const index = new NearIdIndex(ids);
    assert.deepEqual(index.closest('smith-said-cuba-2091'), ['smith-said-cuba-2019', 'smith-said-cuba-2020', 'smyth-said-cuba-2019']);
    assert.deepEqual(index.closest('smith-said-cuba-2019', 1), ['smith-said-cuba-2019']);
  });

  it('suggests ids that contain a typed fragment, but not for fragments under four characters', () => {
    const ids = ['havana-received-40-russian-helicopters', 'havana-rum'];
    const index = new NearIdIndex(ids);
    assert.deepEqual(index.closest('russian-helicopters'), ['havana-received-40-russian-helicopters']);
    assert.deepEqual(index.closest('rum'), []);
    assert.deepEqual(index.closest('rum'), closestIds('rum', ids));
  });

  it('keeps duplicate ids and the callers order among ids that compare equal', () => {
    const ids = ['caf\u00e9-x', 'cafe\u0301-x', 'caf\u00e9-x', 'cafe-x'];
    const index = new NearIdIndex(ids);
    for (const q of ['caf\u00e9-y', 'cafe\u0301-x', 'cafe', 'x']) assert.deepEqual(index.closest(q, 10), closestIds(q, ids, 10), q);
    // Both contain the typed id, so both score `max`, and zero-width spaces compare as nothing:
    // the longer id, listed first, comes first, though the index holds ids shortest first.
    const tied = ['smith-saidzzzzz\u200b\u200b', 'smith-saidzzzzz\u200b'];
    assert.deepEqual(new NearIdIndex(tied).closest('smith-said'), tied);
  });

  it('answers as closestIds for odd limits, empty ids and an empty index', () => {
    const ids = ['', 'a', 'ab', 'abc', 'abcd-efgh', 'abcd-efgi'];
    const index = new NearIdIndex(ids);
    for (const limit of [0, -1, 2.5, Infinity, NaN]) {
      for (const q of ['', 'abcd', 'abcd-efgx']) assert.deepEqual(index.closest(q, limit), closestIds(q, ids, limit), `${q} ${limit}`);
    }
    assert.deepEqual(new NearIdIndex([]).closest('abc'), []);
  });

  it('answers as closestIds for ids longer than its length groups tell apart', () => {
    const long = 'a-'.repeat(600);
    const ids = [long, `${long}b`, `${long}bb-cc`, 'short-id', `x${long}`];
    const index = new NearIdIndex(ids);
    // One letter changed in the middle: a trigram no id holds, so only the length scan finds them.
    const changed = `${long.slice(0, 600)}x${long.slice(601)}`;
    for (const q of [long, `${long}c`, changed, long.slice(0, 1100), 'a-a-a-a-a-a-', `b${long}bb`]) {
      assert.deepEqual(index.closest(q), closestIds(q, ids), q.slice(0, 20));
    }
  });
});
