// The bundles in dist/ (server, CLI, workers, web worker) built at most once
// per test run, whatever the number of suites that need them, and not at all
// when they are newer than everything they are built from (a run right after
// `npm run build`, or a second run). THETHUC_REBUILD=1 builds anyway;
// THETHUC_REBUILD=0 never builds when the bundles exist.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const BUNDLES = ['server.js', 'cli.js', 'worker.js', 'analysisWorker.js', join('web', 'server.js')].map((f) => join(ROOT, 'dist', f));

/** What the bundles are built from: sources, build script, package and lock files (dependencies). */
const SOURCE_DIRS = ['server/src', 'client/src', 'scripts'];
const SOURCE_FILES = ['package.json', 'tsconfig.json', 'node_modules/.package-lock.json'];

/** Newest modification time (ms) of the files under `dir`. */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestUnder(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The bundles exist and each is newer than every file it may be built from. */
export function bundlesFresh(): boolean {
  if (!BUNDLES.every((f) => existsSync(f))) return false;
  const oldestBundle = Math.min(...BUNDLES.map((f) => statSync(f).mtimeMs));
  const newestSource = Math.max(
    ...SOURCE_DIRS.map((d) => newestUnder(join(ROOT, d))),
    ...SOURCE_FILES.map((f) => join(ROOT, f)).filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs),
  );
  return oldestBundle > newestSource;
}

let built = false;

export function ensureBuilt(): void {
  if (built) return;
  const rebuild = process.env.THETHUC_REBUILD;
  const skip = rebuild === '0' ? BUNDLES.every((f) => existsSync(f)) : rebuild !== '1' && bundlesFresh();
  if (!skip) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  built = true;
}
