// Reading Attest's settings (contributes.configuration in package.json), with their defaults.
import * as vscode from 'vscode';
import type { CheckOptions, SeveritySetting } from '../core/check/checkDraft';
import { DEFAULT_SEVERITY, FindingCode } from '../core/model';

export const SECTION = 'attest';
export const DEFAULT_CORPUS_PATHS = ['corpus'];
export const DEFAULT_DEBOUNCE_MS = 300;
export const DEFAULT_MAX_DRAFT_SIZE = 2_000_000;

const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

export interface DraftSettings {
  readonly enable: boolean;
  readonly checkOnType: boolean;
  readonly debounceMs: number;
  readonly options: CheckOptions;
}

/** The settings that govern checking a draft at `scope` (a resource: folder settings apply). */
export function draftSettings(scope: vscode.Uri | undefined): DraftSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const severity: Partial<Record<FindingCode, SeveritySetting>> = {};
  for (const code of Object.values(FindingCode)) {
    const value = config.get<string>(`severity.${code}`);
    severity[code] = SEVERITIES.includes(value as SeveritySetting) ? (value as SeveritySetting) : DEFAULT_SEVERITY[code];
  }
  return {
    enable: config.get<boolean>('enable', true),
    checkOnType: config.get<boolean>('checkOnType', true),
    debounceMs: clamp(config.get<number>('debounceMs', DEFAULT_DEBOUNCE_MS), 0, 10_000),
    options: { severity, maxDraftLength: clamp(config.get<number>('maxDraftSize', DEFAULT_MAX_DRAFT_SIZE), 0, Number.MAX_SAFE_INTEGER) },
  };
}

/** True when Attest is enabled for `scope`. */
export function isEnabled(scope: vscode.Uri | undefined): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<boolean>('enable', true);
}

/**
 * The corpus folders: each entry of `attest.corpusPaths` for each workspace folder (relative entries
 * resolve against the folder; absolute ones are taken as they are, once). Deduplicated.
 */
export function corpusRoots(): vscode.Uri[] {
  const roots = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const paths = vscode.workspace.getConfiguration(SECTION, folder.uri).get<string[]>('corpusPaths', DEFAULT_CORPUS_PATHS);
    for (const p of Array.isArray(paths) ? paths : DEFAULT_CORPUS_PATHS) {
      if (typeof p !== 'string' || !p.trim()) continue;
      const uri = isAbsolute(p) ? folder.uri.with({ path: absolutePath(p) }) : vscode.Uri.joinPath(folder.uri, p);
      roots.set(uri.toString(), uri);
    }
  }
  return [...roots.values()];
}

/** `p` as a URI path: forward slashes, and a leading slash before a Windows drive letter. */
function absolutePath(p: string): string {
  const slashed = p.replace(/\\/g, '/');
  return slashed.startsWith('/') ? slashed : `/${slashed}`;
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p);
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
