// Adversarial input in the real editor: broken, huge, looping and undecodable corpus files show
// their problems on the corpus file itself at the right range; hostile drafts get diagnostics whose
// ranges cover exactly the sentence or id meant (VS Code's UTF-16 columns, whatever the line endings,
// scripts or emoji); huge and binary drafts get one `draft-skipped` notice; a hover over a claim made
// of Markdown, HTML and command links shows it as inert, truncated text. Nothing is written to the
// inputs. The inputs come from test/unit/hardening/inputs.ts and are written into the runner's temp
// copy of the workspace (under corpus/hardening/ and drafts/hardening/), then removed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { decodeText } from '../../../src/core/corpus/decode';
import {
  bigClaimsYaml, bigDraft, bigFlowClaims, CONTRADICTED, corpusFiles, draftFiles, expectedSpan, hostileCorpusFiles, liveLinkTargets,
  loadedIds, oneLongLine, positionOf, type Expected,
} from '../../unit/hardening/inputs';
import { attest, attestDiagnostics, closeAllEditors, codeOf, fixtureUri, positionOf as positionIn, scratchDraft, waitFor, waitForDiagnostics } from './helpers';

const MB = 1024 * 1024;
const isRoot = process.getuid?.() === 0;

/** Every file this suite wrote, with its bytes, to prove at the end that none was changed. */
const written = new Map<string, Uint8Array>();

function fsPath(relative: string): string {
  return fixtureUri(relative).fsPath;
}

