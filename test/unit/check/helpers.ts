import { join } from 'node:path';
import { nodeCorpusHost } from '../../../src/cli/nodeHost';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus';
import { createCore, type AttestCore } from '../../../src/core/service';

export const REPO = join(__dirname, '..', '..', '..', '..');

let shipped: Promise<AttestCore> | undefined;

/** The core over the corpus that ships in corpus/, loaded once per test run. */
export function shippedCore(): Promise<AttestCore> {
  shipped ??= loadCorpus(nodeCorpusHost, [join(REPO, 'corpus')]).then(createCore);
  return shipped;
}
