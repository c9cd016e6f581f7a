// Test entry point loaded by the VS Code extension host (extensionTestsPath).
// The same index serves both launchers: scripts/e2e/run-code-server.mjs
// (code-server + Chromium) and test/e2e/electron.mjs (@vscode/test-electron).
//
// scripts/e2e/build-suite.mjs bundles this file and every *.test.ts next to it
// into out/e2e/; `mocha` and `vscode` stay external (mocha resolves from the
// repository's node_modules, vscode is provided by the extension host).
//
// Environment (all optional):
//   THETHUC_E2E_RESULTS  path of a JSON file updated after every test:
//                        { passed, failed, pending, done, failures: [{ title, error }] }
//   THETHUC_E2E_GREP     only run tests whose full title matches this regexp
//   THETHUC_E2E_TIMEOUT  per-test timeout in ms (default 120000)

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as util from 'node:util';
import Mocha from 'mocha';
import { log } from './helpers';

interface Results {
  passed: number;
  failed: number;
  pending: number;
  done: boolean;
  failures: { title: string; error: string }[];
}

/** Prefix of the summary line the launchers recognise in forwarded logs. */
const RESULT_TAG = 'THETHUC_E2E_RESULT';

// The code-server launcher only sees the extension host's console through the
// workbench log, mixed with the workbench's own lines and with printf-style
// arguments left unformatted: so format each reporter line here and tag it.
Mocha.reporters.Base.consoleLog = (...args: unknown[]) => log(util.format(...args));

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.THETHUC_E2E_TIMEOUT || 120_000),
    slow: 15_000,
  });
  if (process.env.THETHUC_E2E_GREP) mocha.grep(new RegExp(process.env.THETHUC_E2E_GREP));

  // One file per feature area; the numeric prefix fixes the order
  // (screenshots last, after every feature has been exercised).
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  const resultsFile = process.env.THETHUC_E2E_RESULTS;
  const results: Results = { passed: 0, failed: 0, pending: 0, done: false, failures: [] };
  const write = () => {
    if (!resultsFile) return;
    try {
      fs.writeFileSync(resultsFile + '.tmp', JSON.stringify(results, null, 2));
      fs.renameSync(resultsFile + '.tmp', resultsFile);
    } catch (e) {
      console.error(`[thethuc-e2e] cannot write ${resultsFile}: ${e}`);
    }
  };
  write();

  return new Promise((resolve, reject) => {
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => {
        results.done = true;
        write();
        log(`${RESULT_TAG} ${JSON.stringify({ passed: results.passed, failed: results.failed, pending: results.pending })}`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
    } catch (e) {
      results.failed++;
      results.failures.push({ title: 'loading the test files', error: String((e as Error)?.stack || e) });
      results.done = true;
      write();
      reject(e);
      return;
    }
    runner.on('pass', () => {
      results.passed++;
      write();
    });
    runner.on('fail', (test, err: Error) => {
      results.failed++;
      results.failures.push({ title: test.fullTitle(), error: String(err?.stack || err?.message || err) });
      write();
    });
    runner.on('pending', () => {
      results.pending++;
      write();
    });
  });
}
