import * as assert from 'node:assert/strict';
import { FindingCode } from '../../../src/core/model';
import { parseCorpusFile } from '../../../src/core/corpus/parseCorpusFile';
import { parseClaimsYaml } from '../../../src/core/corpus/parseClaimsYaml';
import { lines, summary, where, withCode } from './helpers';

const good = (id: string, extra: string[] = []): string[] => [
  `  - id: ${id}`,
  '    text: The ambassador said his embassy knew of Cubans training in Russia.',
  '    source: src-a',
  '    quote: "who acknowledged that his embassy is aware of Cubans"',
  '    attributedTo: EFE via 14ymedio',
  ...extra,
];

describe('corpus: YAML claims files', () => {
  it('reads claims with every field, and their id positions', () => {
    const text = lines('claims:', ...good('koronelli-said', ['    date: 2023-09-27', '    tags: [koronelli, recruitment]', '    contradicts: other', '    qualifies: [x, y]']));
    const result = parseCorpusFile('c.yaml', text);
    assert.deepEqual(summary(text, result.problems), []);
    assert.equal(result.claims.length, 1);
    const claim = result.claims[0]!;
    assert.deepEqual({ ...claim, location: undefined }, {
      id: 'koronelli-said',
      text: 'The ambassador said his embassy knew of Cubans training in Russia.',
      source: 'src-a',
      quote: 'who acknowledged that his embassy is aware of Cubans',
      attributedTo: 'EFE via 14ymedio',
      date: '2023-09-27',
      tags: ['koronelli', 'recruitment'],
      contradicts: ['other'],
      qualifies: ['x', 'y'],
      location: undefined,
    });
    assert.deepEqual(claim.location, { file: 'c.yaml', start: { line: 1, character: 8 }, end: { line: 1, character: 22 } });
  });

  it('accepts a bare top-level list, a sources list, YAML years and aliases', () => {
    const text = lines(
      'claims:',
      ...good('a', ['    date: 2023']),
      '  - id: b',
      '    text: Another.',
      '    source: src-a',
      '    quote: q',
      '    attributedTo: &efe EFE',
      'sources:',
      '  - id: src-a',
      '    title: 1984',
      '    outlet: *efe',
      '    published: 2023-09',
      '    kind: news report',
      '    url: https://example.org/a',
    );
    const result = parseCorpusFile('c.yml', text);
    assert.deepEqual(summary(text, result.problems), []);
    assert.deepEqual(result.claims.map((c) => [c.id, c.date]), [['a', '2023'], ['b', undefined]]);
    assert.deepEqual(result.sources.map((s) => ({ ...s, location: s.location.start })), [
      { id: 'src-a', title: '1984', outlet: 'EFE', published: '2023-09', kind: 'news report', url: 'https://example.org/a', location: { line: 13, character: 8 } },
    ]);
    const bare = parseCorpusFile('bare.yaml', lines(...good('x').map((l) => l.slice(2))));
    assert.deepEqual(bare.claims.map((c) => c.id), ['x']);
  });

  it('reports each missing field at the claim id, naming claim and field', () => {
    const text = lines('claims:', '  - id: lonely', '    text: t');
    const result = parseCorpusFile('c.yaml', text);
    const missing = withCode(result.problems, FindingCode.CorpusMissingField);
    assert.deepEqual(missing.map((f) => f.message), ['Claim "lonely" has no "source".', 'Claim "lonely" has no "quote".', 'Claim "lonely" has no "attributedTo".']);
    assert.deepEqual(missing.map((f) => where(text, f)), Array(3).fill('1:8 "lonely"'));
    assert.ok(missing.every((f) => f.file === 'c.yaml' && f.severity === 'error' && f.claims[0] === 'lonely'));
    assert.deepEqual(result.claims, []);
    assert.deepEqual(result.rejectedClaimIds, ['lonely']);
  });

  it('reports a claim without id on its first line, by number', () => {
    const text = lines('claims:', ...good('a'), '  - text: t', '    source: s', '    quote: q', '    attributedTo: x');
    const [problem] = parseCorpusFile('c.yaml', text).problems;
    assert.equal(problem!.message, 'Claim #2 has no "id".');
    assert.equal(where(text, problem!), '6:4 "text: t"');
  });

  it('rejects numeric and malformed ids', () => {
    const text = lines('claims:', ...good('123'), ...good('has space'), ...good('"0042"'));
    const result = parseCorpusFile('c.yaml', text);
    const invalid = withCode(result.problems, FindingCode.CorpusInvalidField);
    assert.deepEqual(invalid.map((f) => where(text, f)), ['1:8 "123"', '6:8 "has space"']);
    assert.match(invalid[0]!.message, /Claim id 123 must be a string/);
    assert.match(invalid[1]!.message, /not a valid id/);
    assert.deepEqual(result.claims.map((c) => c.id), ['0042']);
  });

  it('reports empty quotes, bad dates, wrong types and bad relations at the value', () => {
    const text = lines(
      'claims:',
      ...good('q', ['    date: 2023-02-29']).map((l) => l.replace(/quote: .*/, 'quote: "   "')),
      ...good('d', ['    date: 27/09/2023', '    tags: {a: 1}', '    contradicts: [ok, 12, "bad id"]']),
      ...good('t', ['    text2: typo']).map((l) => l.replace(/text: .*/, 'text: [a, b]')),
    );
    const result = parseCorpusFile('c.yaml', text);
    assert.deepEqual(summary(text, result.problems), [
      'corpus-empty-quote 4:11 "\\"   \\""',
      'corpus-invalid-date 6:10 "2023-02-29"',
      'corpus-invalid-date 12:10 "27/09/2023"',
      'corpus-invalid-field 13:10 "{a: 1}"',
      'corpus-invalid-field 14:22 "12"',
      'corpus-invalid-field 14:26 "\\"bad id\\""',
      'corpus-invalid-field 16:10 "[a, b]"',
      'corpus-invalid-field 20:4 "text2"',
    ]);
    const [date, badDate] = withCode(result.problems, FindingCode.CorpusInvalidDate);
    assert.equal(date!.message, 'Claim "q" has "date" "2023-02-29", which is not a calendar date.');
    assert.match(badDate!.message, /use YYYY-MM-DD, YYYY-MM or YYYY/);
    assert.equal(result.problems.at(-1)!.severity, 'warning');
    assert.match(result.problems.at(-1)!.message, /unknown field "text2" \(did you mean "text"\?\)/);
    // A bad optional field drops the field, not the claim.
    assert.deepEqual(result.claims.map((c) => [c.id, c.date, c.tags, c.contradicts]), [['d', undefined, [], ['ok']]]);
  });

  it('accepts leap days and rejects impossible months', () => {
    const text = lines('claims:', ...good('a', ['    date: 2024-02-29']), ...good('b', ['    date: 2023-13']));
    const result = parseCorpusFile('c.yaml', text);
    assert.deepEqual(summary(text, result.problems), ['corpus-invalid-date 12:10 "2023-13"']);
    assert.equal(result.claims[0]!.date, '2024-02-29');
  });

  it('reports null and non-mapping items, and claims: that is not a list', () => {
    const text = lines('claims:', '  -', '  - just text');
    assert.deepEqual(summary(text, parseCorpusFile('c.yaml', text).problems), ['corpus-invalid-field 1:2 "-"', 'corpus-invalid-field 2:4 "just text"']);
    const notList = lines('claims:', '  id: a');
    const [problem] = parseCorpusFile('c.yaml', notList).problems;
    assert.equal(where(notList, problem!), '1:2 "id: a"');
    assert.match(problem!.message, /"claims" must be a list/);
  });

  it('warns about a YAML file that holds neither claims nor sources, and ignores an empty one', () => {
    const text = lines('title: not a corpus', 'other: 1');
    const problems = parseCorpusFile('mkdocs.yml', text).problems;
    assert.deepEqual(summary(text, problems), ['corpus-invalid-field 0:0 "title"']);
    assert.equal(problems[0]!.severity, 'warning');
    assert.deepEqual(parseCorpusFile('empty.yaml', '').problems, []);
    assert.deepEqual(parseCorpusFile('comments.yaml', '# nothing yet\n').problems, []);
  });

  describe('syntax errors', () => {
    it('reports tabs used for indentation where they are', () => {
      const text = lines('claims:', ...good('a'), '\t  date: 2023-01-01');
      const result = parseCorpusFile('c.yaml', text);
      const syntax = withCode(result.problems, FindingCode.CorpusYamlSyntax);
      assert.equal(where(text, syntax[0]!), '6:0 "\\t  "');
      assert.match(syntax[0]!.message, /Tabs are not allowed as indentation: indent with spaces/);
      // The broken claim is not validated field by field: the syntax error is what to fix.
      assert.deepEqual(withCode(result.problems, FindingCode.CorpusMissingField), []);
      assert.deepEqual(result.rejectedClaimIds, ['a']);
      assert.deepEqual(syntax[0]!.claims, ['a']);
    });

    it('points an unclosed quote at its opening quote', () => {
      const text = lines('claims:', ...good('a'), ...good('b').map((l) => l.replace('quote: "who', 'quote: "who never closed').replace(/Cubans"$/, 'Cubans')));
      const [problem] = parseCorpusFile('c.yaml', text).problems;
      assert.equal(problem!.code, FindingCode.CorpusYamlSyntax);
      assert.match(problem!.message, /never closed \(missing closing "\)/);
      assert.ok(where(text, problem!).startsWith('9:11 "\\"who never closed acknowledged'), where(text, problem!));
      assert.deepEqual(parseCorpusFile('c.yaml', text).claims.map((c) => c.id), ['a']);
    });

    it('reports a duplicate key in one mapping on the second key', () => {
      const text = lines('claims:', ...good('a'), '    source: src-b');
      const result = parseCorpusFile('c.yaml', text);
      assert.deepEqual(summary(text, result.problems), ['corpus-yaml-syntax 6:4 "source"']);
      assert.match(result.problems[0]!.message, /"source" appears twice/);
    });

    it('reports an alias without anchor, a second document and a flow list left open', () => {
      const alias = lines('claims:', ...good('a').map((l) => l.replace('attributedTo: EFE via 14ymedio', 'attributedTo: *nobody')));
      assert.deepEqual(summary(alias, parseCorpusFile('c.yaml', alias).problems), ['corpus-yaml-syntax 5:18 "*nobody"']);
      const twoDocs = lines('claims:', ...good('a'), '---', 'claims: []');
      assert.deepEqual(summary(twoDocs, parseCorpusFile('c.yaml', twoDocs).problems), ['corpus-yaml-syntax 6:0 "---"']);
      const open = lines('claims: [a, b');
      const problems = parseCorpusFile('c.yaml', open).problems;
      assert.equal(problems[0]!.code, FindingCode.CorpusYamlSyntax, summary(open, problems).join('\n'));
      assert.match(problems[0]!.message, /end with a \]/);
    });
  });

  describe('hostile input', () => {
    it('refuses a billion-laughs document quickly, without expanding it', () => {
      const levels = 'abcdefghi';
      const text = lines(
        'claims:',
        `  - &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`,
        ...[...levels.slice(1)].map((l, i) => `  - &${l} [${Array(9).fill(`*${levels[i]}`).join(',')}]`),
        `  - id: boom`,
        `    text: [*i,*i,*i,*i,*i,*i,*i,*i,*i]`,
      );
      const result = parseCorpusFile('bomb.yaml', text);
      assert.deepEqual(result.claims, []);
      assert.equal(result.problems.length, 1);
      assert.equal(result.problems[0]!.code, FindingCode.CorpusYamlSyntax);
      assert.match(result.problems[0]!.message, /alias bomb\?\); file refused/);
      const topLevel = lines(`a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`, ...[...levels.slice(1)].map((l, i) => `${l}: &${l} [${Array(9).fill(`*${levels[i]}`).join(',')}]`));
      assert.match(parseCorpusFile('bomb.yaml', topLevel).problems[0]!.message, /file refused/);
    });

    it('allows an anchor reused many times (it is not a bomb)', () => {
      const claims = Array.from({ length: 300 }, (_, i) => good(`c${i}`).map((l) => (l.includes('attributedTo') ? (i === 0 ? '    attributedTo: &efe EFE' : '    attributedTo: *efe') : l)));
      const text = lines('claims:', ...claims.flat());
      const result = parseCorpusFile('c.yaml', text);
      assert.deepEqual(summary(text, result.problems), []);
      assert.equal(result.claims.length, 300);
      assert.ok(result.claims.every((c) => c.attributedTo === 'EFE'));
    });

    it('refuses absurdly deep nesting instead of crashing the process', () => {
      const indented = Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
      for (const text of ['['.repeat(5000), '- '.repeat(5000) + 'x', 'claims:\n  - ' + '{a: '.repeat(3000), indented]) {
        const result = parseCorpusFile('deep.yaml', text);
        assert.equal(result.problems.length, 1);
        assert.match(result.problems[0]!.message, /nested more than \d+ levels deep; file refused/);
      }
    });
  });

  describe('large files', () => {
    it('parses runs of items exactly as it parses the whole file', () => {
      const text = lines(
        '# a comment before',
        'claims:',
        ...Array.from({ length: 40 }, (_, i) => good(`c${i}`, i % 7 === 0 ? ['    date: 2023-02-30', '    bogus: 1'] : ['    tags:', '      - x'])).flat(),
        '',
        '# between sections',
        'sources:',
        '- id: s1',
        '  title: T',
        '  outlet: O',
      );
      const whole = parseClaimsYaml('c.yaml', text, { chunkChars: 0 });
      const pieces = parseClaimsYaml('c.yaml', text, { chunkChars: 300 });
      assert.equal(whole.claims.length, 40);
      assert.equal(whole.sources.length, 1);
      assert.deepEqual(pieces, whole);
    });

    it('falls back to a whole parse when a run does not parse on its own', () => {
      // The anchor is in one item and the alias in the next: only the whole file resolves it.
      const text = lines('claims:', ...good('a').map((l) => l.replace('attributedTo: EFE via 14ymedio', 'attributedTo: &efe EFE')), ...good('b').map((l) => l.replace('attributedTo: EFE via 14ymedio', 'attributedTo: *efe')));
      const result = parseClaimsYaml('c.yaml', text, { chunkChars: 10 });
      assert.deepEqual(summary(text, result.problems), []);
      assert.deepEqual(result.claims.map((c) => c.attributedTo), ['EFE', 'EFE']);
    });

    it('loses only the claim that holds a syntax error, however yaml recovers from it', () => {
      const items = Array.from({ length: 30 }, (_, i) => good(`c${i}`, i === 12 ? ['\ttags: [x]'] : []));
      const text = lines('claims:', ...items.flat());
      const result = parseClaimsYaml('c.yaml', text, { chunkChars: 400 });
      assert.deepEqual(summary(text, result.problems), ['corpus-yaml-syntax 66:0 "\\t"']);
      assert.deepEqual(result.problems[0]!.claims, ['c12']);
      assert.equal(result.claims.length, 29);
      assert.deepEqual(result.rejectedClaimIds, ['c12']);
    });

    it('loads a 20 MB claims file', function () {
      this.timeout(180_000); // yaml parses ~1–2 MB/s on a slow CI machine
      const parts = ['claims:\n'];
      let size = 0;
      for (let i = 0; size < 20 * 1024 * 1024; i++) {
        const item = good(`claim-${i}`, [`    date: 2023-09-${String((i % 28) + 1).padStart(2, '0')}`, '    tags: [koronelli, recruitment]']).join('\n') + '\n';
        parts.push(item);
        size += item.length;
      }
      const result = parseCorpusFile('big.yaml', parts.join(''));
      assert.deepEqual(result.problems, []);
      assert.equal(result.claims.length, parts.length - 1);
    });
  });
});
