// Runs the integration tests in a real VS Code on this machine: code-server (VS Code 1.100 for the
// browser) driven by Debian's Chromium through playwright-core. See shared/notes/real-vscode.md.
//
//   1. extension-host suite: the page URL carries extensionDevelopmentPath (the repo) and
//      extensionTestsPath (out/test/integration/index.js); VS Code runs index.ts's run() inside
//      the extension host and reports the result through window.codeAutomationExit.
//   2. UI suite: a second page loads the extension without tests, and mocha (here, in Node) runs
//      ui/*.ui.js, which drive the workbench with keyboard and mouse and take screenshots.
//
// Each phase gets its own temp copy of test/fixtures/workspace. The server runs in its own process
// group, which is killed at the end whatever happened, and every temp folder is removed.
//
// Environment: ATTEST_IT_TIMEOUT_MS (whole run, default 300 000), ATTEST_SKIP_INSTALL=1 (do not
// run scripts/install-code-server.sh), ATTEST_SKIP_UI=1 (phase 1 only), ATTEST_VERBOSE=1 (print all
// of VS Code's log and the browser console, and the server log at the end), ATTEST_TEST_GREP (mocha
// grep, both phases). Screenshots and code-server.log land in test-artifacts/integration/.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';
import { RESULT_PREFIX } from './index';
import { launchChromium, toolsPrefix, type BrowserContext, type Page } from './ui/playwright';
import { setUiSession } from './ui/session';
import { artifactsDir, screenshot, waitForWorkbench } from './ui/workbench';
import { copyFixtureWorkspace, makeTempDir, removeDir, repoRoot, waitFor } from './util';

const TIMEOUT_MS = Number(process.env.ATTEST_IT_TIMEOUT_MS ?? 300_000);
const VERBOSE = process.env.ATTEST_VERBOSE === '1';
const codeServerEntry = path.join(toolsPrefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

interface Counts {
  passed: number;
  failed: number;
}

/** Clean-up steps, run last-in first-out exactly once, whichever way the run ends. */
const cleanups: (() => Promise<void> | void)[] = [];
let cleanedUp: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleanedUp ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.warn(`clean-up step failed: ${(error as Error).message}`);
      }
    }
  })();
  return cleanedUp;
}

let phase = 'starting';
const startedAt = Date.now();
function section(title: string): void {
  phase = title;
  console.log(`\n=== ${title} (${((Date.now() - startedAt) / 1000).toFixed(1)} s) ===`);
}

async function main(): Promise<Counts> {
  section('install code-server and playwright-core');
  ensureTools();

  const tmp = makeTempDir('it');
  cleanups.push(() => removeDir(tmp));
  removeDir(artifactsDir);
  fs.mkdirSync(artifactsDir, { recursive: true });

  section('start code-server');
  const server = await startCodeServer(tmp);
  cleanups.push(() => server.stop());
  console.log(`code-server listening on ${server.origin}`);

  section('launch chromium');
  const context = await launchChromium(path.join(tmp, 'chromium-profile'));
  cleanups.push(() => withTimeout(context.close(), 10_000, () => 'closing chromium'));

  section('extension-host suite');
  const host = await runExtensionHostSuite(context, server, copyFixtureWorkspace(path.join(tmp, 'host')));

  let ui: Counts = { passed: 0, failed: 0 };
  if (process.env.ATTEST_SKIP_UI === '1') {
    console.log('UI suite skipped (ATTEST_SKIP_UI=1)');
  } else {
    section('UI suite');
    ui = await runUiSuite(context, server, copyFixtureWorkspace(path.join(tmp, 'ui')));
    console.log(`screenshots in ${path.relative(repoRoot, artifactsDir)}/`);
  }

  console.log(`\nextension host: ${host.passed} passed, ${host.failed} failed; UI: ${ui.passed} passed, ${ui.failed} failed`);
  return { passed: host.passed + ui.passed, failed: host.failed + ui.failed };
}

/** Runs scripts/install-code-server.sh (idempotent: a fraction of a second when all is there). */
function ensureTools(): void {
  if (process.env.ATTEST_SKIP_INSTALL === '1') {
    console.log('skipped (ATTEST_SKIP_INSTALL=1)');
  } else {
    const result = spawnSync('bash', [path.join(repoRoot, 'scripts', 'install-code-server.sh')], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`scripts/install-code-server.sh failed (exit ${result.status ?? result.signal})`);
  }
  if (!fs.existsSync(codeServerEntry)) throw new Error(`code-server is not installed: ${codeServerEntry} is missing`);
}

