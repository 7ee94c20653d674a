import * as assert from 'node:assert/strict';
import { FindingCode } from '../../../src/core/model';
import { loadCorpus, readCorpusFile } from '../../../src/core/corpus/loadCorpus';
import { lines, memoryHost, withCode } from './helpers';

const source = lines('---', 'id: src-a', 'title: A report', 'outlet: 14ymedio', 'kind: news report', '---', 'Notes.');
const yamlClaims = lines(
  'claims:',
  '  - id: y1',
  '    text: Text one.',
  '    source: src-a',
  '    quote: quote one',
  '    attributedTo: EFE',
  '    contradicts: m1',
);
const mdClaims = lines('---', 'source: src-a', 'attributedTo: EFE', '---', '## m1', 'Text m1.', '> quote m1', '- tags: a, b');

describe('corpus: loading through a host', () => {
  it('loads YAML and Markdown claims and sources into one corpus, in path order', async () => {
    const host = memoryHost({ '/c/sources/a.md': source, '/c/claims/y.yaml': yamlClaims, '/c/claims/m.md': mdClaims, '/c/README.md': '# About\n' });
    const corpus = await loadCorpus(host, ['/c', '/c/claims']);
    assert.deepEqual(corpus.problems, []);
    assert.deepEqual(corpus.files, ['/c/README.md', '/c/claims/m.md', '/c/claims/y.yaml', '/c/sources/a.md']);
    assert.deepEqual([...corpus.claims.keys()], ['m1', 'y1']);
    assert.deepEqual([...corpus.sources.keys()], ['src-a']);
    assert.deepEqual(corpus.claimsBySource.get('src-a'), ['m1', 'y1']);
    assert.equal(host.reads.length, 4, 'a file under two roots is read once');
  });

  it('turns a read that rejects (a file deleted mid-load) into a corpus-unreadable finding', async () => {
    const host = memoryHost({ '/c/a.md': source, '/c/gone.yaml': new Error("ENOENT: no such file or directory, open '/c/gone.yaml'") });
    const corpus = await loadCorpus(host, ['/c']);
    const [problem] = withCode(corpus.problems, FindingCode.CorpusUnreadable);
    assert.equal(problem!.file, '/c/gone.yaml');
    assert.equal(problem!.message, "Cannot read corpus file: ENOENT: no such file or directory, open '/c/gone.yaml'.");
    assert.equal(corpus.sources.size, 1);
  });

  it('reports a root that cannot be listed, and still loads the others', async () => {
    const corpus = await loadCorpus(memoryHost({ '/c/a.md': source }), ['/missing', '/c']);
    assert.deepEqual(corpus.problems.map((p) => [p.code, p.file]), [[FindingCode.CorpusUnreadable, '/missing']]);
    assert.equal(corpus.sources.size, 1);
  });

  it('refuses a file over the size cap, without reading it when the host knows sizes', async () => {
    const host = memoryHost({ '/c/big.yaml': yamlClaims, '/c/a.md': source });
    const corpus = await loadCorpus(host, ['/c'], { maxFileBytes: 100 });
    const [problem] = withCode(corpus.problems, FindingCode.CorpusTooLarge);
    assert.equal(problem!.file, '/c/big.yaml');
    assert.match(problem!.message, /over the 0\.0 MB limit; it was not loaded/);
    const sized = { ...host, fileSize: async (path: string) => (path.endsWith('big.yaml') ? 10 ** 9 : 1) };
    host.reads.length = 0;
    const result = await readCorpusFile(sized, '/c/big.yaml');
    assert.equal(result.problems[0]!.code, FindingCode.CorpusTooLarge);
    assert.deepEqual(host.reads, []);
  });

  it('reports undecodable bytes and reads UTF-16', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...source].flatMap((c) => [c.charCodeAt(0), 0])]);
    const corpus = await loadCorpus(memoryHost({ '/c/a.md': utf16, '/c/b.yaml': new Uint8Array([0x63, 0x3a, 0xfe]) }), ['/c']);
    assert.deepEqual(corpus.problems.map((p) => [p.code, p.file, p.message]), [[FindingCode.CorpusUnreadable, '/c/b.yaml', 'Cannot read corpus file: not valid UTF-8 at byte 2.']]);
    assert.equal(corpus.sources.get('src-a')!.outlet, '14ymedio');
  });

  it('rejects with the abort reason when aborted', async () => {
    const controller = new AbortController();
    const host = memoryHost({ '/c/a.md': source });
    const slow = { ...host, readFile: async (path: string) => { controller.abort(new Error('stop')); return host.readFile(path); } };
    await assert.rejects(loadCorpus(slow, ['/c'], { signal: controller.signal }), /stop/);
  });

  it('loads a seed-sized corpus quickly once read', async () => {
    const files: Record<string, string> = { '/c/s.md': source };
    for (let f = 0; f < 10; f++) {
      files[`/c/claims/${f}.yaml`] = lines('claims:', ...Array.from({ length: 10 }, (_, i) => [
        `  - id: c${f}-${i}`, '    text: The ambassador said his embassy knew of Cubans who had gone to Russia.', '    source: src-a',
        '    quote: "who acknowledged that his embassy is aware of Cubans who had gone to Russia"', '    attributedTo: EFE via 14ymedio', '    date: 2023-09-27', '    tags: [koronelli]',
      ]).flat());
    }
    const corpus = await loadCorpus(memoryHost(files), ['/c']);
    assert.equal(corpus.claims.size, 100);
    assert.deepEqual(corpus.problems, []);
  });
});
