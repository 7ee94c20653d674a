// Finding a Markdown file's YAML front matter: a first line `---`, up to a line `---` or `...`.

/** Where a front-matter block is: its YAML between the fences, and where the body begins. */
export interface FrontMatter {
  /** Offset of the YAML text (just after the opening fence's line break). */
  readonly start: number;
  /** Offset where the YAML text ends (the closing fence line's start, or the text's end if unclosed). */
  readonly end: number;
  /** Offset of the body (after the closing fence's line), or the text's end if unclosed. */
  readonly bodyStart: number;
  readonly closed: boolean;
}

/** The file's front matter, or undefined when the first line is not `---`. */
export function findFrontMatter(text: string): FrontMatter | undefined {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const start = open[0].length;
  for (let lineStart = start; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (/^(---|\.\.\.)[ \t]*\r?$/.test(text.slice(lineStart, lineEnd))) {
      return { start, end: lineStart, bodyStart: newline < 0 ? text.length : newline + 1, closed: true };
    }
    lineStart = lineEnd + 1;
  }
  return { start, end: text.length, bodyStart: text.length, closed: false };
}

/** The keys set at the top level of a front-matter text (a cheap look, without parsing the YAML). */
export function topLevelKeys(yaml: string): Set<string> {
  const keys = new Set<string>();
  for (const match of yaml.matchAll(/^([A-Za-z_][\w-]*)[ \t]*:/gm)) keys.add(match[1]!);
  return keys;
}
