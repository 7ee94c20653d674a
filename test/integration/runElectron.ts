// Runs the same integration suite (index.ts) in desktop VS Code through @vscode/test-electron,
// for machines that can download VS Code (a writer's laptop, a public CI). On machines that reach
// only the npm registry use runCodeServer.ts (`npm run test:integration`) instead.
//
// On Linux without a display, run it under a virtual one: `xvfb-run -a npm run test:electron`.
// Environment: ATTEST_VSCODE_VERSION (default "stable"; e.g. "1.100.3", the oldest we support),
// ATTEST_TEST_GREP (mocha grep).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { copyFixtureWorkspace, makeTempDir, removeDir, repoRoot } from './util';

async function main(): Promise<number> {
  const tmp = makeTempDir('electron');
  try {
    const workspace = copyFixtureWorkspace(tmp);
    return await runTests({
      version: process.env.ATTEST_VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      extensionTestsEnv: { ATTEST_TEST_GREP: process.env.ATTEST_TEST_GREP },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`,
      ],
    });
  } finally {
    removeDir(tmp);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`integration tests in desktop VS Code failed: ${(error as Error).message ?? error}`);
    console.log('integration: 0 passed, 1 failed');
    process.exit(1);
  },
);
