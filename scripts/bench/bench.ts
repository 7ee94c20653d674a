// Speed and memory of Attest on synthetic corpora of 1,000, 10,000 and 100,000 claims and a 10,000-word
// draft, through the code paths the extension uses: corpus load and index, citation completion, hovers,
// the full check of a draft and the incremental re-check after an edit; plus activation cost, bundle
// size, and a naive word-overlap checker for comparison.
//
//   npm run bench -- [--sizes 1000,10000,100000] [--json FILE] [--runs 3] [--profile DIR] [--skip-naive] [--skip-extension]
//
// The corpora are generated once into .bench/ (see generate.ts). Timings are medians over --runs
// repetitions; the machine is shared, so the load average is printed before and after.
import { benchSeedCorpus } from './seedCorpus';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeCorpusHost } from '../../src/cli/nodeHost';
import { SentenceCache } from '../../src/core/check/sentenceCache';
import { loadCorpus } from '../../src/core/corpus/loadCorpus';
import { LABELS, readExamples, score, type Label, type Scores } from '../labelScores';
import { parseDraft } from '../../src/core/draft/parseDraft';
import type { ParsedDraft } from '../../src/core/draft/types';
import { createCore, type AttestCore } from '../../src/core/service';
import { LineMap } from '../../src/core/text/lineMap';
import { activationChild, CHILD_FLAG, runActivationChild, snapshotExtension, type ActivationResult } from './activation';
import { loadFromCache, writeCorpusCache } from './cachedLoad';
import { ensureBenchData, type BenchData } from './generate';
import { collectGarbage, median, percentile, Profiler, repeat, timed, timedAsync, type ProfileSummary } from './measure';
import { naiveCheck, naiveSentences } from './naive';
import { applyEdits, completionSamples, editPlan, hoverSamples, provideCompletion, provideHover, type CompletionKind, type HoverKind } from './scenarios';

const ROOT = resolve(__dirname, '..');
const BENCH_DIR = join(ROOT, '.bench');
const EXTENSION = join(ROOT, 'dist', 'extension.js');
/** The copy of the extension the child processes load (see snapshotExtension), set in main. */
let extensionCopy = EXTENSION;
const DEFAULT_SIZES = [1000, 10_000, 100_000];
const COMPLETIONS = 300;
const HOVER_SENTENCES = 60;
const EDITS = 100;
const ACTIVATION_RUNS = 7;
/** Past this many milliseconds in one phase, repetitions stop (a phase always runs its minimum). */
const PHASE_BUDGET_MS = 20_000;
/** The naive checker scores at most this many sentence × claim pairs; beyond, it takes a sample of sentences and scales up. */
const NAIVE_PAIRS = 12_000_000;

/** What the figures should be at 100,000 claims (printed beside them, not asserted). */
const TARGETS = {
  loadMs: 2000, cachedLoadMs: 300, heapMB: 250, completionP99Ms: 10, hoverP99Ms: 5, checkDraftMs: 250, recheckEditP99Ms: 16,
  activationMs: 50, bundleKB: 400,
} as const;

interface Options {
  readonly sizes: readonly number[];
  readonly json?: string;
  readonly runs: number;
  readonly profile?: string;
  readonly naive: boolean;
  /** Time the extension's own corpus load in child processes (slow at 100k: two full starts). */
  readonly extension: boolean;
}

/** The figures for one size; the first eight are the JSON report's, `details` says where they come from. */
interface SizeFigures {
  loadMs: number;
  cachedLoadMs: number | null;
  heapMB: number;
  completionP50Ms: number;
  completionP99Ms: number;
  hoverP99Ms: number;
  checkDraftMs: number;
  recheckEditP99Ms: number;
  details: {
    claims: number; sources: number; files: number; corpusMB: number; draftWords: number; sentences: number; generatedMs: number;
    parseMs: number; indexMs: number; heapBaselineMB: number; heapAfterUseMB: number;
    firstCheckMs: number; findings: Record<string, number>; parseDraftMs: number;
    /** The checker on the generated labelled sentences (labelScores.ts): does it stay right as the corpus grows? */
    accuracy: number; byClass: Scores['byClass']; soundFlagged: number; sound: number; labelled: number;
    recheckEditP50Ms: number; recheckMisses: number;
    completionByKind: Record<CompletionKind, { p50: number; p99: number; n: number }>; completionNoContext: number; completionTargetTop5: string;
    hoverByKind: Record<HoverKind, { p50: number; p99: number; n: number }>;
    cacheMB: number | null; cachedCheckedMs: number | null; naiveCheckMs: number | null; naivePrepareMs: number | null; speedup: number | null;
    extensionCorpusReadyMs: number | null; extensionCachedReadyMs: number | null; extensionCachedUsableMs: number | null; extensionHeapMB: number | null; extensionRssMB: number | null;
    hostBlockMaxMs: number | null; hostBlockP99Ms: number | null; hostBlockCachedMaxMs: number | null;
    profiles?: Record<string, ProfileSummary>;
  };
}

