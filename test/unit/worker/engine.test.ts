// The corpus engine in a worker thread (the bundled dist/worker.js, as the extension starts it) and in
// this thread (the fallback where there are no worker threads): it parses and indexes a generated
// corpus exactly as this thread would, reloads from its persisted cache without parsing, re-parses a
// changed file alone, previews the cached corpus before the files are checked, survives a damaged
// cache, can be cancelled, and checks drafts as the core does.
//
// The worker test prints how long this thread's event loop was held at most while the corpus loaded
// (the extension host must never be blocked for more than 50 ms). It is a figure to read, not an
// assertion: timings on a shared machine are not a pass/fail signal.
import * as assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PackedClaims } from '../../../src/core/corpus/packedClaims';
import { createCore } from '../../../src/core/service';
import { assertSameCorpus, assertSameIndex, loadThrough, MemoryFiles, parseHere, startClient, workerBuilt, type TestClient } from './helpers';
import { syntheticCorpus } from './syntheticCorpus';

/** Files with every kind of problem, so problems, rejected claims and duplicates cross too. */
const BROKEN = new Map([
  ['claims/broken.yaml', 'claims:\n  - id: claim-1\n    text: A duplicate id.\n    source: source-0\n    quote: q\n    attributedTo: A\n  - id: no-quote\n    text: T\n    source: nowhere\n    attributedTo: A\n  - id: unknown-source\n    text: T.\n    source: nowhere\n    quote: q\n    attributedTo: A\n    contradicts: [no-such-claim]\n'],
  ['claims/syntax.yaml', 'claims:\n  - id: [unclosed\n'],
  ['sources/bad-date.md', '---\nid: bad-date\ntitle: T\noutlet: O\npublished: 2023-13-45\n---\nNotes.\n'],
]);

function corpusFiles(claims: number): MemoryFiles {
  return new MemoryFiles(new Map([...syntheticCorpus(claims, 100).files, ...BROKEN]));
}

/** Largest event-loop delay (ms) while `run` runs: perf_hooks' histogram and a 1 ms interval's largest gap. */
async function measureLoop<T>(run: () => Promise<T>): Promise<{ value: T; histogramMs: number; gapMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  let last = performance.now();
  let gap = 0;
  const interval = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 1);
  try {
    const value = await run();
    return { value, histogramMs: histogram.max / 1e6, gapMs: gap };
  } finally {
    clearInterval(interval);
    histogram.disable();
  }
}

