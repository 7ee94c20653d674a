import * as assert from 'node:assert/strict';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeCorpusHost } from '../../../src/cli/nodeHost';
import { loadCorpus } from '../../../src/core/corpus/loadCorpus';

describe('corpus: the Node file host', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'attest-corpus-'));
  });

  afterEach(async () => {
    await chmod(join(root, 'locked'), 0o755).catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  });

  it('lists corpus files recursively, skipping dot-folders and node_modules, and survives a symlink loop', async () => {
    await mkdir(join(root, 'claims', 'deep'), { recursive: true });
    await mkdir(join(root, '.git'));
    await mkdir(join(root, 'node_modules', 'x'), { recursive: true });
    await writeFile(join(root, 'claims', 'a.yaml'), 'claims: []\n');
    await writeFile(join(root, 'claims', 'deep', 'b.md'), '# b\n');
    await writeFile(join(root, 'claims', 'notes.txt'), 'no');
    await writeFile(join(root, '.git', 'c.yaml'), 'claims: []\n');
    await writeFile(join(root, 'node_modules', 'x', 'd.yml'), 'claims: []\n');
    await symlink(root, join(root, 'claims', 'deep', 'loop'));
    await symlink(join(root, 'claims', 'a.yaml'), join(root, 'alias.yaml'));
    await symlink(join(root, 'nowhere'), join(root, 'dangling.yaml'));

    const files = await nodeCorpusHost.listFiles(root);
    // a.yaml is reachable as alias.yaml too: listed once, under the first name met.
    assert.deepEqual(files.map((f) => f.slice(root.length + 1)).sort(), ['alias.yaml', 'claims/deep/b.md']);
  });

  it('skips unreadable folders, lists a single file root, and rejects a missing root', async function () {
    await mkdir(join(root, 'locked'));
    await writeFile(join(root, 'locked', 'x.yaml'), 'claims: []\n');
    await writeFile(join(root, 'ok.yaml'), 'claims: []\n');
    await chmod(join(root, 'locked'), 0o000);
    const files = await nodeCorpusHost.listFiles(root);
    // root can read anything: only assert when the permission actually took effect.
    if (process.getuid?.() !== 0) assert.deepEqual(files, [join(root, 'ok.yaml')]);
    assert.deepEqual(await nodeCorpusHost.listFiles(join(root, 'ok.yaml')), [join(root, 'ok.yaml')]);
    await assert.rejects(nodeCorpusHost.listFiles(join(root, 'missing')), /ENOENT/);
  });

  it('loads a corpus from disk, with sizes', async () => {
    await writeFile(join(root, 's.md'), '---\nid: s\ntitle: T\noutlet: O\n---\n');
    await writeFile(join(root, 'c.yaml'), 'claims:\n  - id: c\n    text: T\n    source: s\n    quote: q\n    attributedTo: A\n');
    assert.equal(await nodeCorpusHost.fileSize!(join(root, 's.md')), 33);
    const corpus = await loadCorpus(nodeCorpusHost, [root]);
    assert.deepEqual(corpus.problems, []);
    assert.deepEqual([...corpus.claims.keys(), ...corpus.sources.keys()], ['c', 's']);
  });
});