function writeInput(relative: string, content: string | Uint8Array): vscode.Uri {
  const file = fsPath(relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  fs.writeFileSync(file, bytes);
  written.set(file, bytes);
  return fixtureUri(relative);
}

function textOf(content: string | Uint8Array): string {
  if (typeof content === 'string') return content;
  const decoded = decodeText(content);
  return decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(content);
}

/** The editor range `expected` names in `text` (positions counted as VS Code counts them). */
function rangeOf(text: string, expected: Expected): vscode.Range {
  const span = expectedSpan(text, expected);
  assert.ok(span, `${JSON.stringify(expected.at.slice(0, 60))} is not in the input`);
  const s = positionOf(text, span.start);
  const e = positionOf(text, span.end);
  return new vscode.Range(s.line, s.character, e.line, e.character);
}

function describeAll(ds: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(ds.slice(0, 12).map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`));
}

/** True when `ds` holds exactly (or, when not `exact`, at least) the expected findings at their ranges. */
function matches(ds: readonly vscode.Diagnostic[], text: string, expected: readonly Expected[], exact: boolean): boolean {
  const left = [...ds];
  for (const e of expected) {
    const range = rangeOf(text, e);
    const i = left.findIndex((d) => codeOf(d) === e.code && d.range.isEqual(range) && (!e.message || e.message.test(d.message)));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return !exact || left.length === 0;
}

describe('hardening', function () {
  // Generous: loading a 20 MB corpus file and checking a 1 MB line are the slow steps. A hang fails here.
  this.timeout(180_000);

  before(async () => {
    const { services } = await attest();
    for (const file of [...corpusFiles(), ...hostileCorpusFiles()]) writeInput(`corpus/${file.path}`, file.content);
    // A link back up the tree (a loop), a link to itself and a dangling link, inside the corpus folder.
    fs.symlinkSync('..', fsPath('corpus/hardening/claims/loop'));
    fs.symlinkSync('self.yaml', fsPath('corpus/hardening/claims/self.yaml'));
    fs.symlinkSync('nowhere.yaml', fsPath('corpus/hardening/claims/dangling.yaml'));
    await services.reloadCorpus();
    await waitFor(async () => {
      const core = await services.whenLoaded();
      return loadedIds().every((id) => core.corpus.claims.has(id)) && core.corpus.claims.has('hz-hostile');
    }, { timeout: 60_000, message: 'the hardening claims to load' });
  });

  after(async () => {
    await closeAllEditors();
    for (const dir of ['corpus/hardening', 'drafts/hardening']) fs.rmSync(fsPath(dir), { recursive: true, force: true });
    const { services } = await attest();
    await services.reloadCorpus();
    await waitFor(async () => {
      const core = await services.whenLoaded();
      return core.corpus.problems.length === 0 && !core.corpus.claims.has('hz-cycle-a');
    }, { timeout: 60_000, message: 'the corpus to be back to the fixture alone' });
  });

  afterEach(closeAllEditors);

  describe('corpus', () => {
    for (const file of corpusFiles()) {
      it(`${file.path}: ${file.expect?.length === 0 ? 'no problem' : 'its problems on the file, at their ranges'}`, async () => {
        const uri = fixtureUri(`corpus/${file.path}`);
        const text = textOf(file.content);
        if (file.expect === undefined) {
          await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'corpus-yaml-syntax'), `a corpus-yaml-syntax problem on ${file.path}`);
          return;
        }
        if (file.expect.length === 0) {
          const { services } = await attest();
          await services.whenLoaded();
          assert.deepEqual(describeAll(attestDiagnostics(uri)), '[]');
          return;
        }
        const expected = file.expect;
        const ds = await waitForDiagnostics(uri, (all) => matches(all, text, expected, true), `${file.path}: exactly ${expected.map((e) => e.code).join(', ')} at their ranges`);
        // What the writer sees underlined, in the document as the editor decoded it (UTF-16 with a
        // BOM included): the expected text. Files the editor will not open as text are skipped.
        if (text && !text.includes('\0') && !text.includes('\ufffd')) {
          const document = await vscode.workspace.openTextDocument(uri);
          for (const e of expected) {
            if (e.at === '') continue;
            const d = ds.find((x) => codeOf(x) === e.code && x.range.isEqual(rangeOf(text, e)))!;
            assert.equal(document.getText(d.range), e.at, `${file.path}: the range covers ${e.at.slice(0, 60)}`);
          }
        }
      });
    }

    it('loads the valid claims around the broken ones, the front-matter-only source, and ignores the links', async () => {
      const { services } = await attest();
      const core = await services.whenLoaded();
      for (const id of loadedIds()) assert.ok(core.corpus.claims.has(id), `claim ${id}`);
      assert.ok(core.corpus.sources.has('hz-source'));
      for (const file of core.corpus.files) assert.ok(!/\/(loop|self\.yaml|dangling\.yaml)/.test(file), `read through a link: ${file}`);
    });

    it(isRoot ? 'reports a corpus file made unreadable (chmod 000) — SKIPPED: running as root, chmod does not block reads' : 'reports a corpus file made unreadable (chmod 000)', async function () {
      if (isRoot) this.skip();
      const uri = writeInput('corpus/hardening/claims/locked.yaml', 'claims: []\n');
      fs.chmodSync(uri.fsPath, 0o000);
      try {
        const { services } = await attest();
        await services.reloadCorpus();
        const [d] = await waitForDiagnostics(uri, (ds) => ds.some((x) => codeOf(x) === 'corpus-unreadable'), 'corpus-unreadable on the locked file');
        assert.ok(d.range.isEqual(new vscode.Range(0, 0, 0, 0)));
      } finally {
        fs.chmodSync(uri.fsPath, 0o644);
        fs.rmSync(uri.fsPath);
        written.delete(uri.fsPath);
      }
    });

    it('loads a 20 MB claims file, and refuses a 20 MB one-line JSON file with a message saying what to do', async () => {
      const plain = writeInput('corpus/hardening/big/plain-20mb.yaml', bigClaimsYaml(20 * MB));
      const flow = writeInput('corpus/hardening/big/flow-20mb.yaml', bigFlowClaims(20 * MB));
      const { services } = await attest();
      try {
        await services.reloadCorpus();
        const [d] = await waitForDiagnostics(flow, (ds) => ds.some((x) => codeOf(x) === 'corpus-too-large'), 'corpus-too-large on the flow file', 120_000);
        assert.match(d.message, /not a plain block list.*block list/);
        assert.ok(d.range.isEqual(new vscode.Range(0, 0, 0, 0)));
        await waitFor(() => services.corpus.claims.has('hz-big-80000'), { timeout: 60_000, message: 'the 20 MB file\'s claims' });
        assert.deepEqual(attestDiagnostics(plain), []);
      } finally {
        for (const uri of [plain, flow]) {
          fs.rmSync(uri.fsPath);
          written.delete(uri.fsPath);
        }
        await services.reloadCorpus();
      }
      await waitFor(() => !services.corpus.claims.has('hz-big-80000') && attestDiagnostics(flow).length === 0, { timeout: 60_000, message: 'the big files to leave' });
    });
  });

  describe('drafts', () => {
    for (const draft of draftFiles()) {
      it(`${draft.path}: ranges cover exactly the sentence or id`, async () => {
        const uri = writeInput(`drafts/${draft.path}`, draft.content);
        let document: vscode.TextDocument | undefined;
        try {
          document = await vscode.workspace.openTextDocument(uri);
          await vscode.window.showTextDocument(document);
        } catch (error) {
          // The editor refuses to open a binary file as text: the workspace check reads it from disk.
          assert.ok(!draft.expect?.length || draft.expect.some((e) => e.code === 'draft-skipped'), `${draft.path} would not open: ${(error as Error).message}`);
          await vscode.commands.executeCommand('attest.checkWorkspace');
        }
        const expected = draft.expect ?? [];
        // Compared by text, not offset: the editor may have normalised the line endings.
        const covered = (d: vscode.Diagnostic) => (document ? document.getText(d.range) : '');
        const ok = (ds: vscode.Diagnostic[]) => {
          const left = [...ds];
          for (const e of expected) {
            const i = left.findIndex((d) => codeOf(d) === e.code && (document ? covered(d) === e.at : d.range.isEmpty) && (!e.message || e.message.test(d.message)));
            if (i < 0) return false;
            left.splice(i, 1);
          }
          return !draft.exact || left.length === 0;
        };
        if (expected.length === 0) {
          // A check that finds nothing publishes nothing: wait for a check of a marker draft opened after it.
          const marker = await scratchDraft(`${CONTRADICTED}\n`);
          await waitForDiagnostics(marker.document.uri, (ds) => ds.length > 0, 'the marker draft to be checked');
          assert.deepEqual(describeAll(attestDiagnostics(uri)), '[]');
          return;
        }
        await waitForDiagnostics(uri, ok, `${draft.path}: ${expected.map((e) => `${e.code} on ${JSON.stringify(e.at)}`).join(', ')}`, 60_000);
      });
    }

    it('gives a 50 MB draft one draft-skipped notice naming attest.maxDraftSize', async () => {
      const uri = writeInput('drafts/hardening/huge-50mb.md', bigDraft(50 * MB));
      let opened = true;
      try {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      } catch {
        opened = false; // an editor may refuse a file this size; the workspace check still reads it
        await vscode.commands.executeCommand('attest.checkWorkspace');
      }
      const [d, ...more] = await waitForDiagnostics(uri, (ds) => ds.some((x) => codeOf(x) === 'draft-skipped'), `draft-skipped on the 50 MB draft (opened: ${opened})`, 120_000);
      assert.deepEqual(more, []);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
      assert.ok(d.range.isEqual(new vscode.Range(0, 0, 0, 0)));
      assert.match(d.message, /above the limit of 2,000,000 \(setting attest\.maxDraftSize\)/);
    });

    it('checks a 1 MB single line to its last sentence', async () => {
      const uri = writeInput('drafts/hardening/long-line.md', oneLongLine(MB));
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const ds = await waitForDiagnostics(uri, (all) => all.some((d) => codeOf(d) === 'contradiction' && document.getText(d.range) === CONTRADICTED), 'the contradiction at the end of the line', 120_000);
      const unknown = ds.find((d) => codeOf(d) === 'unknown-citation');
      assert.equal(unknown && document.getText(unknown.range), 'hz-nope-long-line');
    });

    it('follows attest.maxDraftSize: a lower limit skips the draft, removing it checks it again', async () => {
      const config = vscode.workspace.getConfiguration('attest');
      const { document } = await scratchDraft(`${CONTRADICTED}\n`);
      await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'contradiction'), 'the contradiction');
      try {
        await config.update('maxDraftSize', 20, vscode.ConfigurationTarget.Workspace);
        const [d] = await waitForDiagnostics(document.uri, (ds) => ds.length === 1 && codeOf(ds[0]!) === 'draft-skipped', 'only draft-skipped under a limit of 20');
        assert.match(d.message, /above the limit of 20 \(setting attest\.maxDraftSize\)/);
      } finally {
        await config.update('maxDraftSize', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'contradiction'), 'the contradiction once the setting is removed');
    });
  });

  describe('hover', () => {
    async function hoverAt(document: vscode.TextDocument, needle: string): Promise<vscode.MarkdownString[]> {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionIn(document, needle, 3));
      return hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c === 'object' && 'value' in c);
    }

    it('shows a claim of Markdown, HTML and command links as inert, truncated text, trusting only attest.showClaim', async () => {
      const { document } = await scratchDraft('A sentence that cites the hostile claim [@hz-hostile].\n');
      const contents = await waitFor(async () => {
        const all = await hoverAt(document, '@hz-hostile');
        return all.some((c) => c.value.includes('@hz-hostile')) ? all : undefined;
      }, { message: 'the hover card of hz-hostile' });
      for (const md of contents) {
        for (const target of liveLinkTargets(md.value)) {
          assert.match(target, /^command:attest\.showClaim\?\S*$/, `a live link other than attest.showClaim: ${target}`);
        }
        assert.ok(!/(?<!\\)<[a-z/!]/i.test(md.value), 'no raw HTML tag');
        assert.notEqual(md.isTrusted, true, 'not trusted wholesale');
        if (typeof md.isTrusted === 'object') assert.deepEqual(md.isTrusted.enabledCommands, ['attest.showClaim']);
        assert.ok(!md.supportHtml, 'HTML is not rendered');
      }
      const value = contents.map((c) => c.value).join('\n');
      assert.ok(value.includes('\\[run me\\]\\(command\\:workbench\\.action\\.quit\\)'), 'the command link shows as text');
      assert.ok(value.includes('…'), 'the long text is cut');
      assert.ok(value.length < 4000, `the card is short (${value.length} characters for a claim of ${8000}+)`);
    });

    it('answers over claims in contradiction cycles and a claim related to itself', async () => {
      const { document } = await scratchDraft('Cycles [@hz-cycle-a] and [@hz-cycle-b] and self [@hz-self].\n');
      const a = (await hoverAt(document, '@hz-cycle-a')).map((c) => c.value).join('\n');
      // Its own link, then b and c (contradicts), c (qualifies), b (qualified by), hz-hostile (contradicts it).
      assert.equal((a.match(/command:attest\.showClaim/g) ?? []).length, 6, 'its own link and one per relation');
      const self = (await hoverAt(document, '@hz-self')).map((c) => c.value).join('\n');
      assert.match(self, /hz\\-self/);
      assert.equal((self.match(/command:attest\.showClaim/g) ?? []).length, 1, 'no relation to itself');
    });
  });

  // Last (mocha runs a suite's own tests before its nested suites, so this one is nested too).
  describe('afterwards', () => {
    it('changed none of the files it was given', () => {
      assert.ok(written.size > 20);
      for (const [file, bytes] of written) assert.ok(Buffer.from(fs.readFileSync(file)).equals(Buffer.from(bytes)), `${file} changed`);
    });
  });
});
