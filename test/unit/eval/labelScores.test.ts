// The checker's scores (npm run eval, and the bench's generated sets) are what changes to the matcher
// are judged by: the counting must be right.
import * as assert from 'node:assert/strict';
import { FindingCode, type Finding } from '../../../src/core/model';
import { predict, readExamples, score, type Example } from '../../../scripts/labelScores';

const finding = (code: FindingCode, claims: string[] = []): Finding => ({ code, claims, message: code } as unknown as Finding);

describe('eval: scoring labelled sentences', () => {
  it('reads one label from the findings, a contradiction first', () => {
    assert.equal(predict([finding(FindingCode.Unsourced), finding(FindingCode.Contradiction, ['c'])]).label, 'contradiction');
    assert.equal(predict([finding(FindingCode.Unsourced), finding(FindingCode.MissingCitation, ['s'])]).label, 'supported');
    assert.equal(predict([finding(FindingCode.Unsourced)]).label, 'unsourced');
    assert.equal(predict([]).label, 'none');
  });

  it('counts precision, recall, accuracy and falsely flagged sound sentences', () => {
    const examples: Example[] = readExamples([
      { id: '1', sentence: 'sup-ok', label: 'supported' },
      { id: '2', sentence: 'sup-as-contra', label: 'supported' },
      { id: '3', sentence: 'contra-ok', label: 'contradiction' },
      { id: '4', sentence: 'uns-as-none', label: 'unsourced' },
      { id: '5', sentence: 'none-ok', label: 'none' },
    ].map((e) => JSON.stringify(e)).join('\n'));
    const answers: Record<string, Finding[]> = {
      'sup-ok': [finding(FindingCode.MissingCitation)],
      'sup-as-contra': [finding(FindingCode.Contradiction)],
      'contra-ok': [finding(FindingCode.Contradiction)],
      'uns-as-none': [],
      'none-ok': [],
    };
    const missed: string[] = [];
    const s = score(examples, (sentence) => answers[sentence]!, (ex) => missed.push(ex.id));
    assert.equal(s.accuracy, 3 / 5);
    assert.deepEqual(missed, ['2', '4']);
    assert.deepEqual(s.byClass.supported, { precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
    assert.deepEqual(s.byClass.contradiction, { precision: 0.5, recall: 1, f1: 2 / 3, support: 1 });
    assert.equal(s.byClass.unsourced.recall, 0);
    assert.equal(s.byClass.none.precision, 0.5);
    assert.deepEqual([s.soundFlagged, s.sound], [1, 3]);
    assert.equal(s.confusion.get('supported>contradiction'), 1);
  });
});
