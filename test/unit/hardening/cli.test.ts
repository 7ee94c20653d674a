// The `attest` command line (the built dist/cli.js) over a folder holding every adversarial input at
// once: broken, huge, binary, looping and undecodable corpus files next to the fixture corpus, and
// hostile drafts. Each problem comes out as `file:line:col` with its code, the exit status says
// there are errors, nothing crashes or hangs (spawnSync's timeout), and no input file changes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { decodeText } from '../../../src/core/corpus/decode';
import { short } from './assertions';
import { bigClaimsYaml, bigDraft, bigFlowClaims, claimLines, corpusFiles, draftFiles, expectedSpan, lines, oneLongLine, positionOf, type Expected, type HardeningFile } from './inputs';

const REPO = join(__dirname, '..', '..', '..', '..');
const CLI = join(REPO, 'dist', 'cli.js');
const MB = 1024 * 1024;
const isRoot = process.getuid?.() === 0;

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
  claims: string[];
}

function attest(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * MB });
  assert.equal(r.error, undefined, `attest ${args.join(' ')} did not finish: ${r.error?.message}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A hash of the tree below `dir` that never follows links and never opens anything but regular files
 * (a FIFO would block), so a run that wrote, moved, re-linked or re-moded anything changes it.
 */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = lstatSync(p);
      h.update(`${p}\0${s.mode}\0${s.size}\0${s.mtimeMs}\0`);
      if (s.isSymbolicLink()) h.update(readlinkSync(p));
      else if (s.isDirectory()) walk(p);
      else if (s.isFile() && s.mode & 0o444) h.update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

function write(root: string, file: HardeningFile): void {
  const path = join(root, ...file.path.split('/'));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.content);
}

/** The file's text as the CLI decodes it for positions ('' when it cannot be decoded). */
function textOf(path: string): string {
  const bytes = readFileSync(path);
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(bytes);
}

/** Asserts that `findings` (all on one file) are `expected` at the right 1-based lines and UTF-16 columns. */
function assertAt(label: string, text: string, findings: readonly JsonFinding[], expected: readonly Expected[], exact: boolean): void {
  const have = findings.map((f) => `${f.code}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
  const left = [...have];
  for (const e of expected) {
    const span = expectedSpan(text, e);
    assert.ok(span, `${label} — ${short(e.at)} is not in the file`);
    const s = positionOf(text, span.start);
    const end = positionOf(text, span.end);
    const want = `${e.code}@${s.line + 1}:${s.character + 1}-${end.line + 1}:${end.character + 1}`;
    const i = left.indexOf(want);
    assert.ok(i >= 0, `${label} — expected ${want} (${short(e.at)}); have ${JSON.stringify(have.slice(0, 12))}`);
    left.splice(i, 1);
    if (e.message) assert.ok(findings.some((f) => f.code === e.code && e.message!.test(f.message)), `${label} — message of ${e.code} matches ${e.message}`);
  }
  if (exact) assert.deepEqual(left, [], `${label} — unexpected findings`);
}

