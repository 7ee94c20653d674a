import * as assert from 'node:assert';
import { proseView } from '../../../src/core/draft/markdownProse';
import { joinLines } from './helpers';

/** The prose view, checked for length and line breaks, with whitespace runs collapsed. */
function words(text: string, kind: 'markdown' | 'plaintext' = 'markdown'): string {
  const prose = proseView(text, kind);
  assert.strictEqual(prose.length, text.length);
  for (let i = 0; i < text.length; i++) {
    const isBreak = text[i] === '\n' || text[i] === '\r';
    if (isBreak || prose[i] === '\n' || prose[i] === '\r') assert.strictEqual(prose[i], text[i], `line break at ${i}`);
    else if (prose[i] !== text[i]) assert.strictEqual(prose[i], ' ', `unit ${i} is either kept or blanked`);
  }
  return prose.split(/\s+/).filter(Boolean).join(' ');
}

describe('proseView', () => {
  it('keeps plain prose exactly', () => {
    const text = 'Cubans fought in Ukraine. They were recruited.';
    assert.strictEqual(proseView(text, 'markdown'), text);
  });

  it('blanks YAML front matter but not a rule at the start', () => {
    assert.strictEqual(words(joinLines('---', 'title: Draft', 'tags: [a]', '---', 'Body text.')), 'Body text.');
    assert.strictEqual(words(joinLines('---', '', 'Body text.')), 'Body text.');
    assert.strictEqual(words('\uFEFF---\r\ntitle: x\r\n...\r\nBody.'), 'Body.', 'BOM and CRLF');
  });

  it('blanks fenced code, with any info string, and an unclosed fence to the end', () => {
    assert.strictEqual(words(joinLines('Before.', '```js title="x"', 'code [@a]', '```', 'After.')), 'Before. After.');
    assert.strictEqual(words(joinLines('Before.', '~~~~', '```', 'still code', '~~~~', 'After.')), 'Before. After.');
    assert.strictEqual(words(joinLines('Before.', '```', 'never closed.', '', 'More.')), 'Before.');
    assert.strictEqual(words(joinLines('> quote', '> ```', '> code', '> ```', '> after')), 'quote after');
  });

  it('blanks indented code after a blank line, but not indented list continuations', () => {
    assert.strictEqual(words(joinLines('Para.', '', '    code line', '', 'After.')), 'Para. After.');
    assert.strictEqual(words(joinLines('Para', '    continued')), 'Para continued');
    assert.strictEqual(words(joinLines('1. Item.', '', '    More of the item.')), 'Item. More of the item.');
  });

  it('blanks inline code spans, matching backtick runs of equal length', () => {
    assert.strictEqual(words('Run `attest [@x]` now.'), 'Run now.');
    assert.strictEqual(words('A ``code with ` tick`` b.'), 'A b.');
    assert.strictEqual(words('Unmatched ` tick stays.'), 'Unmatched ` tick stays.');
  });

  it('blanks HTML comments (across lines), tags, autolinks and bare URLs', () => {
    assert.strictEqual(words(joinLines('A <!-- note', 'more --> b.')), 'A b.');
    assert.strictEqual(words(joinLines('<!--', 'hidden', '', 'still hidden', '-->', 'Shown.')), 'Shown.');
    assert.strictEqual(words('Some <span class="x">styled</span> text<br/>.'), 'Some styled text .');
    assert.strictEqual(words('See <https://example.com/a?b> or https://example.com/x_(y). Or www.cubanet.org, then.'), 'See or . Or , then.');
    assert.strictEqual(words('Math: 2 < 3 and a<b.'), 'Math: 2 < 3 and a<b.');
  });

  it('keeps link text and blanks brackets and targets, titles included', () => {
    assert.strictEqual(words('Read [the report](https://x.org/a(b) "Title here") today.'), 'Read the report today.');
    assert.strictEqual(words('Read [the report][rep] and [rep].', 'markdown'), 'Read [the report][rep] and [rep].');
    assert.strictEqual(words(joinLines('Read [the report][rep] and [rep].', '', '[rep]: https://x.org "T"')), 'Read the report and rep .');
    assert.strictEqual(words('An image ![a map of Ukraine](map.png) here.'), 'An image here.');
  });

  it('blanks headings, setext headings, rules and table delimiter rows', () => {
    assert.strictEqual(words(joinLines('# Title', 'Text.', '## Sub [@a] ##', 'More.')), 'Text. More.');
    assert.strictEqual(words(joinLines('Setext title', '============', 'Text.', '', 'Other title', '---', 'More.')), 'Text. More.');
    assert.strictEqual(words(joinLines('Text.', '', '***', '', '- - -', 'More.')), 'Text. More.');
    assert.strictEqual(words(joinLines('| Who | Count |', '|-----|------:|', '| Cubans | 200 |')), 'Who Count Cubans 200');
    assert.strictEqual(words('#hashtag is not a heading.'), '#hashtag is not a heading.');
  });

  it('blanks list bullets, numbers, task boxes and quote markers', () => {
    assert.strictEqual(words(joinLines('- one', '* two', '+ three', '1. four', '2) five', '- [x] six')), 'one two three four five six');
    assert.strictEqual(words(joinLines('> quoted', '> > nested')), 'quoted nested');
    assert.strictEqual(words(joinLines('Signed in', '2023. The deal.')), 'Signed in 2023. The deal.');
  });

  it('blanks emphasis markers only, not snake_case or multiplication', () => {
    assert.strictEqual(words('Some *emphasis*, **strong**, ***both***, _under_ and __dunder__ and ~~struck~~.'), 'Some emphasis , strong , both , under and dunder and struck .');
    assert.strictEqual(words('A snake_case_name and 2 * 3 * 4 and ~200 people.'), 'A snake_case_name and 2 * 3 * 4 and ~200 people.');
    assert.strictEqual(words('Escaped \\*stars\\* stay.'), 'Escaped *stars * stay.');
    assert.strictEqual(words('**Bold [link](x)**'), 'Bold link');
    assert.strictEqual(words(joinLines('Hard\\', 'break.')), 'Hard break.');
  });

  it('blanks footnote markers and definition labels, and citations', () => {
    assert.strictEqual(words(joinLines('Claim.[^1] More [@a; @b] text @c.', '', '[^1]: The note.')), 'Claim. More text . The note.');
    assert.strictEqual(words('Inline note^[see it] here.'), 'Inline note see it here.');
  });

  it('in plain text blanks only citations and Attest directives', () => {
    const text = '# Not a heading *and* `code` [@a] <!-- attest-ignore --> <!-- other -->';
    assert.strictEqual(words(text, 'plaintext'), '# Not a heading *and* `code` <!-- other -->');
  });

  it('keeps lines and offsets with CRLF', () => {
    const text = '# H\r\n\r\nText [@a].\r\n';
    const prose = proseView(text, 'markdown');
    assert.strictEqual(prose, '   \r\n\r\nText     .\r\n');
  });
});
