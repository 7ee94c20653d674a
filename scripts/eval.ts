// Measures the checker on labelled sentences (labelScores.ts): per-class precision, recall and F1,
// accuracy, and how often a sound sentence (supported or no claim) is falsely flagged. Each sentence is
// checked as its own uncited one-line draft through the same path as the CLI.
//   npm run eval -- [--set FILE]... [--corpus DIR]... [--errors]   (default: the three sets in test/fixtures/)
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../src/core/corpus/loadCorpus';
import { nodeCorpusHost } from '../src/cli/nodeHost';
import { ClaimIndex } from '../src/core/index/claimIndex';
import { checkDraft } from '../src/core/check/checkDraft';
import { readExamples, score, scoreTable } from './labelScores';

function arg(name: string, fallback: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => { if (a === name && process.argv[i + 1]) out.push(process.argv[i + 1]); });
  return out.length > 0 ? out : [fallback];
}

async function main(): Promise<void> {
  const corpus = await loadCorpus(nodeCorpusHost, arg('--corpus', 'corpus'));
  const index = new ClaimIndex(corpus);
  const showErrors = process.argv.includes('--errors');
  let failed = false;
  const sets = process.argv.includes('--set') ? arg('--set', '') : ['test/fixtures/devset.jsonl', 'test/fixtures/heldout.jsonl', 'test/fixtures/fresh.jsonl'];
  for (const set of sets) {
    const examples = readExamples(readFileSync(set, 'utf8'));
    const started = performance.now();
    const scores = score(examples, (sentence) => checkDraft(sentence, 'eval.md', 'markdown', index), showErrors
      ? (ex, p) => console.log(`${ex.id} ${ex.label} -> ${p.label}: ${ex.sentence}\n     note: ${ex.note ?? ''}\n     ${p.message ?? ''}`)
      : undefined);
    const ms = performance.now() - started;
    console.log(`\n${set}: ${examples.length} sentences, ${corpus.claims.size} claims, ${ms.toFixed(0)} ms`);
    for (const line of scoreTable(scores)) console.log(line);
    if (scores.accuracy === 0) failed = true;
  }
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 2;
});
