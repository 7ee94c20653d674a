// Safe Markdown for editor popups (hovers, completion docs). Corpus text is data written by anyone
// who can edit the corpus: every piece of it goes through `escapeMarkdown`, so it can never become a
// link, an image, HTML or a command. Links are only ever built here, from ids and checked URLs.

/** Longest corpus text shown in a popup, in UTF-16 units; longer text is cut with an ellipsis. */
export const MAX_POPUP_TEXT = 600;

// The ASCII punctuation that can start Markdown syntax: emphasis, code, links, images, headings,
// lists, tables, HTML and entities (`<`, `&`), strikethrough, and `:`/`@` so that neither a bare URL
// nor an e-mail address is auto-linked. Escaping a character that needed none is harmless.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&:@$]/g;

/**
 * `text` as Markdown that renders as exactly that text: punctuation backslash-escaped, line breaks
 * kept as hard breaks, leading spaces kept (so indentation does not become a code block).
 * Returns '' for empty text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`).replace(/^[ \t]+/, (ws) => '&nbsp;'.repeat(ws.length)))
    .join('  \n');
}

/** `text` cut to `max` UTF-16 units (never inside a surrogate pair), with "…" when cut. */
export function truncate(text: string, max = MAX_POPUP_TEXT): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** Whitespace runs collapsed to one space, trimmed, then truncated: one line of corpus text. */
export function oneLineText(text: string, max = MAX_POPUP_TEXT): string {
  return truncate(text.replace(/\s+/g, ' ').trim(), max);
}

/** Escaped, truncated corpus text as a Markdown block quote (each line prefixed with `> `). */
export function blockQuote(text: string, max = MAX_POPUP_TEXT): string {
  const cut = truncate(text.replace(/\r\n?/g, '\n').trim(), max);
  return cut
    .split('\n')
    .map((line) => `> ${escapeMarkdown(line)}`)
    .join('\n');
}

/**
 * A `command:` URI for a Markdown link that runs `command` with `args`. The arguments are JSON,
 * percent-encoded so that no character of them (not even `(`, `)` or `'`) can end the link early.
 */
export function commandUri(command: string, args: readonly unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}`;
}

/**
 * `url` when it is safe to render as a link target: an absolute http(s) URL without whitespace or
 * characters that would end a Markdown link; undefined otherwise (the caller shows it as text).
 */
export function safeWebUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s<>()\[\]`"']+$/i.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

/** A Markdown link with escaped, truncated `label` pointing at an already safe `target`. */
export function link(label: string, target: string, max = 120): string {
  return `[${escapeMarkdown(oneLineText(label, max))}](${target})`;
}
