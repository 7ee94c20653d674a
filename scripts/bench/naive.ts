// The baseline a writer could script in an afternoon: split the draft into sentences, and for each one
// scan every claim, score it by the lowercase words the two share, and keep the best. No index, no
// stemming, no judgement: what Attest's speed is compared against.
import type { Claim } from '../../src/core/model';

export interface NaiveResult {
  /** Splitting the claims into word sets, once. */
  readonly prepareMs: number;
  /** Scoring every sentence against every claim. */
  readonly checkMs: number;
  readonly sentences: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

/** The draft's sentences as such a script finds them: front matter and headings dropped, split after . ! ? */
export function naiveSentences(draft: string): string[] {
  const body = draft.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.split(/(?<=[.!?])\s+|\n\s*\n/).map((s) => s.trim()).filter((s) => s && !s.startsWith('#'));
}

export function naiveCheck(sentences: readonly string[], claims: Iterable<Claim>): NaiveResult & { best: string[] } {
  const t0 = performance.now();
  const prepared = [...claims].map((c) => ({ id: c.id, words: wordSet(c.text) }));
  const t1 = performance.now();
  const best: string[] = [];
  for (const sentence of sentences) {
    const words = wordSet(sentence);
    let top = '';
    let topScore = 0;
    for (const claim of prepared) {
      let shared = 0;
      for (const w of words) if (claim.words.has(w)) shared++;
      if (shared > topScore) {
        topScore = shared;
        top = claim.id;
      }
    }
    best.push(top);
  }
  return { prepareMs: t1 - t0, checkMs: performance.now() - t1, sentences: sentences.length, best };
}
