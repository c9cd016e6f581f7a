#!/usr/bin/env node
// Installs code-server (VS Code 1.100.3 with a Node extension host) on demand
// into <repo>/.cache/code-server/, the way @vscode/test-electron caches VS Code
// in .vscode-test/. Not a project dependency: nothing is added to package.json.
//
// Usage:  node scripts/e2e/install-code-server.mjs [--force]
//
// Why each step (see ../shared/notes/real-vscode-host.md (beside the repository)):
//  - code-server@4.100.3 is the newest release whose engines.node accepts Node 20.
//  - Debian packages: chromium (the browser playwright-core drives),
//    libkrb5-dev (kerberos native module), ripgrep (seeds @vscode/ripgrep),
//    fonts-noto-mono (Vietnamese glyphs in the editor, for screenshots).
//  - --unsafe-perm: code-server's postinstall refuses to run as root without it.
//  - npm_config_yes=true: node-pty's postinstall runs `npx node-gyp`.
//  - @vscode/ripgrep's postinstall downloads ripgrep from GitHub unless the
//    asset is already in os.tmpdir()/vscode-ripgrep-cache-<its version>/; we
//    seed that cache with a tarball of Debian's /usr/bin/rg.
//  - npm 11 "allowScripts": unreviewed install scripts only warn unless
//    strict-allow-scripts is on, but we make it explicit: the cache folder's
//    package.json approves code-server's and argon2's scripts, and
//    npm_config_strict_allow_scripts=false reaches the nested `npm install`
//    runs that code-server's postinstall performs in lib/vscode (a separate
//    project, so the root policy does not cover it). `--allow-scripts` on the
//    command line is rejected by npm for project-scoped installs.
//
// Idempotent: a marker file records a finished install; a partial install
// (no marker) is wiped and redone.

import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
// @vscode/ripgrep version -> ripgrep release tag its postinstall downloads
// (const VERSION in node_modules/@vscode/ripgrep/lib/postinstall.js).
const RIPGREP_RELEASES = { '1.15.11': 'v13.0.0-10' };
const APT_PACKAGES = [
  { pkg: 'chromium', file: '/usr/bin/chromium' },
  { pkg: 'libkrb5-dev', file: '/usr/include/gssapi/gssapi.h' },
  { pkg: 'ripgrep', file: '/usr/bin/rg' },
  // A monospace font with the precomposed Vietnamese letters (ề, ộ, …): with
  // only DejaVu/Liberation Mono, Chromium draws them as base + loose accents
  // and the screenshots are unreadable. 1 MB.
  { pkg: 'fonts-noto-mono', file: '/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf' },
];

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const cacheDir = process.env.THETHUC_CODE_SERVER_DIR
  ? path.resolve(process.env.THETHUC_CODE_SERVER_DIR)
  : path.join(repoRoot, '.cache', 'code-server');
const markerFile = path.join(cacheDir, `.installed-${CODE_SERVER_VERSION}`);
const packageDir = path.join(cacheDir, 'node_modules', 'code-server');
export const codeServerBin = path.join(packageDir, 'out', 'node', 'entry.js');

class InstallError extends Error {}

function log(msg) {
  process.stderr.write(`[install-code-server] ${msg}\n`);
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function aptMissing() {
  return APT_PACKAGES.filter(({ pkg, file }) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    const installed = r.status === 0 && /install ok installed/.test(r.stdout);
    return !installed || !fs.existsSync(file);
  }).map(({ pkg }) => pkg);
}

export function ensureAptPackages() {
  const missing = aptMissing();
  if (missing.length === 0) return;
  const cmd = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (!isRoot()) {
    throw new InstallError(
      `missing Debian packages: ${missing.join(', ')}.\n` +
        `Install them first (as root):\n  ${cmd}`,
    );
  }
  log(`installing Debian packages: ${missing.join(', ')}`);
  const r = spawnSync('sh', ['-c', cmd], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) throw new InstallError(`\`${cmd}\` failed (exit ${r.status})`);
  const still = aptMissing();
  if (still.length) throw new InstallError(`still missing after apt-get: ${still.join(', ')}`);
}

function ripgrepTarget() {
  if (process.platform !== 'linux') {
    throw new InstallError(`this installer supports Linux only (found ${process.platform})`);
  }
  const arch = process.env.npm_config_arch || os.arch();
  const targets = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };
  if (!targets[arch]) throw new InstallError(`unsupported architecture for the ripgrep seed: ${arch}`);
  return targets[arch];
}

// Runs a command, appending its output to logFile; rejects with the log tail.
function run(cmd, args, { env, logFile, cwd }) {
  return new Promise((resolve, reject) => {
    fs.appendFileSync(logFile, `\n$ ${cmd} ${args.join(' ')}\n`);
    const out = fs.openSync(logFile, 'a');
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', out, out] });
    const started = Date.now();
    const ticker = setInterval(() => {
      log(`  … still running (${Math.round((Date.now() - started) / 1000)} s)`);
    }, 30_000);
    child.on('error', (e) => {
      clearInterval(ticker);
      fs.closeSync(out);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(ticker);
      fs.closeSync(out);
      if (code === 0) return resolve();
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      reject(new InstallError(`\`${cmd} ${args.join(' ')}\` exited with ${code}; last lines of ${logFile}:\n${tail}`));
    });
  });
}

