// The bounded memo behind claim facts: what is used stays, memory stays under two generations.
import * as assert from 'node:assert/strict';
import { GenerationalCache } from '../../../src/core/index/generationalCache';

describe('index: generational cache', () => {
  it('keeps at most two generations, and keeps what is read once per generation', () => {
    const cache = new GenerationalCache<number, string>(3);
    for (let i = 0; i < 3; i++) cache.set(i, `v${i}`);
    assert.equal(cache.size, 3);
    cache.set(3, 'v3'); // young [3], old [0, 1, 2]
    assert.equal(cache.get(0), 'v0'); // promoted: young [3, 0]
    cache.set(4, 'v4'); // young [3, 0, 4]
    cache.set(5, 'v5'); // young [5], old [3, 0, 4]: 1 and 2 are gone
    assert.equal(cache.get(1), undefined);
    assert.equal(cache.get(2), undefined);
    assert.equal(cache.get(0), 'v0');
    assert.equal(cache.get(4), 'v4');
    assert.ok(cache.size <= 6, `${cache.size} entries`);
  });

  it('never holds more than two generations, whatever the pattern of use', () => {
    const cache = new GenerationalCache<number, number>(50);
    let seed = 3;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const key = seed % 400;
      if (cache.get(key) === undefined) cache.set(key, key * 2);
      else assert.equal(cache.get(key), key * 2);
      assert.ok(cache.size <= 100);
    }
  });

  it('refuses a generation of no entries', () => {
    assert.throws(() => new GenerationalCache(0), RangeError);
  });
});