interface CodeServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** Builds the page URL that opens `folder` with the given development payload. */
  url(folder: string, payload: Record<string, string>): string;
  /** Turns an absolute path on this machine into the URI the workbench resolves on the server. */
  remoteUri(absPath: string): string;
  stop(): Promise<void>;
}

/** Starts code-server in its own process group with throw-away state; resolves once /healthz answers. */
async function startCodeServer(tmp: string): Promise<CodeServer> {
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const userData = path.join(tmp, 'code-server', 'user-data');
  const extensions = path.join(tmp, 'code-server', 'extensions');
  const xdg = path.join(tmp, 'code-server', 'xdg');
  const config = path.join(tmp, 'code-server', 'config.yaml');
  for (const dir of [userData, extensions, xdg]) fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(config, `bind-addr: ${authority}\nauth: none\ncert: false\n`);
  // Quieter, steadier screens: nothing opens on its own, nothing reaches for the network.
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'git.enabled': false,
        'chat.commandCenter.enabled': false,
      },
      null,
      2,
    ),
  );

  const logFile = path.join(tmp, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    [
      codeServerEntry,
      '--auth', 'none',
      '--bind-addr', authority,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--extensions-dir', extensions,
      '--user-data-dir', userData,
      '--config', config,
    ],
    {
      // detached: the child calls setsid(), so it leads a process group that we kill as a whole
      // (extension hosts and language servers would otherwise outlive it).
      detached: true,
      stdio: ['ignore', log, log],
      env: {
        ...process.env,
        XDG_CONFIG_HOME: path.join(xdg, 'config'),
        XDG_DATA_HOME: path.join(xdg, 'data'),
        XDG_CACHE_HOME: path.join(xdg, 'cache'),
        XDG_STATE_HOME: path.join(xdg, 'state'),
        // No marketplace: its look-ups cannot succeed here and only add error toasts.
        EXTENSIONS_GALLERY: '{}',
      },
    },
  );
  fs.closeSync(log);
  let exit: string | undefined;
  child.on('exit', (code, signal) => (exit = `code ${code ?? '-'}, signal ${signal ?? '-'}`));

  const origin = `http://${authority}`;
  const stop = async (): Promise<void> => {
    const pid = child.pid;
    if (pid !== undefined) {
      killGroup(pid, 'SIGTERM');
      await waitFor(() => exit !== undefined, { timeout: 5_000, message: 'code-server to exit' }).catch(() => undefined);
      // Whatever is left in the group (extension hosts, watchers) goes now.
      killGroup(pid, 'SIGKILL');
    }
    try {
      fs.copyFileSync(logFile, path.join(artifactsDir, 'code-server.log'));
    } catch {
      // No artifacts folder (clean-up after an early failure): the log is not worth failing for.
    }
    if (VERBOSE) process.stdout.write(fs.readFileSync(logFile, 'utf8'));
  };

  try {
    await waitFor(
      async () => {
        if (exit !== undefined) throw new Error(`code-server exited (${exit})`);
        const response = await fetch(`${origin}/healthz`);
        return response.ok;
      },
      { timeout: 30_000, interval: 100, message: `code-server to answer on ${origin}/healthz` },
    );
  } catch (error) {
    console.error(tail(logFile, 40));
    await stop();
    throw error;
  }

  const remoteUri = (absPath: string) => `vscode-remote://${authority}${absPath}`;
  return {
    origin,
    remoteUri,
    url(folder, payload) {
      // The workbench reads `payload` as a JSON list of [name, value] pairs.
      const pairs = JSON.stringify(Object.entries(payload));
      return `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(pairs)}`;
    },
    stop,
  };
}

