// The word scanner is hand-written for speed; it must split exactly as the plain Unicode rule says.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { words } from '../../../src/core/text/words';

// The rule, as a regex: letters, marks and digits, joined across inner ' ’ - and across , . between digits.
const RULE = /[\p{L}\p{M}\p{N}]+(?:(?:['\u2019-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const byRule = (text: string) => [...text.matchAll(RULE)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));

describe('words', () => {
  it('splits news copy', () => {
    assert.deepEqual(words("López Miera's 76,000 members, $8.5 billion; 19-year-old").map((w) => w.text), ['López', "Miera's", '76,000', 'members', '8.5', 'billion', '19-year-old']);
  });

  it('agrees with the Unicode rule on any text, emoji and lone surrogates included', () => {
    const alphabet = fc.constantFrom('a', 'Z', '9', ' ', '-', "'", ',', '.', '\u2019', 'é', '\u0308', '字', '👍', '\ud83d', '\udc4d', 'ب');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
      assert.deepEqual(words(text), byRule(text));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      assert.deepEqual(words(text), byRule(text));
    }), { numRuns: 500 });
  });
});
