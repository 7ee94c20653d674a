import * as assert from 'node:assert/strict';
import type { Corpus } from '../../../src/core/corpus/types';
import { idHover, type ClaimCard } from '../../../src/core/features/hoverModel';
import { renderClaim, renderHover, renderSource, showClaimUri } from '../../../src/core/features/hoverMarkdown';
import { blockQuote, commandUri, escapeMarkdown, MAX_POPUP_TEXT, safeWebUrl, truncate } from '../../../src/core/features/markdown';
import type { Claim, Source } from '../../../src/core/model';

const at = { file: 'file:///c/claims.yaml', start: { line: 3, character: 6 }, end: { line: 3, character: 12 } };

function claim(id: string, fields: Partial<Claim> = {}): Claim {
  return { id, text: `Text of ${id}.`, source: 'src', quote: `Quote of ${id}`, attributedTo: 'EFE', tags: [], contradicts: [], qualifies: [], location: at, ...fields };
}

function corpusOf(claims: Claim[], sources: Source[]): Corpus {
  const bySource = new Map<string, string[]>();
  for (const c of claims) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c.id]);
  return { claims: new Map(claims.map((c) => [c.id, c])), sources: new Map(sources.map((s) => [s.id, s])), claimsBySource: bySource, problems: [], files: [] };
}

const source: Source = { id: 'src', title: 'A *report*', outlet: 'EFE', author: 'Jane Doe', published: '2023-09-20', url: 'https://example.org/a?b=1', location: at };

/** The text a Markdown renderer shows for `markdown` when it honours backslash escapes and nothing else. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([!-\/:-@\[-`{-~])/g, '$1').replace(/&nbsp;/g, ' ').replace(/ {2}\n/g, '\n');
}

/** Markdown links `[label](target)` whose brackets are not escaped. */
function links(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\[((?:\\.|[^\]\\])*)(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[2]);
}

describe('escapeMarkdown', () => {
  it('turns a command link in corpus text into literal text', () => {
    const evil = '[x](command:workbench.action.quit) <img src=x onerror=alert(1)> **bold** `code` # h';
    const escaped = escapeMarkdown(evil);
    assert.deepEqual(links(escaped), []);
    assert.ok(!/(?<!\\)[\[\]()<>*`#]/.test(escaped), escaped);
    assert.equal(unescape(escaped), evil);
  });

  it('keeps line breaks and leading spaces, so nothing becomes a code block or a heading', () => {
    assert.equal(escapeMarkdown('a\r\n    b\n# c'), 'a  \n&nbsp;&nbsp;&nbsp;&nbsp;b  \n\\# c');
  });

  it('escapes a bare URL so it is not auto-linked', () => {
    assert.equal(escapeMarkdown('see https://x.org'), 'see https\\://x\\.org');
  });
});

describe('truncate', () => {
  it('cuts long text with an ellipsis and never splits a surrogate pair', () => {
    const long = 'a'.repeat(MAX_POPUP_TEXT - 2) + '😀' + 'b'.repeat(50);
    const cut = truncate(long);
    assert.ok(cut.length <= MAX_POPUP_TEXT);
    assert.ok(cut.endsWith('…'));
    assert.ok(!/[\uD800-\uDBFF]…$/.test(cut), 'no lone high surrogate before the ellipsis');
    assert.equal(truncate('short'), 'short');
  });
});

describe('commandUri', () => {
  it('percent-encodes arguments so no character can end the link', () => {
    const uri = commandUri('attest.showClaim', ["a)b'(c [d]"]);
    assert.match(uri, /^command:attest\.showClaim\?/);
    assert.ok(!/[()'\[\] ]/.test(uri.slice('command:'.length)), uri);
    assert.deepEqual(JSON.parse(decodeURIComponent(uri.split('?')[1])), ["a)b'(c [d]"]);
  });
});

describe('safeWebUrl', () => {
  it('accepts http(s) URLs only', () => {
    assert.equal(safeWebUrl('https://example.org/a?b=1'), 'https://example.org/a?b=1');
    assert.equal(safeWebUrl('command:workbench.action.quit'), undefined);
    assert.equal(safeWebUrl('javascript:alert(1)'), undefined);
    assert.equal(safeWebUrl('https://x.org/a) [y](command:z'), undefined);
    assert.equal(safeWebUrl(undefined), undefined);
  });
});

describe('renderHover', () => {
  it('shows claim text, quote as a block quote, source, who asserts it, and a showClaim link', () => {
    const corpus = corpusOf([claim('passports', { text: 'About 200 passports leaked.', quote: 'about 200 passports\nof Cubans', date: '2023-09-20' })], [source]);
    const md = renderHover(idHover(corpus, 'passports'));
    assert.match(md, /About 200 passports leaked\\\./);
    assert.match(md, /^> about 200 passports$/m);
    assert.match(md, /^> of Cubans$/m);
    assert.match(md, /\*A \\\*report\\\*\* — EFE, by Jane Doe, 2023\\-09\\-20/);
    assert.match(md, /\[link\]\(https:\/\/example\.org\/a\?b=1\)/);
    assert.match(md, /Asserted by: EFE/);
    assert.deepEqual(links(md), ['https://example.org/a?b=1', showClaimUri('passports')]);
  });

  it('renders a hostile claim as literal text: its only links are showClaim and http(s)', () => {
    const evil = '[x](command:workbench.action.quit)';
    const corpus = corpusOf(
      [
        claim('evil', { text: evil, quote: evil, attributedTo: evil, contradicts: ['other'] }),
        claim('other', { text: `Other ${evil}` }),
      ],
      [{ ...source, title: evil, outlet: evil, url: 'command:workbench.action.quit' }],
    );
    const md = renderHover(idHover(corpus, 'evil'));
    for (const target of links(md)) assert.match(target, /^command:attest\.showClaim\?|^https:\/\//, `unexpected link target ${target}`);
    assert.ok(md.includes(escapeMarkdown(evil)));
    assert.match(md, /Contradicts \[\\@other\]\(command:attest\.showClaim\?/);
  });

  it('lists related claims in both directions', () => {
    const corpus = corpusOf(
      [claim('a', { qualifies: ['b'] }), claim('b'), claim('c', { contradicts: ['b'] })],
      [source],
    );
    const md = renderHover(idHover(corpus, 'b'));
    assert.match(md, /Contradicts \[\\@c\]/);
    assert.match(md, /Qualified by \[\\@a\]/);
  });

  it('shows a source card with its claim count, and near ids for an unknown one', () => {
    const corpus = corpusOf([claim('a'), claim('b')], [source]);
    assert.match(renderHover(idHover(corpus, 'src')), /2 claims in the corpus/);
    const unknown = renderHover(idHover(corpus, 'aa', () => ['a']));
    assert.match(unknown, /Unknown citation/);
    assert.match(unknown, /\[\\@a\]\(command:attest\.showClaim/);
  });

  it('truncates very long claim text', () => {
    const card: ClaimCard = { id: 'x', text: 'word '.repeat(500), quote: 'q', attributedTo: 'EFE', sourceId: 'src' };
    const md = renderClaim(card);
    assert.ok(md.length < 1500, `hover is ${md.length} chars`);
    assert.match(md, /…/);
  });

  it('shows a non-web URL as text, not a link', () => {
    const md = renderSource({ ...source, url: 'ftp://x.org/file' });
    assert.deepEqual(links(md), []);
    assert.ok(md.includes('ftp\\://x\\.org/file'), md);
  });

  it('renders a block quote line by line', () => {
    assert.equal(blockQuote('one\n> two'), '> one\n> \\> two');
  });
});
