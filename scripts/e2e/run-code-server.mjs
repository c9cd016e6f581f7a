#!/usr/bin/env node
// End-to-end launcher (`npm run test:e2e`): runs the in-host mocha suite
// (out/e2e/index.js, built from test/e2e/suite/) inside a real VS Code 1.100.3
// extension host, served by code-server and driven by Debian's Chromium through
// playwright-core. See ../shared/notes/real-vscode-host.md (beside the repository) for the recipe.
//
// Usage: node scripts/e2e/run-code-server.mjs [options]
//   --web                      run the extension in the web-worker extension host
//                              (VS Code for the Web: package.json `browser` entry,
//                              server in a web worker) with the web suite
//                              test/e2e/web (npm run test:web)
//   --vsix <file>              install this .vsix into the fresh extensions dir and
//                              test it (the repository is then NOT the dev extension)
//   --screenshots <dir>        where to save PNGs (default test-results/screenshots)
//   --no-screenshots           do not capture anything
//   --timeout <seconds>        budget for the suite, from opening the workbench to
//                              the extension host's exit (default 180, env THETHUC_E2E_TIMEOUT_S)
//   --grep <regexp>            only run tests whose full title matches
//   --workspace <dir>          folder to open (default test/e2e/workspace; copied to a temp dir)
//   --extension-development-path <dir>
//                              dev extension folder (default: the repository)
//   --skip-build               do not rebuild out/e2e, nor the extension (by default
//                              dev mode runs node scripts/build.mjs first)
//   --keep-temp                keep the temp dir (logs, profiles) for debugging
//   --verbose                  print every workbench log line
//
// Its last line is always `N passed, N failed`; the exit code is 0 only when the
// suite finished in time with no failure. A run that did not finish (timeout,
// crash) counts one extra failure so that the line never says "0 failed" then.

import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

import { ensureCodeServer, InstallError, repoRoot } from './install-code-server.mjs';
import { buildSuite, buildWebSuite, suiteIndex, webSuiteIndex } from './build-suite.mjs';

const CHROMIUM = process.env.THETHUC_CHROMIUM || '/usr/bin/chromium';
const RESULT_TAG = 'THETHUC_E2E_RESULT';
// Prefix of every line the in-host suite prints (test/e2e/suite/index.ts);
// the extension host's console reaches us through codeAutomationLog.
const LOG_TAG = '[thethuc-e2e] ';

// ---------------------------------------------------------------------------
// options

function parseOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        web: { type: 'boolean', default: false },
        vsix: { type: 'string' },
        screenshots: { type: 'string' },
        'no-screenshots': { type: 'boolean', default: false },
        timeout: { type: 'string' },
        grep: { type: 'string' },
        workspace: { type: 'string' },
        'extension-development-path': { type: 'string' },
        'skip-build': { type: 'boolean', default: false },
        'keep-temp': { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  } catch (e) {
    throw new UsageError(`${e.message} (see --help)`);
  }
  const { values } = parsed;
  if (values.help) {
    const text = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8');
    const lines = text.split('\n').slice(1);
    const header = lines.slice(0, lines.findIndex((l) => !l.startsWith('//')));
    console.log(header.map((l) => l.slice(3)).join('\n'));
    process.exit(0);
  }
  const timeoutS = Number(values.timeout ?? process.env.THETHUC_E2E_TIMEOUT_S ?? 180);
  if (!(timeoutS > 0)) throw new UsageError(`--timeout must be a positive number of seconds`);
  const vsix = values.vsix ? path.resolve(values.vsix) : undefined;
  if (vsix && !fs.existsSync(vsix)) throw new UsageError(`--vsix: no such file: ${vsix}`);
  if (vsix && values['extension-development-path']) throw new UsageError('--vsix and --extension-development-path exclude each other');
  return {
    web: values.web,
    vsix,
    screenshots: values.web ? undefined : values['no-screenshots'] ? undefined : path.resolve(values.screenshots ?? path.join(repoRoot, 'test-results', 'screenshots')),
    timeoutMs: timeoutS * 1000,
    grep: values.grep,
    workspace: path.resolve(values.workspace ?? path.join(repoRoot, 'test', 'e2e', 'workspace')),
    devPath: values['extension-development-path'] ? path.resolve(values['extension-development-path']) : undefined,
    skipBuild: values['skip-build'],
    keepTemp: values['keep-temp'],
    verbose: values.verbose,
  };
}

