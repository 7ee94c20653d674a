// Bundles the extension, the CLI and the dev tools (eval, bench) with esbuild.
// `vscode` stays external: the editor provides it at run time.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  logLevel: 'warning',
  // minisearch and yaml ship ESM and CJS builds: prefer the ESM one so esbuild can tree-shake it.
  mainFields: ['module', 'main'],
};

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/worker/corpusWorker.ts'], outfile: 'dist/worker.js', optional: true },
  { ...common, entryPoints: ['scripts/eval.ts'], outfile: 'dist/eval.js', minify: false, optional: true },
  { ...common, entryPoints: ['scripts/bench/bench.ts'], outfile: 'dist/bench.js', minify: false, optional: true },
];

import { existsSync } from 'node:fs';
for (const { optional, ...options } of builds) {
  if (optional && !existsSync(options.entryPoints[0])) continue;
  if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  } else {
    await esbuild.build(options);
  }
}
chmodSync('dist/cli.js', 0o755);
