// Command-line parsing for `attest`: small enough that a library would be more code to read than this.

export interface CliArgs {
  readonly command: 'check' | 'claims' | 'suggest' | 'help' | 'version';
  readonly corpus: readonly string[];
  readonly format: 'text' | 'json';
  readonly limit: number;
  readonly positional: readonly string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  attest check [--corpus DIR]... [--format text|json] FILE...
  attest claims [--corpus DIR]... [--format text|json]
  attest suggest [--corpus DIR]... [--limit N] [--format text|json] "SENTENCE"

Checks drafts against a corpus of sourced claims (default corpus: ./corpus).
Exit status: 0 no error findings, 1 error findings, 2 bad usage or unreadable input.`;

/** Parses argv (without node and script); throws UsageError with a one-line reason. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const [first, ...rest] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') return { command: 'help', corpus: [], format: 'text', limit: 0, positional: [] };
  if (first === '--version' || first === '-v') return { command: 'version', corpus: [], format: 'text', limit: 0, positional: [] };
  if (first !== 'check' && first !== 'claims' && first !== 'suggest') throw new UsageError(`unknown command "${first}" (expected check, claims or suggest)`);
  const corpus: string[] = [];
  const positional: string[] = [];
  let format: 'text' | 'json' = 'text';
  let limit = 10;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${a.split('=')[0]} needs a value`);
      return v;
    };
    if (a === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    } else if (a === '--corpus' || a.startsWith('--corpus=')) corpus.push(value());
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = value();
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format must be text or json, not "${f}"`);
      format = f;
    } else if (a === '--limit' || a.startsWith('--limit=')) {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new UsageError('--limit must be a positive whole number');
      limit = n;
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  if (first === 'check' && positional.length === 0) throw new UsageError('check needs at least one FILE');
  if (first === 'suggest' && positional.length !== 1) throw new UsageError('suggest needs exactly one SENTENCE (quote it)');
  if (first === 'claims' && positional.length > 0) throw new UsageError(`claims takes no arguments, got "${positional[0]}"`);
  return { command: first, corpus: corpus.length > 0 ? corpus : ['corpus'], format, limit, positional };
}
