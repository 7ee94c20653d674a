// `attest`: checks drafts against the corpus from the command line, with the same core as the editor.
import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { checkDraft } from '../core/check/checkDraft';
import { decodeText } from '../core/corpus/decode';
import { loadCorpus } from '../core/corpus/loadCorpus';
import type { Corpus } from '../core/corpus/types';
import { kindForPath } from '../core/draft/parseDraft';
import { ClaimIndex } from '../core/index/claimIndex';
import type { Finding } from '../core/model';
import { suggestClaims } from '../core/suggest';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { nodeCorpusHost } from './nodeHost';
import { formatTextFinding, summaryLine, toJsonFindings, type JsonFinding } from './report';

const VERSION = '0.1.0';

class InputError extends Error {}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

async function readText(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    // A FIFO or a device (/dev/zero) would block or never end: only regular files are read.
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`cannot read ${path}: ${info.isDirectory() ? 'is a directory' : 'not a regular file'}`);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}`);
  }
  const decoded = decodeText(bytes);
  // Drafts are read leniently: a stray invalid byte becomes U+FFFD rather than refusing the whole file.
  return decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(bytes);
}

async function corpusProblems(corpus: Corpus): Promise<JsonFinding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const p of corpus.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const out: JsonFinding[] = [];
  for (const [file, findings] of byFile) {
    let text = '';
    try {
      text = await readText(file);
    } catch {
      // The file vanished since loading: positions fall back to the start of the file.
    }
    out.push(...toJsonFindings(findings, text, display(file)));
  }
  return out;
}

async function openCorpus(args: CliArgs): Promise<{ corpus: Corpus; index: ClaimIndex }> {
  const corpus = await loadCorpus(nodeCorpusHost, args.corpus);
  if (corpus.files.length === 0) throw new InputError(`no corpus files (.yaml, .yml, .md) found in ${args.corpus.join(', ')}`);
  return { corpus, index: new ClaimIndex(corpus) };
}

async function runCheck(args: CliArgs): Promise<number> {
  const { corpus, index } = await openCorpus(args);
  const findings: JsonFinding[] = await corpusProblems(corpus);
  for (const path of args.positional) {
    const text = await readText(path);
    findings.push(...toJsonFindings(checkDraft(text, path, kindForPath(path), index), text, display(path)));
  }
  if (args.format === 'json') process.stdout.write(JSON.stringify(findings, null, 2) + '\n');
  else {
    for (const f of findings) process.stdout.write(formatTextFinding(f) + '\n');
    process.stdout.write(summaryLine(findings, args.positional.length) + '\n');
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function runClaims(args: CliArgs): Promise<number> {
  const { corpus } = await openCorpus(args);
  const claims = [...corpus.claims.values()];
  if (args.format === 'json') {
    const out = claims.map(({ location, ...c }) => ({ ...c, file: display(location.file), line: location.start.line + 1 }));
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    for (const c of claims) process.stdout.write(`${c.id}\t${c.source}\t${c.text}\n`);
    process.stdout.write(`${claims.length} claims from ${corpus.sources.size} sources\n`);
  }
  return corpus.problems.some((p) => p.severity === 'error') ? 1 : 0;
}

async function runSuggest(args: CliArgs): Promise<number> {
  const { index } = await openCorpus(args);
  const suggestions = suggestClaims(index, args.positional[0], '', args.limit);
  if (args.format === 'json') process.stdout.write(JSON.stringify(suggestions, null, 2) + '\n');
  else for (const s of suggestions) process.stdout.write(`${s.score.toFixed(3)}\t${s.id}\t${s.text}\n`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`attest: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    throw err;
  }
  try {
    switch (args.command) {
      case 'help':
        process.stdout.write(USAGE + '\n');
        return 0;
      case 'version':
        process.stdout.write(VERSION + '\n');
        return 0;
      case 'check':
        return await runCheck(args);
      case 'claims':
        return await runClaims(args);
      case 'suggest':
        return await runSuggest(args);
    }
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(`attest: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`attest: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
