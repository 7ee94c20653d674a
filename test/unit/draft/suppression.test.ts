import * as assert from 'node:assert';
import { analyzeText } from '../../../src/core/draft/markdownProse';
import { parseDraft } from '../../../src/core/draft/parseDraft';
import { findSuppressions } from '../../../src/core/draft/suppression';
import { joinLines, slice } from './helpers';

function ignored(text: string, kind: 'markdown' | 'plaintext' = 'markdown'): [string, boolean][] {
  return parseDraft(text, kind).sentences.map((s) => [slice(text, s.span), s.ignored]);
}

describe('suppression comments', () => {
  it('attest-ignore on its own line ignores the next paragraph only', () => {
    const text = joinLines('Checked one.', '', '<!-- attest-ignore -->', 'Ignored one. Ignored two.', '', 'Checked two.');
    assert.deepStrictEqual(ignored(text), [['Checked one.', false], ['Ignored one.', true], ['Ignored two.', true], ['Checked two.', false]]);
  });

  it('attest-ignore applies to the next paragraph across a blank line and to a single list item', () => {
    const text = joinLines('<!-- attest-ignore -->', '', '- Ignored item.', '- Checked item.');
    assert.deepStrictEqual(ignored(text), [['Ignored item.', true], ['Checked item.', false]]);
  });

  it('attest-ignore inside a line is not a directive', () => {
    const text = joinLines('Checked one. <!-- attest-ignore -->', 'Checked two.');
    assert.deepStrictEqual(ignored(text), [['Checked one.', false], ['Checked two.', false]]);
  });

  it('attest-disable … attest-enable ignores a region; a disable without enable runs to the end', () => {
    const text = joinLines('Checked.', '<!-- attest-disable -->', 'Off one.', '', 'Off two.', '<!--attest-enable-->', 'Checked again.', '', '<!-- ATTEST-DISABLE -->', 'Off to the end.');
    assert.deepStrictEqual(ignored(text), [
      ['Checked.', false], ['Off one.', true], ['Off two.', true], ['Checked again.', false], ['Off to the end.', true],
    ]);
  });

  it('ignores directives inside code', () => {
    const text = joinLines('```', '<!-- attest-disable -->', '```', 'Checked. `<!-- attest-disable -->` Still checked.');
    assert.deepStrictEqual(ignored(text), [['Checked.', false], ['Still checked.', false]]);
    assert.deepStrictEqual(findSuppressions(text, analyzeText(text, 'markdown').marks), { ignoreAfter: [], disabled: [] });
  });

  it('works in plain text, where the directives are blanked', () => {
    const text = joinLines('<!-- attest-ignore -->', 'Ignored.', '', 'Checked.', '<!-- attest-disable -->', 'Off.');
    assert.deepStrictEqual(ignored(text, 'plaintext'), [['Ignored.', true], ['Checked.', false], ['Off.', true]]);
  });

  it('works with CRLF line breaks', () => {
    const text = ['<!-- attest-ignore -->', 'Ignored.', '', 'Checked.'].join('\r\n');
    assert.deepStrictEqual(ignored(text), [['Ignored.', true], ['Checked.', false]]);
  });
});
