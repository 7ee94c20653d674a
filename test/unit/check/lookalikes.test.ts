// A newsroom's corpus holds many claims written alike ("X agreed to lend Y $N million for Z in YEAR"):
// a sentence must be judged against the one it restates, not against a neighbour that differs only in
// its figure or date.
import * as assert from 'node:assert/strict';
import { judgeSentence } from '../../../src/core/check/judge';
import { ClaimIndex } from '../../../src/core/index/claimIndex';
import { MemoryFiles, parseHere } from '../worker/helpers';

/** Forty loans from Japan to Mexico for a power plant, each with its own figure and year, and one for a geothermal plant in Morelos. */
function lookalikes(): ClaimIndex {
  const claims = Array.from({ length: 40 }, (_, i) => {
    const amount = 300 + i * 7;
    const year = 2001 + (i % 20);
    return `  - id: loan-${amount}\n    text: Japan agreed to lend Mexico $${amount} million for a power plant in ${year}.\n    source: s\n    quote: Japan will lend Mexico $${amount} million.\n    attributedTo: Japan's finance ministry\n`;
  });
  claims.push('  - id: loan-morelos\n    text: Japan agreed to lend Mexico $480 million for a geothermal power plant in Morelos in 2009.\n    source: s\n    quote: The geothermal plant in Morelos gets $480 million.\n    attributedTo: Japan\'s finance ministry\n');
  const files = new Map([
    ['claims/loans.yaml', `claims:\n${claims.join('')}`],
    ['sources/s.md', '---\nid: s\ntitle: Loans\noutlet: The Wire\n---\n'],
  ]);
  return new ClaimIndex(parseHere(new MemoryFiles(files)).corpus);
}

describe('check: claims written alike', () => {
  const index = lookalikes();

  it('finds the claim a sentence restates by its figure, among neighbours that share every word', () => {
    // loan-489 is the 28th claim: by words alone it ties with every other and is not among the candidates.
    const verdict = judgeSentence('Japan agreed to lend Mexico $489 million for a power plant in 2008.', index);
    assert.equal(verdict.kind, 'supported');
    assert.equal(verdict.kind === 'supported' && verdict.support[0].claimId, 'loan-489');
  });

  it('still reports the figure a sentence gets wrong', () => {
    const verdict = judgeSentence('Japan agreed to lend Mexico $900 million for a power plant in 2008.', index);
    assert.equal(verdict.kind, 'contradiction');
  });

  it('takes another figure at another date for another event, not a contradiction', () => {
    assert.equal(judgeSentence('Japan agreed to lend Mexico $480 million for a geothermal power plant in Morelos in 2009.', index).kind, 'supported');
    assert.equal(judgeSentence('Japan agreed to lend Mexico $480 million for a geothermal power plant in Morelos in 2012.', index).kind, 'contradiction');
    assert.equal(judgeSentence('Japan agreed to lend Mexico $950 million for a geothermal power plant in Morelos in 2009.', index).kind, 'contradiction');
    assert.equal(judgeSentence('Japan agreed to lend Mexico $950 million for a geothermal power plant in Morelos in 2031.', index).kind, 'unsourced');
  });
});
