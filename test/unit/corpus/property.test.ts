import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCorpusFile } from '../../../src/core/corpus/parseCorpusFile';
import { assembleCorpus } from '../../../src/core/corpus/assembleCorpus';

// Fragments that steer random text towards the parsers' interesting paths.
const pieces = fc.constantFrom(
  'claims:\n', 'sources:\n', '  - id: a\n', '    text: t\n', '    quote: "q\n', "    quote: 'q'\n", '    source: s\n', '    attributedTo: x\n',
  '    date: 2023-02-30\n', '    tags: [a, *x]\n', '  - &x [1]\n', '\t', '---\n', '## c\n', '> q\n', '- tags: a, b\n', 'id: s\n', 'source: s\n',
  '[', '{', ']', '}', '*', '&', '!', '|', '>', '#', ':', '-', ' ', '\n', '\r\n', '\r', '"', "'", '\uFEFF', '\u2028', '😀', '\0',
);
const texts = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')));

describe('corpus: parsing arbitrary text (property)', () => {
  it('never throws, and every span lies within the text', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(texts, fc.constantFrom('c.yaml', 'c.md'), (text, file) => {
        const result = parseCorpusFile(file, text);
        const corpus = assembleCorpus([result]);
        for (const finding of corpus.problems) {
          assert.ok(finding.span.start >= 0 && finding.span.start <= finding.span.end && finding.span.end <= text.length, JSON.stringify(finding));
          assert.ok(finding.code.startsWith('corpus-'));
        }
        for (const claim of result.claims) assert.ok(claim.location.start.line >= 0 && claim.quote.trim() !== '');
      }),
      { numRuns: 1500 },
    );
  });
});
