import * as assert from 'node:assert';
import { kindForPath, parseDraft } from '../../../src/core/draft/parseDraft';
import { LineMap } from '../../../src/core/text/lineMap';
import { attachments, joinLines, sentencesOf, slice } from './helpers';

describe('parseDraft', () => {
  it('gives spans in the original text and prose of the same length', () => {
    const text = joinLines('Intro with **bold** and a [link](http://x.org).', '', '- A claim [@a]. Another one.');
    const draft = parseDraft(text, 'markdown');
    assert.deepStrictEqual(draft.sentences.map((s) => slice(text, s.span)), [
      'Intro with **bold** and a [link](http://x.org).', 'A claim [@a].', 'Another one.',
    ]);
    const first = draft.sentences[0];
    assert.strictEqual(first.prose, `Intro with   bold   and a  link ${' '.repeat('](http://x.org)'.length - 1)}.`);
    for (const s of draft.sentences) assert.strictEqual(s.prose.length, s.span.end - s.span.start);
    assert.deepStrictEqual(draft.sentences.map((s) => s.paragraph), [0, 1, 1]);
    assert.strictEqual(draft.kind, 'markdown');
  });

  it('widens a span over markup touching the sentence', () => {
    assert.deepStrictEqual(sentencesOf('**Bold claim.** *Another claim.* Run `attest` now.'), ['**Bold claim.**', '*Another claim.*', 'Run `attest` now.']);
  });

  it('attaches a citation to the sentence containing it', () => {
    assert.deepStrictEqual(attachments('Cubans fought [@a] in Ukraine. They were paid [@b; @c].'), [
      ['Cubans fought [@a] in Ukraine.', ['[@a]']],
      ['They were paid [@b; @c].', ['[@b; @c]']],
    ]);
  });

  it('attaches a group after the final punctuation to the sentence before it', () => {
    assert.deepStrictEqual(attachments('Cubans fought in Ukraine. [@x] They were paid. [@y; @z]\nMore text here.'), [
      ['Cubans fought in Ukraine.', ['[@x]']],
      ['They were paid.', ['[@y; @z]']],
      ['More text here.', []],
    ]);
    assert.deepStrictEqual(attachments(joinLines('Cubans fought in Ukraine.', '[@x]')), [['Cubans fought in Ukraine.', ['[@x]']]]);
  });

  it('drops a “sentence” that is only citations or punctuation and attaches its citations before', () => {
    assert.deepStrictEqual(attachments('Cubans fought in Ukraine. @x. They were paid.'), [
      ['Cubans fought in Ukraine.', ['@x']],
      ['They were paid.', []],
    ]);
    assert.deepStrictEqual(attachments(joinLines('A claim.', '- [@y].', '- --')), [['A claim.', []]]);
  });

  it('attaches a leading citation to the paragraph’s first sentence and a bare key to its sentence', () => {
    assert.deepStrictEqual(attachments('[@x] Cubans fought. @doe says they were paid. As @roe notes, it ended.'), [
      ['Cubans fought.', ['[@x]']],
      ['@doe says they were paid.', ['@doe']],
      ['As @roe notes, it ended.', ['@roe']],
    ]);
  });

  it('leaves citations outside paragraphs unattached but lists them all', () => {
    const text = joinLines('# Heading [@h]', '', 'A claim.', '', '[@lonely]');
    const draft = parseDraft(text, 'markdown');
    assert.deepStrictEqual(attachments(text, draft), [['A claim.', []]]);
    assert.deepStrictEqual(draft.citations.map((g) => slice(text, g.span)), ['[@h]', '[@lonely]']);
  });

  it('does not take citations from inline code, fences or link targets', () => {
    const text = joinLines('Use `[@code]` and [a link](http://x.org/@path) here [@real].', '```', '[@fenced]', '```');
    const draft = parseDraft(text, 'markdown');
    assert.deepStrictEqual(draft.citations.flatMap((g) => g.keys.map((k) => k.id)), ['real']);
  });

  it('keeps offsets right with CRLF line breaks', () => {
    const text = ['# Title', '', 'First claim [@a].', 'Second claim.', '', '- Item claim.'].join('\r\n');
    const draft = parseDraft(text, 'markdown');
    assert.deepStrictEqual(draft.sentences.map((s) => slice(text, s.span)), ['First claim [@a].', 'Second claim.', 'Item claim.']);
    const lines = new LineMap(text);
    assert.deepStrictEqual(draft.sentences.map((s) => lines.positionAt(s.span.start)), [
      { line: 2, character: 0 }, { line: 3, character: 0 }, { line: 5, character: 2 },
    ]);
    const key = draft.citations[0].keys[0];
    assert.deepStrictEqual(lines.rangeOf(key.idSpan), { start: { line: 2, character: 14 }, end: { line: 2, character: 15 } });
  });

  it('lands UTF-16 offsets on the right characters with emoji, combining marks and RTL text', () => {
    const text = joinLines('👩‍👩‍👧 Families fled 🇺🇦 Ukraine [@famílias]. José\u0301 Martí wrote it.', '', 'قال المسؤول إن 200 كوبي قاتلوا [@rtl]. ثم غادر.');
    const draft = parseDraft(text, 'markdown');
    assert.deepStrictEqual(draft.sentences.map((s) => slice(text, s.span)), [
      '👩‍👩‍👧 Families fled 🇺🇦 Ukraine [@famílias].',
      'José\u0301 Martí wrote it.',
      'قال المسؤول إن 200 كوبي قاتلوا [@rtl].',
      'ثم غادر.',
    ]);
    const keys = draft.citations.flatMap((g) => g.keys);
    assert.deepStrictEqual(keys.map((k) => slice(text, k.idSpan)), ['famílias', 'rtl']);
    const lines = new LineMap(text);
    assert.deepStrictEqual(lines.positionAt(keys[0].idSpan.start), { line: 0, character: text.indexOf('famílias') });
    assert.strictEqual(draft.sentences[0].prose.length, draft.sentences[0].span.end - draft.sentences[0].span.start);
  });

  it('parses plain text with only citations blanked', () => {
    const text = '# Not a heading. Cubans fought [@a]. Stars *stay*.';
    const draft = parseDraft(text, 'plaintext');
    assert.deepStrictEqual(attachments(text, draft), [
      ['# Not a heading.', []], ['Cubans fought [@a].', ['[@a]']], ['Stars *stay*.', []],
    ]);
    assert.strictEqual(draft.sentences[1].prose, 'Cubans fought     .');
    assert.strictEqual(draft.kind, 'plaintext');
  });

  it('handles an empty or blank draft', () => {
    assert.deepStrictEqual(parseDraft('', 'markdown'), { kind: 'markdown', sentences: [], citations: [] });
    assert.deepStrictEqual(parseDraft(' \n\t\r\n', 'plaintext').sentences, []);
  });
});

describe('kindForPath', () => {
  it('reads Markdown extensions in any case, from paths and URIs', () => {
    assert.strictEqual(kindForPath('/drafts/a.md'), 'markdown');
    assert.strictEqual(kindForPath('C:\\drafts\\A.MARKDOWN'), 'markdown');
    assert.strictEqual(kindForPath('file:///x/b.mdx?v=1'), 'markdown');
    assert.strictEqual(kindForPath('/drafts/a.txt'), 'plaintext');
    assert.strictEqual(kindForPath('/drafts/md'), 'plaintext');
    assert.strictEqual(kindForPath('/drafts/a.md.bak'), 'plaintext');
  });
});
