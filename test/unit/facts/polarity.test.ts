// Which way a clause leans: a negation, or a word that carries its own "no" ("denied", "lacked",
// "unemployed", "visa-free"), on one side only is a conflict; on both sides it is agreement.
import * as assert from 'node:assert/strict';
import { polarityConflict, polarityOf } from '../../../src/core/facts/polarity';

const conflict = (sentence: string, claim: string) => polarityConflict(polarityOf(sentence), polarityOf(claim));

describe('facts: polarity', () => {
  it('agrees when both sides say no, in a word or in a negation', () => {
    assert.equal(conflict('32 percent of students had no job', '32 percent of students were unemployed'), undefined);
    assert.equal(conflict('most pensioners had no running water', 'most pensioners lacked running water'), undefined);
    assert.equal(conflict('they can stay without a visa for 90 days', 'a visa-free regime allows stays of 90 days'), undefined);
    assert.equal(conflict('Chepa denied that Russia recruits Cubans', 'Chepa said Russia does not recruit Cubans'), undefined);
  });

  it('conflicts when only one side says no', () => {
    assert.ok(conflict('most pensioners had running water', 'most pensioners lacked running water'));
    assert.ok(conflict('they left with the knowledge of the authorities', 'they left without the knowledge of the authorities'));
    assert.ok(conflict('Chepa confirmed that Russia recruits Cubans', 'Chepa denied that Russia recruits Cubans'));
  });

  it('reads "free" as a "no" only in a compound', () => {
    assert.equal(polarityOf('free elections were held').negative, 0);
    assert.equal(polarityOf('a tax-free zone').negative, 1);
  });
});
