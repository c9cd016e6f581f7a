// Bundles the extension client, the language server, the CLI and the benchmark with esbuild,
// and the web extension (VS Code for the Web): dist/web/extension.js + dist/web/server.js.
// Usage: node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { relative } from 'node:path';

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
  { entryPoints: ['scripts/bench-lsp.ts'], outfile: 'dist/bench-lsp.js' },
].filter((e) => existsSync(e.entryPoints[0]));

// ---- web: the extension host of VS Code for the Web and a web worker have no Node.
//
// Node built-ins are stubbed only where they are reached from Node-only code
// paths of shared modules (diagnostics.ts: rule links found on disk, replaced
// by the web host's resolver before any diagnostic is made). Any other import
// of a built-in fails the build, and so does any `require` left in a bundle
// other than the extension's `require("vscode")`.
const NODE_STUB_ALLOWED = new Set(['server/src/diagnostics.ts']);
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function nodeBuiltinGuard(label) {
  return {
    name: 'node-builtin-guard',
    setup(build) {
      build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
        if (!builtins.has(args.path)) return undefined;
        const from = relative(process.cwd(), args.importer).split('\\').join('/');
        if (!NODE_STUB_ALLOWED.has(from)) {
          return { errors: [{ text: `${label}: Node built-in "${args.path}" imported by ${from} would leak into the browser bundle` }] };
        }
        return { path: args.path, namespace: 'node-stub' };
      });
      build.onLoad({ filter: /.*/, namespace: 'node-stub' }, (args) => ({
        contents: `module.exports = new Proxy({}, { get: (_, k) => k === '__esModule' ? false : () => { throw new Error(${JSON.stringify(args.path)} + '.' + String(k) + ' is not available in the browser'); } });`,
        loader: 'js',
      }));
    },
  };
}

const web = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  minify,
  logLevel: 'warning',
  mainFields: ['browser', 'module', 'main'],
  // Both run in web workers (the web extension host is one): no DOM, so the
  // "worker" export condition wins over "browser" (decode-named-character-reference's
  // browser build calls document.createElement).
  conditions: ['worker'],
  define: { __dirname: '"/"', 'process.env.NODE_ENV': '"production"' },
  metafile: true,
};

const webEntries = [
  {
    ...web,
    entryPoints: ['client/src/browserExtension.ts'],
    outfile: 'dist/web/extension.js',
    format: 'cjs',
    external: ['vscode'],
    alias: { 'vscode-languageclient/node': 'vscode-languageclient/browser' },
    plugins: [nodeBuiltinGuard('dist/web/extension.js')],
  },
  {
    ...web,
    entryPoints: ['server/src/browserServer.ts'],
    outfile: 'dist/web/server.js',
    format: 'iife',
    alias: { 'vscode-languageserver/node': 'vscode-languageserver/browser' },
    plugins: [nodeBuiltinGuard('dist/web/server.js')],
  },
];

/** A browser bundle must not require anything but the VS Code API. */
export function checkWebBundle(file) {
  const text = readFileSync(file, 'utf8');
  const leaks = new Set();
  for (const m of text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) if (m[1] !== 'vscode') leaks.add(m[1]);
  if (leaks.size) throw new Error(`${file}: requires ${[...leaks].join(', ')}: not available in the browser`);
}

if (watch) {
  for (const e of [...entries, ...webEntries]) {
    const ctx = await esbuild.context({ ...common, ...e });
    await ctx.watch();
  }
  console.log('esbuild: watching…');
} else {
  await Promise.all([...entries.map((e) => esbuild.build({ ...common, ...e })), ...webEntries.map((e) => esbuild.build(e))]);
  for (const e of webEntries) checkWebBundle(e.outfile);
}
