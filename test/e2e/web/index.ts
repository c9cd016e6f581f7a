// Test entry point for the web-worker extension host (VS Code for the Web),
// loaded through extensionTestsPath by `npm run test:web`
// (scripts/e2e/run-code-server.mjs --web). Everything is one browser bundle
// (scripts/e2e/build-suite.mjs, buildWebSuite): mocha's browser build, the
// tests, and the example letter inlined. There is no file system here, so the
// results reach the launcher as one tagged console line.

import 'mocha/mocha.js';

/** Prefixes the launcher recognises in forwarded logs (same as the Node suite). */
const LOG_TAG = '[thethuc-e2e] ';
const RESULT_TAG = 'THETHUC_E2E_RESULT';

declare const mocha: BrowserMocha;
interface BrowserMocha {
  setup(o: { ui: string; reporter: unknown; timeout: number; color?: boolean }): void;
  run(done: (failures: number) => void): void;
}

interface RunnerLike {
  on(event: 'pass' | 'fail' | 'pending' | 'suite', f: (t: { fullTitle(): string; title: string; root?: boolean }, err?: Error) => void): void;
}

const log = (s: string) => console.log(LOG_TAG + s);

export function run(): Promise<void> {
  const results = { passed: 0, failed: 0, pending: 0, done: false, failures: [] as { title: string; error: string }[] };
  // A small reporter: mocha's own need a DOM (html) or process.stdout (spec).
  function Reporter(runner: RunnerLike): void {
    runner.on('suite', (s) => {
      if (!s.root) log(s.title);
    });
    runner.on('pass', (t) => {
      results.passed++;
      log(`  ✔ ${t.title}`);
    });
    runner.on('pending', (t) => {
      results.pending++;
      log(`  - ${t.title}`);
    });
    runner.on('fail', (t, err) => {
      results.failed++;
      results.failures.push({ title: t.fullTitle(), error: String(err?.stack || err) });
      log(`  ✘ ${t.title}: ${err?.message}`);
    });
  }
  mocha.setup({ ui: 'tdd', reporter: Reporter, timeout: 120_000, color: false });
  // After setup, which defines the tdd globals (suite, test) the tests use.
   
  require('./web.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      results.done = true;
      log(`${RESULT_TAG} ${JSON.stringify(results)}`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
      else resolve();
    });
  });
}
