// The "Attest Claims" tree in the Explorer: sources and their claims, with a filter. Clicking a
// claim opens it in its corpus file; `Insert Citation` puts `[@id]` into the last active editor.
import * as vscode from 'vscode';
import { buildClaimsTree, countClaims, type ClaimsTreeSource } from '../core/features/claimsTree';
import { blockQuote, escapeMarkdown, oneLineText } from '../core/features/markdown';
import { citationText } from '../core/features/quickFixEdits';
import type { Claim, Source } from '../core/model';
import { toLocation } from './convert';
import type { AttestServices, FeatureRegistration } from './services';

export const CLAIMS_VIEW = 'attest.claims';
export const FILTER_CLAIMS = 'attest.filterClaims';
export const CLEAR_CLAIMS_FILTER = 'attest.clearClaimsFilter';
export const INSERT_CLAIM_FROM_VIEW = 'attest.insertClaimFromView';
export const OPEN_FROM_VIEW = 'attest.openFromClaimsView';
/** Not in the palette (leading `_`): what the view shows, for integration tests. */
export const CLAIMS_VIEW_SNAPSHOT = '_attest.claimsViewSnapshot';
/** Context key, true while the view is filtered (shows the "clear filter" button). */
const FILTERED_CONTEXT = 'attest.claimsFiltered';

type SourceNode = { readonly kind: 'source'; readonly group: ClaimsTreeSource };
type ClaimNode = { readonly kind: 'claim'; readonly claim: Claim; readonly parent: SourceNode };
type Node = SourceNode | ClaimNode;

/** What the snapshot command returns: the view's top level and each source's claims, as shown. */
export interface ClaimsViewSnapshot {
  readonly filter: string;
  readonly sources: readonly {
    readonly id: string;
    readonly label: string;
    readonly description: string;
    readonly claims: readonly { readonly id: string; readonly label: string; readonly description: string }[];
  }[];
}

class ClaimsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private filterText = '';
  private roots: SourceNode[] | undefined;

  constructor(private readonly services: AttestServices) {}

  get filter(): string {
    return this.filterText;
  }

  setFilter(filter: string): void {
    const trimmed = filter.trim();
    if (trimmed === this.filterText) return;
    this.filterText = trimmed;
    this.refresh();
  }

  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  /** The top-level nodes for the current corpus and filter, built once per change. */
  sources(): SourceNode[] {
    this.roots ??= buildClaimsTree(this.services.corpus, this.filterText).map((group) => ({ kind: 'source', group }));
    return this.roots;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.sources();
    if (node.kind === 'source') return node.group.claims.map(({ claim }) => ({ kind: 'claim', claim, parent: node }));
    return [];
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'claim' ? node.parent : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return node.kind === 'source' ? this.sourceItem(node.group) : this.claimItem(node.claim, node.parent.group.source);
  }

  private sourceItem(group: ClaimsTreeSource): vscode.TreeItem {
    const expanded = this.filterText !== '' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(group.id, group.claims.length > 0 ? expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `source:${group.id}`;
    const count = this.filterText !== '' ? `${group.claims.length}/${group.total}` : `${group.total}`;
    const source = group.source;
    if (source) {
      item.description = `${oneLineText(source.outlet, 60)} · ${count}`;
      item.tooltip = sourceTooltip(source, group.total);
      item.iconPath = new vscode.ThemeIcon('book');
      item.contextValue = 'attest.source';
    } else {
      item.description = `unknown source · ${count}`;
      item.tooltip = new vscode.MarkdownString(`No source in the corpus has the id \`${group.id.replace(/`/g, '')}\`; these claims name it.`);
      item.iconPath = new vscode.ThemeIcon('warning');
      item.contextValue = 'attest.unknownSource';
    }
    return item;
  }

  private claimItem(claim: Claim, source: Source | undefined): vscode.TreeItem {
    const item = new vscode.TreeItem(claim.id, vscode.TreeItemCollapsibleState.None);
    item.id = `claim:${claim.source}\u0000${claim.id}`;
    item.description = oneLineText(claim.attributedTo, 80);
    item.tooltip = claimTooltip(claim, source);
    item.iconPath = new vscode.ThemeIcon('quote');
    item.contextValue = 'attest.claim';
    const location = toLocation(claim.location);
    item.command = {
      command: 'vscode.open',
      title: 'Open Claim',
      arguments: [location.uri, { selection: location.range, preview: true } satisfies vscode.TextDocumentShowOptions],
    };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function sourceTooltip(source: Source, claims: number): vscode.MarkdownString {
  const lines = [`**${escapeMarkdown(oneLineText(source.title, 300))}**`, escapeMarkdown(oneLineText(source.outlet, 200))];
  const byline = [source.author && `by ${source.author}`, source.translator && `translated by ${source.translator}`, source.published]
    .filter(Boolean)
    .join(' · ');
  if (byline) lines.push(escapeMarkdown(oneLineText(byline, 300)));
  lines.push(`${claims} ${claims === 1 ? 'claim' : 'claims'}`);
  return plainMarkdown(lines.join('\n\n'));
}

function claimTooltip(claim: Claim, source: Source | undefined): vscode.MarkdownString {
  const parts = [`**${escapeMarkdown(claim.id)}**`, escapeMarkdown(oneLineText(claim.text))];
  if (claim.quote.trim()) parts.push(blockQuote(claim.quote));
  const meta = [claim.attributedTo, claim.date, source ? `${source.outlet}` : claim.source].filter(Boolean).join(' · ');
  parts.push(`— ${escapeMarkdown(oneLineText(meta, 300))}`);
  return plainMarkdown(parts.join('\n\n'));
}

// Corpus text is escaped by the builders above; the Markdown itself runs nothing and shows no HTML.
function plainMarkdown(value: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(value);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  return markdown;
}

/** Asks for a filter, applying it as it is typed; Escape restores the filter that was set before. */
async function askForFilter(provider: ClaimsTreeProvider): Promise<void> {
  const before = provider.filter;
  const input = vscode.window.createInputBox();
  input.title = 'Attest: Filter Claims';
  input.placeholder = 'Words or letters of a claim id, its text or its source (empty shows all)';
  input.value = before;
  let accepted = false;
  await new Promise<void>((resolve) => {
    input.onDidChangeValue((value) => provider.setFilter(value));
    input.onDidAccept(() => {
      accepted = true;
      input.hide();
    });
    input.onDidHide(() => resolve());
    input.show();
  });
  if (!accepted) provider.setFilter(before);
  input.dispose();
}

/** Inserts `[@id]` (or `[@a; @b]` for several claims) at every cursor of the last active editor. */
async function insertFromView(nodes: readonly unknown[]): Promise<boolean> {
  const ids = idsOf(nodes);
  const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
  if (ids.length === 0) return false;
  if (!editor) {
    void vscode.window.showWarningMessage('Attest: open a draft to insert the citation into.');
    return false;
  }
  const text = citationText(ids);
  return editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, text);
  });
}

