// Re-checking after an edit judges only the sentences that changed, and gives the same findings
// as a check from scratch.
import * as assert from 'node:assert/strict';
import { SentenceCache } from '../../../src/core/check/sentenceCache';
import { shippedCore } from './helpers';

const DRAFT = [
  '# Draft',
  '',
  'The Cuban authorities arrested more than 300 people linked to the recruitment network.',
  '',
  'Nearly 76,000 people belonged to the "Cubans in Moscow" Facebook group. Havana received 40 Russian helicopters in 2019.',
  '',
  'Koronelli said Moscow and Havana were in contact about the Cubans [@koronelli-says-moscow-havana-in-contac].',
].join('\n');

describe('SentenceCache', () => {
  it('re-judges only changed sentences and matches a fresh check, offsets included', async () => {
    const core = await shippedCore();
    const cache = new SentenceCache();
    core.check(DRAFT, 'd.md', 'markdown', { cache });
    assert.equal(cache.hits, 0);
    const judged = cache.misses;
    // An edit above everything shifts every sentence; one word changes in one sentence.
    const edited = `Intro line added.\n\n${DRAFT.replace('40 Russian helicopters', '41 Russian helicopters')}`;
    const cached = core.check(edited, 'd.md', 'markdown', { cache });
    assert.equal(cache.misses - judged, 2, 'the new intro sentence and the edited one');
    assert.deepEqual(cached, core.check(edited, 'd.md', 'markdown'));
  });
});
