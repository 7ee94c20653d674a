// Which parser a draft file gets, by its name.
import type { DraftKind } from './types';

/** 'markdown' for .md, .markdown and .mdx files (any case, a path or a URI), else 'plaintext'. */
export function kindForPath(path: string): DraftKind {
  const name = path.replace(/[?#].*$/, '');
  return /\.(?:md|markdown|mdx)$/i.test(name) ? 'markdown' : 'plaintext';
}