function parseArgs(argv: readonly string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = value('--sizes')?.split(',').map((s) => Number(s.replace(/[_k]/g, (c) => (c === 'k' ? '000' : '')))) ?? DEFAULT_SIZES;
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes takes positive whole numbers, e.g. --sizes 1000,10000`);
  return { sizes, json: value('--json'), runs: Math.max(1, Number(value('--runs') ?? 3)), profile: value('--profile'), naive: !argv.includes('--skip-naive'), extension: !argv.includes('--skip-extension') };
}

/** A cached load's times: until the cache's corpus was in use (the figure), and until every file's stamp was compared with it. */
interface CachedTimes {
  readonly usableMs: number;
  readonly checkedMs: number;
}

/**
 * Loads from the persisted corpus cache (written first, untimed, by `writeCorpusCache`) as the extension
 * does at start-up when no file changed; null when the cache was not used in full.
 */
async function loadCached(dir: string, cacheFile: string): Promise<(CachedTimes & { core: AttestCore }) | null> {
  const loaded = await loadFromCache(dir, cacheFile);
  return loaded.parsed === 0 && loaded.indexFromCache && loaded.usableMs !== undefined ? { usableMs: loaded.usableMs, checkedMs: loaded.checkedMs, core: loaded.core } : null;
}

/** Flag for a child process that loads from the cache once and prints its times (JSON) or "null" as its last line. */
const CACHED_LOAD_FLAG = '--cached-load-child';

/** One cached load of `dir` from `cacheFile` in a fresh Node process; null when the cache was not used in full. */
function cachedLoadInChild(dir: string, cacheFile: string): CachedTimes | null {
  const child = spawnSync(process.execPath, [__filename, CACHED_LOAD_FLAG, dir, cacheFile], { encoding: 'utf8', maxBuffer: 16 * 2 ** 20, timeout: 600_000 });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0) throw new Error(`cached-load child failed (status ${child.status}): ${child.stderr.slice(-2000)}`);
  return JSON.parse(line) as CachedTimes | null;
}

async function cachedLoadChild([dir, cacheFile]: readonly string[]): Promise<void> {
  const loaded = await loadCached(dir, cacheFile);
  process.stdout.write(`${JSON.stringify(loaded ? { usableMs: loaded.usableMs, checkedMs: loaded.checkedMs } : null)}\n`);
}

async function coldLoad(dir: string): Promise<{ core: AttestCore; parseMs: number; indexMs: number }> {
  const load = await timedAsync(() => loadCorpus(nodeCorpusHost, [dir]));
  const index = timed(() => createCore(load.value));
  return { core: index.value, parseMs: load.ms, indexMs: index.ms };
}

const fmt = (n: number | null | undefined, digits = 0): string => (n === null || n === undefined || Number.isNaN(n) ? '—' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

type Details = SizeFigures['details'];

/** Cold load + index `runs` times, never reusing a core; the heap is read after the last one. */
async function benchLoad(data: BenchData, runs: number): Promise<{ core: AttestCore; loadMs: number; heapMB: number; details: Pick<Details, 'parseMs' | 'indexMs' | 'heapBaselineMB'> }> {
  collectGarbage();
  const heapBaseline = process.memoryUsage().heapUsed;
  const loads: { total: number; parseMs: number; indexMs: number }[] = [];
  let core: AttestCore | undefined;
  for (let i = 0; i < runs; i++) {
    core = undefined;
    collectGarbage();
    const { core: fresh, parseMs, indexMs } = await coldLoad(data.corpusDir);
    core = fresh;
    loads.push({ total: parseMs + indexMs, parseMs, indexMs });
    log(`   load ${i + 1}/${runs}: ${(parseMs + indexMs).toFixed(0)} ms (read+parse ${parseMs.toFixed(0)}, index ${indexMs.toFixed(0)})`);
  }
  collectGarbage();
  return {
    core: core!, loadMs: median(loads.map((l) => l.total)), heapMB: process.memoryUsage().heapUsed / 2 ** 20,
    details: { parseMs: median(loads.map((l) => l.parseMs)), indexMs: median(loads.map((l) => l.indexMs)), heapBaselineMB: heapBaseline / 2 ** 20 },
  };
}

async function benchCached(data: BenchData, size: number, runs: number, profileDir?: string): Promise<{ cachedLoadMs: number | null; cachedCheckedMs: number | null; cacheMB: number | null }> {
  const cacheFile = join(BENCH_DIR, `cache-${size}.json`);
  let bytes: number;
  try {
    bytes = await writeCorpusCache(data.corpusDir, cacheFile);
  } catch (error) {
    log(`   cached load: cannot write the cache (${(error as Error).message}): no cache yet`);
    return { cachedLoadMs: null, cachedCheckedMs: null, cacheMB: null };
  }
  // The extension loads its cache at start-up, in a fresh process: so does each run here (this
  // process's heap, full from the cold loads, would make the figure mostly garbage collection).
  const times: CachedTimes[] = [];
  for (let i = 0; i < runs; i++) {
    const run = cachedLoadInChild(data.corpusDir, cacheFile);
    if (run === null) break;
    times.push(run);
  }
  if (profileDir && times.length > 0) {
    const profiler = new Profiler(profileDir);
    try {
      printProfile('cached load', await profiler.profile(`${size}-cached-load`, () => loadCached(data.corpusDir, cacheFile)));
    } finally {
      profiler.dispose();
    }
  }
  rmSync(cacheFile, { force: true });
  if (times.length === 0) {
    log('   cached load: the cache was not used in full (no cache yet)');
    return { cachedLoadMs: null, cachedCheckedMs: null, cacheMB: bytes / 2 ** 20 };
  }
  log(`   cached load: in use after ${times.map((t) => t.usableMs.toFixed(0)).join(', ')} ms; every file's stamp compared after ${times.map((t) => t.checkedMs.toFixed(0)).join(', ')} ms (cache file ${(bytes / 2 ** 20).toFixed(1)} MB)`);
  return { cachedLoadMs: median(times.map((t) => t.usableMs)), cachedCheckedMs: median(times.map((t) => t.checkedMs)), cacheMB: bytes / 2 ** 20 };
}

