// isCalendarDate reads dates digit by digit for speed: it must accept exactly what the plain
// definition does (DATE_PATTERN, then a real month and day, leap years included).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DATE_PATTERN, isCalendarDate } from '../../../src/core/corpus/fields';

/** The definition: the pattern, then the month and day checked against the Gregorian calendar. */
function byDefinition(date: string): boolean {
  if (!new RegExp(DATE_PATTERN).test(date)) return false;
  const [, month, day] = date.split('-').map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const year = Number(date.slice(0, 4));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day >= 1 && day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

describe('corpus: calendar dates', () => {
  it('accepts real dates and refuses others, leap years included', () => {
    for (const date of ['2024', '2024-02', '2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01']) assert.ok(isCalendarDate(date), date);
    for (const date of ['2023-02-29', '1900-02-29', '2023-13', '2023-00', '2023-04-31', '2023-01-00', '202', '2023-1-01', '2023/01/01', ' 2023', '2023-01-01\n', '２０２３']) {
      assert.ok(!isCalendarDate(date), date);
    }
  });

  it('agrees with the definition on any string of digits and dashes', () => {
    const date = fc.array(fc.constantFrom('0', '1', '2', '3', '9', '-', '4', 'x'), { maxLength: 11 }).map((cs) => cs.join(''));
    const shaped = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 3 }))
      .map(([y, m, d, parts]) => [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, parts).join('-'));
    fc.assert(fc.property(fc.oneof(date, shaped), (text) => assert.equal(isCalendarDate(text), byDefinition(text), text)), { numRuns: 5000 });
  });
});
