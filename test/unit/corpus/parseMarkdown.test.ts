import * as assert from 'node:assert/strict';
import { FindingCode } from '../../../src/core/model';
import { parseCorpusFile } from '../../../src/core/corpus/parseCorpusFile';
import { lines, summary, where } from './helpers';

const claimsFile = lines(
  '---',
  'source: 14ymedio-koronelli-2023',
  'attributedTo: EFE via 14ymedio',
  '---',
  '# Claims from the Koronelli interview',
  '',
  '## koronelli-acknowledged-cubans-training',
  'The Russian ambassador said his embassy knew of Cubans who had gone to Russia to prepare militarily.',
  '',
  '> who acknowledged that his embassy is aware of Cubans who had gone to Russia “to prepare militarily,”',
  '> but that he did not know the specific figures.',
  '',
  '- date: 2023-09-27',
  '- tags: koronelli, recruitment',
);

describe('corpus: Markdown files', () => {
  it('reads a claims file: heading id, paragraph text, blockquote quote, list fields, front-matter defaults', () => {
    const result = parseCorpusFile('claims/koronelli.md', claimsFile);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.claims, [{
      id: 'koronelli-acknowledged-cubans-training',
      text: 'The Russian ambassador said his embassy knew of Cubans who had gone to Russia to prepare militarily.',
      source: '14ymedio-koronelli-2023',
      quote: 'who acknowledged that his embassy is aware of Cubans who had gone to Russia “to prepare militarily,” but that he did not know the specific figures.',
      attributedTo: 'EFE via 14ymedio',
      date: '2023-09-27',
      tags: ['koronelli', 'recruitment'],
      contradicts: [],
      qualifies: [],
      location: { file: 'claims/koronelli.md', start: { line: 6, character: 3 }, end: { line: 6, character: 41 } },
    }]);
  });

  it('lets a claim override the source and add to the default tags; reads relations as comma lists', () => {
    const text = lines(
      '---', 'source: src-a', 'attributedTo: A', 'tags: [cuba]', '---',
      '## one', 'Text one.', '> quote one', '- source: src-b', '- attributedTo: B', '- tags: russia', '- contradicts: two, three', '- qualifies: four',
      '## two ##', 'Text two.', '> quote two',
    );
    const result = parseCorpusFile('c.md', text);
    assert.deepEqual(summary(text, result.problems), []);
    assert.deepEqual(result.claims.map((c) => [c.id, c.source, c.attributedTo, c.tags, c.contradicts, c.qualifies]), [
      ['one', 'src-b', 'B', ['cuba', 'russia'], ['two', 'three'], ['four']],
      ['two', 'src-a', 'A', ['cuba'], [], []],
    ]);
    assert.equal(result.claimSpans![1]!.source.start, text.indexOf('src-a'));
  });

  it('reports missing and empty parts at the heading or where they are written', () => {
    const text = lines(
      '---', 'source: src-a', '---',
      '## no-quote', 'Only text.',
      '## empty-quote', 'Text.', '>', '- attributedTo: X',
      '## ',
      'Text.', '> q', '- attributedTo: X',
    );
    const result = parseCorpusFile('c.md', text);
    assert.deepEqual(summary(text, result.problems), [
      'corpus-missing-field 3:3 "no-quote"',
      'corpus-missing-field 3:3 "no-quote"',
      'corpus-empty-quote 7:0 ">"',
      'corpus-missing-field 9:0 "##"',
    ]);
    assert.deepEqual(result.problems.map((p) => p.message), [
      'Claim "no-quote" has no "quote".',
      'Claim "no-quote" has no "attributedTo".',
      'Claim "empty-quote" has an empty "quote".',
      'Claim #3 has no "id".',
    ]);
    assert.deepEqual(result.rejectedClaimIds, ['no-quote', 'empty-quote']);
  });

  it('warns about unknown list keys, malformed list lines and stray text, and checks dates', () => {
    const text = lines(
      '---', 'source: src-a', 'attributedTo: X', 'colour: blue', '---',
      '## c', 'Text.', '> q', '- date: 2023-02-30', '- colour: red', '- not a key value', '- quote: other', 'Trailing prose.',
    );
    const result = parseCorpusFile('c.md', text);
    assert.deepEqual(summary(text, result.problems), [
      'corpus-invalid-field 3:0 "colour"',
      'corpus-invalid-field 10:0 "- not a key value"',
      'corpus-invalid-field 11:2 "quote"',
      'corpus-invalid-field 12:0 "Trailing prose."',
      'corpus-invalid-date 8:8 "2023-02-30"',
      'corpus-invalid-field 9:2 "colour"',
    ]);
    assert.ok(result.problems.filter((p) => p.code === FindingCode.CorpusInvalidField).every((p) => p.severity === 'warning'));
    assert.equal(result.claims.length, 1, 'optional problems do not drop the claim');
  });

  it('does not read headings inside code blocks', () => {
    const text = lines('---', 'source: s', 'attributedTo: X', '---', '```', '## not-a-claim', '```', '## real', 'T.', '> q');
    assert.deepEqual(parseCorpusFile('c.md', text).claims.map((c) => c.id), ['real']);
  });

  it('reads a source file: front matter fields and the body as notes', () => {
    const text = lines('---', 'id: 14ymedio-koronelli-2023', 'title: Russian ambassador', 'outlet: 14ymedio', 'published: 2023-09-27', 'language: es', 'kind: news report', '---', '', 'Notes about the source.', '');
    const result = parseCorpusFile('sources/k.md', text);
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.sources, [{
      id: '14ymedio-koronelli-2023', title: 'Russian ambassador', outlet: '14ymedio', published: '2023-09-27', language: 'es', kind: 'news report',
      notes: 'Notes about the source.',
      location: { file: 'sources/k.md', start: { line: 1, character: 4 }, end: { line: 1, character: 27 } },
    }]);
  });

  it('reads a front-matter-only source (no body, no trailing newline)', () => {
    const result = parseCorpusFile('s.md', '---\nid: s\ntitle: T\noutlet: O\n---');
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.sources.map((s) => [s.id, s.notes]), [['s', undefined]]);
  });

  it('reports source problems: missing outlet, unknown kind, bad url', () => {
    const text = lines('---', 'id: s', 'title: T', 'kind: blog', 'url: example.org', '---');
    const result = parseCorpusFile('s.md', text);
    assert.deepEqual(summary(text, result.problems), ['corpus-missing-field 1:4 "s"', 'corpus-invalid-field 4:5 "example.org"', 'corpus-invalid-field 3:6 "blog"']);
    assert.equal(result.problems[0]!.message, 'Source "s" has no "outlet".');
    assert.match(result.problems[2]!.message, /unknown "kind" "blog": use one of "news report"/);
  });

  it('ignores Markdown that is not corpus, even with broken front matter', () => {
    for (const text of ['# README\n\n## Not a claim\n', '---\ntitle: Notes\n---\n## x\n', '---\ntitle: "unclosed\n---\n', '---\ntitle: x\n']) {
      const result = parseCorpusFile('README.md', text);
      assert.deepEqual([result.claims, result.sources, result.problems], [[], [], []], text);
    }
  });

  it('reports broken or unclosed front matter of a corpus file', () => {
    const broken = lines('---', 'id: s', 'title: "unclosed', '---');
    const [problem] = parseCorpusFile('s.md', broken).problems;
    assert.equal(problem!.code, FindingCode.CorpusYamlSyntax);
    assert.equal(where(broken, problem!).slice(0, 5), '2:7 "');
    const unclosed = '---\nid: s\ntitle: T\n';
    assert.deepEqual(summary(unclosed, parseCorpusFile('s.md', unclosed).problems), ['corpus-yaml-syntax 0:0 "---"']);
  });

  it('handles CRLF line endings with exact positions', () => {
    const text = claimsFile.replace(/\n/g, '\r\n');
    const result = parseCorpusFile('c.md', text);
    assert.deepEqual(result.problems, []);
    assert.equal(result.claims[0]!.quote, parseCorpusFile('c.md', claimsFile).claims[0]!.quote);
    assert.deepEqual(result.claims[0]!.location.start, { line: 6, character: 3 });
  });
});