describe('worker: the corpus engine in a worker thread', function () {
  this.timeout(180_000);
  let files: MemoryFiles;
  let expected: ReturnType<typeof parseHere>;
  let first: TestClient | undefined;
  let cacheBytes: Uint8Array | undefined;

  before(function () {
    if (!workerBuilt()) this.skip(); // run `npm run build` first
    files = corpusFiles(20_000);
    expected = parseHere(files);
  });

  after(() => first?.client.dispose());

  it('parses and indexes 20,000 claims exactly as this thread does, keeping this thread free', async () => {
    first = startClient('worker');
    assert.equal(first.client.path, 'worker');
    const { value: loaded, histogramMs, gapMs } = await measureLoop(() => loadThrough(first!.client, files));
    console.log(`      event loop held at most ${histogramMs.toFixed(1)} ms (histogram), ${gapMs.toFixed(1)} ms (1 ms interval) while loading ${loaded.corpus.claims.size} claims`);
    assertSameCorpus(loaded.corpus, expected.corpus);
    assertSameIndex(loaded.index, expected.index);
    assert.equal(loaded.stats.parsed, files.texts.size);
    assert.equal(loaded.stats.cached, 0);
    assert.ok(loaded.corpus.problems.length >= 4, 'the broken files reported their problems');
  });

  it('writes a cache from which the next load parses and reads nothing', async () => {
    cacheBytes = await first!.client.writeCache('test-build');
    assert.ok(cacheBytes && cacheBytes.length > 0);
    const again = startClient('worker');
    try {
      files.reads.length = 0;
      const loaded = await loadThrough(again.client, files, { cache: cacheBytes.slice() });
      assert.equal(loaded.stats.parsed, 0);
      assert.equal(loaded.stats.cached, files.texts.size);
      assert.ok(loaded.stats.indexFromCache, 'the index came from the cache');
      assert.deepEqual(files.reads, [], 'no corpus file was read');
      assert.equal((loaded.corpus.claims as PackedClaims).materialised, 0, 'the host parsed no claim on receiving the corpus');
      assertSameCorpus(loaded.corpus, expected.corpus);
      assertSameIndex(loaded.index, expected.index);
    } finally {
      again.client.dispose();
    }
  });

  it('parses only the file whose mtime changed, and rebuilds the index', async () => {
    const changed = files.clone();
    const victim = [...changed.texts.keys()].find((f) => f.endsWith('claims/source-3.yaml'))!;
    changed.texts.set(victim, changed.texts.get(victim)!.replace('claims:', 'claims:\n  - id: fresh-claim\n    text: Fresh.\n    source: source-3\n    quote: q\n    attributedTo: A\n'));
    changed.mtimes.set(victim, changed.mtimes.get(victim)! + 1000);
    const again = startClient('worker');
    try {
      changed.reads.length = 0;
      const loaded = await loadThrough(again.client, changed, { cache: cacheBytes!.slice() });
      assert.deepEqual(changed.reads, [victim]);
      assert.equal(loaded.stats.parsed, 1);
      assert.equal(loaded.stats.indexFromCache, false);
      assert.ok(loaded.corpus.claims.has('fresh-claim'));
      const here = parseHere(changed);
      assertSameCorpus(loaded.corpus, here.corpus);
      assertSameIndex(loaded.index, here.index);
    } finally {
      again.client.dispose();
    }
  });

  it('ignores a damaged cache with a log line and parses everything', async () => {
    const again = startClient('worker');
    try {
      const damaged = cacheBytes!.slice(0, cacheBytes!.length >> 1);
      const loaded = await loadThrough(again.client, files, { cache: damaged });
      assert.equal(loaded.stats.parsed, files.texts.size);
      assert.ok(again.logs.some((l) => /^warn: Ignoring the corpus cache: truncated/.test(l)), again.logs.join('\n'));
      assertSameCorpus(loaded.corpus, expected.corpus);
    } finally {
      again.client.dispose();
    }
  });

  it('previews the cached corpus before any file is stat\'ed or read, and keeps it when no file changed', async () => {
    const again = startClient('worker');
    try {
      files.reads.length = 0;
      const preview = await again.client.preview(cacheBytes!.slice(), 'test-build');
      assert.ok(preview, 'the cache held a corpus');
      assert.deepEqual(files.reads, []);
      assertSameCorpus(preview.corpus, expected.corpus);
      assertSameIndex(preview.index, expected.index);
      const loaded = await loadThrough(again.client, files, { have: preview });
      assert.equal(loaded.corpus, preview.corpus, 'the preview stands: the corpus was not sent again');
      assert.equal(loaded.index, preview.index);
      assert.equal(loaded.stats.parsed, 0);
      assert.equal(loaded.stats.cached, files.texts.size);
      assert.deepEqual(files.reads, [], 'no corpus file was read');
    } finally {
      again.client.dispose();
    }
  });

  it('replaces a preview when a file changed since the cache was written, and caches the change', async () => {
    const changed = files.clone();
    const victim = [...changed.texts.keys()].find((f) => f.endsWith('claims/source-5.yaml'))!;
    changed.texts.set(victim, changed.texts.get(victim)!.replace('claims:', 'claims:\n  - id: later-claim\n    text: Later.\n    source: source-5\n    quote: q\n    attributedTo: A\n'));
    changed.mtimes.set(victim, changed.mtimes.get(victim)! + 1000);
    const again = startClient('worker');
    try {
      const preview = await again.client.preview(cacheBytes!.slice(), 'test-build');
      assert.ok(preview && !preview.corpus.claims.has('later-claim'), 'the preview is the corpus as cached');
      changed.reads.length = 0;
      const loaded = await loadThrough(again.client, changed, { have: preview });
      assert.notEqual(loaded.corpus, preview.corpus);
      assert.deepEqual(changed.reads, [victim]);
      assert.equal(loaded.stats.parsed, 1);
      const here = parseHere(changed);
      assertSameCorpus(loaded.corpus, here.corpus);
      assertSameIndex(loaded.index, here.index);
      // The engine's own state follows the load, not the preview: the cache it writes now holds the change.
      const written = await again.client.writeCache('test-build');
      const third = startClient('worker');
      try {
        const next = await third.client.preview(written!, 'test-build');
        assert.ok(next?.corpus.claims.has('later-claim'));
        const reloaded = await loadThrough(third.client, changed, { have: next });
        assert.equal(reloaded.corpus, next!.corpus);
      } finally {
        third.client.dispose();
      }
    } finally {
      again.client.dispose();
    }
  });

  it('previews nothing from a damaged cache or another build\'s, and the load then parses every file', async () => {
    const again = startClient('worker');
    try {
      assert.equal(await again.client.preview(cacheBytes!.slice(0, cacheBytes!.length >> 1), 'test-build'), undefined);
      assert.ok(again.logs.some((l) => /^warn: Ignoring the corpus cache: truncated/.test(l)), again.logs.join('\n'));
      assert.equal(await again.client.preview(cacheBytes!.slice(), 'other-build'), undefined);
      const loaded = await loadThrough(again.client, files);
      assert.equal(loaded.stats.parsed, files.texts.size);
      assertSameCorpus(loaded.corpus, expected.corpus);
    } finally {
      again.client.dispose();
    }
  });

  it('re-parses changed and removed files alone, sending only what changed', async () => {
    const client = first!.client;
    const changedFile = [...files.texts.keys()].find((f) => f.endsWith('claims/source-7.yaml'))!;
    const removedFile = [...files.texts.keys()].find((f) => f.endsWith('claims/source-8.yaml'))!;
    const text = files.texts.get(changedFile)!.replace(/text: /, 'text: Edited: ');
    const after = files.clone();
    after.texts.set(changedFile, text);
    after.texts.delete(removedFile);
    const loaded = await client.update([
      { file: changedFile, size: text.length, mtime: 2, bytes: new TextEncoder().encode(text) },
      { file: removedFile, removed: true },
    ]);
    assert.equal(loaded.stats.parsed, 1);
    const here = parseHere(after);
    assertSameCorpus(loaded.corpus, here.corpus);
    assertSameIndex(loaded.index, here.index);
    // And once more, against the corpus this side now holds.
    const restored = files.texts.get(removedFile)!;
    const back = await client.update([{ file: removedFile, size: restored.length, mtime: 3, bytes: new TextEncoder().encode(restored) }]);
    after.texts.set(removedFile, restored);
    assertSameCorpus(back.corpus, parseHere(after).corpus);
  });

  it('checks a draft with the same findings as the core in this thread', async () => {
    const client = first!.client;
    const draft = '# Draft\n\nAna García said 300 soldiers in Havana were recruited in May 2015 [@claim-12].\n\nThe ministry cites [@no-such-claim].\n';
    const core = createCore(parseHere(files).corpus);
    const here = core.check(draft, 'file:///draft.md', 'markdown', {});
    const there = await client.check(draft, 'file:///draft.md', 'markdown', {});
    assert.ok(here.length > 0);
    assert.deepEqual(there, here);
    assert.deepEqual(await client.check(draft, 'file:///draft.md', 'markdown', {}, true), here, 'with a sentence cache kept');
    assert.deepEqual(await client.check(draft, 'file:///draft.md', 'markdown', {}, true), here, 'from the sentence cache');
  });

  it('abandons a cancelled load and loads again afterwards', async () => {
    const { client } = startClient('worker');
    try {
      const controller = new AbortController();
      const cancelled = await client.load(files.infos(), files.read, {
        build: 'test-build',
        signal: controller.signal,
        onProgress: (p) => p.phase === 'reading' && p.done >= 10 && controller.abort(),
      });
      assert.equal(cancelled, undefined);
      const loaded = await loadThrough(client, files);
      assertSameCorpus(loaded.corpus, expected.corpus);
    } finally {
      client.dispose();
    }
  });
});

