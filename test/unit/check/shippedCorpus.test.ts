// The shipped corpus is sound: it loads without problems, and every quote is verbatim in its seed article.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, shippedCore } from './helpers';

const SEEDS = join(REPO, '..', 'shared', 'seeds');

/** Folds whitespace so a quote matches across the article's line breaks. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the shipped corpus', () => {
  it('loads with no problems', async () => {
    const core = await shippedCore();
    assert.deepEqual(core.corpus.problems.map((p) => `${p.file}: ${p.message}`), []);
    assert.ok(core.corpus.claims.size >= 80, `${core.corpus.claims.size} claims`);
    assert.equal(core.corpus.sources.size, 5);
  });

  it('relates the claims the articles disagree on', async () => {
    const { corpus } = await shippedCore();
    const withContradictions = [...corpus.claims.values()].filter((c) => c.contradicts.length > 0);
    assert.ok(withContradictions.length >= 10, `${withContradictions.length} claims carry contradicts`);
  });

  it('quotes every claim verbatim from its seed article', async function () {
    if (!existsSync(SEEDS)) this.skip();
    const { corpus } = await shippedCore();
    const articles = readdirSync(SEEDS).map((f) => flat(readFileSync(join(SEEDS, f), 'utf8')));
    const missing = [...corpus.claims.values()].filter((c) => !articles.some((a) => a.includes(flat(c.quote))));
    assert.deepEqual(missing.map((c) => c.id), []);
  });

  it('keeps quotes short: a sentence or two, never an article', async () => {
    const { corpus } = await shippedCore();
    const long = [...corpus.claims.values()].filter((c) => c.quote.length > 400);
    assert.deepEqual(long.map((c) => c.id), []);
  });
});
