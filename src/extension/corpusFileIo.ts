// Stamps and contents of corpus files, as the corpus engine wants them (FileInfo, FileContent), read a
// few at a time: over a remote connection each stat or read is a round trip. Errors become data (a
// file that cannot be stat'ed has no stamp, one that cannot be read carries the reason), never throws.
import * as vscode from 'vscode';
import { DEFAULT_MAX_FILE_BYTES } from '../core/corpus/corpusFiles';
import type { FileContent, FileInfo } from '../worker/protocol';
import { readFileBytes, statFile } from './fileAccess';

/** How many corpus files are stat'ed or read at once. */
export const IO_CONCURRENCY = 8;

/** A corpus file's size and modification time; both undefined when it cannot be stat'ed. */
export async function statOf(file: string): Promise<FileInfo> {
  try {
    const stat = await statFile(vscode.Uri.parse(file));
    return { file, size: stat.size, mtime: stat.mtime };
  } catch {
    return { file };
  }
}

/** A file's bytes (fileAccess.ts); a file over the size cap is not read (the engine reports it). */
export async function readContent(info: FileInfo): Promise<FileContent> {
  if (info.size !== undefined && info.size > DEFAULT_MAX_FILE_BYTES) return info;
  try {
    return { ...info, bytes: await readFileBytes(vscode.Uri.parse(info.file)) };
  } catch (error) {
    return { ...info, error: (error as Error).message };
  }
}

/** `fn` over `items`, `IO_CONCURRENCY` at a time, results in order; undefined when aborted. */
export async function mapConcurrently<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, signal?: AbortSignal): Promise<R[] | undefined> {
  const out = new Array<R>(items.length);
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < items.length && !signal?.aborted) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IO_CONCURRENCY, items.length) }, run));
  return signal?.aborted ? undefined : out;
}
