#!/usr/bin/env node
// Desktop launcher (`npm run test:electron`): runs the same in-host suite as
// scripts/e2e/run-code-server.mjs, in desktop VS Code via @vscode/test-electron.
//
//   VSCODE_EXECUTABLE=/path/to/code node test/e2e/electron.mjs [--grep <regexp>] [--skip-build]
//
// Without VSCODE_EXECUTABLE, @vscode/test-electron downloads VS Code
// (VSCODE_VERSION, default 1.100.3, the version code-server 4.100.3 embeds)
// into .vscode-test/: that needs internet access (update.code.visualstudio.com),
// so offline CI uses the code-server launcher instead. On a Linux machine
// without a display run it under xvfb-run. Screenshot tests are skipped here.
// The last line is `N passed, N failed`.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

const { values } = parseArgs({
  options: {
    grep: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    workspace: { type: 'string' },
  },
  strict: true,
});

function countsLine(results, extraFailure) {
  const failed = (results?.failed ?? 0) + (extraFailure && !(results?.failed > 0) ? 1 : 0);
  return `${results?.passed ?? 0} passed, ${failed} failed`;
}

async function main() {
  const { buildSuite, suiteIndex } = await import('../../scripts/e2e/build-suite.mjs');
  if (!values['skip-build']) {
    await buildSuite();
    const build = path.join(repoRoot, 'scripts', 'build.mjs');
    if (fs.existsSync(build)) {
      const { spawnSync } = await import('node:child_process');
      const r = spawnSync(process.execPath, [build], { cwd: repoRoot, stdio: 'inherit' });
      if (r.status !== 0) throw new Error('node scripts/build.mjs failed');
    }
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'thethuc-electron-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.resolve(values.workspace ?? path.join(here, 'workspace')), workspace, { recursive: true });
  const userData = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': false,
      'update.mode': 'none',
      'git.enabled': false,
      // No thethuc.language, as in the code-server launcher: Vietnamese is the default whatever the display language.
    }),
  );
  const resultsFile = path.join(tmp, 'results.json');

  let code = 1;
  let problem;
  try {
    const { runTests } = await import('@vscode/test-electron');
    const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE || undefined;
    if (vscodeExecutablePath && !fs.existsSync(vscodeExecutablePath)) {
      throw new Error(`VSCODE_EXECUTABLE does not exist: ${vscodeExecutablePath}`);
    }
    code = await runTests({
      vscodeExecutablePath,
      version: vscodeExecutablePath ? undefined : process.env.VSCODE_VERSION || '1.100.3',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suiteIndex,
      extensionTestsEnv: {
        THETHUC_E2E_RESULTS: resultsFile,
        THETHUC_E2E_MODE: 'dev',
        THETHUC_E2E_DEV_PATH: repoRoot,
        THETHUC_E2E_GREP: values.grep,
      },
      launchArgs: [
        workspace,
        '--user-data-dir', userData,
        '--extensions-dir', path.join(tmp, 'extensions'),
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
        '--no-sandbox',
      ],
    });
  } catch (e) {
    const msg = String(e?.message || e);
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|socket hang up|Failed to get JSON|download/i.test(msg) && !process.env.VSCODE_EXECUTABLE) {
      problem =
        `could not download VS Code (${msg.split('\n')[0]}).\n` +
        `This launcher needs desktop VS Code: set VSCODE_EXECUTABLE=/path/to/code, or run it with internet access.\n` +
        `Offline, use the code-server launcher: npm run test:e2e`;
    } else if (e?.code !== undefined || e?.signal !== undefined) {
      problem = `VS Code exited with ${e.code ?? e.signal}`;
    } else {
      problem = msg.split('\n')[0];
    }
    code = 1;
  }

  let results;
  if (fs.existsSync(resultsFile)) {
    try {
      results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    } catch {
      /* half-written: count as not finished */
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  for (const f of results?.failures ?? []) console.log(`\nFAILED: ${f.title}\n    ${String(f.error).split('\n').slice(0, 15).join('\n    ')}`);
  if (problem) console.log(`\nERROR: ${problem}`);
  const ok = !problem && code === 0 && results?.done && results.failed === 0;
  console.log(countsLine(results, !ok));
  process.exitCode = ok ? 0 : 1;
}

main().catch((e) => {
  console.log(`ERROR: ${e?.message || e}\n0 passed, 1 failed`);
  process.exitCode = 1;
});
