// Compiles the test suites (unit and integration) to out/ with tsc, one JS file per TS file,
// so mocha and the VS Code test runners load them without a TS loader.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
rmSync('out', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
