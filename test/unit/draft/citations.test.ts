import * as assert from 'node:assert';
import { citationAt, findCitationAt, parseCitations } from '../../../src/core/draft/citations';
import { analyzeText } from '../../../src/core/draft/markdownProse';
import type { CitationGroup } from '../../../src/core/draft/types';
import { joinLines, slice } from './helpers';

/** Each group as `[text of group, [id, prefix, locator] per key]`. */
function summary(text: string, groups: readonly CitationGroup[] = parseCitations(text)) {
  return groups.map((g) => [slice(text, g.span), g.bracketed, g.keys.map((k) => [k.id, k.prefix, k.locator])]);
}

function ids(text: string, groups: readonly CitationGroup[] = parseCitations(text)): string[] {
  return groups.flatMap((g) => g.keys.map((k) => k.id));
}

describe('parseCitations', () => {
  it('reads a single bracketed key with its spans', () => {
    const text = 'Cubans fought [@milian-identified].';
    const [group] = parseCitations(text);
    assert.strictEqual(slice(text, group.span), '[@milian-identified]');
    assert.strictEqual(group.bracketed, true);
    assert.strictEqual(group.keys[0].id, 'milian-identified');
    assert.strictEqual(slice(text, group.keys[0].idSpan), 'milian-identified');
    assert.strictEqual(slice(text, group.keys[0].span), '@milian-identified');
  });

  it('reads several keys, prefixes, locators and suppressed authors', () => {
    assert.deepStrictEqual(summary('A [@a; @b] b [see @c, p. 3] c [@d, pp. 3-4; also @e] d [-@f].'), [
      ['[@a; @b]', true, [['a', undefined, undefined], ['b', undefined, undefined]]],
      ['[see @c, p. 3]', true, [['c', 'see', 'p. 3']]],
      ['[@d, pp. 3-4; also @e]', true, [['d', undefined, 'pp. 3-4'], ['e', 'also', undefined]]],
      ['[-@f]', true, [['f', undefined, undefined]]],
    ]);
  });

  it('gives each key the span of its prefix, key and locator', () => {
    const text = '[see @a, p. 3; -@b]';
    const keys = parseCitations(text)[0].keys;
    assert.deepStrictEqual(keys.map((k) => slice(text, k.span)), ['see @a, p. 3', '-@b']);
  });

  it('reads bare keys in running text but not e-mail addresses or URL paths', () => {
    const text = '@doe says so, as (@roe) and "@poe" do; write to a@b.com or see medium.com/@user.';
    assert.deepStrictEqual(summary(text), [
      ['@doe', false, [['doe', undefined, undefined]]],
      ['@roe', false, [['roe', undefined, undefined]]],
      ['@poe', false, [['poe', undefined, undefined]]],
    ]);
  });

  it('follows Pandoc’s id rule: internal punctuation only before an alphanumeric', () => {
    assert.deepStrictEqual(ids('As @doe. And @a:b.c-d_e, @x--y, @2023report.'), ['doe', 'a:b.c-d_e', 'x', '2023report']);
    assert.deepStrictEqual(ids('[@{an odd key}]'), ['an odd key']);
  });

  it('reads Unicode ids, including combining marks and astral letters', () => {
    const text = '[@gómez-2023; @müller] and @Ωmega and @jose\u0301 and @𝒜bc.';
    assert.deepStrictEqual(ids(text), ['gómez-2023', 'müller', 'Ωmega', 'jose\u0301', '𝒜bc']);
  });

  it('does not read footnotes, inline notes, escapes or definitions as groups', () => {
    assert.deepStrictEqual(summary('Text[^1] and \\[@a] and \\@b.'), [['@a', false, [['a', undefined, undefined]]]]);
    assert.deepStrictEqual(ids('^[a note citing @c]'), ['c']);
    assert.deepStrictEqual(summary('[@ref]: http://example.com'), [['@ref', false, [['ref', undefined, undefined]]]]);
  });

  it('treats [text](url) as a link; a key in its text is a bare citation, [@id](url) included', () => {
    assert.deepStrictEqual(summary('See [the report](http://x.org) and [@doe](http://y.org).'), [['@doe', false, [['doe', undefined, undefined]]]]);
    assert.deepStrictEqual(summary('[as [@doe] says](http://x.org)'), [['[@doe]', true, [['doe', undefined, undefined]]]]);
  });

  it('falls back to bare keys when a part of the brackets has no key', () => {
    assert.deepStrictEqual(summary('[see @a; and more]'), [['@a', false, [['a', undefined, undefined]]]]);
    assert.deepStrictEqual(summary('[no keys here] [@]'), []);
  });

  it('never spans a blank line and survives unbalanced brackets', () => {
    assert.deepStrictEqual(summary(joinLines('[@a', '', 'b]')), [['@a', false, [['a', undefined, undefined]]]]);
    assert.deepStrictEqual(summary(joinLines('[@a;', '@b]')), [['[@a;\n@b]', true, [['a', undefined, undefined], ['b', undefined, undefined]]]]);
    assert.deepStrictEqual(summary('[[[@a] ]] ] [ [@b'), [
      ['[@a]', true, [['a', undefined, undefined]]],
      ['@b', false, [['b', undefined, undefined]]],
    ]);
    assert.deepStrictEqual(parseCitations('['.repeat(10000) + ']'.repeat(10000)), []);
  });

  it('skips code when given the marks of the text', () => {
    const text = joinLines('Use `[@inline]` here [@real].', '', '```', '[@fenced]', '```', '<!-- [@comment] -->', '<a href="mailto:x@y">link</a>');
    assert.deepStrictEqual(ids(text, analyzeText(text, 'markdown').citations), ['real']);
    assert.deepStrictEqual(ids(text, parseCitations(text, analyzeText(text, 'markdown').marks)), ['real']);
  });

  it('does not close a group inside an inline code span', () => {
    const text = 'A [@a, see `x]` here] b.';
    const groups = parseCitations(text, analyzeText(text, 'markdown').marks);
    assert.deepStrictEqual(groups.map((g) => slice(text, g.span)), ['[@a, see `x]` here]']);
  });
});

