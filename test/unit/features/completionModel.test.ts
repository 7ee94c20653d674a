import * as assert from 'node:assert/strict';
import { citationStartBefore, completionFilterText, rankSortText, sentenceBefore } from '../../../src/core/features/completionModel';

/** `text` with the `|` cursor marker removed, and the cursor's offset. */
function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

describe('sentenceBefore', () => {
  it('takes the sentence written so far, not the ones before it', () => {
    const { text, offset } = cursor('Earlier one. Hackers leaked 200 passports [@|');
    const start = citationStartBefore(text, offset, true);
    assert.equal(sentenceBefore(text, start), 'Hackers leaked 200 passports');
  });

  it('takes the sentence a period just ended when the citation follows it', () => {
    const { text, offset } = cursor('First. Havana denied any role. [@|');
    assert.equal(sentenceBefore(text, citationStartBefore(text, offset, true)), 'Havana denied any role');
  });

  it('stops at a blank line and drops earlier citations, code and heading marks', () => {
    const text = 'Old paragraph\n\n## Cubans `code` leaked [@a] passports [@';
    assert.equal(sentenceBefore(text, text.length - 2), 'Cubans leaked passports');
  });

  it('works with CRLF and across a line break inside the paragraph', () => {
    const text = 'Other.\r\nHackers leaked\r\n200 passports; [@a; @';
    assert.equal(sentenceBefore(text, citationStartBefore(text, text.length, true)), 'Hackers leaked 200 passports;');
  });

  it('is empty at the start of a paragraph', () => {
    assert.equal(sentenceBefore('Text.\n\n[@', 7), '');
  });
});

describe('citationStartBefore', () => {
  it('finds the bracket of the group, or the @ of a bare key', () => {
    assert.equal(citationStartBefore('See [@a; @b', 11, true), 4);
    assert.equal(citationStartBefore('As @smith says', 9, false), 3);
  });
});

describe('sort and filter text', () => {
  it('zero-pads ranks so string order is rank order', () => {
    const ranks = [10, 2, 1, 100].map(rankSortText).sort();
    assert.deepEqual(ranks, ['0001', '0002', '0010', '0100']);
  });

  it('starts the filter text with what was typed, then id and text', () => {
    assert.equal(completionFilterText('hav', 'demo-havana-denies', 'The Cuban\ngovernment denied'), 'hav demo-havana-denies The Cuban government denied');
    assert.equal(completionFilterText('', 'a', 'b'), 'a b');
  });
});
