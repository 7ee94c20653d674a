// Where, inside a corpus claims file, the cursor expects an id: after `source:` a source id, inside
// `contradicts:`/`qualifies:` (inline or block list, YAML or Markdown `- key:` lines) a claim id.
import type { ClaimsFileFormat } from './newClaim';

export interface IdCompletionContext {
  readonly kind: 'source' | 'claim';
  /** What is typed of the id before the cursor. */
  readonly prefix: string;
  /** Columns on the cursor's line of the id being completed: `[start, end)`, end past the cursor's id characters. */
  readonly start: number;
  readonly end: number;
  /** Ids already in the same list, not worth offering again. */
  readonly listed: readonly string[];
  /** The id of the claim being edited (a claim does not contradict itself); undefined when none is found. */
  readonly ownId?: string;
}

const ID_CHARS = /[A-Za-z0-9_.:-]*/y;
const RELATION = '(contradicts|qualifies)';

/**
 * The id completion wanted at `line`:`character` of a claims file's `text`, or undefined when the
 * cursor is not where an id goes (including inside a comment).
 */
export function idCompletionContext(text: string, line: number, character: number, format: ClaimsFileFormat): IdCompletionContext | undefined {
  const lines = text.split(/\r?\n/);
  const current = lines[line];
  if (current === undefined) return undefined;
  const before = current.slice(0, character);
  const after = current.slice(character);
  ID_CHARS.lastIndex = 0;
  const end = character + (ID_CHARS.exec(after)?.[0].length ?? 0);
  if (/(^|\s)#/.test(before) && format === 'yaml') return undefined;

  const inFrontMatter = format === 'markdown' && isInFrontMatter(lines, line);
  const keyLead = format === 'yaml' || inFrontMatter ? '^[ \\t]*(?:-[ \\t]+)?' : '^[ \\t]*-[ \\t]+';
  const ownId = () => (format === 'yaml' ? yamlOwnId(lines, line) : markdownOwnId(lines, line));
  const make = (kind: 'source' | 'claim', prefix: string, listed: string[] = []): IdCompletionContext => ({
    kind,
    prefix,
    start: character - prefix.length,
    end,
    listed,
    ownId: kind === 'claim' ? ownId() : undefined,
  });

  const source = new RegExp(`${keyLead}source[ \\t]*:[ \\t]*["']?([A-Za-z0-9_.:-]*)$`).exec(before);
  if (source) return make('source', source[1]!);

  // `contradicts: [a, b, pre|` (YAML flow list) or `- contradicts: a, b, pre|` (Markdown).
  const list = new RegExp(`${keyLead}${RELATION}[ \\t]*:[ \\t]*(\\[?)([^\\]#]*)$`).exec(before);
  if (list && (list[2] === '[' || format === 'markdown' || !list[3]!.includes(','))) {
    const items = list[3]!.split(',');
    const prefix = cleanId(items.pop()!);
    if (/^[A-Za-z0-9_.:-]*$/.test(prefix)) {
      const rest = after.split(/[\]#]/)[0]!.split(',').slice(1);
      return make('claim', prefix, [...items, ...rest].map(cleanId).filter(Boolean));
    }
  }

  // A YAML block list:
  //   contradicts:
  //     - a
  //     - pre|
  if (format === 'yaml') {
    const item = /^([ \t]*)-[ \t]+["']?([A-Za-z0-9_.:-]*)$/.exec(before);
    if (item) {
      const indent = item[1]!;
      const listed: string[] = [];
      let i = line - 1;
      for (; i >= 0; i--) {
        const l = lines[i]!;
        if (l.trim() === '' || /^[ \t]*#/.test(l)) continue;
        const sibling = new RegExp(`^${indent}-[ \\t]+["']?([^"'\\s#]+)`).exec(l);
        if (!sibling) break;
        listed.push(sibling[1]!);
      }
      const header = i >= 0 ? new RegExp(`^([ \\t]*)(?:-[ \\t]+)?${RELATION}[ \\t]*:[ \\t]*(?:#.*)?$`).exec(lines[i]!) : null;
      if (header && header[1]!.length <= indent.length) {
        for (let j = line + 1; j < lines.length; j++) {
          const sibling = new RegExp(`^${indent}-[ \\t]+["']?([^"'\\s#]+)`).exec(lines[j]!);
          if (!sibling) break;
          listed.push(sibling[1]!);
        }
        return make('claim', item[2]!, listed);
      }
    }
  }
  return undefined;
}

function cleanId(item: string): string {
  return item.trim().replace(/^["']|["']$/g, '');
}

function isInFrontMatter(lines: readonly string[], line: number): boolean {
  if (!/^\uFEFF?---[ \t]*$/.test(lines[0] ?? '') || line === 0) return false;
  for (let i = 1; i < line; i++) if (/^---[ \t]*$/.test(lines[i]!)) return false;
  return true;
}

function yamlOwnId(lines: readonly string[], line: number): string | undefined {
  for (let i = line; i >= 0; i--) {
    const m = /^[ \t]*(?:-[ \t]+)?id[ \t]*:[ \t]*["']?([^"'\s#]+)/.exec(lines[i]!);
    if (m) return m[1];
  }
  return undefined;
}

function markdownOwnId(lines: readonly string[], line: number): string | undefined {
  for (let i = line; i >= 0; i--) {
    const m = /^##[ \t]+(\S+)[ \t]*$/.exec(lines[i]!);
    if (m) return m[1];
  }
  return undefined;
}