describe('hardening: the CLI on adversarial input', function () {
  this.timeout(240_000);
  let work: string;
  let drafts: string[];
  let hashBefore: string;

  const big = {
    plain: 'corpus/hardening/big/plain-20mb.yaml',
    flow: 'corpus/hardening/big/flow-20mb.yaml',
    overCap: 'corpus/hardening/big/over-cap.yaml',
  };

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'attest-cli-hardening-'));
    cpSync(join(REPO, 'test', 'fixtures', 'workspace', 'corpus'), join(work, 'corpus'), { recursive: true, dereference: true });
    for (const file of corpusFiles()) write(join(work, 'corpus'), file);
    mkdirSync(join(work, dirname(big.plain)), { recursive: true });
    writeFileSync(join(work, big.plain), bigClaimsYaml(20 * MB));
    writeFileSync(join(work, big.flow), bigFlowClaims(20 * MB));
    writeFileSync(join(work, big.overCap), bigClaimsYaml(26 * MB));
    // A link back up the tree (a loop), a link to itself, a dangling link and a FIFO named like a corpus file.
    symlinkSync('..', join(work, 'corpus', 'hardening', 'claims', 'loop'));
    symlinkSync('self.yaml', join(work, 'corpus', 'hardening', 'claims', 'self.yaml'));
    symlinkSync('nowhere.yaml', join(work, 'corpus', 'hardening', 'claims', 'dangling.yaml'));
    const fifo = spawnSync('mkfifo', [join(work, 'corpus', 'hardening', 'claims', 'fifo.yaml')]);
    assert.equal(fifo.status, 0, 'mkfifo');
    for (const file of draftFiles()) write(work, file);
    writeFileSync(join(work, 'hardening', 'huge-50mb.md'), bigDraft(50 * MB));
    writeFileSync(join(work, 'hardening', 'long-line.md'), oneLongLine(MB));
    drafts = [...draftFiles().map((f) => f.path), 'hardening/huge-50mb.md', 'hardening/long-line.md'];
    hashBefore = treeHash(work);
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  let jsonOut: JsonFinding[] | undefined;
  const checkJson = (): JsonFinding[] => {
    if (!jsonOut) {
      const r = attest(['check', '--format', 'json', ...drafts], work);
      assert.equal(r.stderr, '');
      assert.equal(r.code, 1, 'errors were found');
      jsonOut = JSON.parse(r.stdout) as JsonFinding[];
    }
    return jsonOut;
  };

  it('reports every corpus problem at its file, line and column, and every draft finding on its characters', () => {
    const findings = checkJson();
    const byFile = new Map<string, JsonFinding[]>();
    for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);

    for (const file of corpusFiles()) {
      const path = join('corpus', ...file.path.split('/'));
      const mine = byFile.get(path) ?? [];
      if (file.expect) assertAt(path, textOf(join(work, path)), mine, file.expect, true);
      else assert.ok(mine.some((f) => f.code === 'corpus-yaml-syntax'), `${path}: a syntax finding`);
    }
    assert.deepEqual(byFile.get(join(...big.plain.split('/'))), undefined, 'the 20 MB plain file loads cleanly');
    const flow = byFile.get(join(...big.flow.split('/'))) ?? [];
    assert.deepEqual(flow.map((f) => [f.code, f.line, f.column]), [['corpus-too-large', 1, 1]]);
    assert.match(flow[0]!.message, /not a plain block list/);
    const overCap = byFile.get(join(...big.overCap.split('/'))) ?? [];
    assert.deepEqual(overCap.map((f) => [f.code, f.line, f.column]), [['corpus-too-large', 1, 1]]);
    assert.match(overCap[0]!.message, /over the 25\.0 MB limit/);
    for (const [path] of byFile) assert.ok(!/(loop|self|dangling|fifo)/.test(path), `nothing reported through the links or the FIFO: ${path}`);

    for (const draft of draftFiles()) {
      const path = join(...draft.path.split('/'));
      assertAt(path, textOf(join(work, path)), byFile.get(path) ?? [], draft.expect ?? [], draft.exact ?? false);
    }
    const huge = byFile.get(join('hardening', 'huge-50mb.md')) ?? [];
    assert.deepEqual(huge.map((f) => [f.code, f.severity, f.line, f.column, f.endLine, f.endColumn]), [['draft-skipped', 'information', 1, 1, 1, 1]]);
    assert.match(huge[0]!.message, /above the limit of 5,000,000/);
    const longLine = byFile.get(join('hardening', 'long-line.md')) ?? [];
    assert.ok(longLine.some((f) => f.code === 'contradiction' && f.line === 1 && f.column > 1_000_000), 'the contradiction at the end of the 1 MB line');

    // Every finding names a file the run was given or a corpus file, with sane 1-based positions.
    for (const f of findings) {
      assert.ok(f.line >= 1 && f.column >= 1 && (f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column)), `${f.file}:${f.line}:${f.column}`);
      assert.ok(f.message.length > 0 && !/\bundefined\b|\[object Object\]|NaN/.test(f.message), `${f.file}: ${f.message}`);
    }
  });

  it('prints the same findings as one `path:line:col: severity code message` line each, then the summary', () => {
    const json = checkJson();
    const r = attest(['check', ...drafts], work);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 1);
    const out = r.stdout.split('\n');
    assert.equal(out.pop(), '', 'ends with a line break');
    const summary = out.pop()!;
    assert.match(summary, new RegExp(`^\\d+ errors?, \\d+ warnings?, \\d+ information, \\d+ hints? in ${drafts.length} files$`));
    assert.equal(out.length, json.length);
    out.forEach((line, i) => {
      const f = json[i]!;
      // Messages hold no line break, so one finding is one line however hostile the corpus text.
      assert.equal(line, `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.code} ${f.message}`);
    });
  });

  it('lists the claims and suggests from the same corpus, exit 1 for its errors', () => {
    const claims = attest(['claims'], work);
    assert.equal(claims.stderr, '');
    assert.equal(claims.code, 1);
    const last = claims.stdout.trimEnd().split('\n').pop()!;
    const count = Number(/^(\d+) claims from \d+ sources$/.exec(last)?.[1]);
    assert.ok(count > 80_000, `the 20 MB file's claims are listed: ${last}`);
    for (const id of ['hz-tab-ok', 'hz-after-nulls', 'hz-cycle-a', 'constructor', 'hz-utf16be', 'hz-md-html']) {
      assert.ok(claims.stdout.includes(`\n${id}\t`), `${id} listed`);
    }
    const suggest = attest(['suggest', '--format', 'json', '--limit', '3', 'The Cuban authorities arrested 17 people linked to the recruitment network'], work);
    assert.equal(suggest.code, 0, suggest.stderr);
    assert.equal(JSON.parse(suggest.stdout)[0].id, 'demo-arrests');
  });

  it('refuses a draft that is a FIFO or a device with a one-line reason (exit 2), without blocking', () => {
    const fifo = join('corpus', 'hardening', 'claims', 'fifo.yaml');
    // A small corpus: the point is the draft.
    const corpus = ['--corpus', join('corpus', 'sources')];
    const r = attest(['check', ...corpus, fifo], work);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, `attest: cannot read ${fifo}: not a regular file\n`);
    const device = attest(['check', ...corpus, '/dev/zero'], work);
    assert.equal(device.code, 2);
    assert.equal(device.stderr, 'attest: cannot read /dev/zero: not a regular file\n');
  });

  it('changes no input file, link or mode in any of the runs above', () => {
    assert.equal(treeHash(work), hashBefore);
  });

  describe('unreadable corpus file', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'attest-cli-locked-'));
      mkdirSync(join(dir, 'corpus'));
      writeFileSync(join(dir, 'corpus', 'source.md'), '---\nid: hz-source\ntitle: T\noutlet: O\n---\n');
      writeFileSync(join(dir, 'corpus', 'locked.yaml'), lines('claims:', ...claimLines('hz-locked')));
      writeFileSync(join(dir, 'draft.md'), 'Nothing to check here.\n');
      chmodSync(join(dir, 'corpus', 'locked.yaml'), 0o000);
    });
    afterEach(() => {
      chmodSync(join(dir, 'corpus', 'locked.yaml'), 0o644);
      rmSync(dir, { recursive: true, force: true });
    });

    it(isRoot ? 'reports a chmod 000 corpus file — SKIPPED: running as root, chmod does not block reads (covered by a simulated host in corpus.test.ts)' : 'reports a chmod 000 corpus file as corpus-unreadable at 1:1, exit 1', function () {
      if (isRoot) this.skip();
      const hash = treeHash(dir);
      const r = attest(['check', '--format', 'json', 'draft.md'], dir);
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).map((f: JsonFinding) => [f.file, f.code, f.line, f.column]), [[join('corpus', 'locked.yaml'), 'corpus-unreadable', 1, 1]]);
      assert.equal(treeHash(dir), hash);
    });
  });
});
