import * as assert from 'node:assert/strict';
import { extractQuantities, quantitiesCompatible } from '../../../src/core/facts/quantities';

function one(text: string) {
  const qs = extractQuantities(text);
  assert.equal(qs.length, 1, `expected one quantity in "${text}", got ${JSON.stringify(qs.map((q) => q.written))}`);
  return qs[0];
}

describe('extractQuantities', () => {
  it('reads qualifiers before numbers', () => {
    assert.equal(one('the presence of at least 200 Cubans').qualifier, 'at-least');
    assert.equal(one('units of about 199 Cubans').qualifier, 'about');
    assert.equal(one('arrested nearly twenty people').qualifier, 'nearly');
    assert.equal(one('fewer than 50 recruits').qualifier, 'at-most');
    assert.equal(one('more than 300 arrests').qualifier, 'at-least');
    assert.equal(one('122 scanned passports').qualifier, 'exact');
    assert.equal(one('after 60+ years of socialism').qualifier, 'at-least');
  });

  it('reads number words and scales', () => {
    assert.equal(one('nearly twenty people').value, 20);
    assert.equal(one('two hundred passports').value, 200);
    assert.equal(one('seventy-six thousand members').value, 76_000);
    assert.equal(one('$8.5 billion in condoned debt').value, 8_500_000_000);
    assert.equal(one('€155 million in financial assistance').measure, 'eur');
    const trade = one('exchanges totalled 451 million dollars');
    assert.equal(trade.value, 451_000_000);
    assert.equal(trade.measure, 'usd');
  });

  it('keeps what is counted', () => {
    assert.deepEqual(one('650 tons of vegetable oil').unit, ['ton', 'veget', 'oil']);
    assert.deepEqual(one('nearly 76,000 members.').unit, ['member']);
    assert.deepEqual(one('122 scanned passports of Cubans').unit.slice(0, 2), ['scan', 'passport']);
  });

  it('does not count years, dates or "one of"', () => {
    assert.deepEqual(extractQuantities('In 2022, on September 4 and on Sept. 5, 2023, one of the officers spoke.'), []);
  });

  it('reads ages and spans', () => {
    const text = 'two 19-year-old Cuban citizens';
    const age = extractQuantities(text).find((q) => q.value === 19)!;
    assert.equal(text.slice(age.start, age.end), '19-year-old');
    assert.deepEqual(age.unit, ['year']);
  });

  it('compares qualified ranges', () => {
    const [a, b] = [one('at least 200 Cubans'), one('about 199 Cubans')];
    assert.ok(quantitiesCompatible(a, b));
    assert.ok(quantitiesCompatible(one('roughly 200 passports'), one('about 199 passports')));
    assert.ok(!quantitiesCompatible(one('122 passports'), one('about 200 passports')));
    assert.ok(!quantitiesCompatible(one('fewer than 50 recruits'), one('at least 200 recruits')));
    assert.ok(quantitiesCompatible(one('close to twenty people'), one('nearly twenty people')));
    assert.ok(!quantitiesCompatible(one('more than two hundred people'), one('nearly twenty people')));
    assert.ok(quantitiesCompatible(one('hundreds of men'), one('about 200 men')));
  });
});
