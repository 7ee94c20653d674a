// A stand-in for the `vscode` module, enough to load dist/extension.js and run `activate` outside the
// editor: registrations return disposables, events never fire, and `workspace.fs` reads the local disk
// (so the extension's own corpus loading path can be timed). Names it does not know resolve to an inert
// object that can be called, constructed and read; they are recorded so a new API shows up in the report.
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

type Listener<T> = (e: T) => unknown;

class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  constructor(private readonly onDispose: () => unknown = () => undefined) {}
  dispose(): void {
    this.onDispose();
  }
}

class EventEmitter<T> {
  private listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.add(listener);
    return new Disposable(() => this.listeners.delete(listener));
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

/** File URIs only: the benchmark's workspace is a local folder. */
class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static parse(value: string): Uri {
    const m = /^([a-z][a-z0-9+.-]*):\/\/[^/]*(.*)$/i.exec(value);
    return m ? new Uri(m[1]!, decodeURIComponent(m[2]!)) : new Uri('file', value);
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return new Uri(base.scheme, join(base.path, ...segments));
  }
  get fsPath(): string {
    return this.path;
  }
  get authority(): string {
    return '';
  }
  get query(): string {
    return '';
  }
  get fragment(): string {
    return '';
  }
  with(change: { scheme?: string; path?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, change.path ?? this.path);
  }
  toString(): string {
    return `${this.scheme}://${this.path.split('/').map(encodeURIComponent).join('/')}`;
  }
  toJSON(): unknown {
    return { scheme: this.scheme, path: this.path };
  }
}

const FileType = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 };

/** As VS Code's: workspace.fs rejects with one of these, its `code` naming what went wrong. */
class FileSystemError extends Error {
  static FileNotFound(uri?: unknown): FileSystemError {
    return new FileSystemError(`File not found: ${String(uri)}`, 'FileNotFound');
  }
  static FileExists(uri?: unknown): FileSystemError {
    return new FileSystemError(`File exists: ${String(uri)}`, 'FileExists');
  }
  static NoPermissions(uri?: unknown): FileSystemError {
    return new FileSystemError(`No permissions: ${String(uri)}`, 'NoPermissions');
  }
  static Unavailable(uri?: unknown): FileSystemError {
    return new FileSystemError(`Unavailable: ${String(uri)}`, 'Unavailable');
  }
  constructor(message: string, readonly code = 'Unknown') {
    super(message);
  }
}

/** Runs a disk operation, turning Node's ENOENT into FileNotFound as workspace.fs does. */
async function disk<T>(uri: Uri, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'ENOENT' ? FileSystemError.FileNotFound(uri) : error;
  }
}

/** Stores its constructor arguments: Range, Position, CompletionItem and the like. */
function valueClass(name: string) {
  return {
    [name]: class {
      readonly args: unknown[];
      constructor(...args: unknown[]) {
        this.args = args;
      }
    },
  }[name]!;
}

/** The value for an unknown name: callable, constructible, every property another such value; not a thenable or iterable of anything. */
function inert(path: string, touched: Set<string>): unknown {
  touched.add(path);
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'dispose') return () => undefined;
      return inert(`${path}.${String(key)}`, touched);
    },
    apply: () => inert(`${path}()`, touched),
    construct: () => inert(`new ${path}`, touched) as object,
  });
}

/** Falls back to `inert` for names `known` lacks. */
function withFallback<T extends object>(known: T, path: string, touched: Set<string>): T {
  return new Proxy(known, {
    get(t, key) {
      if (key in t) return (t as Record<string | symbol, unknown>)[key];
      if (typeof key === 'symbol' || key === 'then' || key === 'toJSON' || key === '__esModule') return undefined;
      return inert(`${path}.${key}`, touched);
    },
  });
}

export interface StubOptions {
  /** A folder to open as the workspace, and the corpus path in it (attest.corpusPaths); none by default. */
  readonly workspace?: { readonly folder: string; readonly corpusPaths: readonly string[] };
  /** The only folder workspace.fs may write to (the extension's storage); writes elsewhere are dropped. */
  readonly writableRoot?: string;
}

