#!/usr/bin/env node
// Bundles the in-host end-to-end suite: test/e2e/suite/index.ts and every
// test/e2e/suite/*.test.ts -> out/e2e/*.js (CommonJS, Node 20).
//
// `vscode` is provided by the extension host. `mocha` stays external too: it
// resolves from the repository's node_modules (out/e2e/ is inside the repo),
// which keeps mocha's own dynamic requires (reporters, interfaces) working.
// Each test file is its own bundle because index.ts hands file paths to
// mocha.addFile(); helpers.ts is inlined into each (it holds no shared state).
//
// Usage: node scripts/e2e/build-suite.mjs

import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
export const suiteSrc = path.join(repoRoot, 'test', 'e2e', 'suite');
export const suiteOut = path.join(repoRoot, 'out', 'e2e');
export const suiteIndex = path.join(suiteOut, 'index.js');

export async function buildSuite() {
  const tests = fs
    .readdirSync(suiteSrc)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(suiteSrc, f));
  fs.rmSync(suiteOut, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(suiteSrc, 'index.ts'), ...tests],
    outdir: suiteOut,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return { index: suiteIndex, tests: tests.length };
}

// The web suite (npm run test:web): test/e2e/web/index.ts -> out/e2e-web/index.js,
// one browser bundle for the web-worker extension host (CommonJS: the host loads
// extensionTestsPath as a CommonJS module and provides only `vscode`), with
// mocha's browser build and the example letter inlined.
export const webSuiteSrc = path.join(repoRoot, 'test', 'e2e', 'web');
export const webSuiteOut = path.join(repoRoot, 'out', 'e2e-web');
export const webSuiteIndex = path.join(webSuiteOut, 'index.js');
export const exampleLetter = path.resolve(repoRoot, '..', 'shared', 'examples', 'cong-van-1465-SNN-VP.md');

export async function buildWebSuite() {
  fs.rmSync(webSuiteOut, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(webSuiteSrc, 'index.ts')],
    outfile: webSuiteIndex,
    bundle: true,
    platform: 'browser',
    conditions: ['worker'],
    target: 'es2022',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    define: { THETHUC_LETTER: JSON.stringify(fs.readFileSync(exampleLetter, 'utf8')) },
    logLevel: 'warning',
  });
  return { index: webSuiteIndex };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  (process.argv.includes('--web') ? buildWebSuite().then(() => console.log(`web e2e suite -> ${path.relative(process.cwd(), webSuiteOut)}`)) : buildSuite()).then(
    (r) => r && console.log(`e2e suite: ${r.tests} test file(s) -> ${path.relative(process.cwd(), suiteOut) || suiteOut}`),
    (e) => {
      console.error(e.message || e);
      process.exit(1);
    },
  );
}
