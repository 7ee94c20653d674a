// The `attest` command line, run as a user would run it (the built dist/cli.js), on temporary files.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..', '..', '..');
const CLI = join(REPO, 'dist', 'cli.js');

function attest(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A hash of every file below `dir`, to prove a run changed nothing. */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(p).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

describe('attest CLI', function () {
  this.timeout(60_000);
  let work: string;

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'attest-cli-'));
    // dereference: a corpus folder that is a symlink must be copied, never written through.
    cpSync(join(REPO, 'corpus'), join(work, 'corpus'), { recursive: true, dereference: true });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('prints one finding a line and a summary, exit 1 on errors', () => {
    writeFileSync(join(work, 'draft.md'), 'The Cuban authorities arrested more than 300 people linked to the recruitment network.\n');
    const r = attest(['check', 'draft.md'], work);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0], /^draft\.md:1:1: error contradiction Contradicts \[@cuba-arrested-nearly-twenty\]/);
    assert.match(lines[lines.length - 1], /^1 error, 0 warnings, 0 information, 0 hints in 1 file$/);
  });

  it('prints JSON with 1-based positions and claim ids; exit 0 without errors', () => {
    writeFileSync(join(work, 'draft.md'), '# Title\n\nNearly 76,000 people belonged to the "Cubans in Moscow" Facebook group.\n');
    const r = attest(['check', '--format', 'json', 'draft.md'], work);
    assert.equal(r.code, 0, r.stderr);
    const findings = JSON.parse(r.stdout);
    assert.deepEqual(findings.map((f: { code: string; line: number; column: number; endLine: number }) => [f.code, f.line, f.column, f.endLine]), [['missing-citation', 3, 1, 3]]);
    assert.deepEqual(findings[0].claims.slice(0, 1), ['cubans-in-moscow-group-76000-members']);
    assert.equal(findings[0].severity, 'warning');
  });

  it('reports corpus problems with the corpus file, line and column', () => {
    writeFileSync(join(work, 'corpus', 'claims', 'broken.yaml'), 'claims:\n  - id: x\n    text: "unclosed\n');
    writeFileSync(join(work, 'draft.md'), 'Nothing to see here.\n');
    const r = attest(['check', '--format', 'json', 'draft.md'], work);
    assert.equal(r.code, 1);
    const problem = JSON.parse(r.stdout).find((f: { code: string }) => f.code === 'corpus-yaml-syntax');
    assert.ok(problem, r.stdout);
    assert.equal(problem.file, join('corpus', 'claims', 'broken.yaml'));
    assert.ok(problem.line >= 2);
  });

  it('exits 2 with a one-line reason on bad usage or an unreadable file', () => {
    const bad = attest(['check', '--format', 'xml', 'draft.md'], work);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr.split('\n')[0], /--format must be text or json/);
    const missing = attest(['check', 'nope.md'], work);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr.trim(), 'attest: cannot read nope.md: no such file');
  });

  it('lists claims and suggests the best fitting claim first', () => {
    const claims = attest(['claims', '--format', 'json'], work);
    assert.equal(claims.code, 0);
    assert.ok(JSON.parse(claims.stdout).length >= 80);
    const s = attest(['suggest', '--format', 'json', '--limit', '3', 'Ukrainian hackers leaked images of about 200 Cuban passports'], work);
    assert.equal(s.code, 0, s.stderr);
    const top = JSON.parse(s.stdout);
    assert.equal(top.length, 3);
    assert.equal(top[0].id, 'ukrainian-hackers-leaked-about-200-passports');
    assert.deepEqual(Object.keys(top[0]).sort(), ['id', 'score', 'source', 'text']);
  });

  it('never changes its inputs', () => {
    writeFileSync(join(work, 'draft.md'), 'Cuba abstained in most UN votes on Ukraine [@nope].\r\nHavana received 40 helicopters in 2019.\n');
    writeFileSync(join(work, 'corpus', 'claims', 'dup.yaml'), 'claims:\n  - id: cuba-arrested-nearly-twenty\n    text: t\n    source: s\n    quote: q\n    attributedTo: a\n');
    const before = treeHash(work);
    attest(['check', 'draft.md'], work);
    attest(['check', '--format', 'json', 'draft.md'], work);
    attest(['claims'], work);
    assert.equal(treeHash(work), before);
  });
});