function seedRipgrepCache(tmpDir) {
  const shrinkwrap = path.join(packageDir, 'lib', 'vscode', 'npm-shrinkwrap.json');
  const lock = JSON.parse(fs.readFileSync(shrinkwrap, 'utf8'));
  const entry = lock.packages?.['node_modules/@vscode/ripgrep'];
  if (!entry?.version) throw new InstallError(`cannot find @vscode/ripgrep in ${shrinkwrap}`);
  const release = RIPGREP_RELEASES[entry.version];
  if (!release) {
    throw new InstallError(
      `code-server pins @vscode/ripgrep ${entry.version}, whose ripgrep release tag is unknown to this ` +
        `script; read VERSION in its lib/postinstall.js and add it to RIPGREP_RELEASES`,
    );
  }
  // @vscode/ripgrep/lib/download.js: path.join(os.tmpdir(), `vscode-ripgrep-cache-${packageVersion}`)
  const dir = path.join(tmpDir, `vscode-ripgrep-cache-${entry.version}`);
  const staging = path.join(tmpDir, 'rg-staging');
  fs.mkdirSync(dir, { recursive: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  const tarball = path.join(dir, `ripgrep-${release}-${ripgrepTarget()}.tar.gz`);
  const r = spawnSync('tar', ['czf', tarball, '-C', staging, 'rg']);
  if (r.status !== 0) throw new InstallError(`tar failed: ${r.stderr}`);
  log(`seeded ripgrep cache: ${tarball}`);
}

export function isInstalled() {
  return fs.existsSync(markerFile) && fs.existsSync(codeServerBin);
}

export async function ensureCodeServer({ force = false } = {}) {
  if (!force && isInstalled()) return { bin: codeServerBin, cacheDir };

  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) {
    throw new InstallError(`code-server@${CODE_SERVER_VERSION} requires Node 20 (this is Node ${process.versions.node})`);
  }
  ensureAptPackages();

  const t0 = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${path.relative(process.cwd(), cacheDir) || cacheDir} (about a minute, ~300 MB)`);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.writeFileSync(
    path.join(cacheDir, 'package.json'),
    JSON.stringify(
      {
        name: 'thethuc-code-server-cache',
        private: true,
        description: 'code-server for the end-to-end tests; installed by scripts/e2e/install-code-server.mjs',
        // Name-only entries: this machine's npmrc may set
        // omit-lockfile-registry-resolved, and without a "resolved" URL npm
        // cannot match a pinned `name@version` entry.
        allowScripts: { 'code-server': true, argon2: true },
      },
      null,
      2,
    ) + '\n',
  );
  const logFile = path.join(cacheDir, 'install.log');
  fs.writeFileSync(logFile, '');
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thethuc-cs-install-'));
  const env = {
    ...process.env,
    TMPDIR: tmpDir, // os.tmpdir() of every postinstall: where the ripgrep seed lives
    npm_config_yes: 'true',
    npm_config_unsafe_perm: 'true',
    npm_config_strict_allow_scripts: 'false',
    npm_config_ignore_scripts: 'false',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  try {
    // 1. Fetch code-server without running scripts, so that we can read the
    //    @vscode/ripgrep version it pins before its postinstall needs it.
    await run('npm', ['install', '--prefix', cacheDir, `code-server@${CODE_SERVER_VERSION}`, '--save-exact', '--unsafe-perm', '--ignore-scripts'], {
      env,
      logFile,
      cwd: cacheDir,
    });
    seedRipgrepCache(tmpDir);
    // 2. Run the install scripts (code-server's postinstall installs lib/vscode
    //    and its extensions: node-pty, kerberos, @vscode/ripgrep, ...).
    log('running install scripts (native modules)…');
    await run('npm', ['rebuild', '--prefix', cacheDir, '--unsafe-perm', '--foreground-scripts'], { env, logFile, cwd: cacheDir });

    const rg = path.join(packageDir, 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
    if (!fs.existsSync(rg)) throw new InstallError(`postinstall did not produce ${rg}; see ${logFile}`);
    // Even --version writes a default config and a log dir: keep them out of $HOME.
    const xdg = path.join(tmpDir, 'xdg');
    const v = spawnSync(process.execPath, [codeServerBin, '--version'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_DATA_HOME: path.join(xdg, 'data') },
    });
    if (v.status !== 0 || !v.stdout.includes(CODE_SERVER_VERSION)) {
      throw new InstallError(`code-server --version failed: ${v.stdout}${v.stderr}`);
    }
    fs.writeFileSync(markerFile, JSON.stringify({ version: CODE_SERVER_VERSION, installedAt: new Date().toISOString(), node: process.version }) + '\n');
    log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s: code-server ${v.stdout.trim().split('\n').pop()}`);
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
  return { bin: codeServerBin, cacheDir };
}

export { InstallError };

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  ensureCodeServer({ force }).then(
    ({ bin }) => {
      if (!force) log(`code-server ready: ${path.relative(process.cwd(), bin)}`);
    },
    (e) => {
      process.stderr.write(`[install-code-server] error: ${e instanceof InstallError ? e.message : e.stack || e}\n`);
      process.exit(1);
    },
  );
}
