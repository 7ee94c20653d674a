// Helpers shared by the integration suite (inside the extension host) and its runners (plain Node).
// Nothing here imports `vscode`, so the runners can load it too.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repository root (this file compiles to out/test/integration/util.js). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** The fixture workspace in the repository; tests get a copy (see {@link copyFixtureWorkspace}). */
export const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');

export interface WaitForOptions {
  /** How long to keep trying, in ms (default 10 000). */
  timeout?: number;
  /** Pause between attempts, in ms (default 50). */
  interval?: number;
  /** What is being waited for, for the error on time-out. */
  message?: string | (() => string);
}

/**
 * Calls `fn` until it returns a truthy value, and returns that value.
 * An attempt that throws counts as "not yet". Throws once `timeout` ms have passed, with `message`
 * and the last error or falsy value, so a failing test says what it was waiting for.
 */
export async function waitFor<T>(
  fn: () => T | Promise<T>,
  options: WaitForOptions = {},
): Promise<NonNullable<T>> {
  const { timeout = 10_000, interval = 50 } = options;
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) {
      const what = typeof options.message === 'function' ? options.message() : options.message;
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`Timed out after ${timeout} ms waiting for ${what ?? 'a condition'} (last: ${detail})`);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(interval, Math.max(0, deadline - Date.now()))));
  }
}

/** Creates a fresh temp folder named `attest-<label>-XXXXXX`; returns its path. */
export function makeTempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `attest-${label}-`));
}

/**
 * Copies the fixture workspace into `parent/workspace` and returns that path, so tests that edit
 * files never change the repository.
 */
export function copyFixtureWorkspace(parent: string): string {
  const target = path.join(parent, 'workspace');
  fs.mkdirSync(parent, { recursive: true });
  fs.cpSync(fixtureWorkspace, target, { recursive: true });
  return target;
}

/** Removes a folder tree; never throws (used in clean-up paths). */
export function removeDir(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  } catch (error) {
    console.warn(`could not remove ${dir}: ${(error as Error).message}`);
  }
}
