// Inputs that would expose quadratic work. No timing assertions: mocha's timeout is the guard.
import * as assert from 'node:assert';
import { citationAt, completionContext, parseCitations } from '../../../src/core/draft/citations';
import { parseDraft } from '../../../src/core/draft/parseDraft';

const MB = 1 << 20;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

describe('large and hostile inputs', function () {
  this.timeout(60000);

  const hostile: [string, string][] = [
    ['a 1 MB single line of sentences', repeatTo('Gen. K. Smith met Dr. Jones in the U.S. on Sept. 5, 2023 for $8.5 billion. ', MB)],
    ['unclosed brackets', repeatTo('[@a ', MB)],
    ['nested brackets', '['.repeat(MB / 2) + ']'.repeat(MB / 2)],
    ['unmatched backtick runs of many lengths', Array.from({ length: 1500 }, (_, i) => '`'.repeat(i + 1) + ' x ').join('')],
    ['unclosed comments and tags', repeatTo('<!-- <a x="y ', MB)],
    ['link openers without destinations', repeatTo('](x(', MB)],
    ['emphasis markers', repeatTo('*a _b ~c ', MB)],
    ['periods without spaces', repeatTo('a.', MB)],
    ['a long URL', 'http://' + repeatTo('a)', MB)],
    ['bare at-signs', repeatTo('@a@', MB)],
  ];

  for (const [name, text] of hostile) {
    it(`finishes on ${name}`, () => {
      for (const kind of ['markdown', 'plaintext'] as const) {
        const draft = parseDraft(text, kind);
        assert.ok(Array.isArray(draft.sentences));
      }
      citationAt(text, text.length >> 1);
      completionContext(text, text.length >> 1);
    });
  }

  it('parses a 10,000-word draft and a many-paragraph 5 MB draft', () => {
    const paragraph = 'On Sept. 5, 2023, an official told **The Moscow Times** that battalions were mainly Cubans [@mt-2023, p. 3]. ' +
      'Gen. Nikolai Patrushev signed a memorandum (see [the text](https://example.org/a)). @doe says `code` differs.\n\n';
    const small = paragraph.repeat(Math.ceil(10000 / 40));
    assert.ok(parseDraft(small, 'markdown').sentences.length > 700);
    const large = paragraph.repeat(Math.ceil((5 * MB) / paragraph.length));
    const draft = parseDraft(large, 'markdown');
    assert.strictEqual(draft.citations.length, parseCitations(large).length);
  });
});