describe('citationAt', () => {
  const text = joinLines('First paragraph [@a].', '', 'Second [see @b, p. 3; @c] and @d.');

  it('finds the group and the key under an offset', () => {
    const hit = citationAt(text, text.indexOf('@c') + 1);
    assert.ok(hit);
    assert.strictEqual(slice(text, hit.group.span), '[see @b, p. 3; @c]');
    assert.strictEqual(hit.key?.id, 'c');
    assert.strictEqual(citationAt(text, text.indexOf('see'))?.key?.id, 'b');
    assert.strictEqual(citationAt(text, text.indexOf('@d'))?.key?.id, 'd');
    assert.strictEqual(citationAt(text, text.indexOf('@a'))?.key?.id, 'a');
  });

  it('finds a key when the cursor is right after it', () => {
    const doc = 'As @doe says, [@a]';
    assert.strictEqual(citationAt(doc, doc.indexOf(' says'))?.key?.id, 'doe');
    assert.strictEqual(citationAt(doc, doc.length)?.group.keys[0].id, 'a');
    assert.strictEqual(citationAt(doc, doc.length)?.key, undefined);
  });

  it('returns the group without a key on a bracket, and nothing outside groups', () => {
    const hit = citationAt(text, text.indexOf('[see'));
    assert.strictEqual(hit?.key, undefined);
    assert.strictEqual(hit?.group.keys.length, 2);
    assert.strictEqual(citationAt(text, text.indexOf('Second')), undefined);
    assert.strictEqual(citationAt(text, text.length), undefined);
    assert.strictEqual(citationAt(text, -3), undefined);
  });

  it('agrees with the parsed groups at every offset', () => {
    const doc = joinLines('A [@a;', '@b] c @d [x', '', 'e] [@f] \\[@g] a@b.c', '[[@h]', '', '', '[@i');
    const groups = parseCitations(doc);
    for (let o = 0; o <= doc.length; o++) {
      assert.deepStrictEqual(citationAt(doc, o), findCitationAt(groups, o), `offset ${o}`);
    }
  });
});
