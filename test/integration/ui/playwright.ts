// playwright-core is not a project dependency: scripts/install-code-server.sh puts it in
// .vscode-test/code-server/ and we load it from there by absolute path. These are the few parts
// of its API the runner and the UI helpers use, typed structurally so the project compiles
// without it.
import * as path from 'node:path';
import { repoRoot } from '../util';

/** Where scripts/install-code-server.sh installs code-server and playwright-core. */
export const toolsPrefix = process.env.ATTEST_CODE_SERVER_PREFIX ?? path.join(repoRoot, '.vscode-test', 'code-server');

export interface ConsoleMessage {
  type(): string;
  text(): string;
  location(): { url: string };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Locator {
  first(): Locator;
  last(): Locator;
  nth(index: number): Locator;
  locator(selector: string): Locator;
  filter(options: { hasText?: string | RegExp }): Locator;
  count(): Promise<number>;
  isVisible(): Promise<boolean>;
  innerText(options?: { timeout?: number }): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  click(options?: { timeout?: number; position?: { x: number; y: number } }): Promise<void>;
  fill(value: string, options?: { timeout?: number }): Promise<void>;
}

export interface Page {
  readonly keyboard: {
    press(key: string): Promise<void>;
    type(text: string, options?: { delay?: number }): Promise<void>;
  };
  readonly mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded' | 'commit'; timeout?: number }): Promise<unknown>;
  on(event: 'console', listener: (message: ConsoleMessage) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  on(event: 'crash' | 'close', listener: () => void): void;
  exposeFunction(name: string, callback: (...args: never[]) => unknown): Promise<void>;
  locator(selector: string): Locator;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  title(): Promise<string>;
  isClosed(): boolean;
  close(): Promise<void>;
}

export interface BrowserContext {
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

interface PlaywrightModule {
  chromium: {
    launchPersistentContext(
      userDataDir: string,
      options: {
        executablePath: string;
        headless: boolean;
        args: string[];
        viewport: { width: number; height: number };
        timeout: number;
        env: NodeJS.ProcessEnv;
      },
    ): Promise<BrowserContext>;
  };
}

/** Path of the browser playwright drives: Debian's chromium unless ATTEST_CHROMIUM says otherwise. */
export const chromiumPath = process.env.ATTEST_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Starts a headless Chromium with a fresh profile in `profileDir` (and a home folder of its own,
 * `<profileDir>-home`) and returns its context.
 * The flags keep Chromium from reaching for Google's hosts, which this network refuses.
 */
export async function launchChromium(profileDir: string): Promise<BrowserContext> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const playwright = require(path.join(toolsPrefix, 'node_modules', 'playwright-core')) as PlaywrightModule;
  return playwright.chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    timeout: 60_000,
    // Chromium keeps crash reports and dconf state under the home folder, not the profile.
    env: { ...process.env, HOME: `${profileDir}-home`, XDG_CONFIG_HOME: undefined, XDG_CACHE_HOME: undefined },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
