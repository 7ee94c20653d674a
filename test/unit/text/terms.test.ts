// The terms words become: a place and the people or things named after it are one term ("Ukraine",
// "Ukrainian", "Ukrainians"), whatever the stemmer would make of the place's name.
import * as assert from 'node:assert/strict';
import { termOf } from '../../../src/core/text/terms';
import { DEMONYMS, PLACES } from '../../../src/core/text/lexicon';

describe('text: terms of places and demonyms', () => {
  it('gives a place and its demonyms one term', () => {
    for (const [place, ...demonyms] of [['Ukraine', 'Ukrainian', 'Ukrainians', "Ukraine's"], ['Greece', 'Greek', 'Greeks'], ['Turkey', 'Turkish', 'Turks'],
      ['Iraq', 'Iraqi', 'Iraqis'], ['Japan', 'Japanese'], ['Germany', 'German', 'Germans'], ['France', 'French'], ['Brazil', 'Brazilian', 'Brazilians']]) {
      for (const d of demonyms) assert.equal(termOf(d), termOf(place!), `${d} and ${place}`);
    }
  });

  it('keeps place names unstemmed and every demonym pointing at a place', () => {
    assert.equal(termOf('Ukraine'), 'ukraine');
    assert.equal(termOf('Russian-Cuban'), 'russia');
    for (const place of DEMONYMS.values()) assert.ok(PLACES.has(place));
    // A plural only where English has one.
    assert.equal(DEMONYMS.get('japaneses'), undefined);
    assert.equal(DEMONYMS.get('swisss'), undefined);
  });

  it('drops reporting filler, keeps content', () => {
    assert.equal(termOf('reporters'), null);
    assert.equal(termOf('journalists'), 'journalist');
  });
});