/**
 * The full check of the draft, each with a fresh sentence cache: the first on this core, reported on its
 * own (each claim's facts are computed the first time a sentence is compared with it, once per loaded
 * corpus), then `runs` more, whose median is the figure: a draft checked on a corpus already in use.
 */
function benchCheck(core: AttestCore, draft: string, file: string, runs: number): { checkDraftMs: number; details: Pick<Details, 'firstCheckMs' | 'findings'> } {
  let findings: ReturnType<AttestCore['check']> = [];
  const check = () => {
    const c = timed(() => core.check(draft, file, 'markdown', { cache: new SentenceCache() }));
    findings = c.value;
    return c.ms;
  };
  const first = check();
  const checks = repeat(runs, PHASE_BUDGET_MS, Math.min(runs, 2), check);
  const byCode: Record<string, number> = {};
  for (const f of findings) byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  log(`   full check: first ${first.toFixed(0)} ms, then ${checks.map((m) => m.toFixed(0)).join(', ')} ms; findings ${JSON.stringify(byCode)}`);
  return { checkDraftMs: median(checks), details: { firstCheckMs: first, findings: byCode } };
}

/**
 * The checker's answers on the labelled sentences generated with this corpus, each checked alone and
 * uncited, as `npm run eval` does: whether retrieval and judging stay right among 100,000 claims of
 * the same few templates, where a near neighbour of the right claim is only ever a few words away.
 */
function benchAccuracy(core: AttestCore, labelledFile: string): Pick<Details, 'accuracy' | 'byClass' | 'soundFlagged' | 'sound' | 'labelled'> {
  const examples = readExamples(readFileSync(labelledFile, 'utf8'));
  const scores = score(examples, (sentence) => core.check(sentence, 'labelled.md', 'markdown'));
  const pr = (label: Label) => `${label} ${(100 * scores.byClass[label].precision).toFixed(0)}/${(100 * scores.byClass[label].recall).toFixed(0)}%`;
  log(`   checker on ${examples.length} generated sentences: accuracy ${(100 * scores.accuracy).toFixed(1)}%; precision/recall ${LABELS.map(pr).join(', ')}; ` +
    `sound sentences falsely flagged ${scores.soundFlagged}/${scores.sound}`);
  return { accuracy: scores.accuracy, byClass: scores.byClass, soundFlagged: scores.soundFlagged, sound: scores.sound, labelled: examples.length };
}

