// The bundled extension started as the bench starts it (a fresh Node process, a stand-in for the vscode
// module, the real worker thread) over a copy of the seed corpus, three times: the first start parses
// every file and writes the corpus cache; the second puts the cached corpus in use before any file is
// stat'ed and keeps it once every file matched; the third, after a claim was added to one file, puts the
// cached corpus in use and then replaces it with one that holds the new claim. Integration tests in a
// real VS Code cannot reach this path: the cache is used that way only on an extension host's first load.
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runActivationChild, snapshotExtension, type ActivationResult } from '../../../scripts/bench/activation';

const ROOT = join(__dirname, '..', '..', '..', '..');
const BENCH = join(ROOT, 'dist', 'bench.js');

interface LoadReport {
  readonly parsed: number;
  readonly cached: number;
  readonly indexFromCache: boolean;
  readonly claims: number;
  readonly previewMs?: number;
}

const reportOf = (result: ActivationResult): LoadReport => result.lastLoad as LoadReport;

describe('worker: the extension\'s start-up from its corpus cache', function () {
  this.timeout(120_000);
  let dir: string;
  let extension: string;

  before(function () {
    if (!existsSync(BENCH) || !existsSync(join(ROOT, 'dist', 'extension.js'))) this.skip(); // run `npm run build` first
    dir = mkdtempSync(join(tmpdir(), 'attest-start-'));
    cpSync(join(ROOT, 'corpus'), join(dir, 'ws', 'corpus'), { recursive: true });
    extension = snapshotExtension(ROOT, join(dir, 'extension'));
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('uses the cached corpus at once, keeps it when no file changed, and replaces it when one did', () => {
    const corpus = join(dir, 'ws', 'corpus');
    const storage = join(dir, 'storage');
    const first = runActivationChild(BENCH, extension, { corpus, storage, waitForCache: true });
    assert.ok(first.cacheWritten, 'the first start wrote the cache');
    assert.equal(reportOf(first).previewMs, undefined, 'no cache to use yet');
    assert.ok(reportOf(first).parsed > 0);
    const claims = first.claims!;

    const second = runActivationChild(BENCH, extension, { corpus, storage });
    const kept = reportOf(second);
    assert.equal(typeof kept.previewMs, 'number', 'the cached corpus was put in use');
    assert.equal(kept.parsed, 0);
    assert.ok(kept.indexFromCache);
    assert.equal(second.claims, claims);
    assert.deepEqual(second.warnings, []);

    const file = join(corpus, 'claims', 'cuba-trafficking-ring-2023.yaml');
    const text = readFileSync(file, 'utf8');
    const source = /^\s*source: (\S+)$/m.exec(text)![1];
    writeFileSync(file, text.replace(/^claims:\n/m, `claims:\n  - id: added-after-the-cache\n    text: A claim added after the cache was written.\n    source: ${source}\n    quote: "Added."\n    attributedTo: A test\n`));
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const third = runActivationChild(BENCH, extension, { corpus, storage });
    const replaced = reportOf(third);
    assert.equal(typeof replaced.previewMs, 'number', 'the cached corpus was put in use first');
    assert.equal(replaced.parsed, 1, 'only the changed file was parsed');
    assert.equal(third.claims, claims + 1, 'the corpus in use at the end holds the new claim');
  });
});
