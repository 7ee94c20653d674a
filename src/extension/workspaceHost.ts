// The corpus loader's file access by URI (fileAccess.ts: node:fs for files on this host's disk,
// vscode.workspace.fs otherwise), so the corpus loads the same from a local folder, a remote (SSH,
// WSL, code-server) or a virtual workspace. Files are named by their URI strings; `Uri.parse` gives
// the Uri back.
import * as vscode from 'vscode';
import { isCorpusFileName } from '../core/corpus/corpusFiles';
import type { CorpusHost } from '../core/corpus/types';
import { yieldToEventLoop } from '../worker/engineClient';
import { readDirectory, readFileBytes, statFile } from './fileAccess';

/** Directory entries handled per event-loop turn while listing a corpus. */
const ENTRIES_PER_TURN = 200;

export class WorkspaceFsHost implements CorpusHost {
  /**
   * Every corpus file below `root` (a URI string), recursively, sorted. Symbolic links to folders are
   * not followed (workspace.fs cannot tell a loop); a missing root gives [].
   */
  async listFiles(root: string): Promise<string[]> {
    const out: string[] = [];
    const walk = async (dir: vscode.Uri): Promise<void> => {
      let entries: [string, vscode.FileType][];
      try {
        entries = await readDirectory(dir);
      } catch {
        return;
      }
      for (let i = 0; i < entries.length; i++) {
        // A folder of thousands of files: making their URIs in one go held the host ~50 ms.
        if (i > 0 && i % ENTRIES_PER_TURN === 0) await yieldToEventLoop();
        const [name, type] = entries[i]!;
        const child = vscode.Uri.joinPath(dir, name);
        if (type & vscode.FileType.Directory) {
          if (!(type & vscode.FileType.SymbolicLink) && name !== 'node_modules' && !name.startsWith('.')) await walk(child);
        } else if (type & vscode.FileType.File && isCorpusFileName(name)) {
          out.push(child.toString());
        }
      }
    };
    await walk(vscode.Uri.parse(root));
    return out.sort();
  }

  async readFile(path: string): Promise<Uint8Array> {
    return readFileBytes(vscode.Uri.parse(path));
  }

  async fileSize(path: string): Promise<number | undefined> {
    try {
      return (await statFile(vscode.Uri.parse(path))).size;
    } catch {
      return undefined;
    }
  }
}
