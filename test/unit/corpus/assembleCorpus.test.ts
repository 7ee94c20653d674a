import * as assert from 'node:assert/strict';
import { FindingCode } from '../../../src/core/model';
import { assembleCorpus } from '../../../src/core/corpus/assembleCorpus';
import { parseCorpusFile } from '../../../src/core/corpus/parseCorpusFile';
import { relatedClaims } from '../../../src/core/corpus/relatedClaims';
import { lines, where, withCode } from './helpers';

const claim = (id: string, source = 'src', extra: string[] = []): string[] => [`  - id: ${id}`, '    text: T.', `    source: ${source}`, '    quote: q', '    attributedTo: A', ...extra];
const sources = lines('sources:', '  - id: src', '    title: T', '    outlet: O');

function corpusOf(files: Record<string, string>) {
  return assembleCorpus(Object.entries(files).map(([file, text]) => parseCorpusFile(file, text)));
}

describe('corpus: assembling files', () => {
  it('keeps the first of duplicate ids and reports each later one, naming the first', () => {
    const a = lines('claims:', ...claim('dup'), ...claim('dup'));
    const b = lines('claims:', ...claim('other'), ...claim('dup'));
    const corpus = corpusOf({ 'a.yaml': a, 'b.yaml': b, 's.yaml': sources, 't.yaml': sources });
    const dups = withCode(corpus.problems, FindingCode.CorpusDuplicateId);
    assert.deepEqual(dups.map((d) => [d.file, d.message]), [
      ['a.yaml', 'Claim id "dup" is already used on line 2; this one is ignored.'],
      ['b.yaml', 'Claim id "dup" is already used in a.yaml:2; this one is ignored.'],
      ['t.yaml', 'Source id "src" is already used in s.yaml:2; this one is ignored.'],
    ]);
    assert.equal(where(a, dups[0]!), '6:8 "dup"');
    assert.equal(where(b, dups[1]!), '6:8 "dup"');
    assert.equal(corpus.claims.get('dup')!.location.file, 'a.yaml');
    assert.deepEqual([...corpus.claims.keys()], ['dup', 'other']);
    assert.deepEqual(corpus.claimsBySource.get('src'), ['dup', 'other']);
    assert.deepEqual(corpus.files, ['a.yaml', 'b.yaml', 's.yaml', 't.yaml']);
  });

  it('reports an unknown source at the claim\'s source value, once per place it is written', () => {
    const yaml = lines('claims:', ...claim('a', 'nowhere'));
    const md = lines('---', 'source: missing-src', 'attributedTo: X', '---', '## m1', 'T.', '> q', '## m2', 'T.', '> q');
    const corpus = corpusOf({ 'a.yaml': yaml, 'm.md': md });
    const unknown = withCode(corpus.problems, FindingCode.CorpusUnknownSource);
    assert.deepEqual(unknown.map((u) => [u.file, u.message, u.claims]), [
      ['a.yaml', 'Claim "a" cites source "nowhere", which is not in the corpus.', ['a']],
      ['m.md', '2 claims cite source "missing-src", which is not in the corpus.', ['m1', 'm2']],
    ]);
    assert.equal(where(yaml, unknown[0]!), '3:12 "nowhere"');
    assert.equal(where(md, unknown[1]!), '1:8 "missing-src"');
    assert.ok(corpus.claims.has('a'), 'a claim with an unknown source stays loaded');
  });

  it('warns about relations to claims that do not exist, but not to rejected ones', () => {
    const text = lines('claims:', ...claim('a', 'src', ['    contradicts: [b, ghost, broken]', '    qualifies: phantom']), ...claim('b'), '  - id: broken', '    text: no quote');
    const corpus = corpusOf({ 'a.yaml': text, 's.yaml': sources });
    const unknown = withCode(corpus.problems, FindingCode.CorpusUnknownRelation);
    assert.deepEqual(unknown.map((u) => [where(text, u), u.severity, u.message]), [
      ['6:21 "ghost"', 'warning', 'Claim "a" contradicts "ghost", which is not a claim in the corpus.'],
      ['7:15 "phantom"', 'warning', 'Claim "a" qualifies "phantom", which is not a claim in the corpus.'],
    ]);
    assert.ok(corpus.rejectedClaims!.has('broken'));
  });

  it('relates claims both ways, and a contradiction cycle does not loop', () => {
    const text = lines(
      'claims:',
      ...claim('a', 'src', ['    contradicts: b']),
      ...claim('b', 'src', ['    contradicts: [c]']),
      ...claim('c', 'src', ['    contradicts: [a]', '    qualifies: a']),
      ...claim('d', 'src', ['    qualifies: [a, c]']),
    );
    const corpus = corpusOf({ 'a.yaml': text, 's.yaml': sources });
    assert.deepEqual(corpus.problems, []);
    assert.deepEqual(relatedClaims(corpus, 'a'), { contradicts: ['b', 'c'], qualifies: [], qualifiedBy: ['c', 'd'] });
    assert.deepEqual(relatedClaims(corpus, 'b'), { contradicts: ['c', 'a'], qualifies: [], qualifiedBy: [] });
    assert.deepEqual(relatedClaims(corpus, 'c'), { contradicts: ['a', 'b'], qualifies: ['a'], qualifiedBy: ['d'] });
    assert.deepEqual(relatedClaims(corpus, 'nope'), { contradicts: [], qualifies: [], qualifiedBy: [] });
    // Claims are kept as written.
    assert.deepEqual(corpus.claims.get('a')!.contradicts, ['b']);
  });

  it('accepts hand-built results without spans', () => {
    const parsed = parseCorpusFile('a.yaml', lines('claims:', ...claim('a', 'gone')));
    const corpus = assembleCorpus([{ file: parsed.file, claims: parsed.claims, sources: [], problems: [] }]);
    assert.deepEqual(withCode(corpus.problems, FindingCode.CorpusUnknownSource).map((p) => p.span), [{ start: 0, end: 0 }]);
  });
});
