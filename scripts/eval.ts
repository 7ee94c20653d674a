// Measures the checker on labelled sentences: per-class precision, recall and F1, accuracy, and how often
// a sound sentence (supported or no claim) is falsely flagged. Each sentence is checked as its own
// uncited one-line draft through the same path as the CLI.
//   npm run eval -- [--set FILE]... [--corpus DIR]... [--errors]   (default: the three sets in test/fixtures/)
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../src/core/corpus/loadCorpus';
import { nodeCorpusHost } from '../src/cli/nodeHost';
import { ClaimIndex } from '../src/core/index/claimIndex';
import { checkDraft } from '../src/core/check/checkDraft';
import { FindingCode } from '../src/core/model';

type Label = 'supported' | 'contradiction' | 'unsourced' | 'none';
const LABELS: readonly Label[] = ['supported', 'contradiction', 'unsourced', 'none'];

interface Example { id: string; sentence: string; label: Label; note?: string }

function arg(name: string, fallback: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => { if (a === name && process.argv[i + 1]) out.push(process.argv[i + 1]); });
  return out.length > 0 ? out : [fallback];
}

function predict(findings: ReturnType<typeof checkDraft>): { label: Label; claims: readonly string[]; message?: string } {
  const pick = (code: FindingCode) => findings.find((f) => f.code === code);
  const c = pick(FindingCode.Contradiction);
  if (c) return { label: 'contradiction', claims: c.claims, message: c.message };
  const s = pick(FindingCode.MissingCitation);
  if (s) return { label: 'supported', claims: s.claims, message: s.message };
  if (pick(FindingCode.Unsourced)) return { label: 'unsourced', claims: [] };
  return { label: 'none', claims: [] };
}

async function main(): Promise<void> {
  const corpus = await loadCorpus(nodeCorpusHost, arg('--corpus', 'corpus'));
  const index = new ClaimIndex(corpus);
  const showErrors = process.argv.includes('--errors');
  let failed = false;
  const sets = process.argv.includes('--set') ? arg('--set', '') : ['test/fixtures/devset.jsonl', 'test/fixtures/heldout.jsonl', 'test/fixtures/fresh.jsonl'];
  for (const set of sets) {
    const examples: Example[] = readFileSync(set, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
    const confusion = new Map<string, number>();
    let correct = 0;
    let soundFlagged = 0;
    let sound = 0;
    const started = performance.now();
    for (const ex of examples) {
      const p = predict(checkDraft(ex.sentence, 'eval.md', 'markdown', index));
      confusion.set(`${ex.label}>${p.label}`, (confusion.get(`${ex.label}>${p.label}`) ?? 0) + 1);
      if (p.label === ex.label) correct++;
      else if (showErrors) console.log(`${ex.id} ${ex.label} -> ${p.label}: ${ex.sentence}\n     note: ${ex.note ?? ''}\n     ${p.message ?? ''}`);
      if (ex.label === 'supported' || ex.label === 'none') {
        sound++;
        if (p.label === 'contradiction' || p.label === 'unsourced') soundFlagged++;
      }
    }
    const ms = performance.now() - started;
    console.log(`\n${set}: ${examples.length} sentences, ${corpus.claims.size} claims, ${ms.toFixed(0)} ms`);
    console.log('class           precision  recall     F1   support');
    for (const label of LABELS) {
      const tp = confusion.get(`${label}>${label}`) ?? 0;
      const predicted = LABELS.reduce((n, l) => n + (confusion.get(`${l}>${label}`) ?? 0), 0);
      const actual = LABELS.reduce((n, l) => n + (confusion.get(`${label}>${l}`) ?? 0), 0);
      const precision = predicted ? tp / predicted : 0;
      const recall = actual ? tp / actual : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      console.log(`${label.padEnd(14)} ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3).padStart(7)} ${f1.toFixed(3).padStart(6)} ${String(actual).padStart(9)}`);
    }
    console.log(`accuracy ${(correct / examples.length).toFixed(3)}; sound sentences falsely flagged ${soundFlagged}/${sound} (${((100 * soundFlagged) / Math.max(1, sound)).toFixed(1)}%)`);
    console.log('confusion (label>predicted): ' + [...confusion].filter(([k]) => k.split('>')[0] !== k.split('>')[1]).map(([k, v]) => `${k} ${v}`).join(', '));
    if (correct === 0) failed = true;
  }
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 2;
});
