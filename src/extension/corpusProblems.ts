// Corpus problems (bad YAML, duplicate ids, unknown sources…) as diagnostics on the corpus files
// themselves, the "Show Corpus Problems" quick pick, and the status bar item that summarises the corpus.
import * as vscode from 'vscode';
import type { Finding } from '../core/model';
import { oneLineText } from '../core/features/markdown';
import { groupThousands } from '../core/text/counts';
import { draftSettings } from './config';
import { toDiagnostic } from './convert';
import type { AttestServices, FeatureRegistration } from './services';

export const SHOW_CORPUS_PROBLEMS = 'attest.showCorpusProblems';
/** The claims view contributed by the claims-view feature. */
const CLAIMS_VIEW_FOCUS = 'attest.claims.focus';

export const registerCorpusProblems: FeatureRegistration = (context, services) => {
  // A collection of its own: the draft collection is keyed by drafts, this one by corpus files.
  const collection = vscode.languages.createDiagnosticCollection('attest-corpus');
  let published = new Set<string>();
  const publish = () => {
    const byFile = new Map<string, Finding[]>();
    for (const problem of services.corpus.problems) {
      const list = byFile.get(problem.file) ?? [];
      list.push(problem);
      byFile.set(problem.file, list);
    }
    for (const file of published) if (!byFile.has(file)) collection.delete(services.uriOf(file));
    for (const [file, problems] of byFile) {
      const uri = services.uriOf(file);
      // The severity settings cover corpus codes too; `off` hides the problem from the editor.
      const severity = draftSettings(uri).options.severity ?? {};
      const diagnostics = problems.flatMap((p) => {
        const setting = severity[p.code] ?? p.severity;
        if (setting === 'off') return [];
        const range = services.rangeInCorpusFile(file, p.span) ?? new vscode.Range(0, 0, 0, 0);
        return [toDiagnostic({ ...p, severity: setting }, range, (id) => related(services, id))];
      });
      collection.set(uri, diagnostics);
    }
    published = new Set(byFile.keys());
  };
  context.subscriptions.push(
    collection,
    services.onDidChangeCorpus(publish),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('attest.severity')) publish();
    }),
    vscode.commands.registerCommand(SHOW_CORPUS_PROBLEMS, () => showCorpusProblems(services)),
    createStatusBar(services),
  );
  publish();
};

/** The location and text of a claim a corpus problem names (e.g. the other half of a duplicate id). */
function related(services: AttestServices, id: string): { location: vscode.Location; text: string } | undefined {
  const location = services.locationOfId(id);
  const claim = services.corpus.claims.get(id);
  return location && claim ? { location, text: oneLineText(claim.text, 160) } : undefined;
}

async function showCorpusProblems(services: AttestServices): Promise<void> {
  const problems = services.corpus.problems;
  if (problems.length === 0) {
    try {
      await vscode.commands.executeCommand(CLAIMS_VIEW_FOCUS);
    } catch {
      void vscode.window.showInformationMessage(`Attest: the corpus has no problems (${services.corpus.claims.size} claims).`);
    }
    return;
  }
  type Item = vscode.QuickPickItem & { problem: Finding };
  const items: Item[] = problems.map((problem) => {
    const uri = services.uriOf(problem.file);
    const range = services.rangeInCorpusFile(problem.file, problem.span);
    return {
      label: `$(${problem.severity === 'error' ? 'error' : 'warning'}) ${problem.message}`,
      description: `${vscode.workspace.asRelativePath(uri)}${range ? `:${range.start.line + 1}` : ''}`,
      detail: problem.code,
      problem,
    };
  });
  const picked = await vscode.window.showQuickPick(items, { title: 'Attest: Corpus Problems', matchOnDescription: true, matchOnDetail: true });
  if (!picked) return;
  const range = services.rangeInCorpusFile(picked.problem.file, picked.problem.span);
  await vscode.window.showTextDocument(services.uriOf(picked.problem.file), { selection: range });
}

/** "$(book) N claims · M sources", a spinner while loading, a warning count when the corpus has problems. */
function createStatusBar(services: AttestServices): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('attest.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Attest Corpus';
  item.command = SHOW_CORPUS_PROBLEMS;
  const update = () => {
    const corpus = services.corpus;
    if (services.loading) {
      item.text = '$(sync~spin) Attest: loading corpus…';
      item.tooltip = 'Attest is loading the corpus';
      item.backgroundColor = undefined;
    } else {
      const problems = corpus.problems.length;
      const counts = `${groupThousands(corpus.claims.size)} ${corpus.claims.size === 1 ? 'claim' : 'claims'} · ${groupThousands(corpus.sources.size)} ${corpus.sources.size === 1 ? 'source' : 'sources'}`;
      item.text = problems > 0 ? `$(book) ${counts} $(warning) ${problems}` : `$(book) ${counts}`;
      item.tooltip = problems > 0
        ? `Attest corpus: ${problems} ${problems === 1 ? 'problem' : 'problems'}. Click to list them.`
        : 'Attest corpus: no problems. Click to show the claims.';
      item.backgroundColor = problems > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    }
    item.show();
  };
  update();
  return vscode.Disposable.from(item, services.onDidChangeCorpus(update), services.onDidChangeLoading(update));
}
