// Shared steps for the worker tests: a corpus as in-memory files, loading it through an engine client
// (worker thread or in-thread) the way the extension does, and the same corpus parsed in this thread
// to compare against.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusStore } from '../../../src/core/corpus/corpusStore';
import { parseCorpusFile } from '../../../src/core/corpus/parseCorpusFile';
import { reverseRelationsOf } from '../../../src/core/corpus/reverseRelations';
import type { Corpus } from '../../../src/core/corpus/types';
import { ClaimIndex } from '../../../src/core/index/claimIndex';
import { inThreadChannel, workerChannel } from '../../../src/worker/channels';
import type { CorpusEngine } from '../../../src/worker/corpusEngine';
import { EngineClient, type Loaded, type LoadOptions } from '../../../src/worker/engineClient';
import type { FileContent, FileInfo } from '../../../src/worker/protocol';

/** The bundled worker (npm run build); tests that need it skip when it is missing. */
export const WORKER_FILE = join(__dirname, '..', '..', '..', '..', 'dist', 'worker.js');

export function workerBuilt(): boolean {
  return existsSync(WORKER_FILE);
}

/** Files on an imaginary disk: path → text, with a modification time per file. */
export class MemoryFiles {
  readonly texts = new Map<string, string>();
  readonly mtimes = new Map<string, number>();
  readonly reads: string[] = [];

  constructor(files: ReadonlyMap<string, string>, readonly root = 'file:///ws/corpus') {
    for (const [path, text] of files) this.write(path, text, 1_700_000_000_000);
  }

  /** Another disk with the same files, names and times. */
  clone(): MemoryFiles {
    const copy = new MemoryFiles(new Map(), this.root);
    for (const [file, text] of this.texts) copy.texts.set(file, text);
    for (const [file, mtime] of this.mtimes) copy.mtimes.set(file, mtime);
    return copy;
  }

  /** Writes `text` at `path` (relative to the root) with modification time `mtime`. */
  write(path: string, text: string, mtime: number): void {
    this.texts.set(`${this.root}/${path}`, text);
    this.mtimes.set(`${this.root}/${path}`, mtime);
  }

  infos(): FileInfo[] {
    return [...this.texts.keys()].sort().map((file) => ({ file, size: new TextEncoder().encode(this.texts.get(file)!).length, mtime: this.mtimes.get(file)! }));
  }

  /** What the extension's reader gives for `info`: fresh bytes (they are transferred away). */
  read = async (info: FileInfo): Promise<FileContent> => {
    this.reads.push(info.file);
    const text = this.texts.get(info.file);
    return text === undefined ? { ...info, error: 'ENOENT' } : { ...info, bytes: new TextEncoder().encode(text) };
  };
}

export interface TestClient {
  readonly client: EngineClient;
  readonly logs: string[];
}

/**
 * A client over a worker thread running the bundled worker, or over an in-thread engine taken from
 * that same bundle (as the extension falls back to when a worker cannot start).
 */
export function startClient(path: 'worker' | 'in-thread'): TestClient {
  const logs: string[] = [];
  const log = (level: string, message: string): void => void logs.push(`${level}: ${message}`);
  const channel = path === 'worker' ? workerChannel(WORKER_FILE, (e) => logs.push(`start: ${e.message}`)) : inThreadChannel((post) => new (require(WORKER_FILE) as { CorpusEngine: typeof CorpusEngine }).CorpusEngine(post));
  assert.ok(channel, 'worker threads are available in Node');
  return { client: new EngineClient(channel, log), logs };
}

/** Loads `files` through `client`; fails the test when the load does not finish. */
export async function loadThrough(client: EngineClient, files: MemoryFiles, options: Partial<LoadOptions> = {}): Promise<Loaded> {
  const loaded = await client.load(files.infos(), files.read, { build: 'test-build', ...options });
  assert.ok(loaded, 'the load finished');
  return loaded;
}

/** The corpus and index made in this thread, as the extension used to. */
export function parseHere(files: MemoryFiles): { corpus: Corpus; index: ClaimIndex } {
  const store = new CorpusStore();
  for (const [file, text] of files.texts) store.set(parseCorpusFile(file, text));
  const corpus = store.corpus();
  return { corpus, index: new ClaimIndex(corpus) };
}

/** Asserts two corpora hold the same claims, sources, problems and files, in the same order. */
export function assertSameCorpus(actual: Corpus, expected: Corpus): void {
  assert.equal(actual.claims.size, expected.claims.size, 'claim count');
  assert.deepEqual([...actual.claims.keys()], [...expected.claims.keys()], 'claim order');
  for (const [id, claim] of expected.claims) assert.deepEqual(actual.claims.get(id), claim, `claim ${id}`);
  assert.deepEqual([...actual.sources], [...expected.sources], 'sources');
  assert.deepEqual([...actual.claimsBySource], [...expected.claimsBySource], 'claims by source');
  assert.deepEqual(actual.problems, expected.problems, 'problems');
  assert.deepEqual(actual.files, expected.files, 'files');
  assert.deepEqual([...(actual.rejectedClaims ?? [])].sort(), [...(expected.rejectedClaims ?? [])].sort(), 'rejected claims');
  // The reverse relations the corpus carries are those its claims write (also for ids it does not hold).
  assert.ok(actual.reverseRelations, 'reverse relations');
  const reverse = reverseRelationsOf(expected.claims);
  for (const id of [...expected.claims.keys(), 'no-such-claim']) {
    assert.deepEqual(actual.reverseRelations.contradictedBy(id), reverse.contradictedBy(id), `contradicted by, ${id}`);
    assert.deepEqual(actual.reverseRelations.qualifiedBy(id), reverse.qualifiedBy(id), `qualified by, ${id}`);
  }
}

/** Asserts two indexes hold the same ids, postings and document frequencies. */
export function assertSameIndex(actual: ClaimIndex, expected: ClaimIndex): void {
  const a = actual.data();
  const e = expected.data();
  assert.deepEqual(a.ids, e.ids, 'index ids');
  assert.deepEqual(a.terms, e.terms, 'terms');
  assert.deepEqual(Array.from(a.offsets), Array.from(e.offsets), 'postings offsets');
  assert.deepEqual(Array.from(a.ordinals), Array.from(e.ordinals), 'postings');
  assert.deepEqual(Array.from(a.docFreq), Array.from(e.docFreq), 'document frequencies');
}
