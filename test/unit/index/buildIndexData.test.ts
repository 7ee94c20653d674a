// The index build takes shortcuts for speed (words looked up by offset, postings as typed-array pairs):
// it must produce exactly what the plain definition gives — every claim's distinct terms, per term
// the claims in corpus order, document frequency over text and quote.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildIndexData } from '../../../src/core/index/buildIndexData';
import type { Corpus } from '../../../src/core/corpus/types';
import { termOf, termSet, valueTerm, valueTerms } from '../../../src/core/text/terms';
import { words } from '../../../src/core/text/words';
import { WordTable } from '../../../src/core/text/wordTable';
import { MemoryFiles, parseHere } from '../worker/helpers';
import { syntheticCorpus } from '../worker/syntheticCorpus';
import { shippedCore } from '../check/helpers';

/** The index data by its definition, with Sets and Maps. */
function reference(corpus: Corpus): { ids: string[]; postings: Map<string, number[]>; docFreq: Map<string, number> } {
  const ids: string[] = [];
  const postings = new Map<string, number[]>();
  const docFreq = new Map<string, number>();
  for (const claim of corpus.claims.values()) {
    const ordinal = ids.push(claim.id) - 1;
    // Content terms, and the value terms of figures (not of a source's outlet, author and title).
    const withValues = (text: string, values = true) => new Set([...termSet(text), ...(values ? valueTerms(words(text)) : [])]);
    const judged = withValues(`${claim.text} ${claim.quote}`);
    for (const t of judged) docFreq.set(t, (docFreq.get(t) ?? 0) + 1);
    const source = corpus.sources.get(claim.source);
    const about = new Set([
      ...withValues(`${claim.attributedTo} ${claim.tags.join(' ')}`),
      ...(source ? withValues(`${source.outlet} ${source.author ?? ''} ${source.title}`, false) : withValues(claim.source)),
    ]);
    for (const t of new Set([...judged, ...about])) postings.set(t, [...(postings.get(t) ?? []), ordinal]);
  }
  return { ids, postings, docFreq };
}

function assertMatchesReference(corpus: Corpus): void {
  const data = buildIndexData(corpus);
  const ref = reference(corpus);
  assert.deepEqual(data.ids, ref.ids);
  assert.deepEqual(data.terms, [...ref.postings.keys()].sort());
  assert.equal(data.offsets.length, data.terms.length + 1);
  data.terms.forEach((term, i) => {
    assert.deepEqual(Array.from(data.ordinals.subarray(data.offsets[i], data.offsets[i + 1])), ref.postings.get(term), `postings of ${term}`);
    assert.equal(data.docFreq[i], ref.docFreq.get(term) ?? 0, `document frequency of ${term}`);
  });
}

describe('index: building the index data', () => {
  it('matches the plain definition on the shipped corpus', async () => {
    assertMatchesReference((await shippedCore()).corpus);
  });

  it('matches the plain definition on a synthetic corpus of 3,000 claims', () => {
    assertMatchesReference(parseHere(new MemoryFiles(syntheticCorpus(3000, 50).files)).corpus);
  });

  it('holds the value terms of figures, as retrieval asks for them', () => {
    assert.equal(valueTerm('12,200'), '#12200');
    assert.equal(valueTerm('2.5'), '#2.5');
    assert.equal(valueTerm('2019'), '#2019');
    for (const word of ['COVID-19', '1.2bn', '3rd', 'million', '']) assert.equal(valueTerm(word), null, word);
    const data = buildIndexData(parseHere(new MemoryFiles(new Map([['claims/a.yaml', 'claims:\n  - id: a\n    text: Japan lent Mexico $361 million in 2019.\n    source: s\n    quote: q\n    attributedTo: A\n']]))).corpus);
    for (const term of ['#361', '#2019', 'japan']) assert.ok(data.terms.includes(term), term);
  });

  it('word table: gives termOf of the word at any offsets, across growth and hash collisions', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 200 }), (parts, probes) => {
      const text = parts.join(' ');
      const table = new WordTable((w) => termOf(w), 4);
      for (const [a, b] of probes) {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        assert.equal(table.get(text, start, end), termOf(text.slice(start, end)));
      }
    }), { numRuns: 200 });
  });
});