describe('worker: the corpus engine in this thread (no worker threads)', function () {
  this.timeout(60_000);

  it('loads, caches and updates as the worker does', async () => {
    const files = corpusFiles(1000);
    const { client, logs } = startClient('in-thread');
    try {
      assert.equal(client.path, 'in-thread');
      const loaded = await loadThrough(client, files);
      assertSameCorpus(loaded.corpus, parseHere(files).corpus);
      const cache = await client.writeCache('test-build');
      const again = await loadThrough(client, files, { cache });
      assert.equal(again.stats.parsed, 0);
      assert.ok(again.stats.indexFromCache);
      assertSameIndex(again.index, parseHere(files).index);
      // Sent ahead of the load, as the extension does while it stats the files, and used at once.
      const preview = await client.preview((await client.writeCache('test-build'))!, 'test-build');
      assert.ok(preview);
      assertSameCorpus(preview.corpus, parseHere(files).corpus);
      files.reads.length = 0;
      const ahead = await loadThrough(client, files, { have: preview });
      assert.equal(ahead.corpus, preview.corpus);
      assert.equal(ahead.stats.parsed, 0);
      assert.deepEqual(files.reads, []);
      const wrongBuild = await loadThrough(client, files, { cache: await client.writeCache('other-build') });
      assert.equal(wrongBuild.stats.parsed, files.texts.size);
      assert.ok(logs.some((l) => /Ignoring the corpus cache: written by build/.test(l)), logs.join('\n'));
    } finally {
      client.dispose();
    }
  });
});
