// YAML front matter at the very start of a draft, by Pandoc's rule. (The corpus reader has its
// own, laxer one: there an unclosed block is still front matter to report on.)

/** Where YAML front matter (`---` … `---` or `...` at the very start) ends, after its last line break; 0 if none. */
export function frontMatterEnd(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /---[ \t]*(?:\r\n|\r|\n)/y;
  open.lastIndex = start;
  if (!open.test(text)) return 0;
  const body = open.lastIndex;
  // Pandoc: a `---` followed by a blank line is a rule, not front matter.
  const blank = /[ \t]*(?:\r\n|\r|\n|$)/y;
  blank.lastIndex = body;
  if (blank.test(text)) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*$/gm;
  close.lastIndex = body;
  const m = close.exec(text);
  if (!m) return 0;
  let end = m.index + m[0].length;
  if (text.charCodeAt(end) === 13) end++;
  if (text.charCodeAt(end) === 10) end++;
  return end;
}
