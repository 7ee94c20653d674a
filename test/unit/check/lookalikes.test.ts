// A newsroom's corpus holds many claims written alike ("X agreed to lend Y $N million for Z in YEAR"):
// a sentence must be judged against the one it restates, not against a neighbour that differs only in
// its figure or date.
import * as assert from 'node:assert/strict';
import { judgeSentence } from '../../../src/core/check/judge';
import { ClaimIndex } from '../../../src/core/index/claimIndex';
import { suggestClaims } from '../../../src/core/suggest';
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

  it('offers that claim first when citing the sentence', () => {
    assert.equal(suggestClaims(index, 'Japan agreed to lend Mexico $489 million for a power plant in 2008.', '')[0]?.id, 'loan-489');
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

describe('check: a common word that tells lookalikes apart', () => {
  it('scores the claims the rarer terms rank best with the common terms too', () => {
    // 700 trade figures between Chile and Peru (over the share of claims whose postings search reads):
    // the figure and year tie the target with 40 earlier claims about Spain and Portugal, and only
    // "Chile" and "Peru" tell which one is restated.
    const lines: string[] = [];
    for (let i = 0; i < 700; i++) {
      // No (amount, year) pair here is the target's: 250 is i ≡ 30 (mod 50), 2018 is i ≡ 18 (mod 20).
      lines.push(`  - id: chile-${i}\n    text: Trade between Chile and Peru reached $${100 + (i % 50) * 5} million in ${2000 + (i % 20)}.\n    source: s\n    quote: q\n    attributedTo: A\n`);
    }
    for (let i = 0; i < 40; i++) lines.push(`  - id: other-${i}\n    text: Trade between Spain and Portugal reached $250 million in 2018.\n    source: s\n    quote: q\n    attributedTo: A\n`);
    lines.push('  - id: target\n    text: Trade between Chile and Peru reached $250 million in 2018.\n    source: s\n    quote: q\n    attributedTo: A\n');
    const index = new ClaimIndex(parseHere(new MemoryFiles(new Map([['claims/trade.yaml', `claims:\n${lines.join('')}`]]))).corpus);
    assert.equal(index.search(['trade', 'chile', 'peru', '#250', '#2018'], 3)[0]?.id, 'target');
  });
});
