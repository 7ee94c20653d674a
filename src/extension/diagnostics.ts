// Findings for open drafts as diagnostics: checked on open, re-checked (debounced) on change and when
// the corpus changes, deleted on close. One collection, updated per URI, never cleared wholesale.
// Each published diagnostic is remembered with its finding so code actions can reach the finding's
// replacement and suggestions.
import * as vscode from 'vscode';
import { kindForPath } from '../core/draft/parseDraft';
import type { Finding } from '../core/model';
import { LineMap } from '../core/text/lineMap';
import { SentenceCache } from '../core/check/sentenceCache';
import { draftSettings } from './config';
import { diagnosticKey, toDiagnostic, toRange, type OffsetMapper } from './convert';
import { draftKind, isDraft } from './drafts';
import type { CorpusServices, DraftFindings } from './services';
import { oneLineText } from '../core/features/markdown';

/**
 * Where there is no worker thread (the corpus engine then runs on this thread too, one message at a
 * time), drafts longer than this many characters are still checked through the engine, whose turns
 * the host interleaves with its own work, rather than in one call here.
 */
export const LARGE_DRAFT_CHARS = 100_000;
/** Past this many claims that limit shrinks in proportion: a check's cost grows with the corpus too. */
const CLAIMS_PER_LIMIT = 10_000;

/**
 * True when a draft of `length` characters is checked by the corpus engine rather than on this thread:
 * always when the engine has a worker thread. A full check here (a draft opened, the corpus changed)
 * held the host 30–500 ms for drafts of 3,000–60,000 characters even with the checker warm, at any
 * corpus size from 1,000 to 100,000 claims, and seconds while the claims' facts were first computed;
 * the engine keeps each open draft's sentence cache, so an edit costs it what it cost here plus a message.
 */
function checkedOffThread(length: number, claims: number, engine: 'worker' | 'in-thread'): boolean {
  return engine === 'worker' || length * Math.max(1, claims / CLAIMS_PER_LIMIT) > LARGE_DRAFT_CHARS;
}

interface Checked {
  readonly version: number;
  readonly findings: readonly Finding[];
  readonly byKey: ReadonlyMap<string, Finding>;
}

