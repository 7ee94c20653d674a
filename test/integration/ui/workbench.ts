// Helpers that drive the VS Code workbench in the browser the way a person would: keyboard
// shortcuts, mouse moves and clicks; and read back what is on screen through the DOM.
// Every wait polls with a deadline (util.waitFor or playwright's own waits); none sleeps.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, waitFor } from '../util';
import type { Page } from './playwright';

/** Where screenshots go (gitignored); the runner empties it at the start of a run. */
export const artifactsDir = path.join(repoRoot, 'test-artifacts', 'integration');

const ACTIVE_EDITOR = '.editor-group-container.active .monaco-editor';
const HOVER = '.monaco-hover:visible';
const SUGGEST_WIDGET = '.suggest-widget.visible';
const SUGGEST_ROWS = '.suggest-widget.visible .monaco-list-row';
const PROBLEMS_PANEL = '.markers-panel';
const PROBLEM_ROWS = '.markers-panel .monaco-list-row';

export interface ExpectOptions {
  /** Keep waiting until the returned text (or one returned row) matches this. */
  expect?: string | RegExp;
  /** Deadline in ms (default 15 000). */
  timeout?: number;
}

/** Waits until the workbench has rendered its main parts (editor area and status bar). */
export async function waitForWorkbench(page: Page, timeout = 60_000): Promise<void> {
  await page.locator('.monaco-workbench .part.editor').waitFor({ state: 'visible', timeout });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout });
}

/**
 * Opens `relPath` (relative to the workspace folder, `/`-separated) through Quick Open (Ctrl+P),
 * and resolves once its tab is active and its editor shows text.
 */
export async function openFile(page: Page, relPath: string, timeout = 30_000): Promise<void> {
  const name = path.posix.basename(relPath);
  const dir = path.posix.dirname(relPath);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout });
  await input.fill(relPath);
  // The list first shows stale or "recently opened" rows, and the first file search of a session
  // takes seconds: press Enter only once the focused row is this very file.
  await waitFor(
    () =>
      page.evaluate(
        ({ name, dir }: { name: string; dir: string }) => {
          const row = document.querySelector('.quick-input-widget .quick-input-list .monaco-list-row.focused');
          if (!row) return false;
          const label = row.querySelector('.label-name')?.textContent?.trim();
          const description = row.querySelector('.label-description')?.textContent?.trim() ?? '';
          return label === name && (dir === '.' ? description === '' : description === dir);
        },
        { name, dir },
      ),
    { timeout, interval: 100, message: `Quick Open to offer ${relPath} first` },
  );
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active').filter({ hasText: name }).waitFor({ state: 'visible', timeout });
  await page.locator(`${ACTIVE_EDITOR} .view-lines .view-line`).first().waitFor({ state: 'visible', timeout });
}

