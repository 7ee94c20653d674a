// Findings on drafts, end to end through the core, against the shipped corpus.
import * as assert from 'node:assert/strict';
import { FindingCode } from '../../../src/core/model';
import { shippedCore } from './helpers';

async function codes(text: string): Promise<string[]> {
  const core = await shippedCore();
  return core.check(text, 'draft.md', 'markdown').map((f) => f.code);
}

describe('checkDraft', () => {
  it('asks for a citation where a claim supports an uncited sentence', async () => {
    const core = await shippedCore();
    const [f] = core.check('Nearly 76,000 people belonged to the "Cubans in Moscow" Facebook group.', 'd.md', 'markdown');
    assert.equal(f.code, FindingCode.MissingCitation);
    assert.equal(f.claims[0], 'cubans-in-moscow-group-76000-members');
    assert.match(f.message, /cubans-in-moscow-group-76000-members/);
  });

  it('reports a changed figure as a contradiction with the sourced value to put instead', async () => {
    const core = await shippedCore();
    const text = 'Russia and the WFP gave Cuba 6,500 tons of vegetable oil.';
    const [f] = core.check(text, 'd.md', 'markdown');
    assert.equal(f.code, FindingCode.Contradiction);
    assert.ok(f.replacement, 'a replacement');
    assert.equal(text.slice(f.replacement!.span.start, f.replacement!.span.end), '6,500');
    assert.equal(f.replacement!.text, '650');
  });

  it('keeps qualifiers: "at least 200" restates "about 199", "fewer than 50" does not', async () => {
    assert.deepEqual(await codes('Hackers gave InformNapalm evidence on units of at least 200 Cubans recruited for the war.'), [FindingCode.MissingCitation]);
    assert.deepEqual(await codes('Hackers gave InformNapalm evidence on units of fewer than 50 Cubans recruited for the war.'), [FindingCode.Contradiction]);
  });

  it('reports a changed date and a flipped denial', async () => {
    assert.deepEqual(await codes('López Miera was received in Moscow by Sergei Shoigu in June 2021.'), [FindingCode.Contradiction]);
    assert.deepEqual(await codes('Alexey Chepa admitted that Russia recruits Cubans.'), [FindingCode.Contradiction]);
  });

  it('flags a checkable statement nothing supports, and leaves opinion alone', async () => {
    assert.deepEqual(await codes('Havana received 40 Russian helicopters in 2019.'), [FindingCode.Unsourced]);
    assert.deepEqual(await codes('It is hard not to see a pattern in all of this.'), []);
    assert.deepEqual(await codes('Who, in the end, will answer for these young men?'), []);
  });

  it('accepts a sentence that cites a claim saying it, and a source id for all its claims', async () => {
    assert.deepEqual(await codes('Koronelli said Moscow and Havana were in contact about the Cubans [@koronelli-says-moscow-havana-in-contact].'), []);
    assert.deepEqual(await codes('Koronelli said Moscow and Havana were in contact about the Cubans [@14ymedio-koronelli-2023].'), []);
  });

  it('reports citations that point nowhere, with the nearest ids', async () => {
    const core = await shippedCore();
    const text = 'Koronelli said Moscow and Havana were in contact [@koronelli-says-moscow-havana-in-contac].';
    const f = core.check(text, 'd.md', 'markdown').find((x) => x.code === FindingCode.UnknownCitation)!;
    assert.equal(text.slice(f.span.start, f.span.end), 'koronelli-says-moscow-havana-in-contac');
    assert.deepEqual(f.suggestions?.[0], 'koronelli-says-moscow-havana-in-contact');
  });

  it('reports a citation of a claim that says something else', async () => {
    assert.deepEqual(await codes('Cuba abstained in most UN votes on Ukraine [@russia-wfp-donated-650-tons-oil].'), [FindingCode.CitationMismatch]);
  });

  it('honours attest-ignore and attest-disable', async () => {
    const opinionated = 'Havana received 40 Russian helicopters in 2019.';
    assert.deepEqual(await codes(`<!-- attest-ignore -->\n${opinionated}\n\n${opinionated}`), [FindingCode.Unsourced]);
    assert.deepEqual(await codes(`<!-- attest-disable -->\n${opinionated}\n\n${opinionated}\n<!-- attest-enable -->\n\n${opinionated}`), [FindingCode.Unsourced]);
  });

  it('skips binary and oversized drafts with one information finding', async () => {
    const core = await shippedCore();
    const binary = core.check('\u0000\u0001PNG\u0000', 'x.md', 'markdown');
    assert.deepEqual(binary.map((f) => [f.code, f.severity]), [[FindingCode.DraftSkipped, 'information']]);
    const big = core.check('Havana received 40 helicopters. '.repeat(100), 'x.md', 'markdown', { maxDraftLength: 1000 });
    assert.deepEqual(big.map((f) => f.code), [FindingCode.DraftSkipped]);
  });

  it('applies severity settings and drops codes set to off', async () => {
    const core = await shippedCore();
    const text = 'Havana received 40 Russian helicopters in 2019.';
    assert.equal(core.check(text, 'd.md', 'markdown', { severity: { [FindingCode.Unsourced]: 'error' } })[0].severity, 'error');
    assert.deepEqual(core.check(text, 'd.md', 'markdown', { severity: { [FindingCode.Unsourced]: 'off' } }), []);
  });

  it('does not judge headings, code or front matter', async () => {
    assert.deepEqual(await codes('---\ntitle: Havana received 40 helicopters in 2019\n---\n# Havana received 40 helicopters in 2019\n\n`Havana received 40 helicopters in 2019.`\n'), []);
  });
});

describe('checkDraft: actors, stances and names', () => {
  it('catches swapped countries in a diplomatic role', async () => {
    assert.deepEqual(await codes('Viktor Koronelli, the Cuban ambassador to Russia, said the two governments were in contact about the recruits.'), [FindingCode.Contradiction]);
  });

  it('catches a stance turned around without a negation', async () => {
    assert.deepEqual(await codes('Cuba voted in favour of most UN resolutions on Ukraine.'), [FindingCode.Contradiction]);
  });

  it('reads "the UN" as the United Nations a claim spells out', async () => {
    assert.deepEqual(await codes('Cuba abstained in most UN votes on Ukraine.'), [FindingCode.MissingCitation]);
  });

  it('does not take a sentence adverb for an actor', async () => {
    // "Later" as a name the claim lacks made this restatement a swapped-actor contradiction.
    assert.deepEqual(await codes('Later, Alexey Chepa said Cubans can organise themselves through social networks.'), [FindingCode.MissingCitation]);
  });

  it('names swapped actors as the writer wrote them, each once', async () => {
    const core = await shippedCore();
    const [f] = core.check("Caracas's envoy said Mónica Milián Gómez is the intermediary for strengthening military ties between Caracas and Moscow.", 'd.md', 'markdown');
    assert.equal(f.code, FindingCode.Contradiction);
    assert.match(f.message, /the sentence names "Caracas" where the claim names "Havana"/);
  });

  it('does not take a new fact about a known person for a contradiction, and names what it holds as written', async () => {
    assert.deepEqual(await codes('Viktor Koronelli previously served as Russia\'s ambassador to Mexico.'), [FindingCode.Unsourced]);
    const core = await shippedCore();
    const [f] = core.check('Julieta Novák later travelled to Matanzas\'s port for talks.', 'd.md', 'markdown');
    assert.equal(f.code, FindingCode.Unsourced);
    assert.match(f.message, /^States a checkable fact \("Julieta Novák", "Matanzas"\)/);
  });
});
