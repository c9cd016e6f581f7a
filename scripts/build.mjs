// Bundles the extension client, the language server, the CLI and the benchmark with esbuild.
// Usage: node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify,
  logLevel: 'warning',
  // remark's ESM packages are bundled; only the VS Code API stays external.
  external: ['vscode'],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli/worker.ts'], outfile: 'dist/worker.js' },
  { entryPoints: ['server/src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench.js' },
  { entryPoints: ['scripts/bench-workers.ts'], outfile: 'dist/bench-workers.js' },
].filter((e) => existsSync(e.entryPoints[0]));

if (watch) {
  for (const e of entries) {
    const ctx = await esbuild.context({ ...common, ...e });
    await ctx.watch();
  }
  console.log('esbuild: watching…');
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
}
