import * as assert from 'node:assert/strict';
import { compareDates, extractDates, parseIsoDate } from '../../../src/core/facts/dates';

const parts = (text: string) => extractDates(text).map(({ year, month, day, weekday, written }) => ({ year, month, day, weekday, written }));

describe('extractDates', () => {
  it('reads the date forms news copy uses', () => {
    assert.deepEqual(parts('On Sept. 5, 2023, an official spoke.')[0], { year: 2023, month: 9, day: 5, weekday: undefined, written: 'Sept. 5, 2023' });
    assert.deepEqual(parts('On Aug, 30, 2023, two men')[0].day, 30);
    assert.deepEqual(parts('Havana, 28 September 2023 — the ambassador')[0], { year: 2023, month: 9, day: 28, weekday: undefined, written: '28 September 2023' });
    assert.equal(parts('silent until September 4, when')[0].day, 4);
    assert.equal(parts('On Monday, the ministry')[0].weekday, 1);
    assert.equal(parts('in June 2023')[0].month, 6);
    assert.deepEqual(parts('the Cold War (1945-1991)').map((d) => d.year), [1945, 1991]);
  });

  it('does not take modal "may" or "march" for a month', () => {
    assert.deepEqual(parts('Officials may March on the capital.'), []);
    assert.equal(parts('On May 24, 2023, outlets reported')[0].month, 5);
    assert.equal(parts('in March the regime signed')[0].month, 3);
  });

  it('compares only the parts written on both sides', () => {
    const sept4 = parseIsoDate('2023-09-04')!;
    assert.equal(compareDates(extractDates('on Monday')[0], sept4), 'same');
    assert.equal(compareDates(extractDates('on Friday')[0], sept4), 'conflict');
    assert.equal(compareDates(extractDates('in September')[0], sept4), 'same');
    assert.equal(compareDates(extractDates('in October 2023')[0], sept4), 'conflict');
    assert.equal(compareDates(extractDates('in 2022')[0], sept4), 'conflict');
    assert.equal(compareDates(extractDates('on Monday')[0], parseIsoDate('2023')!), 'unrelated');
  });
});
