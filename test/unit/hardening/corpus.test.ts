// Hostile corpus input, loaded the way the CLI and the editor load it: every broken file gives a
// finding at the place it names, the rest of the corpus still loads, nothing throws or hangs.
// (Per-construct parser tests live in test/unit/corpus/; this suite loads them all together, from
// disk where the disk is the point: deleted and unreadable files, symlink loops, huge files.)
import * as assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeCorpusHost } from '../../../src/cli/nodeHost';
import { decodeText } from '../../../src/core/corpus/decode';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus';
import { parseClaimsYaml } from '../../../src/core/corpus/parseClaimsYaml';
import { parseCorpusFile } from '../../../src/core/corpus/parseCorpusFile';
import { relatedClaims } from '../../../src/core/corpus/relatedClaims';
import type { Corpus, CorpusHost } from '../../../src/core/corpus/types';
import { renderHover } from '../../../src/core/features/hoverMarkdown';
import { idHover } from '../../../src/core/features/hoverModel';
import { FindingCode } from '../../../src/core/model';
import { createCore } from '../../../src/core/service';
import { memoryHost } from '../corpus/helpers';
import { assertFindings, assertWellFormed, seenOf } from './assertions';
import { bigFlowClaims, claimLines, corpusFiles, hostileCorpusFiles, lines, liveLinkTargets, loadedIds } from './inputs';

const ROOT = '/corpus';

function decoded(content: string | Uint8Array): string {
  if (typeof content === 'string') return content;
  const d = decodeText(content);
  return d.ok ? d.text : '';
}

async function loadAll(): Promise<Corpus> {
  const files = Object.fromEntries(corpusFiles().map((f) => [`${ROOT}/${f.path}`, f.content]));
  return loadCorpus(memoryHost(files), [ROOT]);
}

/** The Node host, with hooks run after listing and before each read. */
function hookedHost(hooks: { afterList?: () => Promise<void>; beforeRead?: (path: string) => Promise<void> }): CorpusHost {
  return {
    listFiles: async (root) => {
      const files = await nodeCorpusHost.listFiles(root);
      await hooks.afterList?.();
      return files;
    },
    fileSize: (path) => nodeCorpusHost.fileSize!(path),
    readFile: async (path) => {
      await hooks.beforeRead?.(path);
      return nodeCorpusHost.readFile(path);
    },
  };
}

const isRoot = process.getuid?.() === 0;

