// What `vsce package` puts into the .vsix: the bundles, the grammar, the schemas, the sample corpus
// and the documents, and none of the sources, tests, build output or tooling (.vscodeignore).
// `vsce ls` runs on a copy of the repository without .git, node_modules and .vscode-test (walking
// the installed code-server alone takes vsce half a minute); small stand-ins for those folders, and
// for bundles not built yet, stay in the copy so the rules are still tested against them.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..', '..', '..');
const VSCE = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
const SKIPPED_IN_COPY = new Set(['.git', 'node_modules', '.vscode-test']);

/** Files the copy gets when the repository lacks them: stand-ins for heavy folders and unbuilt bundles. */
const STAND_INS = [
  'node_modules/some-package/index.js',
  '.vscode-test/code-server/index.js',
  'dist/extension.js',
  'dist/cli.js',
  'dist/eval.js',
  'dist/extension.js.map',
  'out/test/unit/some.test.js',
  'attest.vsix',
];

function touch(file: string): void {
  if (existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '// stand-in\n');
}

describe('packaging: files in the .vsix', function () {
  this.timeout(60_000);
  let files: string[] = [];
  let copy: string;

  before(async function () {
    if (!existsSync(VSCE)) this.skip();
    copy = mkdtempSync(join(tmpdir(), 'attest-vsix-'));
    cpSync(ROOT, copy, { recursive: true, filter: (src) => !SKIPPED_IN_COPY.has(src.slice(ROOT.length + 1).split(/[\\/]/)[0]!) });
    for (const file of STAND_INS) touch(join(copy, file));
    const { stdout } = await promisify(execFile)(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd: copy, maxBuffer: 16 * 1024 * 1024 });
    files = stdout.split(/\r?\n/).filter(Boolean).sort();
  });

  after(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('contains the manifest, README, LICENSE and the bundles', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'dist/extension.js', 'dist/cli.js']) {
      assert.ok(files.includes(file), `${file} missing from:\n${files.join('\n')}`);
    }
  });

  it('contains the citation grammar, the JSON schemas and the sample corpus', () => {
    assert.ok(files.includes('syntaxes/attest-citations.injection.json'), files.join('\n'));
    assert.ok(files.some((f) => /^schemas\/[^/]+\.json$/.test(f)), 'no schemas/*.json');
    assert.ok(files.some((f) => /^corpus\/.+\.ya?ml$/.test(f)), 'no corpus YAML');
    assert.ok(files.some((f) => /^corpus\/.+\.md$/.test(f)), 'no corpus Markdown');
  });

  it('leaves out sources, tests, build output, tooling and dependencies', () => {
    const forbidden = [
      /^src\//,
      /^test\//,
      /^out\//,
      /^node_modules\//,
      /^\.vscode-test\//,
      /^scripts\//,
      /^\.ci\//,
      /^\.bench\//,
      /^test-artifacts\//,
      /^examples\//,
      /\.ts$/,
      /\.map$/,
      /\.vsix$/,
      /^dist\/(eval|bench)\.js$/,
      /^(tsconfig\.json|\.mocharc\.json|\.gitignore|\.vscodeignore|package-lock\.json)$/,
    ];
    const leaked = files.filter((f) => forbidden.some((re) => re.test(f)));
    assert.deepEqual(leaked, []);
  });

  it('lists every top-level entry it packages on purpose', () => {
    const top = [...new Set(files.map((f) => f.split('/')[0]))].sort();
    assert.deepEqual(
      top.filter((t) => !['CHANGELOG.md', 'LICENSE', 'README.md', 'corpus', 'dist', 'images', 'package.json', 'schemas', 'syntaxes'].includes(t!)),
      [],
    );
  });
});