class UsageError extends Error {}

// ---------------------------------------------------------------------------
// small utilities

const t0 = Date.now();
const stamp = () => `${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s`;
const say = (msg) => process.stdout.write(`[e2e ${stamp()}] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// For races: a timer that does not keep the process alive once the race is won.
const unrefSleep = (ms) => new Promise((r) => setTimeout(r, ms).unref());

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
  });
}

/** PIDs of live processes whose environment carries our run id (descendants that left the group). */
function processesOfRun(runId) {
  const needle = Buffer.from(`THETHUC_E2E_RUN_ID=${runId}\0`);
  const pids = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/environ`).includes(needle)) pids.push(Number(entry));
    } catch {
      /* gone, or not ours to read */
    }
  }
  return pids;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(pred, ms, interval = 100) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await pred()) return true;
    await sleep(interval);
  }
  return !!(await pred());
}

function copyDir(src, dst) {
  fs.cpSync(src, dst, { recursive: true });
}

function codeServerEnv(dirs, runId, extra = {}) {
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    TMPDIR: dirs.tmpdir,
    EXTENSIONS_GALLERY: '{}',
    THETHUC_E2E_RUN_ID: runId,
    ...extra,
  };
  // Do not leak the launcher's own npm/mocha settings into the extension host.
  for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  delete env.PORT;
  return env;
}

// ---------------------------------------------------------------------------
// main

