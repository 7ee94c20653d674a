import * as assert from 'node:assert/strict';
import type { Corpus } from '../../../src/core/corpus/types';
import { buildBibliography, claimToCsl, cslDate, formatCslJson, isOrganisation, parseName, parseNames, sourceToCsl } from '../../../src/core/features/cslJson';
import type { Claim, Source } from '../../../src/core/model';

const at = { file: 'file:///c/x.yaml', start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

const efe: Source = {
  id: 'demo-source',
  title: 'Ukrainian hackers leak passports of Cubans allegedly fighting for Russia',
  outlet: 'EFE',
  author: 'EFE newsroom',
  published: '2023-09-20',
  url: 'https://example.org/efe',
  language: 'en',
  kind: 'news report',
  location: at,
};
const opinion: Source = {
  id: 'gutierrez',
  title: 'Opinion',
  outlet: 'Not named',
  author: 'Gutiérrez Boronat, Orlando',
  translator: 'Regina Anavy',
  published: '2023-09',
  kind: 'opinion',
  location: at,
};

function claim(id: string, source: string, fields: Partial<Claim> = {}): Claim {
  return { id, text: `Text of ${id}.`, source, quote: `Quote of ${id}`, attributedTo: 'EFE', tags: [], contradicts: [], qualifies: [], location: at, ...fields };
}

function corpusOf(claims: Claim[], sources: Source[]): Corpus {
  const bySource = new Map<string, string[]>();
  for (const c of claims) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c.id]);
  return { claims: new Map(claims.map((c) => [c.id, c])), sources: new Map(sources.map((s) => [s.id, s])), claimsBySource: bySource, problems: [], files: [] };
}

describe('CSL-JSON: sources', () => {
  it('maps a news report to article-newspaper with its metadata', () => {
    assert.deepEqual(sourceToCsl(efe), {
      id: 'demo-source',
      type: 'article-newspaper',
      title: efe.title,
      'container-title': 'EFE',
      author: [{ literal: 'EFE newsroom' }],
      issued: { 'date-parts': [[2023, 9, 20]] },
      URL: 'https://example.org/efe',
      language: 'en',
    });
  });

  it('splits person names, keeps translators and partial dates', () => {
    const item = sourceToCsl(opinion);
    assert.equal(item.type, 'article-newspaper');
    assert.equal(item.genre, 'opinion');
    assert.deepEqual(item.author, [{ family: 'Gutiérrez Boronat', given: 'Orlando' }]);
    assert.deepEqual(item.translator, [{ family: 'Anavy', given: 'Regina' }]);
    assert.deepEqual(item.issued, { 'date-parts': [[2023, 9]] });
    assert.equal(item.URL, undefined);
  });

  it('uses article for an official statement or an unknown kind', () => {
    assert.equal(sourceToCsl({ ...efe, kind: 'official statement' }).type, 'article');
    assert.equal(sourceToCsl({ ...efe, kind: undefined }).type, 'article');
  });
});

describe('CSL-JSON: claims', () => {
  it('gives a claim its source’s metadata under its own id, with text and quote', () => {
    const item = claimToCsl(claim('demo-passports', 'demo-source', { date: '2023-09-05', quote: 'about 200 passports' }), efe);
    assert.equal(item.id, 'demo-passports');
    assert.equal(item.title, efe.title);
    assert.equal(item['container-title'], 'EFE');
    assert.deepEqual(item.issued, { 'date-parts': [[2023, 9, 20]] });
    assert.equal(item.abstract, 'Text of demo-passports.');
    assert.equal(item.note, '“about 200 passports” (attributed to EFE)');
    assert.deepEqual(item['event-date'], { 'date-parts': [[2023, 9, 5]] });
  });

  it('still gives a claim of an unknown source an entry', () => {
    const item = claimToCsl(claim('orphan', 'missing', { attributedTo: 'Cuban Foreign Ministry' }), undefined);
    assert.deepEqual([item.id, item.type, item.title, item.author], ['orphan', 'article', 'Text of orphan.', [{ literal: 'Cuban Foreign Ministry' }]]);
  });
});