/** Phase 1: index.ts's run() inside the extension host; returns its counts. */
async function runExtensionHostSuite(context: BrowserContext, server: CodeServer, workspace: string): Promise<Counts> {
  const page = await context.newPage();
  let reported: Counts | undefined;
  let started = false;
  const preamble: string[] = [];
  const resultLine = new RegExp(`^${RESULT_PREFIX} (\\d+) passed, (\\d+) failed`);
  // VS Code hands its log, which carries the extension host's console (so mocha's report), to
  // window.codeAutomationLog when the page defines it, with the original arguments. Its chatter
  // before the suite starts is kept back, and shown only if the suite never reports.
  await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    const text = util.format(...(Array.isArray(args) ? args : [args]));
    const line = type === 'info' || type === 'trace' || type === 'debug' ? text : `[${type}] ${text}`;
    if (text.startsWith(`${RESULT_PREFIX} running`)) started = true;
    const match = resultLine.exec(text);
    if (match) reported = { passed: Number(match[1]), failed: Number(match[2]) };
    if (started || VERBOSE || type === 'error' || type === 'warn') console.log(line);
    else preamble.push(line);
  });
  forwardBrowserConsole(page);

  let exitCode: number | undefined;
  let crashed = false;
  page.on('crash', () => (crashed = true));
  await page.exposeFunction('codeAutomationExit', (code: number) => {
    exitCode = code;
    console.log(`extension-host suite finished with exit code ${code} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
  });

  await page.goto(
    server.url(workspace, {
      extensionDevelopmentPath: server.remoteUri(repoRoot),
      extensionTestsPath: server.remoteUri(path.join(__dirname, 'index.js')),
    }),
    { waitUntil: 'domcontentloaded' },
  );
  try {
    await waitFor(
      () => {
        if (crashed) throw new Error('the page crashed');
        return exitCode !== undefined;
      },
      { timeout: 10 * 60_000, interval: 100, message: 'the extension-host suite to report through codeAutomationExit' },
    );
  } catch (error) {
    if (!started) console.log(['--- VS Code log so far ---', ...preamble, '---'].join('\n'));
    await screenshot(page, 'failure-extension-host').catch(() => undefined);
    throw error;
  }
  if (exitCode !== 0) {
    if (!started) console.log(['--- VS Code log before the suite failed ---', ...preamble, '---'].join('\n'));
    await screenshot(page, 'failure-extension-host').catch(() => undefined);
  }
  await page.close();

  if (!reported) return { passed: 0, failed: 1 }; // it died before mocha could report
  if (exitCode !== 0 && reported.failed === 0) return { ...reported, failed: 1 };
  return reported;
}

/** Phase 2: mocha, in this process, over ui/*.ui.js against a workbench with the extension loaded. */
async function runUiSuite(context: BrowserContext, server: CodeServer, workspace: string): Promise<Counts> {
  const page = await context.newPage();
  if (VERBOSE) {
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) =>
      console.log(`[${type}] ${util.format(...(Array.isArray(args) ? args : [args]))}`),
    );
  }
  forwardBrowserConsole(page);
  await page.goto(server.url(workspace, { extensionDevelopmentPath: server.remoteUri(repoRoot) }), {
    waitUntil: 'domcontentloaded',
  });
  await waitForWorkbench(page);
  setUiSession({ page, workspace });

  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: 60_000,
    grep: process.env.ATTEST_TEST_GREP,
  });
  const uiDir = path.join(__dirname, 'ui');
  for (const file of fs.readdirSync(uiDir).filter((name) => name.endsWith('.ui.js')).sort()) {
    mocha.addFile(path.join(uiDir, file));
  }
  const stats = await new Promise<Mocha.Stats | undefined>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  if (stats && stats.failures > 0) await screenshot(page, 'failure-ui').catch(() => undefined);
  setUiSession(undefined);
  await page.close();
  return { passed: stats?.passes ?? 0, failed: stats?.failures ?? 1 };
}

/**
 * Prints what the page writes to its console, except VS Code's own log lines (styled with %c),
 * which reach us through codeAutomationLog when we want them.
 */
function forwardBrowserConsole(page: Page): void {
  page.on('pageerror', (error) => console.log(`[browser pageerror] ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('%c')) return;
    // code-server does not ship VS Code's closed-source vsda module; the workbench copes without it.
    if (message.location().url.includes('/vsda/')) return;
    // Errors only, unless verbose: warnings here are the workbench's own (iframe sandboxing, mime types).
    if (message.type() === 'error' || VERBOSE) console.log(`[browser ${message.type()}] ${text} (${message.location().url})`);
  });
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Returns a TCP port that was free a moment ago on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what()} took more than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs main() under the overall deadline, always cleans up, and returns the counts to report. */
async function runWithDeadline(): Promise<Counts> {
  try {
    const run = main();
    // After a time-out main() keeps failing in the background as clean-up pulls things away.
    run.catch(() => undefined);
    return await withTimeout(
      run,
      TIMEOUT_MS,
      () => `the integration run (stuck in "${phase}"; raise ATTEST_IT_TIMEOUT_MS to allow more)`,
    );
  } catch (error) {
    console.error(`\nintegration run failed: ${(error as Error).stack ?? error}`);
    return { passed: 0, failed: 1 };
  } finally {
    section('clean up');
    await cleanUp();
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\nreceived ${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

void runWithDeadline().then(({ passed, failed }) => {
  const code = failed === 0 && passed > 0 ? 0 : 1;
  console.log(`done in ${((Date.now() - startedAt) / 1000).toFixed(1)} s, exit code ${code}`);
  // The plain closing line CI reads; keep it last.
  console.log(`integration: ${passed} passed, ${failed} failed`);
  process.exit(code);
});
