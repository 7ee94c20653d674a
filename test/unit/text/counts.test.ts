// Counts written for people match what en-US toLocaleString writes, without loading locale data.
import * as assert from 'node:assert/strict';
import { groupThousands } from '../../../src/core/text/counts';

describe('text: counts with thousands separators', () => {
  it('groups digits as en-US does', () => {
    const cases = [0, 1, 12, 999, 1000, 9999, 10000, 100000, 1234567, 1000000000, -1, -1234, -1234567, 50 * 2 ** 20, 12.5, 1234.25];
    for (const n of cases) assert.equal(groupThousands(n), n.toLocaleString('en-US', { maximumFractionDigits: 20 }), String(n));
  });
});
