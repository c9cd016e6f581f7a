// The bundles in dist/ (server, CLI, web worker) built once per test run,
// whatever the number of suites that need them. THETHUC_REBUILD=0 skips the
// build when dist/ already has the bundles (a run right after `npm run build`).

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const BUNDLES = ['server.js', 'cli.js', join('web', 'server.js')].map((f) => join(ROOT, 'dist', f));

let built = false;

export function ensureBuilt(): void {
  if (built) return;
  if (process.env.THETHUC_REBUILD !== '0' || !BUNDLES.every((f) => existsSync(f))) {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  }
  built = true;
}
