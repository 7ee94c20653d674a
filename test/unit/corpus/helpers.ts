// Shared helpers for the corpus tests: an in-memory host and compact ways to assert where findings are.
import type { Finding, FindingCode } from '../../../src/core/model';
import type { CorpusHost } from '../../../src/core/corpus/types';
import { LineMap } from '../../../src/core/text/lineMap';

/** Lines joined with `\n`, ending with one. */
export function lines(...parts: string[]): string {
  return parts.join('\n') + '\n';
}

/** A CorpusHost over a map of path → text, bytes, or an Error its read rejects with. */
export function memoryHost(files: Record<string, string | Uint8Array | Error>): CorpusHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async listFiles(root) {
      const prefix = root.endsWith('/') ? root : `${root}/`;
      const found = Object.keys(files).filter((p) => (p === root || p.startsWith(prefix)) && /\.(ya?ml|md)$/.test(p));
      if (found.length === 0 && !Object.keys(files).some((p) => p.startsWith(prefix))) throw new Error(`ENOENT: no such directory, ${root}`);
      return found;
    },
    async readFile(path) {
      reads.push(path);
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      if (content instanceof Error) throw content;
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
  };
}

/**
 * Where a finding is, as `line:character "covered text"` (0-based, as VS Code counts), so a test can
 * assert file position and extent in one readable string.
 */
export function where(text: string, finding: Finding): string {
  const { line, character } = new LineMap(text).positionAt(finding.span.start);
  return `${line}:${character} ${JSON.stringify(text.slice(finding.span.start, finding.span.end))}`;
}

/** The findings with `code`, in order. */
export function withCode(findings: readonly Finding[], code: FindingCode): Finding[] {
  return findings.filter((f) => f.code === code);
}

/** A compact listing of findings for failure messages and whole-list assertions. */
export function summary(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code} ${where(text, f)}`);
}