/** Re-checks after one-word edits with one SentenceCache throughout, as the editor re-checks a draft while the writer types. */
function benchRecheck(core: AttestCore, draft: string, parsed: ParsedDraft, file: string, size: number, runs: number): { p99: number; details: Pick<Details, 'recheckEditP50Ms' | 'recheckMisses'> } {
  const edits = editPlan(draft, parsed, EDITS, size);
  const p99: number[] = [];
  const p50: number[] = [];
  let misses = 0;
  const cache = new SentenceCache();
  core.check(draft, file, 'markdown', { cache });
  repeat(runs, PHASE_BUDGET_MS, 1, (pass) => {
    // Back to the unedited draft (re-judges only the edited sentences), then the edits one by one.
    if (pass > 0) core.check(draft, file, 'markdown', { cache });
    const times: number[] = [];
    const before = cache.misses;
    for (const doc of applyEdits(draft, edits)) times.push(timed(() => core.check(doc, file, 'markdown', { cache })).ms);
    misses = cache.misses - before;
    p99.push(percentile(times, 99));
    p50.push(percentile(times, 50));
  });
  log(`   re-check after edit: p50 ${median(p50).toFixed(1)} ms, p99 ${median(p99).toFixed(1)} ms (${edits.length} edits × ${p99.length} passes, ${misses} sentences re-judged per pass)`);
  return { p99: median(p99), details: { recheckEditP50Ms: median(p50), recheckMisses: misses } };
}

/** Completion at a few hundred cursor positions, `runs` passes; percentiles are medians over the passes. */
function benchCompletion(core: AttestCore, draft: string, parsed: ParsedDraft, size: number, runs: number): { p50: number; p99: number; details: Pick<Details, 'completionByKind' | 'completionNoContext' | 'completionTargetTop5'> } {
  const samples = completionSamples(draft, parsed, core, COMPLETIONS, size + 1);
  const passes: { all: number[]; byKind: Map<CompletionKind, number[]> }[] = [];
  let noContext = 0;
  let top5 = 0;
  let withTarget = 0;
  repeat(runs, PHASE_BUDGET_MS, 1, (pass) => {
    const all: number[] = [];
    const byKind = new Map<CompletionKind, number[]>();
    for (const s of samples) {
      const lines = new LineMap(s.doc); // the editor keeps its document's lines: not the provider's time
      const r = timed(() => provideCompletion(core, lines, s.doc, s.cursor));
      all.push(r.ms);
      byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), r.ms]);
      if (pass === 0) {
        if (!r.value) noContext++;
        if (s.kind === 'open' && s.target) {
          withTarget++;
          if (r.value?.ids.slice(0, 5).includes(s.target)) top5++;
        }
      }
    }
    passes.push({ all, byKind });
  });
  const over = (pick: (p: (typeof passes)[number]) => number[], q: number) => median(passes.map((p) => percentile(pick(p), q)));
  const byKind = Object.fromEntries((['open', 'id', 'word', 'next'] as const).map((k) => [k, {
    p50: over((p) => p.byKind.get(k) ?? [], 50), p99: over((p) => p.byKind.get(k) ?? [], 99), n: passes[0]!.byKind.get(k)?.length ?? 0,
  }])) as Details['completionByKind'];
  const p50 = over((p) => p.all, 50);
  const p99 = over((p) => p.all, 99);
  log(`   completion: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms over ${samples.length} positions × ${passes.length} passes` +
    ` (${Object.entries(byKind).map(([k, v]) => `${k} p99 ${v.p99.toFixed(1)}`).join(', ')}); cited claim in the top 5 right after "[@": ${top5}/${withTarget}` +
    (noContext > 0 ? `; ${noContext} positions got no completion context` : ''));
  return { p50, p99, details: { completionByKind: byKind, completionNoContext: noContext, completionTargetTop5: `${top5}/${withTarget}` } };
}

/** Hovers on every citation of the draft and on some uncited sentences, `runs` passes. */
function benchHover(core: AttestCore, draft: string, parsed: ParsedDraft, size: number, runs: number): { p99: number; details: Pick<Details, 'hoverByKind'> } {
  const hovers = hoverSamples(draft, parsed, core, HOVER_SENTENCES, size + 2);
  const passes: Map<HoverKind, number[]>[] = [];
  const overall: number[] = [];
  repeat(runs, PHASE_BUDGET_MS, 1, () => {
    const byKind = new Map<HoverKind, number[]>();
    const all: number[] = [];
    for (const h of hovers) {
      const ms = timed(() => provideHover(core, parsed, h.offset)).ms;
      all.push(ms);
      byKind.set(h.kind, [...(byKind.get(h.kind) ?? []), ms]);
    }
    passes.push(byKind);
    overall.push(percentile(all, 99));
  });
  const byKind = Object.fromEntries((['citation', 'unknown-id', 'sentence'] as const).map((k) => [k, {
    p50: median(passes.map((p) => percentile(p.get(k) ?? [], 50))), p99: median(passes.map((p) => percentile(p.get(k) ?? [], 99))), n: passes[0]!.get(k)?.length ?? 0,
  }])) as Details['hoverByKind'];
  const p99 = median(overall);
  log(`   hover: p99 ${p99.toFixed(2)} ms over ${hovers.length} positions × ${passes.length} passes (${Object.entries(byKind).map(([k, v]) => `${k} ×${v.n} p50 ${v.p50.toFixed(2)} p99 ${v.p99.toFixed(2)}`).join('; ')})`);
  return { p99, details: { hoverByKind: byKind } };
}