async function main() {
  const opts = parseOptions();
  const runId = randomUUID();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thethuc-e2e-'));
  const dirs = {
    tmp,
    userData: path.join(tmp, 'user-data'),
    extensions: path.join(tmp, 'extensions'),
    xdgConfig: path.join(tmp, 'xdg-config'),
    xdgData: path.join(tmp, 'xdg-data'),
    xdgCache: path.join(tmp, 'xdg-cache'),
    // TMPDIR of code-server, the extension host and Chromium: their sockets
    // (vscode-ipc-*.sock) and scratch dirs go away with the run's temp dir.
    tmpdir: path.join(tmp, 'tmp'),
    browser: path.join(tmp, 'chromium-profile'),
    workspace: path.join(tmp, 'workspace'),
    signals: path.join(tmp, 'signals'),
    stub: path.join(tmp, 'test-runner-extension'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const resultsFile = path.join(tmp, 'results.json');
  const serverLog = path.join(tmp, 'code-server.log');

  const state = { server: undefined, context: undefined, cleaned: false, interrupted: undefined };
  const cleanup = async () => {
    if (state.cleaned) return;
    state.cleaned = true;
    if (state.context) {
      await Promise.race([state.context.close().catch(() => {}), unrefSleep(10_000)]);
    }
    if (state.server?.pid) {
      const pgid = state.server.pid;
      try {
        process.kill(-pgid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      if (!(await waitUntil(() => !groupAlive(pgid), 5000))) {
        try {
          process.kill(-pgid, 'SIGKILL');
        } catch {
          /* gone */
        }
        await waitUntil(() => !groupAlive(pgid), 5000);
      }
    }
    // Anything started by this run that escaped the process group (setsid'd
    // helpers, browser zombies) still carries THETHUC_E2E_RUN_ID in its env.
    let stray = processesOfRun(runId);
    if (stray.length) {
      say(`killing ${stray.length} stray process(es) of this run: ${stray.join(' ')}`);
      for (const pid of stray) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      await waitUntil(() => stray.every((p) => !alive(p)), 5000);
      stray = processesOfRun(runId).filter(alive);
      if (stray.length) say(`warning: still alive: ${stray.join(' ')}`);
    }
    if (opts.keepTemp) say(`kept temp dir ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  };
  const onSignal = (sig) => {
    state.interrupted = sig;
    say(`${sig}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);

  let summary = { passed: 0, failed: 0, pending: 0, done: false, failures: [] };
  let exitCode = 1;
  let problem;
  try {
    // 1. code-server and the compiled suite
    const { bin } = await ensureCodeServer();
    const testsIndex = opts.web ? webSuiteIndex : suiteIndex;
    if (!opts.skipBuild) {
      await (opts.web ? buildWebSuite() : buildSuite());
      if (!opts.vsix && !opts.devPath) buildExtension();
    }
    if (!fs.existsSync(testsIndex)) throw new UsageError(`${testsIndex} is missing: run node scripts/e2e/build-suite.mjs${opts.web ? ' --web' : ''}`);

    // 2. the extension under test
    let devPath = opts.devPath ?? repoRoot;
    if (opts.vsix) {
      say(`installing ${path.basename(opts.vsix)} into a fresh extensions dir`);
      const r = spawnSync(
        process.execPath,
        [bin, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--force', '--install-extension', opts.vsix],
        { env: codeServerEnv(dirs, runId), encoding: 'utf8', timeout: 120_000 },
      );
      if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
      const installed = fs.readdirSync(dirs.extensions).filter((d) => !d.startsWith('.') && d !== 'extensions.json');
      say(`installed: ${installed.join(', ') || '(nothing?)'}`);
      // extensionTestsPath only runs together with an extensionDevelopmentPath:
      // give it an empty extension (different id, no code) so that the
      // installed package is the one that activates.
      fs.writeFileSync(
        path.join(dirs.stub, 'package.json'),
        JSON.stringify(
          {
            name: 'thethuc-e2e-test-runner',
            publisher: 'thethuc-e2e',
            version: '0.0.0',
            private: true,
            engines: { vscode: '^1.100.0' },
            description: 'Empty development extension so that the e2e suite can run against an installed .vsix',
          },
          null,
          2,
        ),
      );
      devPath = dirs.stub;
    }

    // 3. fresh user settings and workspace
    const settingsDir = path.join(dirs.userData, 'User');
    fs.mkdirSync(settingsDir, { recursive: true });
    fs.writeFileSync(
      path.join(settingsDir, 'settings.json'),
      JSON.stringify(
        {
          'workbench.startupEditor': 'none',
          'workbench.tips.enabled': false,
          'workbench.enableExperiments': false,
          'workbench.welcomePage.walkthroughs.openOnInstall': false,
          'workbench.colorTheme': 'Default Light Modern',
          'telemetry.telemetryLevel': 'off',
          'security.workspace.trust.enabled': false,
          'extensions.autoCheckUpdates': false,
          'extensions.autoUpdate': false,
          'extensions.ignoreRecommendations': true,
          'update.mode': 'none',
          'git.enabled': false,
          'git.autoRepositoryDetection': false,
          'github.gitAuthentication': false,
          'chat.commandCenter.enabled': false,
          'files.autoSave': 'off',
          // The settings tests write .vscode/settings.json into the (temp) workspace.
          'files.exclude': { '**/.vscode': true },
          'files.watcherExclude': { '**': false },
          'editor.hover.delay': 200,
          // Has the precomposed Vietnamese letters (fonts-noto-mono).
          'editor.fontFamily': "'Noto Sans Mono', 'Droid Sans Mono', monospace",
          'window.commandCenter': false,
          'markdown.preview.openMarkdownLinks': 'inEditor',
          // No thethuc.language: the display language of code-server is
          // English, and the extension's default must still be Vietnamese.
          // Web mode: run the extension in the web-worker extension host. The
          // payload's extensionDevelopmentKind=web is parsed by code-server's
          // web workbench but not used (its environment exposes it as
          // extensionDevelopmentLocationKind while the running-location logic
          // reads extensionDevelopmentKind), so the user setting decides.
          ...(opts.web ? { 'remote.extensionKind': { 'thethuc.thethuc': ['web'] } } : {}),
        },
        null,
        2,
      ),
    );
    copyDir(opts.workspace, dirs.workspace);
    const configYaml = path.join(tmp, 'config.yaml');
    fs.writeFileSync(configYaml, 'auth: none\ncert: false\n');

    // 4. start code-server (own process group, so that we can kill all of it)
    let port;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const out = fs.openSync(serverLog, 'a');
      const extra = {
        THETHUC_E2E_RESULTS: resultsFile,
        THETHUC_E2E_MODE: opts.vsix ? 'vsix' : 'dev',
        THETHUC_E2E_EXTENSIONS_DIR: dirs.extensions,
        THETHUC_E2E_DEV_PATH: devPath,
      };
      if (opts.screenshots) extra.THETHUC_E2E_SIGNAL_DIR = dirs.signals;
      if (opts.grep) extra.THETHUC_E2E_GREP = opts.grep;
      state.server = spawn(
        process.execPath,
        [
          bin,
          '--bind-addr', `127.0.0.1:${port}`,
          '--auth', 'none',
          '--disable-telemetry',
          '--disable-update-check',
          '--disable-workspace-trust',
          '--disable-getting-started-override',
          '--disable-proxy',
          '--ignore-last-opened',
          '--user-data-dir', dirs.userData,
          '--extensions-dir', dirs.extensions,
          '--config', configYaml,
        ],
        { cwd: dirs.workspace, env: codeServerEnv(dirs, runId, extra), detached: true, stdio: ['ignore', out, out] },
      );
      fs.closeSync(out);
      const server = state.server;
      let exited = false;
      server.on('exit', () => (exited = true));
      const up = await waitUntil(async () => exited || (await httpStatus(`http://127.0.0.1:${port}/healthz`)) === 200, 30_000, 150);
      if (up && !exited) break;
      const tail = fs.readFileSync(serverLog, 'utf8').split('\n').slice(-15).join('\n');
      if (server.pid && !exited) {
        try {
          process.kill(-server.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      state.server = undefined;
      if (attempt >= 3) throw new Error(`code-server did not start on 127.0.0.1:${port}:\n${tail}`);
      say(`code-server did not come up on port ${port}, retrying`);
    }
    say(`code-server listening on 127.0.0.1:${port} (pid ${state.server.pid})`);

    // 5. the browser
    const { chromium } = await import('playwright-core');
    state.context = await chromium.launchPersistentContext(dirs.browser, {
      executablePath: CHROMIUM,
      headless: true,
      // Our own handlers clean up everything (code-server too); Playwright's
      // would exit the process after closing only the browser.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      viewport: { width: 1400, height: 900 },
      env: { ...process.env, THETHUC_E2E_RUN_ID: runId, HOME: tmp, TMPDIR: dirs.tmpdir, XDG_CONFIG_HOME: dirs.xdgConfig, XDG_CACHE_HOME: dirs.xdgCache },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
    const page = state.context.pages()[0] ?? (await state.context.newPage());

    let resolveExit;
    const exitPromise = new Promise((r) => (resolveExit = r));
    let lastLineBlank = true;
    let logResults;
    await page.exposeFunction('codeAutomationLog', (level, message) => {
      const text = decodeLogMessage(message);
      const at = text.indexOf(LOG_TAG);
      if (at >= 0) {
        // a line of the suite's own output (mocha's spec reporter, helpers.log)
        const line = text.slice(at + LOG_TAG.length).trimEnd();
        if (line.startsWith(RESULT_TAG)) {
          try {
            logResults = JSON.parse(line.slice(RESULT_TAG.length));
          } catch {
            /* a partial line: the results file (Node suite) still counts */
          }
        }
        const blank = line === '';
        if (!line.startsWith(RESULT_TAG) && !(blank && lastLineBlank)) process.stdout.write(`  | ${line}\n`);
        lastLineBlank = blank;
      } else if (opts.verbose) {
        process.stdout.write(`[workbench:${level}] ${text}\n`);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      resolveExit(Number(code));
    });
    page.on('console', (msg) => opts.verbose && process.stdout.write(`[console:${msg.type()}] ${msg.text()}\n`));
    page.on('pageerror', (err) => opts.verbose && process.stdout.write(`[page error] ${err.message}\n`));

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(devPath)],
      ['extensionTestsPath', remote(testsIndex)],
      // The web-worker extension host: the extension's `browser` entry runs.
      ...(opts.web ? [['extensionDevelopmentKind', 'web']] : []),
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    say(`opening the workbench (${opts.web ? 'web worker extension host; ' : ''}${opts.vsix ? `vsix ${path.basename(opts.vsix)}` : `dev extension ${path.relative(repoRoot, devPath) || '.'}`}; timeout ${opts.timeoutMs / 1000} s)`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: opts.timeoutMs });

    // 6. wait for the suite, serving screenshot requests meanwhile
    const deadline = Date.now() + opts.timeoutMs;
    let exit;
    let serverDied = false;
    state.server.once('exit', () => (serverDied = true));
    exitPromise.then((c) => (exit = c));
    while (exit === undefined) {
      if (Date.now() > deadline) {
        problem = `timed out after ${opts.timeoutMs / 1000} s waiting for the extension host to finish the suite`;
        break;
      }
      if (state.interrupted) {
        problem = `interrupted by ${state.interrupted}`;
        break;
      }
      if (serverDied) {
        problem = 'code-server exited before the suite finished';
        break;
      }
      if (opts.screenshots) await serveScreenshots(page, dirs.signals, opts.screenshots);
      await Promise.race([exitPromise, sleep(200)]);
    }
    if (opts.screenshots) await serveScreenshots(page, dirs.signals, opts.screenshots);

    // 7. results
    if (fs.existsSync(resultsFile)) summary = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    // The web suite has no file system: its results come as a tagged log line.
    else if (logResults) summary = { failures: [], ...logResults, done: true };
    if (exit !== undefined) {
      say(`extension host finished with exit code ${exit}`);
      if (!summary.done && !problem) problem = 'the suite did not report its results (did out/e2e/index.js load?)';
      if (exit !== 0 && summary.failed === 0 && !problem) problem = `the extension host exited with code ${exit}`;
    }
    exitCode = !problem && exit === 0 && summary.failed === 0 ? 0 : 1;
  } catch (e) {
    problem = e instanceof UsageError || e instanceof InstallError ? e.message : e?.stack || String(e);
    exitCode = 1;
  } finally {
    if (problem && fs.existsSync(serverLog) && (opts.verbose || /code-server/.test(problem))) {
      process.stdout.write(`--- code-server log (tail) ---\n${fs.readFileSync(serverLog, 'utf8').split('\n').slice(-30).join('\n')}\n`);
    }
    await cleanup();
  }

  for (const f of summary.failures ?? []) process.stdout.write(`\nFAILED: ${f.title}\n${indent(f.error)}\n`);
  if (problem) process.stdout.write(`\nERROR: ${problem}\n`);
  const failed = summary.failed + (problem && exitCode !== 0 && summary.failed === 0 ? 1 : 0);
  say(`done${summary.pending ? ` (${summary.pending} pending)` : ''}`);
  process.stdout.write(`${summary.passed} passed, ${failed} failed\n`);
  process.exitCode = exitCode;
}

function indent(s) {
  return String(s)
    .split('\n')
    .slice(0, 25)
    .map((l) => `    ${l}`)
    .join('\n');
}

// The extension host's console.log(a, b) arrives as the array ["a", "b"]
// (sometimes as its JSON text); workbench lines arrive as strings.
function decodeLogMessage(message) {
  const str = (a) => (typeof a === 'string' ? a : JSON.stringify(a));
  if (Array.isArray(message)) return message.map(str).join(' ');
  if (typeof message !== 'string') return str(message);
  if (message.startsWith('[')) {
    try {
      const args = JSON.parse(message);
      if (Array.isArray(args)) return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    } catch {
      /* not JSON */
    }
  }
  return message;
}

// Dev mode tests the repository as it is: rebuild dist/ first (a few seconds)
// so that a stale bundle is never what gets tested.
function buildExtension() {
  const build = path.join(repoRoot, 'scripts', 'build.mjs');
  if (!fs.existsSync(build)) return;
  const started = Date.now();
  const r = spawnSync(process.execPath, [build], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('node scripts/build.mjs failed');
  say(`built the extension (node scripts/build.mjs, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

// One pass over the signal dir: answer every pending screenshot request
// (test/e2e/suite/helpers.ts, ScreenshotRequest): press keys, hover, wait for a
// selector, read an element's text (`readText`), save a PNG unless
// `capture: false`, then click (`click`). The answer: { ok, error?, file?, text? }.
async function serveScreenshots(page, signalDir, outDir) {
  let names;
  try {
    names = fs.readdirSync(signalDir).filter((f) => f.endsWith('.request.json'));
  } catch {
    return;
  }
  for (const f of names) {
    const reqFile = path.join(signalDir, f);
    let req;
    try {
      req = JSON.parse(fs.readFileSync(reqFile, 'utf8'));
    } catch {
      continue;
    }
    fs.rmSync(reqFile, { force: true });
    const name = String(req.name).replace(/[^\w.-]/g, '_');
    const capture = req.capture !== false;
    const result = { ok: true };
    try {
      for (const key of req.press ?? []) await page.keyboard.press(key);
      if (req.hover) {
        const target = page.locator(req.hover).first();
        await target.waitFor({ state: 'visible', timeout: 20_000 });
        await target.hover({ timeout: 10_000 });
      }
      if (req.waitFor) await page.locator(req.waitFor).first().waitFor({ state: 'visible', timeout: 20_000 });
      // Let the workbench finish the frame that made the selector visible.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      // The visible text of an element (e.g. a status bar item), for the test to check.
      if (req.readText) {
        const el = page.locator(req.readText).first();
        await el.waitFor({ state: 'visible', timeout: 20_000 });
        result.text = await el.innerText({ timeout: 10_000 });
      }
      if (capture) {
        fs.mkdirSync(outDir, { recursive: true });
        result.file = path.join(outDir, `${name}.png`);
        await page.screenshot({ path: result.file });
        say(`screenshot ${path.relative(process.cwd(), result.file)}`);
      }
      // A click after the capture (e.g. on a status bar item); the test then
      // checks what it did through the vscode API or a further request.
      if (req.click) await page.locator(req.click).first().click({ timeout: 10_000 });
    } catch (e) {
      result.ok = false;
      result.error = String(e?.message || e).split('\n')[0];
      say(`${capture ? 'screenshot' : 'UI request'} ${name} failed: ${result.error}`);
      try {
        fs.mkdirSync(outDir, { recursive: true });
        await page.screenshot({ path: path.join(outDir, `${name}.failed.png`) });
      } catch {
        /* best effort */
      }
    }
    fs.writeFileSync(path.join(signalDir, `${name}.done.json`), JSON.stringify(result));
  }
}

main().catch((e) => {
  process.stdout.write(`ERROR: ${e instanceof UsageError ? e.message : e?.stack || e}\n0 passed, 1 failed\n`);
  process.exitCode = 1;
});
