// The fast reader of the plain layout must read exactly what the general YAML parser reads, or give up.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseClaimsYamlFast } from '../../../src/core/corpus/fastClaimsYaml';
import { parseClaimsYaml } from '../../../src/core/corpus/parseClaimsYaml';
import { readFrontMatterFast } from '../../../src/core/corpus/fastClaimsYaml';
import { parseMarkdownCorpusFile } from '../../../src/core/corpus/parseMarkdownCorpusFile';

const CLAIMS = join(__dirname, '..', '..', '..', '..', 'corpus', 'claims');
const SOURCES = join(__dirname, '..', '..', '..', '..', 'corpus', 'sources');

/** The Markdown file read with the fast front-matter reader and with the general parser: the same sources, claims and problems. */
function sameMarkdown(file: string, text: string): void {
  const fast = parseMarkdownCorpusFile(file, text);
  const general = parseMarkdownCorpusFile(file, text, { general: true });
  assert.deepEqual(fast.sources, general.sources, `sources of ${JSON.stringify(text).slice(0, 300)}`);
  assert.deepEqual(fast.claims, general.claims);
  assert.deepEqual(fast.problems.map((p) => [p.code, p.message]), general.problems.map((p) => [p.code, p.message]), `problems of ${JSON.stringify(text).slice(0, 300)}`);
}

function same(file: string, text: string): void {
  const fast = parseClaimsYamlFast(file, text);
  if (!fast) return; // gave up: the general parser reads it, nothing to compare
  const general = parseClaimsYaml(file, text, { general: true });
  assert.deepEqual(fast.claims, general.claims, `claims of ${JSON.stringify(text).slice(0, 300)}`);
  assert.deepEqual(fast.sources, general.sources);
  assert.deepEqual(fast.problems.map((p) => [p.code, p.message]), general.problems.map((p) => [p.code, p.message]));
}

describe('fast YAML reader', () => {
  it('reads every shipped claims file, and reads it as the general parser does', () => {
    for (const name of readdirSync(CLAIMS).filter((n) => n.endsWith('.yaml'))) {
      const text = readFileSync(join(CLAIMS, name), 'utf8');
      assert.ok(parseClaimsYamlFast(name, text), `${name} is in the plain layout`);
      same(name, text);
    }
  });

  it('gives up on what it does not read: anchors, block scalars, comments after values, tabs, multi-line values', () => {
    const base = 'claims:\n  - id: a\n    text: t\n    source: s\n    quote: q\n    attributedTo: x\n';
    for (const odd of [
      base.replace('text: t', 'text: &anchor t'),
      base.replace('text: t', 'text: |\n      block'),
      base.replace('text: t', 'text: t # note'),
      base.replace('    text', '\ttext'),
      base.replace('text: t', 'text: "two\n      lines"'),
      base.replace('text: t', 'text: {a: 1}'),
      '---\n' + base,
      base + 'other: 1\n',
    ]) {
      assert.equal(parseClaimsYamlFast('x.yaml', odd), undefined, JSON.stringify(odd));
    }
  });

  it('agrees with the general parser on generated plain files', () => {
    const scalar = fc.oneof(
      fc.constantFrom('plain words', '123', 'true', 'null', '~', '2023-09-04', '1.5e3', "it's", 'a:b', 'x-y', '0x1F', '', '- x', '#x', 'a #b', 'a: b', 'trail ', '"', "'", '\\', '@x', '`x', '%x', '|', '>', '!x', '*x', '&x', '?x', 'x?', ',', 'a,b', '.inf', '-.5', '+1', '1_000', 'Yes', 'NO', 'True', 'FALSE', 'Null', 'NULL', 'nope', 'Trueish', 'falsey', 'nullable', '.nan', '.NaN', 'NaN', '0o17', '-1e3', '+.5', 'é ü 字', '"\\u00e9"', '"a\\"b"', "'a''b'", '[]', '{}'),
      fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
      fc.string({ maxLength: 12 }).map((s) => `'${s.replace(/'/g, "''").replace(/\n/g, ' ')}'`),
      fc.string({ maxLength: 12 }),
    );
    const field = fc.tuple(fc.constantFrom('id', 'text', 'source', 'quote', 'attributedTo', 'date', 'tags', 'contradicts', 'extra'), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`)));
    const item = fc.array(field, { minLength: 1, maxLength: 6 }).map((fields) => fields.map(([k, v], i) => `${i === 0 ? '  - ' : '    '}${k}: ${v}`).join('\n'));
    fc.assert(fc.property(fc.array(item, { maxLength: 4 }), (items) => same('g.yaml', `claims:\n${items.join('\n')}\n`)), { numRuns: 300 });
  });

  it('reads the front matter of every shipped source as the general parser does', () => {
    for (const name of readdirSync(SOURCES).filter((n) => n.endsWith('.md'))) {
      const text = readFileSync(join(SOURCES, name), 'utf8');
      const end = text.indexOf('\n---', 4);
      assert.ok(readFrontMatterFast(text, 4, end + 1), `${name} is in the plain layout`);
      sameMarkdown(name, text);
    }
  });

  it('gives up on front matter it does not read: indented or nested values, tabs, duplicate keys', () => {
    for (const odd of ['id: a\ntags:\n  - x\n', 'id: a\n  title: t\n', 'id: a\ttitle\n', 'id: a\nid: b\n', '- id: a\n', 'id: &x a\n', 'id: a # note\n', 'title: |\n  block\n']) {
      assert.equal(readFrontMatterFast(odd, 0, odd.length), undefined, JSON.stringify(odd));
    }
  });

  it('agrees with the general parser on generated source front matter', () => {
    const scalar = fc.oneof(
      fc.constantFrom('plain words', '123', 'true', 'null', '~', '2023-09-04', '2023-13-40', "it's", 'a:b', '', '- x', '#x', 'a #b', 'a: b', '"', "'", '@x', '|', '>', '*x', '&x', 'é ü 字', '"\\u00e9"', "'a''b'", '[]', '{}', 'news report', 'https://x.example/a?b=c#d'),
      fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
      fc.string({ maxLength: 12 }),
    );
    const field = fc.tuple(fc.constantFrom('id', 'title', 'outlet', 'author', 'published', 'url', 'language', 'kind', 'translator', 'extra'), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`)));
    const front = fc.array(field, { minLength: 1, maxLength: 8 }).map((fields) => fields.map(([k, v]) => `${k}: ${v}`).join('\n'));
    fc.assert(fc.property(front, fc.constantFrom('', 'Notes.\n', '\n'), (yaml, body) => sameMarkdown('s.md', `---\nid: s\n${yaml}\n---\n${body}`)), { numRuns: 300 });
  });
});