/**
 * Returns the text the active editor renders, top to bottom, one rendered line per line
 * (a wrapped line counts as several). Only lines scrolled into view are rendered.
 */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate((selector: string) => {
    const root = document.querySelector(selector);
    if (!root) return '';
    return Array.from(root.querySelectorAll('.view-line'))
      .map((line) => ({ top: line.getBoundingClientRect().top, text: line.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text.replace(/\u00a0/g, ' '))
      .join('\n');
  }, `${ACTIVE_EDITOR} .view-lines`);
}

/**
 * Moves the mouse over the first rendered occurrence of `text` in the active editor and returns
 * the text of the hover that appears (once it matches `expect`, if given). Until the deadline, the
 * mouse leaves and comes back between attempts: a hover shown before a provider was ready does
 * not update by itself.
 */
export async function hoverText(page: Page, text: string, options: ExpectOptions = {}): Promise<string> {
  const timeout = options.timeout ?? 15_000;
  const deadline = Date.now() + timeout;
  const box = await locateText(page, text, timeout);
  let seen = '';
  return waitFor(
    async () => {
      await page.mouse.move(1, 1);
      await page.mouse.move((box.left + box.right) / 2, (box.top + box.bottom) / 2, { steps: 4 });
      const hover = page.locator(HOVER).first();
      const visible = await hover
        .waitFor({ state: 'visible', timeout: clamp(2_000, deadline) })
        .then(() => true, () => false);
      if (!visible) return undefined;
      // A hover can open with "Loading..." and fill in: give it a moment before leaving again.
      return waitFor(
        async () => {
          seen = normalizeSpaces(await hover.innerText({ timeout: 1_000 }));
          return matches(seen, options.expect) ? seen : undefined;
        },
        { timeout: clamp(2_000, deadline), interval: 100 },
      ).catch(() => undefined);
    },
    {
      timeout,
      interval: 200,
      message: () => `a hover over "${text}"${describeExpect(options.expect)} (last hover: ${JSON.stringify(seen)})`,
    },
  );
}

/**
 * Clicks right after the first rendered occurrence of `text` in the active editor, presses
 * Ctrl+Space and returns the labels of the suggestions shown (empty when the widget says there
 * are none). With `expect`, retries (Escape, Ctrl+Space) until one label matches. Leaves the
 * widget open: see {@link dismiss}.
 */
export async function triggerSuggestAfter(page: Page, text: string, options: ExpectOptions = {}): Promise<string[]> {
  const timeout = options.timeout ?? 15_000;
  const deadline = Date.now() + timeout;
  const box = await locateText(page, text, timeout);
  let seen: string[] = [];
  return waitFor(
    async () => {
      if (await page.locator(SUGGEST_WIDGET).isVisible()) await dismiss(page);
      // Just inside the last character's right half: the caret lands after it.
      await page.mouse.click(box.right - 1, (box.top + box.bottom) / 2);
      await page.keyboard.press('Control+Space');
      const settled = await waitFor(
        async () => {
          if (!(await page.locator(SUGGEST_WIDGET).isVisible())) return undefined;
          seen = await suggestionLabels(page);
          if (seen.length > 0) return seen;
          // "No suggestions." is a final answer; "Loading..." is not.
          const message = await page.locator(`${SUGGEST_WIDGET} .message`).first().innerText({ timeout: 500 }).catch(() => '');
          return /no suggestions/i.test(message) ? seen : undefined;
        },
        { timeout: clamp(3_000, deadline), interval: 100 },
      ).catch(() => undefined);
      if (!settled) return undefined;
      if (options.expect === undefined || settled.some((label) => matches(label, options.expect))) return settled;
      return undefined;
    },
    {
      timeout,
      interval: 200,
      message: () => `suggestions after "${text}"${describeExpect(options.expect)} (last: ${JSON.stringify(seen)})`,
    },
  );
}

/** Returns the labels of the rows in the open suggest widget (empty when it is closed). */
export async function suggestionLabels(page: Page): Promise<string[]> {
  const rows = await page.locator(`${SUGGEST_ROWS} .label-name`).allInnerTexts();
  return rows.map((row) => normalizeSpaces(row).trim());
}

/**
 * Opens the Problems panel with Ctrl+Shift+M and returns the text of its rows (file headers and
 * problems, one string each); with `expect`, waits until a row matches. Focus is left in the
 * panel's filter box: click into the editor before typing.
 */
export async function openProblems(page: Page, options: ExpectOptions = {}): Promise<string[]> {
  const timeout = options.timeout ?? 15_000;
  await page.keyboard.press('Control+Shift+M');
  await page.locator(PROBLEMS_PANEL).first().waitFor({ state: 'visible', timeout });
  if (options.expect === undefined) return problemRows(page);
  return waitFor(
    async () => {
      const rows = await problemRows(page);
      return rows.some((row) => matches(row, options.expect)) ? rows : undefined;
    },
    { timeout, interval: 100, message: `a problem${describeExpect(options.expect)}` },
  );
}

/** Returns the text of the Problems panel's rows, empty when it lists none. */
export async function problemRows(page: Page): Promise<string[]> {
  return (await page.locator(PROBLEM_ROWS).allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
}

/** Presses Escape: closes a hover, the suggest widget or Quick Open. */
export async function dismiss(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
}

/** Saves a PNG of the whole page as test-artifacts/integration/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Returns the page coordinates of the first occurrence of `text` within one rendered line of the
 * active editor, waiting until it is rendered. Text that wraps across lines is not found.
 */
async function locateText(page: Page, text: string, timeout: number): Promise<Box> {
  return waitFor(
    () =>
      page.evaluate(
        ({ selector, needle }: { selector: string; needle: string }): Box | null => {
          const root = document.querySelector(selector);
          if (!root) return null;
          for (const line of Array.from(root.querySelectorAll('.view-line'))) {
            const pieces: { node: Text; start: number }[] = [];
            let full = '';
            const walker = document.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
            while (walker.nextNode()) {
              const node = walker.currentNode as Text;
              if (node.data.length === 0) continue;
              pieces.push({ node, start: full.length });
              full += node.data;
            }
            const at = full.replace(/\u00a0/g, ' ').indexOf(needle);
            if (at < 0) continue;
            const pieceAt = (offset: number) => {
              let found = pieces[0];
              for (const piece of pieces) if (piece.start <= offset) found = piece;
              return { node: found.node, offset: offset - found.start };
            };
            const first = pieceAt(at);
            const last = pieceAt(at + needle.length - 1);
            const range = document.createRange();
            range.setStart(first.node, first.offset);
            range.setEnd(last.node, last.offset + 1);
            const rects = Array.from(range.getClientRects());
            if (rects.length === 0) return null;
            return {
              left: rects[0].left,
              right: rects[rects.length - 1].right,
              top: rects[0].top,
              bottom: rects[0].bottom,
            };
          }
          return null;
        },
        { selector: `${ACTIVE_EDITOR} .view-lines`, needle: text },
      ),
    { timeout, interval: 100, message: `"${text}" to be rendered in the active editor` },
  );
}

/** The workbench renders many spaces as U+00A0; tests compare against plain spaces. */
function normalizeSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/** `ms`, or less when the deadline comes sooner (never below 0). */
function clamp(ms: number, deadline: number): number {
  return Math.max(0, Math.min(ms, deadline - Date.now()));
}

function matches(text: string, expected: string | RegExp | undefined): boolean {
  if (expected === undefined) return true;
  return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
}

function describeExpect(expected: string | RegExp | undefined): string {
  return expected === undefined ? '' : ` matching ${String(expected)}`;
}

// The functions passed to page.evaluate run in the browser. The project compiles without the DOM
// library (the extension must not use it), so the few DOM names they use are declared here, in
// this module only.
interface DomRect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface Text {
  data: string;
}
interface DomElement {
  textContent: string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getBoundingClientRect(): DomRect;
}
declare const document: {
  querySelector(selector: string): DomElement | null;
  createTreeWalker(root: DomElement, whatToShow: number): { nextNode(): unknown; currentNode: unknown };
  createRange(): {
    setStart(node: Text, offset: number): void;
    setEnd(node: Text, offset: number): void;
    getClientRects(): ArrayLike<DomRect>;
  };
};
