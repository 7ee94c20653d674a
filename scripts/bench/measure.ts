// Timing, statistics and CPU profiles for the benchmark.
import { Session } from 'node:inspector';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Milliseconds `fn` took, and what it returned. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** The `p`-th percentile (0–100) by nearest rank; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/**
 * Runs `fn` up to `runs` times, stopping early (after at least `minRuns`) once `budgetMs` has been
 * spent, so a slow path at 100k claims cannot stretch the whole benchmark past its time limit.
 */
export function repeat<T>(runs: number, budgetMs: number, minRuns: number, fn: (run: number) => T): T[] {
  const out: T[] = [];
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    if (i >= minRuns && performance.now() - start > budgetMs) break;
    out.push(fn(i));
  }
  return out;
}

/** Collects a full GC's worth of garbage (needs --expose-gc), twice: weak maps and finalisers settle on the second. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export interface ProfileSummary {
  readonly file: string;
  readonly totalMs: number;
  readonly top: readonly { name: string; where: string; selfMs: number; share: number }[];
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * CPU profiles of chosen phases, through the inspector (the same data as `node --cpu-prof`, but one
 * file per phase, so a profile of the check is not drowned by the load).
 */
export class Profiler {
  private readonly session = new Session();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.session.connect();
  }

  private post(method: string, params?: object): Promise<unknown> {
    return new Promise((resolve, reject) => this.session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
  }

  /** Runs `fn` under the profiler and writes `<dir>/<name>.cpuprofile`; returns the top functions by self time. */
  async profile(name: string, fn: () => unknown | Promise<unknown>, topCount = 10): Promise<ProfileSummary> {
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: 200 });
    await this.post('Profiler.start');
    let profile: CpuProfile;
    try {
      await fn();
    } finally {
      // Always stop, so a failing phase does not leave the profiler running for the next one.
      profile = ((await this.post('Profiler.stop')) as { profile: CpuProfile }).profile;
      await this.post('Profiler.disable');
    }
    const file = join(this.dir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    return { file, ...summarise(profile, topCount) };
  }

  dispose(): void {
    this.session.disconnect();
  }
}

/** Self time per function (summed over the call sites of the same function), highest first. */
function summarise(profile: CpuProfile, topCount: number): Omit<ProfileSummary, 'file'> {
  const byNode = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    byNode.set(profile.samples[i]!, (byNode.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const byFunction = new Map<string, { name: string; where: string; selfMs: number }>();
  let totalMs = 0;
  for (const node of profile.nodes) {
    const ms = byNode.get(node.id) ?? 0;
    totalMs += ms;
    const { functionName, url, lineNumber } = node.callFrame;
    // `dispatch` with no script is the inspector handling Profiler.stop itself, not the code profiled.
    if (functionName === '(idle)' || functionName === '(program)' || (functionName === 'dispatch' && !url)) continue;
    const where = url ? `${url.replace(/^.*\//, '')}:${lineNumber + 1}` : '';
    const key = `${functionName}@${where}`;
    const entry = byFunction.get(key) ?? { name: functionName || '(anonymous)', where, selfMs: 0 };
    entry.selfMs += ms;
    byFunction.set(key, entry);
  }
  const top = [...byFunction.values()]
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, topCount)
    .map((e) => ({ ...e, share: totalMs > 0 ? e.selfMs / totalMs : 0 }));
  return { totalMs, top };
}