describe('buildBibliography', () => {
  const corpus = corpusOf([claim('a', 'demo-source'), claim('b', 'gutierrez')], [efe, opinion]);

  it('has one entry per cited id in order of first citation, and lists unknown ids', () => {
    const { items, unknown } = buildBibliography(corpus, ['b', 'nope', 'a', 'b', 'demo-source', 'nope', 'other']);
    assert.deepEqual(items.map((i) => i.id), ['b', 'a', 'demo-source']);
    assert.deepEqual(unknown, ['nope', 'other']);
  });

  it('formats as pretty JSON that parses back', () => {
    const text = formatCslJson(buildBibliography(corpus, ['a']).items);
    assert.ok(text.endsWith(']\n'));
    assert.deepEqual(JSON.parse(text).map((i: { id: string }) => i.id), ['a']);
  });
});

describe('cslDate', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD (with or without a time)', () => {
    assert.deepEqual(cslDate('2023'), { 'date-parts': [[2023]] });
    assert.deepEqual(cslDate('2023-09'), { 'date-parts': [[2023, 9]] });
    assert.deepEqual(cslDate('2023-09-28'), { 'date-parts': [[2023, 9, 28]] });
    assert.deepEqual(cslDate('2023-09-28T10:00:00Z'), { 'date-parts': [[2023, 9, 28]] });
  });

  it('keeps anything else as raw text, and nothing for blank', () => {
    assert.deepEqual(cslDate('28 September 2023'), { raw: '28 September 2023' });
    assert.deepEqual(cslDate('2023-13-01'), { raw: '2023-13-01' });
    assert.deepEqual(cslDate('2023-09-28x'), { raw: '2023-09-28x' });
    assert.equal(cslDate('  '), undefined);
  });
});

describe('names', () => {
  it('splits "Given Family" and "Family, Given"', () => {
    assert.deepEqual(parseName('Regina Anavy'), { family: 'Anavy', given: 'Regina' });
    assert.deepEqual(parseName('Mary Ann Evans'), { family: 'Evans', given: 'Mary Ann' });
    assert.deepEqual(parseName('Gutiérrez Boronat, Orlando'), { family: 'Gutiérrez Boronat', given: 'Orlando' });
  });

  it('keeps particles and suffixes apart', () => {
    assert.deepEqual(parseName('Ludwig van Beethoven'), { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' });
    assert.deepEqual(parseName('Charles de la Cruz'), { family: 'Cruz', given: 'Charles', 'non-dropping-particle': 'de la' });
    assert.deepEqual(parseName('van Gogh, Vincent'), { family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' });
    assert.deepEqual(parseName('Martin Luther King Jr.'), { family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
    assert.deepEqual(parseName('King, Jr.'), { literal: 'King', suffix: 'Jr.' });
  });

  it('keeps organisations and single words as literals', () => {
    for (const name of ['EFE', 'EFE newsroom', 'BBC News Mundo', 'Cuban Ministry of Foreign Affairs', 'The Moscow Times', 'Reuters', 'Staff writers', '14ymedio']) {
      assert.deepEqual(parseName(name), { literal: name }, name);
      assert.equal(isOrganisation(name), true, name);
    }
    assert.equal(isOrganisation('Viktor Koronelli'), false);
  });

  it('splits several people', () => {
    assert.deepEqual(parseNames('Anna Smith and Bob Jones'), [{ family: 'Smith', given: 'Anna' }, { family: 'Jones', given: 'Bob' }]);
    assert.deepEqual(parseNames('Smith, Anna; Jones, Bob'), [{ family: 'Smith', given: 'Anna' }, { family: 'Jones', given: 'Bob' }]);
    assert.deepEqual(parseNames('Anna Smith, Bob Jones & Carl Doe'), [
      { family: 'Smith', given: 'Anna' },
      { family: 'Jones', given: 'Bob' },
      { family: 'Doe', given: 'Carl' },
    ]);
    assert.deepEqual(parseNames('Ministry of Labour and Social Security'), [{ literal: 'Ministry of Labour and Social Security' }]);
    assert.deepEqual(parseNames('  '), []);
  });
});
