// The browser page and workspace the UI specs (ui/*.ui.js) drive. runCodeServer.ts sets them
// before mocha loads the specs; the specs read them with uiSession().
import type { Page } from './playwright';

export interface UiSession {
  /** A workbench page with the workspace open and the extension under development loaded. */
  readonly page: Page;
  /** Absolute path of the workspace folder on disk (a temp copy of test/fixtures/workspace). */
  readonly workspace: string;
}

let current: UiSession | undefined;

export function setUiSession(session: UiSession | undefined): void {
  current = session;
}

/** Returns the session the runner opened; throws when the specs run outside runCodeServer. */
export function uiSession(): UiSession {
  if (!current) throw new Error('UI specs run only under runCodeServer.js, which opens the browser');
  return current;
}