/** Claim ids from tree nodes or plain id strings; anything else is skipped. */
function idsOf(values: readonly unknown[]): string[] {
  const ids: string[] = [];
  for (const value of values) {
    if (typeof value === 'string' && value) ids.push(value);
    else if (isNode(value) && value.kind === 'claim') ids.push(value.claim.id);
  }
  return [...new Set(ids)];
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && ((value as Node).kind === 'claim' || (value as Node).kind === 'source');
}

async function openFromView(node: unknown): Promise<void> {
  if (!isNode(node)) return;
  const location = node.kind === 'claim' ? node.claim.location : node.group.source?.location;
  if (!location) return;
  const target = toLocation(location);
  await vscode.window.showTextDocument(target.uri, { selection: target.range, preview: true });
}

function snapshot(provider: ClaimsTreeProvider): ClaimsViewSnapshot {
  const text = (label: string | vscode.TreeItemLabel | undefined) => (typeof label === 'string' ? label : label?.label ?? '');
  return {
    filter: provider.filter,
    sources: provider.sources().map((node) => {
      const item = provider.getTreeItem(node);
      return {
        id: node.group.id,
        label: text(item.label),
        description: String(item.description ?? ''),
        claims: provider.getChildren(node).map((child) => {
          const claimItem = provider.getTreeItem(child);
          return { id: child.kind === 'claim' ? child.claim.id : '', label: text(claimItem.label), description: String(claimItem.description ?? '') };
        }),
      };
    }),
  };
}

export const registerClaimsView: FeatureRegistration = (context, services) => {
  const provider = new ClaimsTreeProvider(services);
  const view = vscode.window.createTreeView(CLAIMS_VIEW, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });

  const describe = (): void => {
    const filter = provider.filter;
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, filter !== '');
    view.description = filter ? `“${filter}”` : undefined;
    if (!filter) {
      view.message = undefined;
      return;
    }
    const shown = countClaims(provider.sources().map((node) => node.group));
    view.message = shown > 0 ? `Showing ${shown} of ${services.corpus.claims.size} claims.` : `No claim matches “${filter}”.`;
  };

  context.subscriptions.push(
    provider,
    view,
    provider.onDidChangeTreeData(describe),
    services.onDidChangeCorpus(() => provider.refresh()),
    vscode.commands.registerCommand(FILTER_CLAIMS, async (filter?: unknown) => {
      if (typeof filter === 'string') provider.setFilter(filter);
      else await askForFilter(provider);
    }),
    vscode.commands.registerCommand(CLEAR_CLAIMS_FILTER, () => provider.setFilter('')),
    // From a menu: (clicked node, all selected nodes); from a keybinding: nothing (use the selection);
    // from code: a claim id.
    vscode.commands.registerCommand(INSERT_CLAIM_FROM_VIEW, (node?: unknown, selected?: unknown) =>
      insertFromView(node === undefined ? view.selection : Array.isArray(selected) && selected.length > 1 ? selected : [node]),
    ),
    vscode.commands.registerCommand(OPEN_FROM_VIEW, (node?: unknown) => openFromView(node ?? view.selection[0])),
    vscode.commands.registerCommand(CLAIMS_VIEW_SNAPSHOT, () => snapshot(provider)),
  );
  describe();
};
