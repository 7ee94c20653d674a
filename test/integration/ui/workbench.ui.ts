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

  it('shows the claim card on a citation', async () => {
    const { page } = uiSession();
    const hover = await hoverText(page, 'demo-passports', { expect: /about 200 passports/ });
    // The card: the claim, its quote, its source and who asserts it.
    assert.match(hover, /Ukrainian hackers leaked images of about 200 passports/);
    assert.match(hover, /EFE/);
    await screenshot(page, '02-hover-citation');
    await dismiss(page);
  });

  it('shows a hover over a Markdown link', async () => {
    const { page } = uiSession();
    // The Markdown extension turns the link target into a document link, whose hover says how to follow it.
    const hover = await hoverText(page, 'corpus/sources/demo-source.md', { expect: /follow link/i });
    assert.match(hover, /follow link/i);
    await screenshot(page, '02b-hover-link');
    await dismiss(page);
  });

  it('lists word suggestions on Ctrl+Space', async () => {
    const { page } = uiSession();
    const labels = await triggerSuggestAfter(page, 'Havana denied any role in the ');
    assert.ok(labels.length > 0, 'the suggest widget shows at least one row');
    await screenshot(page, '03-suggest');
    await dismiss(page);
  });

  it('offers the claim that fits the sentence first after "[@"', async () => {
    const { page } = uiSession();
    await openFile(page, 'drafts/citing.md');
    const labels = await triggerSuggestAfter(page, 'serving Russia [@', { expect: /demo-passports/ });
    assert.match(labels[0], /demo-passports/, `first suggestion: ${JSON.stringify(labels)}`);
    await screenshot(page, '03b-suggest-citation');
    await dismiss(page);
  });

  it('lists the draft\'s findings in the Problems panel', async () => {
    const { page } = uiSession();
    await openFile(page, 'drafts/findings.md');
    const rows = await openProblems(page, { expect: /unknown-citation/, timeout: 30_000 });
    const text = rows.join('\n');
    for (const code of ['contradiction', 'missing-citation', 'unsourced', 'unknown-citation', 'citation-mismatch']) {
      // A row reads "<message> attest <code> [Ln N, Col M]".
      assert.match(text, new RegExp(`attest ${code} \\[Ln \\d+, Col \\d+\\]`), `the Problems panel lists ${code}: ${text}`);
    }
    assert.match(text, /Contradicts \[@demo-arrests\]/);
    await screenshot(page, '04-problems');
  });
});
