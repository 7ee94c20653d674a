import * as assert from 'node:assert/strict';
import type { Corpus } from '../../../src/core/corpus/types';
import { buildClaimsTree, countClaims, fuzzyScore } from '../../../src/core/features/claimsTree';
import type { Claim, Source } from '../../../src/core/model';

const at = { file: 'file:///c/x.yaml', start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

function source(id: string, fields: Partial<Source> = {}): Source {
  return { id, title: `Title of ${id}`, outlet: 'EFE', location: at, ...fields };
}

function claim(id: string, src: string, fields: Partial<Claim> = {}): Claim {
  return { id, text: `Text of ${id}.`, source: src, quote: 'q', attributedTo: 'EFE', tags: [], contradicts: [], qualifies: [], location: at, ...fields };
}

function corpusOf(claims: Claim[], sources: Source[], order?: Record<string, string[]>): Corpus {
  const bySource = new Map<string, string[]>(Object.entries(order ?? {}));
  if (!order) for (const c of claims) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c.id]);
  return { claims: new Map(claims.map((c) => [c.id, c])), sources: new Map(sources.map((s) => [s.id, s])), claimsBySource: bySource, problems: [], files: [] };
}

const shape = (tree: ReturnType<typeof buildClaimsTree>) => tree.map((g) => [g.id, g.claims.map((c) => c.claim.id)]);

describe('buildClaimsTree', () => {
  const corpus = corpusOf(
    [
      claim('koronelli-competent-bodies', 'efe', { text: 'The ambassador said the competent bodies were in contact.' }),
      claim('milian-identified', 'cubanet', { text: 'Cubanet identified Milián as the recruiter.' }),
      claim('passports-leaked', 'efe', { text: 'Hackers leaked about 200 passports.' }),
      claim('orphan-claim', 'missing-source'),
    ],
    [source('efe', { outlet: 'EFE', title: 'Moscow in contact with Havana' }), source('cubanet', { outlet: 'CubaNet' }), source('empty')],
  );

  it('lists every source with its claims in file order, then unknown sources', () => {
    const tree = buildClaimsTree(corpus);
    assert.deepEqual(shape(tree), [
      ['efe', ['koronelli-competent-bodies', 'passports-leaked']],
      ['cubanet', ['milian-identified']],
      ['empty', []],
      ['missing-source', ['orphan-claim']],
    ]);
    assert.equal(tree[3]!.source, undefined);
    assert.equal(tree[0]!.total, 2);
    assert.equal(countClaims(tree), 4);
  });

  it('orders claims as claimsBySource says', () => {
    const c = corpusOf([claim('b', 's'), claim('a', 's')], [source('s')], { s: ['a', 'b'] });
    assert.deepEqual(shape(buildClaimsTree(c)), [['s', ['a', 'b']]]);
  });

  it('filters on claim text, accent- and case-insensitively, dropping empty sources', () => {
    assert.deepEqual(shape(buildClaimsTree(corpus, 'MILIAN')), [['cubanet', ['milian-identified']]]);
    assert.deepEqual(shape(buildClaimsTree(corpus, 'passports')), [['efe', ['passports-leaked']]]);
  });

  it('matches ids by letters in order, but not long text', () => {
    assert.deepEqual(shape(buildClaimsTree(corpus, 'kcb')), [['efe', ['koronelli-competent-bodies']]]);
    assert.deepEqual(shape(buildClaimsTree(corpus, 'zzq')), []);
  });

  it('needs every word of the filter to match', () => {
    assert.deepEqual(shape(buildClaimsTree(corpus, 'ambassador contact')), [['efe', ['koronelli-competent-bodies']]]);
    assert.deepEqual(shape(buildClaimsTree(corpus, 'ambassador passports')), []);
  });

  it('keeps all claims of a source that matches itself', () => {
    const tree = buildClaimsTree(corpus, 'Moscow');
    assert.deepEqual(shape(tree), [['efe', ['koronelli-competent-bodies', 'passports-leaked']]]);
    assert.deepEqual(shape(buildClaimsTree(corpus, 'empty')), [['empty', []]]);
  });

  it('treats a blank filter as none', () => {
    assert.deepEqual(shape(buildClaimsTree(corpus, '   ')), shape(buildClaimsTree(corpus)));
  });
});

describe('fuzzyScore', () => {
  it('scores substrings over subsequences', () => {
    assert.equal(fuzzyScore('milian', 'Milián identified'), 1);
    assert.equal(fuzzyScore('mid', 'milian-identified'), 0.5);
    assert.equal(fuzzyScore('mid', 'milian identified', false), undefined);
    assert.equal(fuzzyScore('xyz', 'milian'), undefined);
    assert.equal(fuzzyScore('', 'anything'), 1);
  });
});
