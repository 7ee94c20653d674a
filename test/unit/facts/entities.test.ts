// Named actors and places: runs of capitalised words, titles and months left out, demonyms folded into
// their places, so that "Pavel Novák" and "Novák" name the same person.
import * as assert from 'node:assert/strict';
import { writtenMentions } from '../../../src/core/facts/entities';

const names = (text: string): string[] => writtenMentions(text).map((m) => m.text);

describe('facts: named actors and places', () => {
  it('keeps whole names, including those that begin like a month or a day', () => {
    assert.deepEqual(names('Tomasz Martínez later travelled to Cienfuegos.'), ['Tomasz Martínez', 'Cienfuegos']);
    assert.deepEqual(names('A week later, Julieta Blanco met Pavel Novák and Marco Decker in Sunderland.'), ['Julieta Blanco', 'Pavel Novák', 'Marco Decker', 'Sunderland']);
  });

  it('leaves out months, days, titles and sentence-initial words', () => {
    assert.deepEqual(names('In March, Minister Anton Perevozchikov spoke on Tuesday, 4 Sept. 2023.'), ['Anton Perevozchikov']);
    assert.deepEqual(names('Reports said the Cuban government denied it.'), ['Cuban']);
    // Not a name running into the next one: a sentence adverb before a comma.
    assert.deepEqual(names('Later, Thomas Romano and Alejandro Pérez met in Athens.'), ['Thomas Romano', 'Alejandro Pérez', 'Athens']);
    assert.deepEqual(names('Separately, Yuki Singh met officials. Ana Melnyk left.'), ['Yuki Singh', 'Ana Melnyk']);
  });

  it('reads a demonym as its place and reads through an initial inside a name', () => {
    const mentions = writtenMentions('The Cuban ambassador met Sergei K. Shoigu.');
    assert.deepEqual(mentions.map((m) => m.terms), [['cuba'], ['sergei', 'shoigu']]);
  });
});
