// The figure issue #2 asks for: a 10,000-word draft against the shipped seed corpus. The draft is built
// deterministically from the labelled sentences in test/fixtures/ (restatements, contradictions, new facts,
// opinions), in paragraphs of four; the check goes through createCore().check, as the extension's does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeCorpusHost } from '../../src/cli/nodeHost';
import { loadCorpus } from '../../src/core/corpus/loadCorpus';
import { createCore } from '../../src/core/service';

export interface SeedFigures {
  readonly words: number;
  readonly sentences: number;
  /** First check in a fresh core (claim facts computed on first use). */
  readonly firstCheckMs: number;
  /** Median of five further full checks. */
  readonly checkMs: number;
}

/** Times a full check of a 10,000-word draft against `root`/corpus. */
export async function benchSeedCorpus(root: string): Promise<SeedFigures> {
  const core = createCore(await loadCorpus(nodeCorpusHost, [join(root, 'corpus')]));
  const sentences = ['devset', 'heldout', 'fresh'].flatMap((set) =>
    readFileSync(join(root, 'test', 'fixtures', `${set}.jsonl`), 'utf8').split('\n').filter((l) => l.trim()).map((l) => String(JSON.parse(l).sentence)),
  );
  let draft = '# Seed-corpus benchmark draft\n\n';
  let words = 0;
  let count = 0;
  while (words < 10_000) {
    const s = sentences[count % sentences.length];
    draft += s + (++count % 4 === 0 ? '\n\n' : ' ');
    words += s.split(/\s+/).length;
  }
  let t = performance.now();
  core.check(draft, 'seed-draft.md', 'markdown');
  const firstCheckMs = performance.now() - t;
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    core.check(draft, 'seed-draft.md', 'markdown');
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return { words, sentences: count, firstCheckMs, checkMs: runs[2] };
}
