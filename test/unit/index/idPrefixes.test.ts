// Ids by prefix must equal "sort all ids, keep those starting with the prefix, take the first n".
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { IdPrefixes } from '../../../src/core/index/idPrefixes';

describe('index: ids by prefix', () => {
  it('equals filtering the sorted ids, for any ids, prefix and limit', () => {
    const id = fc.stringMatching(/^[a-c][a-c0-9:-]{0,6}$/);
    fc.assert(fc.property(fc.uniqueArray(id, { maxLength: 300 }), fc.stringMatching(/^[a-c]{0,3}$/), fc.integer({ min: 0, max: 40 }), (ids, prefix, limit) => {
      const expected = [...ids].sort().filter((x) => x.startsWith(prefix)).slice(0, limit);
      assert.deepEqual(new IdPrefixes(ids).startingWith(prefix, limit), expected);
    }), { numRuns: 300 });
  });

  it('keeps the first ids in order when far more match than are asked for', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `claim-${(i * 7919) % 5000}`);
    const got = new IdPrefixes(ids).startingWith('claim-1', 20);
    assert.deepEqual(got, ids.filter((x) => x.startsWith('claim-1')).sort().slice(0, 20));
  });
});
