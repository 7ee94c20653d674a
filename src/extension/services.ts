// The services every editor feature receives: the current core over the corpus, corpus events,
// the draft findings and the log. Features are registered from one list (extension.ts), each a
// function `(context, services) => void` that pushes what it registers into context.subscriptions.
import type * as vscode from 'vscode';
import type { Corpus } from '../core/corpus/types';
import type { DraftKind } from '../core/draft/types';
import type { Finding, Span } from '../core/model';
import type { AttestCore } from '../core/service';
import type { PlainCheckOptions } from '../worker/protocol';

/** What the last full load of the corpus did. */
export interface CorpusLoadReport {
  /** Where the corpus was parsed and indexed: a worker thread, or the extension host's own thread. */
  readonly path: 'worker' | 'in-thread';
  /** Corpus files found. */
  readonly files: number;
  /** Files parsed in this load. */
  readonly parsed: number;
  /** Files taken from the persisted cache (their size and mtime had not changed). */
  readonly cached: number;
  /** True when the index came from the persisted cache rather than being built. */
  readonly indexFromCache: boolean;
  readonly claims: number;
  /** From the start of the load to the corpus from the persisted cache being in use, in milliseconds (before the files were checked against it); absent without a usable cache. */
  readonly previewMs?: number;
  /** From the start of the load to the new core, in milliseconds. */
  readonly ms: number;
}

/** Read access to the corpus as loaded, and the way to reload it. */
export interface CorpusServices {
  /** The core over the current corpus; over an empty corpus until the first load ends. Never undefined. */
  readonly core: AttestCore;
  /** Shorthand for `core.corpus`. */
  readonly corpus: Corpus;
  /** True while a full load of the corpus is running (at start-up, after reload or a settings change). */
  readonly loading: boolean;
  /** Fires with the new core whenever the corpus changed (first load, reload, a corpus file edited on disk). */
  readonly onDidChangeCorpus: vscode.Event<AttestCore>;
  /** Where the corpus engine runs: `worker` (a worker thread) or `in-thread` (no worker threads in this host). */
  readonly loadPath: 'worker' | 'in-thread';
  /** What the last full load did; undefined until one has finished. */
  readonly lastLoad: CorpusLoadReport | undefined;
  /** Fires when `loading` changes. */
  readonly onDidChangeLoading: vscode.Event<boolean>;
  /** Resolves with the core once no full load is running (at once when none is). */
  whenLoaded(): Promise<AttestCore>;
  /** Reloads every corpus folder from scratch; resolves when done. */
  reloadCorpus(): Promise<void>;
  /** The corpus folders (setting `attest.corpusPaths` resolved against each workspace folder). */
  corpusRoots(): readonly vscode.Uri[];
  /** True when `uri` lies in a corpus folder (such files are corpus, never drafts). */
  isCorpusFile(uri: vscode.Uri): boolean;
  /** The Uri of a corpus file as the core names it (`Claim.location.file`, `Finding.file`). */
  uriOf(file: string): vscode.Uri;
  /** The editor location of a claim or source id; undefined when the corpus has no such id. */
  locationOfId(id: string): vscode.Location | undefined;
  /** The editor range of `span` in corpus file `file` as last loaded; undefined for an unknown file. */
  rangeInCorpusFile(file: string, span: Span): vscode.Range | undefined;
  /**
   * Findings for a draft, checked by the corpus engine off the extension host's thread against the
   * engine's current corpus (the one `core` holds, or a newer one about to arrive). `keep` keeps the
   * draft's sentence cache in the engine, for a draft checked again as it is edited. Rejects only if
   * the engine failed.
   */
  checkInBackground(text: string, file: string, kind: DraftKind, options: PlainCheckOptions, keep?: boolean): Promise<readonly Finding[]>;
  /** Lets the engine drop the sentence cache `checkInBackground(…, keep)` kept for a draft. */
  forgetDraft(file: string): void;
}

/** Findings for drafts, as the diagnostics feature computed them. */
export interface DraftFindings {
  /** The findings for `document` at its current version (computed now if the last check is stale). */
  findingsFor(document: vscode.TextDocument): readonly Finding[];
  /** The findings last published for `document` if they are of its current version; never checks. */
  publishedFindings(document: vscode.TextDocument): readonly Finding[] | undefined;
  /** The finding a diagnostic shown for `document` came from; undefined when it is not Attest's or stale. */
  findingFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Finding | undefined;
  /** Checks a draft that is not open and publishes its diagnostics (a large draft is checked off-thread, later). */
  publishForText(uri: vscode.Uri, text: string): void;
  /** Publishes findings computed elsewhere (the workspace check, in the engine) for a draft that is not open, as of `text`. */
  publishFindings(uri: vscode.Uri, text: string, findings: readonly Finding[]): void;
}

export interface AttestServices extends CorpusServices {
  readonly drafts: DraftFindings;
  /** The "Attest" output channel (a log channel: use .info/.warn/.error). */
  readonly output: vscode.LogOutputChannel;
}

/** One editor feature: registers its providers, commands and listeners into `context.subscriptions`. */
export type FeatureRegistration = (context: vscode.ExtensionContext, services: AttestServices) => void;
