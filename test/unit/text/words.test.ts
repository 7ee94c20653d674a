// The word scanner is hand-written for speed; it must split exactly as the plain Unicode rule says.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { WordCursor, words } from '../../../src/core/text/words';
import { wordHash } from '../../../src/core/text/wordHash';

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

  it('agrees with the Unicode rule on text from the whole BMP (letters of every script, marks, numbers, symbols)', () => {
    // A comma or point joins ASCII digits only ("8.5", not "⅐.7"): the rule, so written.
    const rule = /[\p{L}\p{M}\p{N}]+(?:(?:['\u2019-]|(?<=[0-9])[.,](?=[0-9]))[\p{L}\p{M}\p{N}]+)*/gu;
    const unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    const joiner = fc.constantFrom(' ', '-', "'", ',', '.', '\u2019', 'a', '7');
    fc.assert(fc.property(fc.array(fc.oneof(unit, joiner), { maxLength: 50 }).map((cs) => cs.join('')), (text) => {
      assert.deepEqual(words(text), [...text.matchAll(rule)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length })));
    }), { numRuns: 3000 });
  });

  it('cursor: walks the same words, with each word\'s hash as WordTable computes it, across resets', () => {
    const alphabet = fc.constantFrom('a', 'Z', '9', ' ', '-', "'", ',', '.', '\u2019', 'é', '\u0308', '字', '👍', '𝐀', '\ud83d', '\udc4d', 'ب');
    const cursor = new WordCursor();
    fc.assert(fc.property(fc.array(fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join('')), { maxLength: 4 }), (texts) => {
      for (const text of texts) {
        cursor.reset(text);
        const found: { text: string; start: number; end: number }[] = [];
        while (cursor.next()) {
          assert.equal(cursor.hash, wordHash(text, cursor.start, cursor.end));
          found.push({ text: text.slice(cursor.start, cursor.end), start: cursor.start, end: cursor.end });
        }
        assert.deepEqual(found, words(text));
        assert.equal(cursor.next(), false, 'stays at the end');
      }
    }), { numRuns: 1000 });
  });
});
