// Scores the checker on labelled sentences: each sentence is checked as its own uncited one-line draft,
// its findings read as one label, and the labels compared: per-class precision, recall and F1,
// accuracy, and how often a sound sentence (supported, or no claim) is falsely flagged. Shared by
// `npm run eval` (the hand-labelled sets in test/fixtures/) and the bench (generated sets at scale).
import { FindingCode, type Finding } from '../src/core/model';

export type Label = 'supported' | 'contradiction' | 'unsourced' | 'none';
export const LABELS: readonly Label[] = ['supported', 'contradiction', 'unsourced', 'none'];

export interface Example {
  readonly id: string;
  readonly sentence: string;
  readonly label: Label;
  readonly note?: string;
}

export interface Prediction {
  readonly label: Label;
  readonly claims: readonly string[];
  readonly message?: string;
}

export interface ClassScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface Scores {
  readonly examples: number;
  readonly accuracy: number;
  readonly byClass: Record<Label, ClassScore>;
  /** Sound sentences (supported or none) flagged as contradicted or unsourced, and how many sound sentences there were. */
  readonly soundFlagged: number;
  readonly sound: number;
  /** "label>predicted" → count. */
  readonly confusion: ReadonlyMap<string, number>;
}

/** What the findings on an uncited one-sentence draft say about it. */
export function predict(findings: readonly Finding[]): Prediction {
  const pick = (code: FindingCode) => findings.find((f) => f.code === code);
  const c = pick(FindingCode.Contradiction);
  if (c) return { label: 'contradiction', claims: c.claims, message: c.message };
  const s = pick(FindingCode.MissingCitation);
  if (s) return { label: 'supported', claims: s.claims, message: s.message };
  if (pick(FindingCode.Unsourced)) return { label: 'unsourced', claims: [] };
  return { label: 'none', claims: [] };
}

/** Scores `check` on `examples`; `onMiss` hears each wrong prediction. */
export function score(examples: readonly Example[], check: (sentence: string) => readonly Finding[], onMiss?: (example: Example, p: Prediction) => void): Scores {
  const confusion = new Map<string, number>();
  let correct = 0;
  let soundFlagged = 0;
  let sound = 0;
  for (const ex of examples) {
    const p = predict(check(ex.sentence));
    confusion.set(`${ex.label}>${p.label}`, (confusion.get(`${ex.label}>${p.label}`) ?? 0) + 1);
    if (p.label === ex.label) correct++;
    else onMiss?.(ex, p);
    if (ex.label === 'supported' || ex.label === 'none') {
      sound++;
      if (p.label === 'contradiction' || p.label === 'unsourced') soundFlagged++;
    }
  }
  const count = (actual: Label | undefined, predicted: Label | undefined): number =>
    LABELS.reduce((n, a) => n + (actual && a !== actual ? 0 : LABELS.reduce((m, b) => m + (predicted && b !== predicted ? 0 : confusion.get(`${a}>${b}`) ?? 0), 0)), 0);
  const byClass = Object.fromEntries(LABELS.map((label) => {
    const tp = count(label, label);
    const predicted = count(undefined, label);
    const support = count(label, undefined);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    return [label, { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support }];
  })) as Record<Label, ClassScore>;
  return { examples: examples.length, accuracy: examples.length ? correct / examples.length : 0, byClass, soundFlagged, sound, confusion };
}

/** The table `npm run eval` prints for one set. */
export function scoreTable(s: Scores): string[] {
  const lines = ['class           precision  recall     F1   support'];
  for (const label of LABELS) {
    const c = s.byClass[label];
    lines.push(`${label.padEnd(14)} ${c.precision.toFixed(3).padStart(9)} ${c.recall.toFixed(3).padStart(7)} ${c.f1.toFixed(3).padStart(6)} ${String(c.support).padStart(9)}`);
  }
  lines.push(`accuracy ${s.accuracy.toFixed(3)}; sound sentences falsely flagged ${s.soundFlagged}/${s.sound} (${((100 * s.soundFlagged) / Math.max(1, s.sound)).toFixed(1)}%)`);
  lines.push('confusion (label>predicted): ' + [...s.confusion].filter(([k]) => k.split('>')[0] !== k.split('>')[1]).map(([k, v]) => `${k} ${v}`).join(', '));
  return lines;
}

/** Examples from JSON Lines text. */
export function readExamples(text: string): Example[] {
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Example);
}
