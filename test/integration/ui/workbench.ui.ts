// Browser-driven checks of the workbench with the extension loaded: what a writer sees.
// Run by runCodeServer.ts after the extension-host suite, in the same code-server.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { waitFor } from '../util';
import { uiSession } from './session';
import {
  dismiss,
  editorText,
  hoverText,
  openFile,
  openProblems,
  screenshot,
  triggerSuggestAfter,
  waitForWorkbench,
} from './workbench';

const DRAFT = 'drafts/draft.md';

/** Collapses all whitespace, so text rendered with wrapping compares equal to the file's. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

describe('workbench in the browser', () => {
  before(async () => {
    await waitForWorkbench(uiSession().page);
  });

  it('opens the draft through Quick Open and shows its text', async () => {
    const { page, workspace } = uiSession();
    await openFile(page, DRAFT);
    const expected = collapse(fs.readFileSync(path.join(workspace, DRAFT), 'utf8'));
    await waitFor(async () => collapse(await editorText(page)) === expected, {
      timeout: 15_000,
      message: 'the editor to render the whole draft',
    });
    await screenshot(page, '01-draft-open');
  });

  it('shows a hover over a Markdown link', async () => {
    const { page } = uiSession();
    // The Markdown extension turns the link target into a document link, whose hover says how to follow it.
    const hover = await hoverText(page, 'corpus/sources/demo-source.md', { expect: /follow link/i });
    assert.match(hover, /follow link/i);
    await screenshot(page, '02-hover-link');
    await dismiss(page);
  });

  it('lists word suggestions on Ctrl+Space', async () => {
    const { page } = uiSession();
    const labels = await triggerSuggestAfter(page, 'Havana denied any role in the ');
    assert.ok(labels.length > 0, 'the suggest widget shows at least one row');
    await screenshot(page, '03-suggest');
    await dismiss(page);
  });

  it('opens the Problems panel', async () => {
    const { page } = uiSession();
    const rows = await openProblems(page);
    assert.ok(Array.isArray(rows));
    await screenshot(page, '04-problems');
  });
});
