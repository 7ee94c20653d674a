import * as assert from 'node:assert/strict';
import { parseDraft } from '../../../src/core/draft/parseDraft';
import type { DraftKind } from '../../../src/core/draft/types';
import { applyEdits, citationInsertOffset, citeEdit, combineEdits, ignoreEdit, paragraphStart } from '../../../src/core/features/quickFixEdits';

/** The span of `sentence` inside `text`. */
function spanOf(text: string, sentence: string) {
  const start = text.indexOf(sentence);
  assert.ok(start >= 0, `"${sentence}" not in text`);
  return { start, end: start + sentence.length };
}

function cite(text: string, sentence: string, ids: string[]): string {
  return applyEdits(text, [citeEdit(text, spanOf(text, sentence), ids)]);
}

describe('citeEdit', () => {
  it('puts the citation before the final period', () => {
    const text = 'Hackers leaked 200 passports. Next one.';
    assert.equal(cite(text, 'Hackers leaked 200 passports.', ['demo-passports']), 'Hackers leaked 200 passports [@demo-passports]. Next one.');
  });

  it('handles ?, !, … and several marks', () => {
    assert.equal(cite('Did they?!', 'Did they?!', ['a']), 'Did they [@a]?!');
    assert.equal(cite('So it goes…', 'So it goes…', ['a']), 'So it goes [@a]…');
  });

  it('appends at the end of a sentence without punctuation', () => {
    assert.equal(cite('A heading line', 'A heading line', ['a']), 'A heading line [@a]');
  });

  it('never lands inside a closing quotation or bracket', () => {
    assert.equal(cite('He said "no."', 'He said "no."', ['a']), 'He said "no." [@a]');
    assert.equal(cite('He said \u201Cno.\u201D', 'He said \u201Cno.\u201D', ['a']), 'He said \u201Cno.\u201D [@a]');
    assert.equal(cite('(It was late.)', '(It was late.)', ['a']), '(It was late.) [@a]');
  });

  it('joins several ids into one group', () => {
    assert.equal(cite('It happened.', 'It happened.', ['a', 'b']), 'It happened [@a; @b].');
  });

  it('ignores trailing whitespace in the span', () => {
    const text = 'It happened.  \nNext.';
    assert.equal(citationInsertOffset(text, { start: 0, end: 14 }), 11);
  });

  it('counts offsets in UTF-16 units with emoji before the sentence', () => {
    const text = '😀 Ok. Ukrainian hackers leaked passports.';
    assert.equal(cite(text, 'Ukrainian hackers leaked passports.', ['x']), '😀 Ok. Ukrainian hackers leaked passports [@x].');
  });
});

describe('combineEdits', () => {
  it('applies a replacement and a touching insertion in order', () => {
    const text = 'They arrested 300.';
    const value = { start: text.indexOf('300'), end: text.indexOf('300') + 3, newText: 'about 200' };
    const cited = citeEdit(text, { start: 0, end: text.length }, ['arrests']);
    assert.equal(applyEdits(text, [cited, value]), 'They arrested about 200 [@arrests].');
    const one = combineEdits(text, [value, cited]);
    assert.equal(one.start, value.start);
    assert.equal(one.end, value.end + 0);
  });

  it('rejects overlapping edits', () => {
    assert.throws(() => combineEdits('abcdef', [{ start: 0, end: 3, newText: 'x' }, { start: 2, end: 4, newText: 'y' }]));
  });
});

describe('ignoreEdit', () => {
  it('puts the marker on its own line above the paragraph', () => {
    const text = '# Title\n\nFirst line of para.\nSecond sentence here.\n\nOther.';
    const offset = text.indexOf('Second');
    assert.equal(paragraphStart(text, offset), text.indexOf('First'));
    assert.equal(applyEdits(text, [ignoreEdit(text, paragraphStart(text, offset))]), '# Title\n\n<!-- attest-ignore -->\nFirst line of para.\nSecond sentence here.\n\nOther.');
  });

  it('keeps CRLF line breaks and indentation, and works at the start of the text', () => {
    const text = '  Indented para.\r\n\r\nNext.';
    assert.equal(applyEdits(text, [ignoreEdit(text, 4)]), '  <!-- attest-ignore -->\r\n  Indented para.\r\n\r\nNext.');
    const crlf = 'A.\r\n\r\nB one.\r\nB two.';
    assert.equal(applyEdits(crlf, [ignoreEdit(crlf, paragraphStart(crlf, crlf.indexOf('B two')))]), 'A.\r\n\r\n<!-- attest-ignore -->\r\nB one.\r\nB two.');
  });
});

describe('ignoreEdit makes the parser skip the sentence', () => {
  /** Applies the fix the way the code action does (above the paragraph's first sentence) and re-parses. */
  function ignoredAfterFix(text: string, kind: DraftKind, sentence: string): boolean {
    const target = parseDraft(text, kind).sentences.find((s) => text.slice(s.span.start, s.span.end) === sentence);
    assert.ok(target, `no sentence "${sentence}"`);
    const first = parseDraft(text, kind).sentences.find((s) => s.paragraph === target.paragraph)!;
    const fixed = applyEdits(text, [ignoreEdit(text, first.span.start)]);
    const after = parseDraft(fixed, kind).sentences.find((s) => fixed.slice(s.span.start, s.span.end) === sentence);
    assert.ok(after);
    return after.ignored && parseDraft(fixed, kind).sentences.filter((s) => s.ignored).every((s) => s.paragraph === after.paragraph);
  }

  it('in a Markdown paragraph, a plain-text paragraph, a list item and after a heading', () => {
    const para = 'Intro.\n\nFirst here. Hackers leaked 300 passports.\n\nNext para.';
    assert.ok(ignoredAfterFix(para, 'markdown', 'Hackers leaked 300 passports.'));
    assert.ok(ignoredAfterFix(para, 'plaintext', 'Hackers leaked 300 passports.'));
    assert.ok(ignoredAfterFix('- one item.\n- Hackers leaked 300 passports.\n- three.', 'markdown', 'Hackers leaked 300 passports.'));
    assert.ok(ignoredAfterFix('# Title\nHackers leaked 300 passports.\n\nNext.', 'markdown', 'Hackers leaked 300 passports.'));
    assert.ok(ignoredAfterFix('Intro.\r\n\r\nHackers leaked 300 passports.\r\n', 'markdown', 'Hackers leaked 300 passports.'));
  });
});
