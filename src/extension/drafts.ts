// Which documents are drafts, and their parse cached per version (hover, code actions and
// references all ask for the same document's sentences).
import type * as vscode from 'vscode';
import { parseDraft } from '../core/draft/parseDraft';
import type { DraftKind, ParsedDraft } from '../core/draft/types';
import type { CorpusServices } from './services';

/** Languages Attest checks. */
export const DRAFT_LANGUAGES = ['markdown', 'plaintext'] as const;

/** Document selector for the draft providers: Markdown and plain text, in any file system. */
export const DRAFT_SELECTOR: vscode.DocumentSelector = DRAFT_LANGUAGES.map((language) => ({ language }));

// Documents that look like text but are not the writer's drafts: output panes, diffs, settings.
const NOT_DRAFT_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'comment', 'debug', 'vscode-settings', 'vscode-userdata', 'vscode-notebook-cell-output']);

/** True when `document` is a draft: Markdown or plain text, in a real document, outside the corpus. */
export function isDraft(document: vscode.TextDocument, corpus: Pick<CorpusServices, 'isCorpusFile'>): boolean {
  return (
    (DRAFT_LANGUAGES as readonly string[]).includes(document.languageId) &&
    !NOT_DRAFT_SCHEMES.has(document.uri.scheme) &&
    !corpus.isCorpusFile(document.uri)
  );
}

export function draftKind(document: vscode.TextDocument): DraftKind {
  return document.languageId === 'markdown' ? 'markdown' : 'plaintext';
}

const parsed = new WeakMap<vscode.TextDocument, { version: number; draft: ParsedDraft }>();

/** The parsed draft for `document` at its current version, parsed once per version. */
export function parsedDraft(document: vscode.TextDocument): ParsedDraft {
  const cached = parsed.get(document);
  if (cached && cached.version === document.version) return cached.draft;
  const draft = parseDraft(document.getText(), draftKind(document));
  parsed.set(document, { version: document.version, draft });
  return draft;
}
