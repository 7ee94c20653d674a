// Hover cards: what a writer sees over a citation, a source id, or an uncited sentence the corpus
// speaks to. Corpus text must render as text: a command link in a claim stays literal.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { attest, closeAllEditors, hoverMarkdown, openDraft, positionOf, scratchDraft } from './helpers';

/** Markdown with backslash escapes undone: the text the hover displays. */
function shown(markdown: string): string {
  return markdown.replace(/\\([!-\/:-@\[-`{-~])/g, '$1');
}

describe('hover', () => {
  before(attest);
  afterEach(closeAllEditors);

  it('shows the cited claim: text, quote, source, who asserts it', async () => {
    const document = await openDraft('drafts/draft.md');
    const md = await hoverMarkdown(document, positionOf(document, '@demo-passports', 3));
    const text = shown(md);
    assert.match(text, /Ukrainian hackers leaked images of about 200 passports of Cubans allegedly serving as mercenaries for Russia\./);
    assert.match(md, /^> A team of Ukrainian hackers leaked images/m, 'the quote is a block quote');
    assert.match(text, /Source: \*Ukrainian hackers leak passports of Cubans allegedly fighting for Russia\* — EFE, by EFE newsroom, 2023-09-20/);
    assert.match(text, /Asserted by: EFE/);
    assert.match(md, /\[Open claim\]\(command:attest\.showClaim\?%5B%22demo-passports%22%5D\)/);
  });

  it('renders a command link inside claim text as literal text', async () => {
    const document = await openDraft('drafts/findings.md');
    const md = await hoverMarkdown(document, positionOf(document, '@demo-hostile-text', 2));
    assert.ok(md.includes('\\[x\\]\\(command\\:workbench\\.action\\.quit\\)'), md);
    assert.ok(md.includes('\\<b\\>html\\<\\/b\\>') || md.includes('\\<b\\>html\\</b\\>'), md);
    const targets = [...md.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
    assert.ok(targets.length > 0);
    for (const target of targets) assert.match(target, /^(command:attest\.showClaim\?|https:\/\/)/, `only showClaim and web links, not ${target}`);
  });

  it('lists the claims a claim contradicts, with links that open them', async () => {
    const document = await openDraft('drafts/draft.md');
    const md = await hoverMarkdown(document, positionOf(document, '@demo-havana-denies', 2));
    assert.ok(shown(md).includes('Contradicts [@demo-hackers-claim-official-role](command:attest.showClaim?%5B%22demo-hackers-claim-official-role%22%5D)'), md);
    assert.match(shown(md), /Cyber Resistance said Cuban officials organised the recruitment/);
  });

  it('shows the source card and claim count on a source id, and near ids on an unknown one', async () => {
    const { document } = await scratchDraft('The EFE report [@demo-source] and a typo [@demo-hackers-grop].\n');
    const source = shown(await hoverMarkdown(document, positionOf(document, '@demo-source', 2)));
    assert.match(source, /\*\*Source\*\*/);
    assert.match(source, /7 claims in the corpus/);
    const unknown = shown(await hoverMarkdown(document, positionOf(document, '@demo-hackers-grop', 2)));
    assert.match(unknown, /Unknown citation/);
    assert.match(unknown, /Did you mean \[@demo-hackers-group\]/);
  });

  it('gives the verdict on an uncited sentence the corpus contradicts or supports', async () => {
    const document = await openDraft('drafts/findings.md');
    const contradiction = shown(await hoverMarkdown(document, positionOf(document, 'arrested 300', 3)));
    assert.match(contradiction, /\*\*Contradicts\*\* a claim in the corpus: the sentence says "300" where the claim says "17"/);
    assert.match(contradiction, /The Cuban authorities arrested 17 people/);
    const supported = shown(await hoverMarkdown(document, positionOf(document, 'leaked images', 2)));
    assert.match(supported, /\*\*Supported\*\*/);
    assert.match(supported, /`@demo-passports`/);
  });

  it('shows nothing off citations and claims-free prose', async () => {
    const document = await openDraft('drafts/findings.md');
    const md = await hoverMarkdown(document, positionOf(document, 'Every finding', 2));
    assert.equal(md.includes('attest.showClaim'), false);
    assert.ok(vscode.window.activeTextEditor);
  });
});
