import * as assert from 'node:assert/strict';
import { idCompletionContext } from '../../../src/core/features/corpusCompletion';
import type { ClaimsFileFormat } from '../../../src/core/features/newClaim';

/** The context at the `|` in `text` (the marker is removed). */
function at(text: string, format: ClaimsFileFormat = 'yaml') {
  const offset = text.indexOf('|');
  const clean = text.slice(0, offset) + text.slice(offset + 1);
  const before = clean.slice(0, offset).split('\n');
  return idCompletionContext(clean, before.length - 1, before[before.length - 1]!.length, format);
}

const yaml = (...lines: string[]) => ['claims:', '  - id: own-claim', '    text: T.', ...lines].join('\n');

describe('idCompletionContext (YAML)', () => {
  it('offers source ids after `source:`', () => {
    assert.deepEqual(at(yaml('    source: |')), { kind: 'source', prefix: '', start: 12, end: 12, listed: [], ownId: undefined });
    assert.deepEqual(at(yaml('    source: dem|o-x')), { kind: 'source', prefix: 'dem', start: 12, end: 18, listed: [], ownId: undefined });
    assert.equal(at(yaml('    source: "de|'))?.prefix, 'de');
    assert.equal(at('- source: |')?.kind, 'source');
  });

  it('offers claim ids in an inline list, skipping listed ids and the claim itself', () => {
    assert.deepEqual(at(yaml('    contradicts: [a, b, c|, d]')), { kind: 'claim', prefix: 'c', start: 24, end: 25, listed: ['a', 'b', 'd'], ownId: 'own-claim' });
    assert.equal(at(yaml('    qualifies: [|'))?.kind, 'claim');
    assert.equal(at(yaml('    contradicts: [a]|')), undefined);
  });

  it('offers claim ids as a single value', () => {
    assert.equal(at(yaml('    qualifies: x|'))?.prefix, 'x');
  });

  it('offers claim ids in a block list', () => {
    const ctx = at(yaml('    contradicts:', '      - first', '      - |', '      - third', '    tags: [x]'));
    assert.deepEqual(ctx, { kind: 'claim', prefix: '', start: 8, end: 8, listed: ['first', 'third'], ownId: 'own-claim' });
    assert.equal(at(yaml('    contradicts:', '    - sec|'))?.prefix, 'sec');
  });

  it('offers nothing elsewhere', () => {
    assert.equal(at(yaml('    tags: [a, |')), undefined);
    assert.equal(at(yaml('    tags:', '      - |')), undefined);
    assert.equal(at(yaml('    text: the source: |')), undefined);
    assert.equal(at(yaml('    # source: |')), undefined);
    assert.equal(at('claims:\n  - |'), undefined);
  });
});

describe('idCompletionContext (Markdown)', () => {
  const md = (...lines: string[]) => ['---', 'source: efe', '---', '## own-claim', 'Text.', '', '> quote', '', ...lines].join('\n');

  it('offers source ids in the front matter and on `- source:` lines', () => {
    assert.equal(at('---\nsource: e|\n---\n', 'markdown')?.kind, 'source');
    assert.equal(at(md('- source: |'), 'markdown')?.kind, 'source');
  });

  it('offers claim ids on `- contradicts:` lines, comma separated', () => {
    assert.deepEqual(at(md('- contradicts: a, b|'), 'markdown'), { kind: 'claim', prefix: 'b', start: 18, end: 19, listed: ['a'], ownId: 'own-claim' });
    assert.equal(at(md('- qualifies: [a, |]'), 'markdown')?.prefix, '');
  });

  it('offers nothing in prose', () => {
    assert.equal(at(md('The source: |'), 'markdown'), undefined);
    assert.equal(at(md('- tags: a, |'), 'markdown'), undefined);
  });
});
