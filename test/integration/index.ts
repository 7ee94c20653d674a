// Entry point of the integration suite inside the extension host. Both runners (code-server via
// runCodeServer.ts and desktop VS Code via runElectron.ts) pass this module as extensionTestsPath;
// VS Code calls `run()` once the extension under development is loaded, and exits with 0 when the
// promise resolves, 1 when it rejects.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * Prefix of the two lines the runners look for: `extension-host: running N test file(s)` when mocha
 * starts, and `extension-host: N passed, N failed` (the plain form CI reads) when it ends.
 */
export const RESULT_PREFIX = 'extension-host:';

/** Runs every out/test/integration/**\/*.test.js with mocha; rejects when any test failed or none ran. */
export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    // The first test pays for extension activation and the editor's first file open.
    timeout: Number(process.env.ATTEST_TEST_TIMEOUT_MS ?? 60_000),
    grep: process.env.ATTEST_TEST_GREP,
  });

  const files = findTestFiles(__dirname);
  for (const file of files) mocha.addFile(file);
  console.log(`${RESULT_PREFIX} running ${files.length} test file(s)`);

  const stats = await new Promise<Mocha.Stats>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(runner.stats ?? emptyStats()));
    } catch (error) {
      reject(error);
    }
  });

  const pending = stats.pending ? `, ${stats.pending} skipped` : '';
  console.log(`${RESULT_PREFIX} ${stats.passes} passed, ${stats.failures} failed${pending}`);
  if (stats.failures > 0) throw new Error(`${stats.failures} integration test(s) failed`);
  if (stats.tests === 0) throw new Error('no integration test ran');
}

/** Returns the sorted paths of *.test.js files under `dir`. */
function findTestFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.test.js'))
    .map((name) => path.join(dir, name))
    .sort();
}

function emptyStats(): Mocha.Stats {
  return { suites: 0, tests: 0, passes: 0, pending: 0, failures: 0 };
}