describe('hardening: corpus input', function () {
  this.timeout(60_000);

  it('gives each broken file its finding at the place it names, and loads everything else', async () => {
    const corpus = await loadAll();
    for (const file of corpusFiles()) {
      const path = `${ROOT}/${file.path}`;
      const text = decoded(file.content);
      const problems = corpus.problems.filter((p) => p.file === path);
      assertWellFormed(file.path, text, problems);
      if (file.expect) assertFindings(file.path, text, seenOf(problems), file.expect, true);
      else assert.ok(problems.some((p) => p.code === FindingCode.CorpusYamlSyntax), `${file.path}: a syntax finding`);
    }
    for (const id of loadedIds()) assert.ok(corpus.claims.has(id), `claim ${id} is loaded`);
    assert.ok(corpus.sources.has('hz-source'), 'the front-matter-only source is loaded');
    // Everything a finding names is a string: no prototype member leaked in as an id.
    for (const p of corpus.problems) assert.ok(p.claims.every((id) => typeof id === 'string'));
  });

  it('loads the same corpus twice over: the result does not depend on read order or timing', async () => {
    const a = await loadAll();
    const b = await loadAll();
    assert.deepEqual([...a.claims.keys()], [...b.claims.keys()]);
    assert.deepEqual(a.problems, b.problems);
  });

  it('follows contradiction and qualification cycles one step, both ways, never to the claim itself', async () => {
    const corpus = await loadAll();
    assert.deepEqual(relatedClaims(corpus, 'hz-cycle-a'), { contradicts: ['hz-cycle-b', 'hz-cycle-c'], qualifies: ['hz-cycle-c'], qualifiedBy: ['hz-cycle-b'] });
    assert.deepEqual(relatedClaims(corpus, 'hz-self'), { contradicts: [], qualifies: [], qualifiedBy: [] });
    const card = renderHover(idHover(corpus, 'hz-cycle-a'));
    assert.equal(card.match(/command:attest\.showClaim/g)?.length, 1 + 4, 'its own link and one per relation');
    const core = createCore(corpus);
    const findings = core.check('Hardening claim hz-cycle-a for the adversarial tests [@hz-cycle-a; @hz-cycle-b; @hz-self].', 'd.md', 'markdown');
    assert.deepEqual(findings.map((f) => f.code), []);
  });

  it('treats ids and words named like Object.prototype members as plain text', async () => {
    const core = createCore(await loadAll());
    assert.equal(core.corpus.claims.get('constructor')?.id, 'constructor');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const text = 'The constructor toString valueOf hasOwnProperty __proto__ prototype claim [@constructor]. Then [@__proto__] and [@valueOf] and [@prototype].';
    const findings = core.check(text, 'd.md', 'markdown');
    assertWellFormed('prototype draft', text, findings);
    assert.deepEqual(
      findings.filter((f) => f.code === FindingCode.UnknownCitation).map((f) => text.slice(f.span.start, f.span.end)),
      ['__proto__', 'valueOf', 'prototype'],
      'cited but not in the corpus (Object.prototype is not consulted)',
    );
    assert.ok(core.suggest('constructor toString hasOwnProperty', '', 5).every((s) => typeof s.id === 'string'));
    assert.ok(Array.isArray(core.suggest('the', '__proto__', 5)));
  });

  it('loads a claim whose every field is hostile Markdown, and renders its card inert and short', async () => {
    const files = Object.fromEntries([...corpusFiles(), ...hostileCorpusFiles()].map((f) => [`${ROOT}/${f.path}`, f.content]));
    const corpus = await loadCorpus(memoryHost(files), [ROOT]);
    for (const file of hostileCorpusFiles()) {
      const problems = corpus.problems.filter((p) => p.file === `${ROOT}/${file.path}`);
      assertFindings(file.path, decoded(file.content), seenOf(problems), file.expect!, true);
    }
    const card = renderHover(idHover(corpus, 'hz-hostile'));
    for (const target of liveLinkTargets(card)) assert.match(target, /^command:attest\.showClaim\?[^\s]*$/, `a live link to ${target}`);
    assert.ok(card.length < 3000, `the card is cut short (${card.length} characters)`);
    assert.equal((card.match(/…/g) ?? []).length, 2, 'the text and the quote are truncated');
  });

  it('reads quotes inside plain flow-list items as YAML does, on the fast path too', () => {
    for (const list of ["[it's, 'x', \"y, z\"]", "[.', ']", "[a 'b', c]", "[rock 'n' roll, \"q\"]"]) {
      const text = lines('claims:', ...claimLines('hz-flow-quotes', [`    tags: ${list}`]));
      const fast = parseClaimsYaml('q.yaml', text);
      const general = parseClaimsYaml('q.yaml', text, { general: true });
      assert.deepEqual(fast.claims.map((c) => c.tags), general.claims.map((c) => c.tags), list);
      assert.deepEqual(fast.problems.map((p) => p.message), general.problems.map((p) => p.message), list);
    }
  });

  it('reads a claim with 120,000 tags and relations without quadratic work', () => {
    const many = (prefix: string) => Array.from({ length: 120_000 }, (_, i) => `${prefix}${i % 100_000}`).join(', ');
    for (const layout of ['one line', 'block']) {
      const extra = layout === 'one line'
        ? [`    tags: [${many('t')}]`, `    contradicts: [${many('hz-x')}]`]
        : ['    tags:', many('t').split(', ').map((t) => `      - ${t}`).join('\n')];
      const text = ['claims:', ...claimLines('hz-many'), extra.join('\n'), ''].join('\n');
      const result = parseCorpusFile('many.yaml', text);
      assert.deepEqual(result.problems, [], layout);
      assert.equal(result.claims[0]!.tags.length, 100_000, `${layout}: duplicates dropped`);
    }
  });

  describe('on disk', () => {
    let root: string;
    beforeEach(async () => {
      root = await mkdtemp(join(tmpdir(), 'attest-hardening-'));
      await writeFile(join(root, 'source.md'), '---\nid: hz-source\ntitle: T\noutlet: O\n---');
      await writeFile(join(root, 'a.yaml'), lines('claims:', ...claimLines('hz-a')));
      await writeFile(join(root, 'b.yaml'), lines('claims:', ...claimLines('hz-b')));
    });
    afterEach(async () => {
      await chmod(join(root, 'b.yaml'), 0o644).catch(() => undefined);
      await rm(root, { recursive: true, force: true });
    });

    it('reports a file deleted between listing and reading, and loads the rest', async () => {
      const corpus = await loadCorpus(hookedHost({ afterList: () => unlink(join(root, 'b.yaml')) }), [root]);
      assert.deepEqual([...corpus.claims.keys()], ['hz-a']);
      const [problem, ...more] = corpus.problems;
      assert.deepEqual(more, []);
      assert.equal(problem!.code, FindingCode.CorpusUnreadable);
      assert.equal(problem!.file, join(root, 'b.yaml'));
      assert.match(problem!.message, /^Cannot read corpus file: ENOENT/);
    });

    it('reports a file deleted between its size and its bytes', async () => {
      const host = hookedHost({ beforeRead: async (path) => (path.endsWith('b.yaml') ? unlink(path) : undefined) });
      const corpus = await loadCorpus(host, [root]);
      assert.deepEqual(corpus.problems.map((p) => [p.code, p.file]), [[FindingCode.CorpusUnreadable, join(root, 'b.yaml')]]);
      assert.ok(corpus.claims.has('hz-a'));
    });

    it('reports a file made unreadable while loading (simulated: the read rejects with EACCES)', async () => {
      const denied = Object.assign(new Error(`EACCES: permission denied, open '${join(root, 'b.yaml')}'`), { code: 'EACCES' });
      const host: CorpusHost = { ...nodeCorpusHost, readFile: async (path) => (path.endsWith('b.yaml') ? Promise.reject(denied) : nodeCorpusHost.readFile(path)) };
      const corpus = await loadCorpus(host, [root]);
      assert.deepEqual(corpus.problems.map((p) => [p.code, p.message]), [[FindingCode.CorpusUnreadable, `Cannot read corpus file: EACCES: permission denied, open '${join(root, 'b.yaml')}'.`]]);
    });

    it(isRoot ? 'reports a file made unreadable with chmod 000 — SKIPPED: running as root, chmod does not block reads (the simulated case above covers it)' : 'reports a file made unreadable with chmod 000', async function () {
      if (isRoot) this.skip();
      await chmod(join(root, 'b.yaml'), 0o000);
      const corpus = await loadCorpus(nodeCorpusHost, [root]);
      assert.deepEqual(corpus.problems.map((p) => p.code), [FindingCode.CorpusUnreadable]);
      assert.match(corpus.problems[0]!.message, /EACCES/);
      assert.ok(corpus.claims.has('hz-a'));
    });

    it('loads each file once through a symlink loop, a linked folder and a linked file', async () => {
      await mkdir(join(root, 'deep', 'deeper'), { recursive: true });
      await symlink(root, join(root, 'deep', 'deeper', 'loop'));
      await symlink(join(root, 'deep'), join(root, 'deep-again'));
      await symlink(join(root, 'a.yaml'), join(root, 'deep', 'a-again.yaml'));
      await symlink(join(root, 'deep', 'missing.yaml'), join(root, 'dangling.yaml'));
      const corpus = await loadCorpus(nodeCorpusHost, [root]);
      assert.deepEqual(corpus.problems, [], 'no duplicate ids: every file is read once');
      assert.deepEqual([...corpus.claims.keys()].sort(), ['hz-a', 'hz-b']);
    });

    it('refuses a 20 MB claims file that can only be parsed whole (one line of JSON), without hanging', async () => {
      const text = bigFlowClaims(20 * 1024 * 1024);
      await writeFile(join(root, 'flow.yaml'), text);
      const corpus = await loadCorpus(nodeCorpusHost, [root]);
      const problems = corpus.problems.filter((p) => p.file === join(root, 'flow.yaml'));
      assert.deepEqual(problems.map((p) => p.code), [FindingCode.CorpusTooLarge]);
      assert.match(problems[0]!.message, /block list/);
      assert.deepEqual([...corpus.claims.keys()].sort(), ['hz-a', 'hz-b'], 'the other files still load');
    });

    it('reads a small claims file written as one line of JSON', async () => {
      await writeFile(join(root, 'flow.yaml'), bigFlowClaims(4096));
      const corpus = await loadCorpus(nodeCorpusHost, [root]);
      assert.deepEqual(corpus.problems, []);
      assert.ok(corpus.claims.has('hz-flow-0'));
    });
  });
});
