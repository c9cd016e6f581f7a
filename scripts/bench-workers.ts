// Benchmark of `thethuc check` on many files: generates N letters (default
// 2000) in a temporary folder from test/fixtures/valid, runs dist/cli.js with
// --workers 1 and --workers 2, and prints files/s. Checks both give the same
// output. Run: npx tsx scripts/bench-workers.ts [N]   (part of npm run bench)

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(__dirname, '..');
const N = Number(process.argv[2] ?? process.env.BENCH_FILES ?? 2000);
const CLI = join(ROOT, 'dist', 'cli.js');

if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist', 'worker.js'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });

const validDir = join(ROOT, 'test', 'fixtures', 'valid');
const sources = readdirSync(validDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(validDir, f), 'utf8'));
// A few variants with findings, so the output is not empty.
const variants = sources.flatMap((s) => [s, s.replace(/Số: 0(\d)\//, 'Số: $1/'), s.replace('Độc lập - Tự do - Hạnh phúc', 'Độc lập – Tự do – Hạnh phúc')]);

const dir = mkdtempSync(join(tmpdir(), 'thethuc-bench-'));
try {
  for (let i = 0; i < N; i++) {
    const sub = join(dir, `don-vi-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(sub);
    writeFileSync(join(sub, `thu-${String(i).padStart(5, '0')}.md`), variants[i % variants.length]);
  }
  const time = (workers: number) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [CLI, 'check', dir, '--format', 'json', '--workers', String(workers)], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`cli failed (${r.status}): ${r.stderr}`);
    return { ms, out: r.stdout };
  };
  time(1); // warm the file cache
  const load0 = loadavg()[0];
  // Interleaved 1, 2, 1, 2: the best of each (a shared machine's load changes from run to run).
  const ones = [time(1)];
  const twos = [time(2)];
  ones.push(time(1));
  twos.push(time(2));
  const one = ones.reduce((a, b) => (b.ms < a.ms ? b : a));
  const two = twos.reduce((a, b) => (b.ms < a.ms ? b : a));
  const files = JSON.parse(one.out).length;
  const rate = (ms: number) => ((files / ms) * 1000).toFixed(0);
  console.log(`bench-workers: ${files} letters, ${availableParallelism()} CPU(s), load average ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)} (1-minute, before → after; best of 2 interleaved runs each)`);
  console.log(`  --workers 1: ${one.ms.toFixed(0)} ms, ${rate(one.ms)} files/s`);
  console.log(`  --workers 2: ${two.ms.toFixed(0)} ms, ${rate(two.ms)} files/s (×${(one.ms / two.ms).toFixed(2)})`);
  if (ones.some((r) => r.out !== two.out) || twos.some((r) => r.out !== two.out)) {
    console.error('bench-workers: outputs differ between 1 and 2 workers');
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
