// The one entry point editors and the CLI use: a corpus in, every text feature out.
import { checkDraft, type CheckOptions } from './check/checkDraft';
import { judgeSentence, type Verdict } from './check/judge';
import type { Corpus } from './corpus/types';
import type { DraftKind } from './draft/types';
import { ClaimIndex } from './index/claimIndex';
import type { Finding } from './model';
import { suggestClaims, type Suggestion } from './suggest';

export interface AttestCore {
  readonly corpus: Corpus;
  readonly index: ClaimIndex;
  /** Findings for a draft (uses `options` severities; `off` codes are dropped). */
  check(text: string, file: string, kind: DraftKind, options?: CheckOptions): Finding[];
  /** Claims to offer when citing at the end of `sentence` with `typed` after `@`, best first. */
  suggest(sentence: string, typed: string, limit?: number): Suggestion[];
  /** The verdict on one sentence's prose, ignoring citations (used by hovers on uncited sentences). */
  judge(prose: string): Verdict;
}

/**
 * Builds the index for `corpus` (or takes `index`, built elsewhere for this corpus, e.g. restored from a
 * worker's snapshot) and returns the features over it. Frozen: a new corpus needs a new core.
 */
export function createCore(corpus: Corpus, index: ClaimIndex = new ClaimIndex(corpus)): AttestCore {
  return Object.freeze({
    corpus,
    index,
    check: (text: string, file: string, kind: DraftKind, options?: CheckOptions) => checkDraft(text, file, kind, index, options),
    suggest: (sentence: string, typed: string, limit?: number) => suggestClaims(index, sentence, typed, limit),
    judge: (prose: string) => judgeSentence(prose, index),
  });
}
