// The core is editor-free: nothing under src/core may import vscode or read the disk directly,
// so the CLI, tests and a future language server can all use it.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('architecture', () => {
  const core = tsFiles(join(ROOT, 'src', 'core'));

  it('finds the core sources', () => {
    assert.ok(core.length > 10, `expected the core's files, found ${core.length}`);
  });

  it('src/core never imports vscode', () => {
    const offenders = core.filter((f) => /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('src/core never touches the file system (hosts do)', () => {
    const offenders = core.filter((f) => /from\s+['"](node:)?fs(\/promises)?['"]/.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
