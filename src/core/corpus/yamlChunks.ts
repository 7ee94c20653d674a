// Splitting a large claims file into runs of whole list items, parsed one run at a time.
// yaml keeps ~80 bytes of AST per byte of input: a 20 MB file parsed in one piece needs ~2 GB of heap,
// while runs of 64 KB keep memory flat. Only the plain layout is split; anything else is parsed whole.

/** Which list a run of items belongs to: `claims:`, `sources:`, or a bare top-level list of claims. */
export type YamlSection = 'claims' | 'sources' | 'list';

/** A run of whole top-level list items: `text.slice(start, end)` parses on its own as a YAML sequence. */
export interface YamlChunk {
  readonly section: YamlSection;
  readonly start: number;
  readonly end: number;
  /** Where each item of the run starts (the first is `start`), to re-parse items one by one. */
  readonly items: readonly number[];
}

const SECTION_KEY = /^(claims|sources):[ ]*(#.*)?$/;
const ITEM_START = /^-( |$)/;

/**
 * Cuts `text` at top-level list items into runs of about `targetSize` characters. Returns undefined
 * unless the file is plainly laid out: top-level `claims:` / `sources:` keys (each at most once)
 * with block lists under them, or one bare top-level list; no directives or document markers.
 * A wrong cut (say inside a multi-line quoted string) makes a run fail to parse; callers then parse
 * the whole file, so the cut never changes the result of a file that parses.
 */
export function planYamlChunks(text: string, targetSize = 64 * 1024): YamlChunk[] | undefined {
  const chunks: YamlChunk[] = [];
  const seen = new Set<string>();
  let section: YamlSection | undefined;
  let itemIndent: number | undefined;
  let chunkStart = -1;
  let items: number[] = [];
  const close = (at: number): void => {
    if (section && chunkStart >= 0) chunks.push({ section, start: chunkStart, end: at, items });
    chunkStart = -1;
    items = [];
  };
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const next = newline < 0 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const indent = /^ */.exec(line)![0].length;
    const rest = line.slice(indent);
    if (rest.trim() !== '' && !rest.startsWith('#')) {
      let isItem = false;
      if (rest.startsWith('\t')) {
        // A tab in the indentation is an error yaml reports in the piece holding it; never cut there.
        if (itemIndent === undefined) return undefined;
        lineStart = next;
        continue;
      }
      if (indent === 0 && SECTION_KEY.test(line)) {
        const key = line.slice(0, line.indexOf(':')) as YamlSection;
        if (seen.has(key) || section === 'list') return undefined;
        close(lineStart);
        seen.add(key);
        section = key;
        itemIndent = undefined;
      } else if (section === undefined) {
        if (indent !== 0 || !ITEM_START.test(rest)) return undefined;
        section = 'list';
        itemIndent = 0;
        isItem = true;
      } else if (itemIndent === undefined) {
        if (!ITEM_START.test(rest)) return undefined;
        itemIndent = indent;
        isItem = true;
      } else if (indent === itemIndent) {
        if (!ITEM_START.test(rest)) return undefined;
        isItem = true;
      } else if (indent < itemIndent) {
        return undefined;
      }
      if (isItem) {
        if (chunkStart >= 0 && lineStart - chunkStart >= targetSize) close(lineStart);
        if (chunkStart < 0) chunkStart = lineStart;
        items.push(lineStart);
      }
    }
    lineStart = next;
  }
  close(text.length);
  return section === undefined ? undefined : chunks;
}
