// The corpus host for the CLI and dev scripts: the local disk through node:fs/promises.
import { readdir, realpath, stat } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusHost } from '../core/corpus/types';

const CORPUS_FILE = /\.(ya?ml|md)$/i;

/**
 * Lists .yaml/.yml/.md files below a root, skipping node_modules and dot-folders. Symlinks are
 * followed, but a folder already visited (by its real path) is not entered again, so a link loop
 * ends; a file reachable by two names is listed once. Unreadable sub-folders are skipped; a root
 * that does not exist rejects. A root that is itself a corpus file lists just that file.
 */
async function listFiles(root: string): Promise<string[]> {
  const rootStat = await stat(root);
  if (rootStat.isFile()) return CORPUS_FILE.test(root) ? [root] : [];
  const files: string[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  // Depth-first with an explicit stack: deep folder trees cannot overflow the call stack.
  const pending: string[] = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let real: string;
    let entries;
    try {
      real = await realpath(dir);
      if (seenDirs.has(real)) continue;
      seenDirs.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue; // permission denied, or removed while listing: the rest of the corpus still loads
    }
    const subdirs: string[] = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') subdirs.push(path);
      } else if (isFile && CORPUS_FILE.test(entry.name)) {
        const id = entry.isSymbolicLink() ? await realpath(path).catch(() => path) : join(real, entry.name);
        if (seenFiles.has(id)) continue;
        seenFiles.add(id);
        files.push(path);
      }
    }
    // Reversed so the stack visits sub-folders in name order.
    pending.push(...subdirs.reverse());
  }
  return files;
}

/**
 * The disk as a CorpusHost. Files are read and sized synchronously: a corpus is thousands of small
 * files, and fs/promises spends more on its thread-pool round trips (open, fstat, read, close: four
 * per file) than on reading; the CLI has nothing else to do meanwhile. Errors still reject.
 */
export const nodeCorpusHost: CorpusHost = {
  listFiles,
  readFile: async (path) => readFileSync(path),
  fileSize: async (path) => {
    const s = statSync(path);
    // A FIFO or device swapped in after listing would block a synchronous read forever.
    if (!s.isFile()) throw new Error('not a regular file');
    return s.size;
  },
};