/** The extension's own load path in fresh processes: a first start (which writes the cache), then a second that reads it. */
type ExtensionDetails = Pick<Details, 'extensionCorpusReadyMs' | 'extensionCachedReadyMs' | 'extensionCachedUsableMs' | 'extensionHeapMB' | 'extensionRssMB' | 'hostBlockMaxMs' | 'hostBlockP99Ms' | 'hostBlockCachedMaxMs'>;
const NO_EXTENSION: ExtensionDetails = { extensionCorpusReadyMs: null, extensionCachedReadyMs: null, extensionCachedUsableMs: null, extensionHeapMB: null, extensionRssMB: null, hostBlockMaxMs: null, hostBlockP99Ms: null, hostBlockCachedMaxMs: null };

/** When the extension's load put the cached corpus in use (its `lastLoad.previewMs`), if it did. */
function previewMsOf(result: ActivationResult): number | undefined {
  const report = result.lastLoad as { previewMs?: unknown } | undefined;
  return typeof report?.previewMs === 'number' ? report.previewMs : undefined;
}

function benchExtension(data: BenchData): ExtensionDetails {
  const storage = mkdtempSync(join(tmpdir(), 'attest-bench-storage-'));
  try {
    const first = runActivationChild(__filename, extensionCopy, { corpus: data.corpusDir, storage, waitForCache: true });
    log(`   extension, first start: corpus ready ${fmt(first.corpusReadyMs)} ms after activate (${first.claims} claims, host heap ${fmt(first.heapMB)} MB, process RSS ${fmt(first.rssMB)} MB` +
      `${first.cacheWritten ? ', cache written' : ', no cache written'}; host event loop blocked at most ${fmt(first.hostBlockMaxMs, 0)} ms, p99 ${fmt(first.hostBlockP99Ms, 0)} ms) ${first.lastLoad ? JSON.stringify(first.lastLoad) : ''}`);
    for (const w of first.warnings) log(`      extension said: ${w.slice(0, 300)}`);
    let second: ActivationResult | undefined;
    if (first.cacheWritten) {
      second = runActivationChild(__filename, extensionCopy, { corpus: data.corpusDir, storage });
      log(`   extension, second start: corpus from the cache in use after ${fmt(previewMsOf(second))} ms, checked against the files after ${fmt(second.corpusReadyMs)} ms (host event loop blocked at most ${fmt(second.hostBlockMaxMs, 0)} ms) ${second.lastLoad ? JSON.stringify(second.lastLoad) : ''}`);
      for (const w of second.warnings) log(`      extension said: ${w.slice(0, 300)}`);
    }
    return {
      extensionCorpusReadyMs: first.corpusReadyMs ?? null, extensionCachedReadyMs: second?.corpusReadyMs ?? null, extensionCachedUsableMs: second ? previewMsOf(second) ?? null : null, extensionHeapMB: first.heapMB ?? null, extensionRssMB: first.rssMB ?? null,
      hostBlockMaxMs: first.hostBlockMaxMs ?? null, hostBlockP99Ms: first.hostBlockP99Ms ?? null, hostBlockCachedMaxMs: second?.hostBlockMaxMs ?? null,
    };
  } catch (error) {
    log(`   extension: could not measure its corpus load (${(error as Error).message.split('\n').slice(0, 3).join(' ')})`);
    return NO_EXTENSION;
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
}

async function benchSize(size: number, options: Options): Promise<SizeFigures> {
  const runs = options.runs;
  const data: BenchData = ensureBenchData(BENCH_DIR, size);
  log(`\n== ${size.toLocaleString('en-US')} claims: ${data.sources} sources, ${data.files} files, ${(data.bytes / 2 ** 20).toFixed(1)} MB` +
    (data.generatedMs > 0 ? ` (generated in ${(data.generatedMs / 1000).toFixed(1)} s)` : ' (reused)'));
  const draft = readFileSync(data.draftFile, 'utf8');
  const file = `file://${data.draftFile}`;

  const load = await benchLoad(data, runs);
  const core = load.core;
  const check = benchCheck(core, draft, file, runs);
  const accuracy = benchAccuracy(core, data.labelledFile);
  const parsed = parseDraft(draft, 'markdown');
  const parseDraftMs = median(Array.from({ length: runs }, () => timed(() => parseDraft(draft, 'markdown')).ms));
  const recheck = benchRecheck(core, draft, parsed, file, size, runs);
  const completion = benchCompletion(core, draft, parsed, size, runs);
  const hover = benchHover(core, draft, parsed, size, runs);
  collectGarbage();
  const heapAfterUseMB = process.memoryUsage().heapUsed / 2 ** 20;

  let naive: { checkMs: number; prepareMs: number } | undefined;
  if (options.naive) {
    const sentences = naiveSentences(draft);
    const every = Math.max(1, Math.ceil((sentences.length * size) / NAIVE_PAIRS));
    const sample = sentences.filter((_, i) => i % every === 0);
    const results = repeat(runs, PHASE_BUDGET_MS, 1, () => naiveCheck(sample, core.corpus.claims.values()));
    naive = { checkMs: (median(results.map((r) => r.checkMs)) * sentences.length) / sample.length, prepareMs: median(results.map((r) => r.prepareMs)) };
    log(`   naive word-overlap check: ${naive.checkMs.toFixed(0)} ms (+${naive.prepareMs.toFixed(0)} ms splitting claims) for ${sentences.length} sentences` +
      (every > 1 ? ` (timed on every ${every}th sentence, scaled up)` : ''));
  }
  const profiles = options.profile ? await profilePhases(options.profile, size, data, draft, file) : undefined;

  const cached = await benchCached(data, size, runs, options.profile);
  const extension = options.extension ? benchExtension(data) : NO_EXTENSION;

  return {
    loadMs: load.loadMs, cachedLoadMs: cached.cachedLoadMs, heapMB: load.heapMB, completionP50Ms: completion.p50, completionP99Ms: completion.p99,
    hoverP99Ms: hover.p99, checkDraftMs: check.checkDraftMs, recheckEditP99Ms: recheck.p99,
    details: {
      claims: data.claims, sources: data.sources, files: data.files, corpusMB: data.bytes / 2 ** 20, draftWords: data.draftWords,
      sentences: parsed.sentences.length, generatedMs: data.generatedMs, ...load.details, heapAfterUseMB, ...check.details, ...accuracy, parseDraftMs,
      ...recheck.details, ...completion.details, ...hover.details, cacheMB: cached.cacheMB, cachedCheckedMs: cached.cachedCheckedMs,
      naiveCheckMs: naive?.checkMs ?? null, naivePrepareMs: naive?.prepareMs ?? null, speedup: naive ? naive.checkMs / check.checkDraftMs : null,
      ...extension, profiles,
    },
  };
}

/** CPU profiles of each phase on a fresh core (so the first check's profile includes computing claim facts; the second is warm). */
async function profilePhases(dir: string, size: number, data: BenchData, draft: string, file: string): Promise<Record<string, ProfileSummary>> {
  const profiler = new Profiler(dir);
  const out: Record<string, ProfileSummary> = {};
  try {
    let core: AttestCore | undefined;
    out.load = await profiler.profile(`${size}-load`, async () => (core = (await coldLoad(data.corpusDir)).core));
    const c = core!;
    out.check = await profiler.profile(`${size}-check`, () => c.check(draft, file, 'markdown', { cache: new SentenceCache() }));
    out['check-warm'] = await profiler.profile(`${size}-check-warm`, () => c.check(draft, file, 'markdown', { cache: new SentenceCache() }));
    const parsed = parseDraft(draft, 'markdown');
    const cache = new SentenceCache();
    c.check(draft, file, 'markdown', { cache });
    const docs = [...applyEdits(draft, editPlan(draft, parsed, EDITS, size))];
    out.recheck = await profiler.profile(`${size}-recheck`, () => docs.forEach((d) => c.check(d, file, 'markdown', { cache })));
    const samples = completionSamples(draft, parsed, c, COMPLETIONS, size + 1).map((s) => ({ ...s, lines: new LineMap(s.doc) }));
    out.completion = await profiler.profile(`${size}-completion`, () => samples.forEach((s) => provideCompletion(c, s.lines, s.doc, s.cursor)));
    const hovers = hoverSamples(draft, parsed, c, HOVER_SENTENCES, size + 2);
    out.hover = await profiler.profile(`${size}-hover`, () => hovers.forEach((h) => provideHover(c, parsed, h.offset)));
  } finally {
    profiler.dispose();
  }
  for (const [phase, p] of Object.entries(out)) printProfile(phase, p);
  return out;
}

function printProfile(phase: string, p: ProfileSummary): void {
  log(`   profile ${phase} (${p.totalMs.toFixed(0)} ms sampled, ${p.file}):`);
  for (const t of p.top.slice(0, 8)) log(`      ${(t.share * 100).toFixed(1).padStart(5)}%  ${t.selfMs.toFixed(0).padStart(6)} ms  ${t.name} ${t.where}`);
}

function activation(): { activationMs: number; bundleKB: number; runs: ActivationResult[] } {
  const bundleKB = statSync(extensionCopy).size / 1024;
  const runs = Array.from({ length: ACTIVATION_RUNS }, () => runActivationChild(__filename, extensionCopy));
  return { activationMs: median(runs.map((r) => r.totalMs)), bundleKB, runs };
}

// ---------------------------------------------------------------------------------------------------------
// Report


function verdict(value: number | null, target: number): string {
  return value === null ? '' : value <= target ? ' ✓' : ' ✗';
}

function printTable(sizes: readonly number[], figures: ReadonlyMap<number, SizeFigures>): void {
  const rows: [string, (f: SizeFigures) => string, string][] = [
    ['claims / sources / files', (f) => `${fmt(f.details.claims)}/${fmt(f.details.sources)}/${fmt(f.details.files)}`, ''],
    ['corpus on disk (MB)', (f) => fmt(f.details.corpusMB, 1), ''],
    ['cold load + index (ms)', (f) => fmt(f.loadMs), `≤ ${TARGETS.loadMs}`],
    ['  read + parse (ms)', (f) => fmt(f.details.parseMs), ''],
    ['  index (ms)', (f) => fmt(f.details.indexMs), ''],
    ['cached load (ms)', (f) => (f.cachedLoadMs === null ? 'no cache yet' : fmt(f.cachedLoadMs)), `≤ ${TARGETS.cachedLoadMs}`],
    ['  files checked against it (ms)', (f) => fmt(f.details.cachedCheckedMs), ''],
    ['heap after load + GC (MB)', (f) => fmt(f.heapMB, 1), `≤ ${TARGETS.heapMB}`],
    ['  heap before load (MB)', (f) => fmt(f.details.heapBaselineMB, 1), ''],
    ['  heap after the runs (MB)', (f) => fmt(f.details.heapAfterUseMB, 1), ''],
    ['completion p50 (ms)', (f) => fmt(f.completionP50Ms, 2), ''],
    ['completion p99 (ms)', (f) => fmt(f.completionP99Ms, 2), `≤ ${TARGETS.completionP99Ms}`],
    ...(['open', 'id', 'word', 'next'] as const).map((k): [string, (f: SizeFigures) => string, string] => [
      `  ${{ open: '"[@"', id: '"[@" + id prefix', word: '"[@" + word prefix', next: '"; @"' }[k]} p99`, (f) => fmt(f.details.completionByKind[k].p99, 2), '']),
    ['hover p99 (ms)', (f) => fmt(f.hoverP99Ms, 2), `≤ ${TARGETS.hoverP99Ms}`],
    ...(['citation', 'unknown-id', 'sentence'] as const).map((k): [string, (f: SizeFigures) => string, string] => [
      `  ${k} p99 (n)`, (f) => `${fmt(f.details.hoverByKind[k].p99, 2)} (${f.details.hoverByKind[k].n})`, '']),
    ['full check, 10k words (ms)', (f) => fmt(f.checkDraftMs), `≤ ${TARGETS.checkDraftMs}`],
    ['  first check on new core (ms)', (f) => fmt(f.details.firstCheckMs), ''],
    ['  parse draft (ms)', (f) => fmt(f.details.parseDraftMs, 1), ''],
    ['checker accuracy, generated set (%)', (f) => fmt(100 * f.details.accuracy, 1), ''],
    ...(['contradiction', 'unsourced', 'supported'] as const).map((k): [string, (f: SizeFigures) => string, string] => [
      `  ${k} precision / recall (%)`, (f) => `${fmt(100 * f.details.byClass[k].precision)} / ${fmt(100 * f.details.byClass[k].recall)}`, '']),
    ['  sound sentences falsely flagged', (f) => `${f.details.soundFlagged}/${f.details.sound}`, ''],
    ['re-check after edit p50 (ms)', (f) => fmt(f.details.recheckEditP50Ms, 1), ''],
    ['re-check after edit p99 (ms)', (f) => fmt(f.recheckEditP99Ms, 1), `≤ ${TARGETS.recheckEditP99Ms}`],
    ['naive word overlap check (ms)', (f) => fmt(f.details.naiveCheckMs), ''],
    ['Attest speed-up over naive', (f) => (f.details.speedup === null ? '—' : `${fmt(f.details.speedup, 1)}×`), ''],
    ['extension: corpus ready (ms)', (f) => fmt(f.details.extensionCorpusReadyMs), ''],
    ['  2nd start: cache in use (ms)', (f) => fmt(f.details.extensionCachedUsableMs), ''],
    ['  2nd start: files checked (ms)', (f) => fmt(f.details.extensionCachedReadyMs), ''],
    ['  process RSS, worker incl. (MB)', (f) => fmt(f.details.extensionRssMB), ''],
    ['  host event loop, longest block (ms)', (f) => fmt(f.details.hostBlockMaxMs), '≤ 50'],
    ['    p99 / from cache, longest (ms)', (f) => `${fmt(f.details.hostBlockP99Ms)} / ${fmt(f.details.hostBlockCachedMaxMs)}`, ''],
  ];
  const checks: Partial<Record<string, (f: SizeFigures) => number | null>> = {
    'cold load + index (ms)': (f) => f.loadMs, 'cached load (ms)': (f) => f.cachedLoadMs, 'heap after load + GC (MB)': (f) => f.heapMB,
    'completion p99 (ms)': (f) => f.completionP99Ms, 'hover p99 (ms)': (f) => f.hoverP99Ms, 'full check, 10k words (ms)': (f) => f.checkDraftMs,
    're-check after edit p99 (ms)': (f) => f.recheckEditP99Ms,
  };
  const targetOf: Record<string, number> = {
    'cold load + index (ms)': TARGETS.loadMs, 'cached load (ms)': TARGETS.cachedLoadMs, 'heap after load + GC (MB)': TARGETS.heapMB,
    'completion p99 (ms)': TARGETS.completionP99Ms, 'hover p99 (ms)': TARGETS.hoverP99Ms, 'full check, 10k words (ms)': TARGETS.checkDraftMs,
    're-check after edit p99 (ms)': TARGETS.recheckEditP99Ms,
  };
  const width = 36;
  const col = 19;
  log(`\n${'metric'.padEnd(width)}${sizes.map((s) => `${fmt(s)} claims`.padStart(col)).join('')}   target at 100k`);
  for (const [label, cell, target] of rows) {
    const cells = sizes.map((s) => {
      const f = figures.get(s)!;
      const mark = s === 100_000 && checks[label] ? verdict(checks[label]!(f), targetOf[label]!) : '';
      return `${cell(f)}${mark}`.padStart(col);
    });
    log(`${label.padEnd(width)}${cells.join('')}   ${target}`);
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const copy = mkdtempSync(join(tmpdir(), 'attest-bench-extension-'));
  try {
    extensionCopy = snapshotExtension(ROOT, copy);
    await report(options);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

async function report(options: Options): Promise<void> {
  const before = loadavg();
  log(`Attest bench — node ${process.version}, load average before: ${before.map((n) => n.toFixed(2)).join(' ')}`);
  const seed = await benchSeedCorpus(ROOT);
  log(`seed corpus (corpus/): ${seed.words}-word draft, ${seed.sentences} sentences — first check ${fmt(seed.firstCheckMs, 0)} ms, then ${fmt(seed.checkMs, 0)} ms (median of 5)`);
  const figures = new Map<number, SizeFigures>();
  for (const size of options.sizes) figures.set(size, await benchSize(size, options));

  const act = activation();
  const unknown = new Set(act.runs.flatMap((r) => r.unknownApis));
  log(`\nactivation: ${act.runs.map((r) => r.totalMs.toFixed(1)).join(', ')} ms (require ${fmt(median(act.runs.map((r) => r.requireMs)), 1)}, activate ${fmt(median(act.runs.map((r) => r.activateMs)), 1)})` +
    (unknown.size > 0 ? `; vscode APIs stubbed as inert: ${[...unknown].join(', ')}` : ''));

  printTable(options.sizes, figures);
  log(`${'activation: require + activate (ms)'.padEnd(36)}${fmt(act.activationMs, 1).padStart(19)}${verdict(act.activationMs, TARGETS.activationMs)}   ≤ ${TARGETS.activationMs}`);
  log(`${'bundle dist/extension.js (KB)'.padEnd(36)}${fmt(act.bundleKB, 0).padStart(19)}${verdict(act.bundleKB, TARGETS.bundleKB)}   ≤ ${TARGETS.bundleKB}`);
  const after = loadavg();
  log(`\nload average after: ${after.map((n) => n.toFixed(2)).join(' ')} (2 cores; above ~1 means the figures include waiting for a core)`);

  if (options.json) {
    const report: Record<string, unknown> = {};
    for (const [size, f] of figures) {
      const { profiles, ...details } = f.details;
      void profiles;
      report[String(size)] = { ...f, details };
    }
    report.activationMs = act.activationMs;
    report.bundleKB = act.bundleKB;
    report.loadAverage = { before, after };
    report.seedCorpus = seed;
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${options.json}`);
  }
}

function run(): void {
  const argv = process.argv.slice(2);
  if (argv[0] === CACHED_LOAD_FLAG) {
    void cachedLoadChild(argv.slice(1)).catch((error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    });
    return;
  }
  if (argv[0] === CHILD_FLAG) {
    void activationChild(argv.slice(1)).catch((error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    });
    return;
  }
  if (!(globalThis as { gc?: unknown }).gc) {
    // heapMB needs a real GC before reading the heap: run again with it exposed.
    const child = spawnSync(process.execPath, ['--expose-gc', ...process.execArgv, __filename, ...argv], { stdio: 'inherit' });
    process.exit(child.status ?? 1);
  }
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}

run();
