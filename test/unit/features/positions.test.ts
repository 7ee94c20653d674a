// Offsets → editor positions for drafts read from disk (workspace check, references): the same
// line/UTF-16 column VS Code's TextDocument.positionAt gives, with emoji, combining marks and CRLF.
import * as assert from 'node:assert/strict';
import { parseCitations } from '../../../src/core/draft/citations';
import { ignoreEdit, applyEdits, citeEdit } from '../../../src/core/features/quickFixEdits';
import { LineMap } from '../../../src/core/text/lineMap';

/** Where `id`'s citation key sits, as VS Code would report it. */
function keyPosition(text: string, id: string) {
  const key = parseCitations(text).flatMap((g) => g.keys).find((k) => k.id === id);
  assert.ok(key, `no citation of ${id}`);
  return new LineMap(text).rangeOf(key.idSpan);
}

describe('citation ranges', () => {
  it('counts an emoji as two UTF-16 columns', () => {
    assert.deepEqual(keyPosition('😀 Hackers [@demo-passports].', 'demo-passports'), {
      start: { line: 0, character: 13 },
      end: { line: 0, character: 27 },
    });
  });

  it('counts a combining mark as its own column', () => {
    const text = 'Mo\u0301nica Milia\u0301n [@milian].'; // "Mónica Milián" with combining acute accents
    assert.deepEqual(keyPosition(text, 'milian').start, { line: 0, character: 18 });
  });

  it('starts a line after CRLF and after a lone CR', () => {
    assert.deepEqual(keyPosition('Title\r\n\r\nText [@a].', 'a').start, { line: 2, character: 7 });
    assert.deepEqual(keyPosition('Title\rText [@b].', 'b').start, { line: 1, character: 7 });
  });

  it('maps an offset inside a CRLF to the end of the line, as VS Code does', () => {
    assert.deepEqual(new LineMap('ab\r\ncd').positionAt(3), { line: 0, character: 2 });
  });
});

describe('quick fix edits with CRLF and emoji', () => {
  it('keeps CRLF intact when citing and ignoring', () => {
    const text = 'Intro 😀.\r\n\r\nHackers leaked passports.\r\nNext.';
    const start = text.indexOf('Hackers');
    const span = { start, end: text.indexOf('passports.') + 'passports.'.length };
    const cited = applyEdits(text, [citeEdit(text, span, ['x'])]);
    assert.equal(cited, 'Intro 😀.\r\n\r\nHackers leaked passports [@x].\r\nNext.');
    const ignored = applyEdits(text, [ignoreEdit(text, start)]);
    assert.equal(ignored, 'Intro 😀.\r\n\r\n<!-- attest-ignore -->\r\nHackers leaked passports.\r\nNext.');
  });
});