export class DraftDiagnostics implements DraftFindings, vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('attest');
  private readonly checked = new Map<string, Checked>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * Per draft, the findings of its sentences at the last check: after a keystroke only the changed
   * sentences are judged again. Valid for one corpus: emptied when the corpus changes.
   */
  private readonly sentenceCaches = new Map<string, { core: unknown; cache: SentenceCache }>();
  /** Drafts published by a workspace check while closed: re-read from disk when their editor closes. */
  private readonly fromDisk = new Set<string>();
  /** Per draft, the number of its latest background check: an older answer arriving late is dropped. */
  private readonly background = new Map<string, number>();
  private backgroundCount = 0;
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly corpus: CorpusServices, private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        const settings = draftSettings(e.document.uri);
        if (settings.checkOnType) this.schedule(e.document, settings.debounceMs);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (!draftSettings(d.uri).checkOnType) this.schedule(d, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d.uri)),
      // The editor host keeps a document open for a while after its last tab closes (and always for
      // documents an extension opened): for the writer the draft is closed when its last tab is.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          const uri = tabUri(tab);
          if (uri && !hasTab(uri)) this.closed(uri);
        }
        for (const tab of e.opened) {
          const uri = tabUri(tab);
          const doc = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (doc && !this.checked.has(doc.uri.toString())) this.schedule(doc, 0);
        }
      }),
      corpus.onDidChangeCorpus(() => this.recheckOpen()),
      // A load that ends without a new corpus (cancelled, failed) releases the drafts held back for it.
      corpus.onDidChangeLoading((loading) => {
        if (!loading) this.recheckOpen();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('attest')) this.recheckOpen();
      }),
    );
    this.recheckOpen();
  }

  /** Re-checks every draft open in a tab or already checked, the visible ones first. */
  recheckOpen(): void {
    const visible = new Set(vscode.window.visibleTextEditors.map((e) => e.document));
    const docs = vscode.workspace.textDocuments
      .filter((d) => visible.has(d) || this.checked.has(d.uri.toString()) || hasTab(d.uri))
      .sort((a, b) => Number(visible.has(b)) - Number(visible.has(a)));
    for (const doc of docs) this.schedule(doc, 0);
  }

  findingsFor(document: vscode.TextDocument): readonly Finding[] {
    const entry = this.checked.get(document.uri.toString());
    if (entry && entry.version === document.version) return entry.findings;
    if (!isDraft(document, this.corpus) || this.awaitingCorpus()) return [];
    const settings = draftSettings(document.uri);
    const text = settings.enable ? document.getText() : '';
    // A large draft is never checked on this thread: its findings arrive from the engine shortly.
    if (!settings.enable || this.offThread(text)) return [];
    return this.corpus.core.check(text, document.uri.toString(), draftKind(document), settings.options);
  }

  publishedFindings(document: vscode.TextDocument): readonly Finding[] | undefined {
    const entry = this.checked.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.findings : undefined;
  }

  findingFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Finding | undefined {
    const entry = this.checked.get(document.uri.toString());
    if (!entry || entry.version !== document.version) return undefined;
    return entry.byKey.get(diagnosticKey(diagnostic));
  }

  publishForText(uri: vscode.Uri, text: string): void {
    const settings = draftSettings(uri);
    if (!settings.enable) return;
    const key = uri.toString();
    if (this.offThread(text)) {
      const request = this.startBackground(key);
      this.corpus.checkInBackground(text, key, kindForPath(uri.path), settings.options).then(
        (findings) => {
          // Opened meanwhile: the editor's own checks own it now.
          if (this.background.get(key) === request && !this.isOpen(key)) this.publishFindings(uri, text, findings);
        },
        (error: unknown) => this.log.error(`Checking ${key} failed: ${(error as Error).message}`),
      );
      return;
    }
    this.publishFindings(uri, text, this.corpus.core.check(text, key, kindForPath(uri.path), settings.options));
  }

  publishFindings(uri: vscode.Uri, text: string, findings: readonly Finding[]): void {
    this.fromDisk.add(uri.toString());
    this.publish(uri, -1, new LineMap(text), findings);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isDraft(document, this.corpus)) {
      // E.g. a file that became corpus when attest.corpusPaths changed.
      if (this.checked.has(document.uri.toString())) this.closed(document.uri);
      return;
    }
    const key = document.uri.toString();
    const previous = this.timers.get(key);
    if (previous) clearTimeout(previous);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.check(document);
      }, delay),
    );
  }

  private check(document: vscode.TextDocument): void {
    if (document.isClosed) return;
    const settings = draftSettings(document.uri);
    const key = document.uri.toString();
    if (!settings.enable) {
      this.checked.delete(key);
      this.collection.delete(document.uri);
      return;
    }
    if (this.awaitingCorpus()) return;
    const version = document.version;
    const started = Date.now();
    const text = document.getText();
    if (this.offThread(text)) return this.checkInBackground(document, text, key, version);
    let findings: Finding[];
    try {
      findings = this.corpus.core.check(text, key, draftKind(document), { ...settings.options, cache: this.sentenceCache(key) });
    } catch (error) {
      this.log.error(`Checking ${key} failed: ${(error as Error).stack ?? String(error)}`);
      return;
    }
    // A result for a version the writer has already typed past is dropped; the pending check replaces it.
    if (document.isClosed || document.version !== version) return;
    this.publish(document.uri, version, document, findings);
    this.log.trace(`Checked ${key} v${version}: ${findings.length} findings in ${Date.now() - started} ms.`);
  }

  /** Checks a large open draft in the corpus engine (which keeps its sentence cache) and publishes the result if still current. */
  private checkInBackground(document: vscode.TextDocument, text: string, key: string, version: number): void {
    const settings = draftSettings(document.uri);
    const request = this.startBackground(key);
    const started = Date.now();
    this.corpus.checkInBackground(text, key, draftKind(document), settings.options, true).then(
      (findings) => {
        if (document.isClosed || document.version !== version || this.background.get(key) !== request) return;
        this.publish(document.uri, version, document, findings);
        this.log.trace(`Checked ${key} v${version} in the corpus engine: ${findings.length} findings in ${Date.now() - started} ms.`);
      },
      (error: unknown) => this.log.error(`Checking ${key} failed: ${(error as Error).message}`),
    );
  }

  private startBackground(key: string): number {
    const request = ++this.backgroundCount;
    this.background.set(key, request);
    return request;
  }

  private isOpen(key: string): boolean {
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && !d.isClosed);
  }

  /**
   * True while the start-up load has delivered no corpus yet: checked against the empty one, every
   * checkable sentence would read as unsupported until the corpus arrived (seconds, on a large one).
   * Its arrival, or the end of the load, re-checks the open drafts.
   */
  private awaitingCorpus(): boolean {
    return this.corpus.loading && this.corpus.lastLoad === undefined && this.corpus.corpus.files.length === 0;
  }

  private offThread(text: string): boolean {
    return checkedOffThread(text.length, this.corpus.corpus.claims.size, this.corpus.loadPath);
  }

  /** The sentence cache of draft `key` for the current core (a new corpus starts a new cache). */
  private sentenceCache(key: string): SentenceCache {
    const core = this.corpus.core;
    let entry = this.sentenceCaches.get(key);
    if (!entry || entry.core !== core) {
      entry = { core, cache: new SentenceCache() };
      this.sentenceCaches.set(key, entry);
    }
    return entry.cache;
  }

  private publish(uri: vscode.Uri, version: number, mapper: OffsetMapper, findings: readonly Finding[]): void {
    const byKey = new Map<string, Finding>();
    const diagnostics = findings.map((finding) => {
      const diagnostic = toDiagnostic(finding, toRange(mapper, finding.span), (id) => this.related(id));
      byKey.set(diagnosticKey(diagnostic), finding);
      return diagnostic;
    });
    this.checked.set(uri.toString(), { version, findings, byKey });
    this.collection.set(uri, diagnostics);
  }

  private related(id: string): { location: vscode.Location; text: string } | undefined {
    const location = this.corpus.locationOfId(id);
    const claim = this.corpus.corpus.claims.get(id);
    const source = this.corpus.corpus.sources.get(id);
    const text = claim?.text ?? source?.title;
    return location && text ? { location, text: oneLineText(text, 160) } : undefined;
  }

  private closed(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    this.checked.delete(key);
    this.sentenceCaches.delete(key);
    if (this.background.delete(key)) this.corpus.forgetDraft(key);
    this.collection.delete(uri);
    // A draft the workspace check covered stays in the Problems panel, as it now reads on disk.
    if (this.fromDisk.has(key)) {
      void vscode.workspace.fs.readFile(uri).then(
        (bytes) => this.publishForText(uri, new TextDecoder().decode(bytes)),
        () => this.fromDisk.delete(key),
      );
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** The document a tab shows (text or custom editors; for a diff, its modified side). */
function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}

/** True when some tab in some editor group shows `uri`. */
function hasTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}