/** The stub module and the names of unknown APIs the extension touched. */
export function createVscodeStub(options: StubOptions = {}): { vscode: unknown; touched: Set<string>; logged: string[] } {
  const touched = new Set<string>();
  /** What the extension logged at warning level or above. */
  const logged: string[] = [];
  const event = () => new EventEmitter<unknown>().event;
  const disposable = () => new Disposable();
  const folder = options.workspace ? { uri: Uri.file(options.workspace.folder), name: 'bench', index: 0 } : undefined;
  const settings: Record<string, unknown> = options.workspace ? { corpusPaths: options.workspace.corpusPaths } : {};

  const configuration = (section?: string) => ({
    get: <T>(key: string, fallback?: T) => (section === 'attest' && key in settings ? settings[key] : fallback),
    has: (key: string) => section === 'attest' && key in settings,
    inspect: () => undefined,
    update: async () => undefined,
  });

  const writable = (uri: Uri) => options.writableRoot !== undefined && resolve(uri.fsPath).startsWith(`${resolve(options.writableRoot)}/`);
  const fs = {
    readDirectory: (uri: Uri) =>
      disk(uri, async () => (await readdir(uri.fsPath, { withFileTypes: true })).map((e) => [
        e.name,
        (e.isDirectory() ? FileType.Directory : e.isFile() ? FileType.File : FileType.Unknown) | (e.isSymbolicLink() ? FileType.SymbolicLink : 0),
      ])),
    // A view, not a copy (as VS Code hands over a received buffer): copying a 60 MB cache here held the
    // host's event loop for tens of milliseconds that the real editor does not spend.
    readFile: (uri: Uri) => disk(uri, async () => {
      const bytes = await readFile(uri.fsPath);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }),
    stat: (uri: Uri) =>
      disk(uri, async () => {
        const s = await stat(uri.fsPath);
        return { type: s.isDirectory() ? FileType.Directory : FileType.File, size: s.size, mtime: s.mtimeMs, ctime: s.ctimeMs };
      }),
    writeFile: async (uri: Uri, bytes: Uint8Array) => (writable(uri) ? writeFile(uri.fsPath, bytes) : undefined),
    createDirectory: async (uri: Uri) => (writable(uri) ? void (await mkdir(uri.fsPath, { recursive: true })) : undefined),
    delete: async (uri: Uri) => (writable(uri) ? rm(uri.fsPath, { recursive: true, force: true }) : undefined),
  };

  const workspace = {
    workspaceFolders: folder ? [folder] : undefined,
    textDocuments: [],
    getConfiguration: configuration,
    fs,
    createFileSystemWatcher: () => ({ onDidCreate: event(), onDidChange: event(), onDidDelete: event(), dispose: () => undefined }),
    findFiles: async () => [],
    asRelativePath: (p: Uri | string) => (typeof p === 'string' ? p : p.fsPath.replace(`${dirname(options.workspace?.folder ?? '/')}/`, '')),
    getWorkspaceFolder: () => folder,
    onDidOpenTextDocument: event(), onDidChangeTextDocument: event(), onDidSaveTextDocument: event(), onDidCloseTextDocument: event(),
    onDidChangeConfiguration: event(), onDidChangeWorkspaceFolders: event(), onDidCreateFiles: event(), onDidDeleteFiles: event(),
    onDidRenameFiles: event(),
    registerTextDocumentContentProvider: disposable,
  };

  const log = () => undefined;
  const keep = (level: string) => (message: unknown) => void logged.push(`${level}: ${String(message)}`);
  const window = {
    createOutputChannel: () => ({ info: log, warn: keep('warn'), error: keep('error'), trace: log, debug: log, append: log, appendLine: log, show: log, hide: log, clear: log, dispose: log, onDidChangeLogLevel: event(), logLevel: 2, name: 'Attest' }),
    createStatusBarItem: () => ({ show: log, hide: log, dispose: log, text: '', tooltip: '', command: undefined }),
    createTreeView: () => ({ dispose: log, reveal: async () => undefined, onDidChangeVisibility: event(), onDidChangeSelection: event(), onDidExpandElement: event(), onDidCollapseElement: event(), visible: false, selection: [] }),
    registerTreeDataProvider: disposable,
    visibleTextEditors: [],
    activeTextEditor: undefined,
    tabGroups: { all: [], onDidChangeTabs: event(), onDidChangeTabGroups: event() },
    onDidChangeActiveTextEditor: event(), onDidChangeVisibleTextEditors: event(), onDidChangeTextEditorSelection: event(),
    showInformationMessage: async () => undefined, showWarningMessage: async () => undefined, showErrorMessage: async () => undefined,
    withProgress: async (_o: unknown, task: (p: unknown, t: unknown) => Promise<unknown>) => task({ report: log }, { isCancellationRequested: false, onCancellationRequested: event() }),
  };

  const languages = {
    createDiagnosticCollection: () => {
      const entries = new Map<string, unknown>();
      return { set: (uri: Uri, d: unknown) => entries.set(String(uri), d), delete: (uri: Uri) => entries.delete(String(uri)), clear: () => entries.clear(), get: (uri: Uri) => entries.get(String(uri)), has: (uri: Uri) => entries.has(String(uri)), forEach: log, dispose: log, name: 'attest' };
    },
    registerHoverProvider: disposable, registerCompletionItemProvider: disposable, registerCodeActionsProvider: disposable,
    registerDefinitionProvider: disposable, registerReferenceProvider: disposable, registerDocumentLinkProvider: disposable,
    registerDocumentSymbolProvider: disposable, registerRenameProvider: disposable,
    getDiagnostics: () => [],
    onDidChangeDiagnostics: event(),
  };

  const commands = { registerCommand: disposable, registerTextEditorCommand: disposable, executeCommand: async () => undefined, getCommands: async () => [] };

  class CodeActionKind {
    static readonly Empty = new CodeActionKind('');
    static readonly QuickFix = new CodeActionKind('quickfix');
    static readonly Refactor = new CodeActionKind('refactor');
    static readonly Source = new CodeActionKind('source');
    constructor(readonly value: string) {}
    append(part: string): CodeActionKind {
      return new CodeActionKind(this.value ? `${this.value}.${part}` : part);
    }
    contains(other: CodeActionKind): boolean {
      return other.value === this.value || other.value.startsWith(`${this.value}.`);
    }
    intersects(other: CodeActionKind): boolean {
      return this.contains(other) || other.contains(this);
    }
  }

  class RelativePattern {
    constructor(readonly base: unknown, readonly pattern: string) {}
  }

  const values = ['Position', 'Range', 'Selection', 'Location', 'MarkdownString', 'CompletionItem', 'CompletionList', 'Hover', 'Diagnostic',
    'DiagnosticRelatedInformation', 'CodeAction', 'WorkspaceEdit', 'TreeItem', 'ThemeIcon', 'ThemeColor', 'TabInputText', 'TabInputTextDiff',
    'TabInputCustom', 'SnippetString', 'TextEdit', 'CancellationTokenSource', 'DocumentLink', 'TreeItemLabel'];
  const classes = Object.fromEntries(values.map((n) => [n, valueClass(n)]));

  const vscode = {
    ...classes,
    Uri, Disposable, EventEmitter, CodeActionKind, RelativePattern, FileType, FileSystemError,
    UIKind: { Desktop: 1, Web: 2 },
    QuickPickItemKind: { Separator: -1, Default: 0 },
    TextEditorRevealType: { Default: 0, InCenter: 1, InCenterIfOutsideViewport: 2, AtTop: 3 },
    ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
    LogLevel: { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    CompletionItemKind: { Text: 0, Reference: 17, Value: 11, Field: 4, Property: 9, Keyword: 13, File: 16, Folder: 18 },
    TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    DiagnosticTag: { Unnecessary: 1, Deprecated: 2 },
    EndOfLine: { LF: 1, CRLF: 2 },
    ExtensionMode: { Production: 1, Development: 2, Test: 3 },
    workspace: withFallback(workspace, 'workspace', touched),
    window: withFallback(window, 'window', touched),
    languages: withFallback(languages, 'languages', touched),
    commands: withFallback(commands, 'commands', touched),
    env: withFallback({ language: 'en', appName: 'bench', uiKind: 1, remoteName: undefined, clipboard: { writeText: async () => undefined } }, 'env', touched),
    version: '1.100.0',
  };
  // The bundle's ESM interop copies the module's own properties once, so a name missing here is
  // undefined in the extension whatever the fallback says: every class the extension uses is listed above.
  return { vscode: withFallback(vscode, 'vscode', touched), touched, logged };
}

/** An ExtensionContext with what extensions commonly read; unknown members are inert. */
export function createExtensionContext(extensionPath: string, storage: string, touched: Set<string>, packageJSON: unknown = {}): unknown {
  const memento = () => {
    const values = new Map<string, unknown>();
    return { get: (k: string, d?: unknown) => (values.has(k) ? values.get(k) : d), update: async (k: string, v: unknown) => void values.set(k, v), keys: () => [...values.keys()], setKeysForSync: () => undefined };
  };
  const stubUri = (p: string) => Uri.file(p);
  return withFallback(
    {
      subscriptions: [] as { dispose(): unknown }[],
      extensionPath,
      extensionUri: stubUri(extensionPath),
      globalStorageUri: stubUri(join(storage, 'global')),
      storageUri: stubUri(join(storage, 'workspace')),
      logUri: stubUri(join(storage, 'log')),
      globalStoragePath: join(storage, 'global'),
      storagePath: join(storage, 'workspace'),
      logPath: join(storage, 'log'),
      globalState: memento(),
      workspaceState: memento(),
      secrets: { get: async () => undefined, store: async () => undefined, delete: async () => undefined, onDidChange: () => new Disposable() },
      extensionMode: 1,
      extension: { id: 'attest.attest', extensionPath, extensionUri: stubUri(extensionPath), packageJSON, isActive: true, extensionKind: 1, exports: undefined },
      asAbsolutePath: (p: string) => join(extensionPath, p),
      environmentVariableCollection: { replace: () => undefined, append: () => undefined, prepend: () => undefined, clear: () => undefined },
    },
    'context',
    touched,
  );
}
