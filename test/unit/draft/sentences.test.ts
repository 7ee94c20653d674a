import * as assert from 'node:assert';
import { splitSentences } from '../../../src/core/draft/sentences';
import { joinLines, sentencesOf } from './helpers';

describe('sentence segmentation', () => {
  it('splits on . ! ? followed by a capital, digit or opening quote', () => {
    assert.deepStrictEqual(sentencesOf('One here. Two there! Three? 4 is a number. “Quoted” too. (Brackets) too.'), [
      'One here.', 'Two there!', 'Three?', '4 is a number.', '“Quoted” too.', '(Brackets) too.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    assert.deepStrictEqual(sentencesOf('He said no. and left. Then what?'), ['He said no. and left.', 'Then what?']);
  });

  it('keeps closing quotes and brackets with the sentence they end', () => {
    assert.deepStrictEqual(sentencesOf('He said “no.” Then left. (As planned.) It was “over!” Yes.'), [
      'He said “no.”', 'Then left.', '(As planned.)', 'It was “over!”', 'Yes.',
    ]);
  });

  it('does not split after abbreviations, initials or dotted abbreviations', () => {
    const text = [
      'Gen. Nikolai Patrushev met Col. Mónica Milián Gómez and Lt. Gen. Smith.',
      'Dr. Orlando Gutierrez Boronat spoke to Mr. Shoigu, Mrs. Smith, Ms. Jones and Prof. Lee.',
      'Sergei K. Shoigu met J.R.R. Tolkien in the U.S. and the U.K. with the U.N. and the E.U. present.',
      'Weapons, ammunition, etc. Were sent, e.g. Rifles, i.e. Old ones, at 9 a.m. Sharp, vs. Tanks.',
      'Acme Inc. Sold shares to Foo Co. And Bar Corp. And Baz Ltd. In approx. March.',
      'It happened in Jan. And in Feb. Or Sept. 5 on St. Mark’s day near Mt. Fuji.',
      'Gov. Adams, Sen. Brown, Rep. Cruz, Pres. Diaz, Maj. Evans, Sr. Ford and Jr. Gray agreed.',
    ];
    assert.deepStrictEqual(sentencesOf(text.join(' ')), text);
  });

  it('handles the seed articles’ dates, names and amounts', () => {
    const text = [
      'On Sept. 5, 2023, a high-ranking Russian military official told The Moscow Times that international battalions on the frontlines in Ukraine were mainly comprised of Cubans and Serbs.',
      'In March 2023, the Regime signed a Memorandum of Understanding and Cooperation with Gen. Nikolai Patrushev, secretary of the Security Council of Russia.',
      'In June, Álvaro López Miera visited Moscow and was received by his Russian counterpart, Sergei K. Shoigu.',
      'Mr. Shoigu stated that Cuba is Russia’s “most important ally” in the Caribbean.',
      'Similarly, the Club of Paris carries $8.5 billion in condoned debt for the Regime and patiently awaits $200 million of postponed payments.',
      'On Aug, 30, 2023, two 19-year-old Cuban citizens recorded a viral video.',
      'As of Tuesday, the group had nearly 76,000 members.',
    ];
    assert.deepStrictEqual(sentencesOf(text.join(' ')), text);
  });

  it('does not split inside decimals, before numbers after No./p., or at an ellipsis before lower case', () => {
    assert.deepStrictEqual(sentencesOf('It cost 1.5 million, see No. 5 and p. 3. Those who… engage were few... and tired. Then… Nothing.'), [
      'It cost 1.5 million, see No. 5 and p. 3.', 'Those who… engage were few... and tired.', 'Then…', 'Nothing.',
    ]);
    assert.deepStrictEqual(sentencesOf('The answer was No. Then he left.'), ['The answer was No.', 'Then he left.']);
  });

  it('splits after a year or number ending a sentence', () => {
    assert.deepStrictEqual(sentencesOf('Born in 1965. He fled in 2023. 200 people came.'), ['Born in 1965.', 'He fled in 2023.', '200 people came.']);
  });

  it('does not split after a list number in plain text', () => {
    assert.deepStrictEqual(sentencesOf(joinLines('Steps:', '1. Recruit men. 2. Ship them.'), 'plaintext'), ['Steps:', '1. Recruit men.', '2. Ship them.']);
  });

  it('splits paragraphs at blank lines and list items, and joins wrapped lines', () => {
    const text = joinLines('A wrapped', 'sentence here', '', 'Next paragraph', '- item one', '- item two', '  continues', '1. numbered');
    assert.deepStrictEqual(sentencesOf(text), ['A wrapped\nsentence here', 'Next paragraph', 'item one', 'item two\n  continues', 'numbered']);
  });

  it('skips headings and code entirely', () => {
    const text = joinLines('# A heading about Cubans', '', 'Real sentence.', '', '```', 'Not a sentence.', '```', '    ', 'Setext', '---');
    assert.deepStrictEqual(sentencesOf(text), ['Real sentence.']);
  });

  it('splits text in caseless scripts and in RTL text', () => {
    assert.deepStrictEqual(sentencesOf('قال المسؤول ذلك. ثم غادر. OK.'), ['قال المسؤول ذلك.', 'ثم غادر.', 'OK.']);
    assert.deepStrictEqual(sentencesOf('他来了。 她也来了。'), ['他来了。', '她也来了。']);
  });

  it('returns trimmed extents with paragraph indices', () => {
    const view = '  One. Two.  \n\n Three. ';
    const out = splitSentences(view, [{ start: 0, end: 13 }, { start: 15, end: view.length }]);
    assert.deepStrictEqual(out, [
      { start: 2, end: 6, paragraph: 0 },
      { start: 7, end: 11, paragraph: 0 },
      { start: 16, end: 22, paragraph: 1 },
    ]);
  });
});
