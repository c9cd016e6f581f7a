// Benchmark of the engine, side by side with remark-parse alone on the same
// text, in one process: medians of interleaved rounds (main-thread time).
//   1. full check vs remark-parse on the example letter, a quyết định, a
//      200 KB and a 1 MB document (letters one after another);
//   2. re-check after a one-character edit with createAnalyzer() (the
//      server's incremental path) vs remark-parse on the whole text;
//   3. scaling of a full check, 100 KB → 1.6 MB (growth per doubling);
//   4. adversarial shapes (issue 13): growth per ×10 of size.
// markdownlint (a dev dependency, default rules, sync API) is the reference of a mature Markdown linter.
// Run: npm run bench   (BENCH_ROUNDS=n to change the number of rounds; BENCH_QUICK=1 skips 3 and 4)

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { lint as markdownlint } from 'markdownlint/sync';
import { analyze, createAnalyzer, RULES, timed, topTimings } from '../server/src/engine';
import type { Timings } from '../server/src/engine';

const root = join(__dirname, '..');
const TODAY = new Date('2026-11-27');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const QUICK = !!process.env.BENCH_QUICK;

const example = readFileSync(join(root, '..', 'shared', 'examples', 'cong-van-1465-SNN-VP.md'), 'utf8');
const quyetDinh = readFileSync(join(root, 'test', 'fixtures', 'valid', 'quyet-dinh.md'), 'utf8');
const validDir = join(root, 'test', 'fixtures', 'valid');
const letters = readdirSync(validDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(join(validDir, f), 'utf8'));

/** Letters one after another ("a year of letters in one file"), about `bytes` long. */
function lettersOf(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = letters[i % letters.length].replace(/Số: (\d+)/, `Số: ${i + 1}`);
    parts.push(l.endsWith('\n') ? l : l + '\n', '\n');
    size += Buffer.byteLength(l) + 2;
  }
  return parts.join('');
}

const parser = unified().use(remarkParse);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const kb = (t: string) => `${(Buffer.byteLength(t) / 1024).toFixed(0)} KB`;
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)).padStart(8) + ' ms';

/** Time fn: repeated until ≥ 20 ms per sample (small documents), per-call ms. */
function sample(fn: () => void, reps: number): number {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - t0) / reps;
}
/**
 * Warms fn up (JIT: calls until ~300 ms or 100 calls, like benchmark.js'
 * warm-up; "cold" in the targets means no cached result, not unoptimised
 * code), then the repetitions for a ≥ 20 ms sample.
 */
function repsFor(fn: () => void): number {
  const w0 = performance.now();
  for (let i = 0; i < 100 && performance.now() - w0 < 300; i++) fn();
  const t0 = performance.now();
  fn();
  const one = performance.now() - t0;
  return Math.max(1, Math.min(200, Math.ceil(20 / Math.max(one, 0.01))));
}

/** Medians of interleaved rounds of several contenders. */
function interleaved(contenders: Record<string, () => void>, rounds = ROUNDS): Record<string, number> {
  const reps: Record<string, number> = {};
  for (const [k, fn] of Object.entries(contenders)) reps[k] = repsFor(fn); // also warms up
  const times: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) for (const [k, fn] of Object.entries(contenders)) (times[k] ??= []).push(sample(fn, reps[k]));
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/**
 * An analyzer primed with `text`, and a function that re-checks after an
 * edit: each call types a few letters (a counter, so never a version seen
 * before: the edited chunk is always parsed again) at the end of a body line
 * in the middle of the text.
 */
function keystroke(text: string) {
  const an = createAnalyzer();
  an.analyze(text, { today: TODAY });
  const at = text.indexOf('\n', text.length >> 1) - 1;
  const head = text.slice(0, at);
  const tail = text.slice(at);
  let k = 0;
  let parsedChars = 0;
  let parsed = 0;
  let linesReused = 0;
  const run = () => {
    // Letters spelling a counter: a text never seen before (no chunk or line memo hit on the edited line).
    let typed = '';
    for (let n = k++; typed === '' || n > 0; n = Math.floor(n / 23)) typed += 'abcdefghiklmnopqrstuvxy'[n % 23];
    an.analyze(head + typed + tail, { today: TODAY });
    parsedChars = an.stats.parsedChars;
    parsed = an.stats.parsed;
    linesReused = an.stats.linesReused;
  };
  return { run, stats: () => ({ ...an.stats, parsedChars, parsed, linesReused }) };
}

console.log(`Thể thức bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${new Date().toISOString()}, ${ROUNDS} interleaved rounds, medians, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('');

console.log('1–2. full check, re-check after a keystroke and markdownlint (default rules), against remark-parse alone on the same text');
console.log(`${'document'.padEnd(26)}${'size'.padStart(8)}   ${'remark-parse'.padStart(11)}  ${'full check'.padStart(11)} (ratio)   ${'keystroke'.padStart(11)} (ratio)   ${'markdownlint'.padStart(11)} (ratio)   re-parsed`);
const docs: [string, string][] = [
  ['example letter', example],
  ['quyết định fixture', quyetDinh],
  ['letters, 200 KB', lettersOf(200 * 1024)],
  ['letters, 1 MB', lettersOf(1024 * 1024)],
];
for (const [name, text] of docs) {
  const ks = keystroke(text);
  const big = text.length > 500_000;
  const m = interleaved(
    {
      remark: () => parser.parse(text),
      full: () => analyze(text, { today: TODAY }),
      keystroke: ks.run,
      markdownlint: () => markdownlint({ strings: { doc: text } }),
    },
    big ? Math.min(ROUNDS, 3) : ROUNDS,
  );
  const st = ks.stats();
  console.log(
    `${name.padEnd(26)}${kb(text).padStart(8)}   ${fmt(m.remark)}  ${fmt(m.full)} (×${(m.full / m.remark).toFixed(2)})   ${fmt(m.keystroke)} (×${(m.keystroke / m.remark).toFixed(2)})   ${fmt(m.markdownlint)} (×${(m.markdownlint / m.remark).toFixed(2)})   ${st.parsedChars} chars, ${st.parsed} of ${st.chunks} chunks; ${st.linesReused} line results of line-local rules re-used`,
  );
}

// Where a letter's full check goes (the engine's own accounting, as THETHUC_TIMING=1
// prints it for the CLI), in units of remark-parse alone on the same text.
{
  const n = 400;
  for (let i = 0; i < 100; i++) analyze(example, { today: TODAY });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) parser.parse(example);
  const remark = (performance.now() - t0) / n;
  const t1 = performance.now();
  const { timings } = timed(() => {
    for (let i = 0; i < n; i++) analyze(example, { today: TODAY });
  });
  const full = (performance.now() - t1) / n;
  const ids = new Set(RULES.map((r) => r.meta.id));
  let rules = 0;
  const byRule: Timings = {};
  for (const [k, v] of Object.entries(timings)) {
    if (!ids.has(k)) continue;
    rules += v;
    byRule[k] = v;
  }
  const u = (ms: number) => `×${(ms / n / remark).toFixed(2)}`;
  console.log(
    `  (example letter, where a full check goes, in units of remark-parse alone: reading ${u(timings['(read)'] ?? 0)}, model ${u(timings['(model)'] ?? 0)}, ` +
      `${ids.size} rules ${u(rules)}, findings ${u(timings['(findings)'] ?? 0)}; full ×${(full / remark).toFixed(2)} with the accounting; ` +
      `heaviest rules ${topTimings(byRule, 6)
        .map((x) => `${x.name} ${u(x.ms)}`)
        .join(', ')})`,
  );
}

// Where a keystroke's time goes on the 1 MB document: the incremental reading alone.
{
  const text = docs[3][1];
  const an = createAnalyzer();
  an.parse(text);
  const at = text.indexOf('\n', text.length >> 1) - 1;
  let k = 0;
  const m = interleaved({ read: () => an.parse(text.slice(0, at) + String(k++ % 97) + text.slice(at)) }, 5);
  console.log(`  (1 MB: the incremental reading alone takes ${fmt(m.read).trim()} of the keystroke; the rest is the model and the rules over the whole document)`);
  // What the language server pays per keystroke on this text before any checking: V8 keeps
  // an edited string as a concatenation and copies it whole into a flat string on first read
  // (the document's text after an edit), and the analysis thread receives a copy of it.
  const flat: number[] = [];
  const copy: number[] = [];
  for (let i = 0; i < 15; i++) {
    const edited = text.slice(0, at) + String(i % 10) + text.slice(at);
    const t0 = performance.now();
    edited.charCodeAt(at);
    const t1 = performance.now();
    structuredClone(edited);
    copy.push(performance.now() - t1);
    flat.push(t1 - t0);
  }
  console.log(`  (1 MB: per keystroke the server also flattens the edited text, ${fmt(median(flat)).trim()}, and copies it to the analysis thread, ${fmt(median(copy)).trim()} (structuredClone))`);
}

if (!QUICK) {
  console.log('\n3. scaling of a full check (letters one after another)');
  // Three rounds at every size: one sample of a 1 MB check varies by ±30 %
  // on a shared machine (GC), enough to make one step look quadratic.
  let prev = 0;
  let first = 0;
  const steps = [100, 200, 400, 800, 1600];
  for (const k of steps) {
    const text = lettersOf(k * 1024);
    const m = interleaved({ full: () => analyze(text, { today: TODAY }), remark: () => parser.parse(text) }, 3);
    console.log(`  ${String(k).padStart(5)} KB  full ${fmt(m.full)}${prev ? `  ×${(m.full / prev).toFixed(2)} per doubling${m.full / prev > 2.5 ? '  (over ×2.5: not linear!)' : ''}` : ''}   remark-parse ${fmt(m.remark)}`);
    if (!first) first = m.full;
    prev = m.full;
  }
  // The slope over the whole range (geometric mean of the steps): the figure the target reads.
  console.log(`  ${steps[0]} KB → ${steps[steps.length - 1]} KB: ×${((prev / first) ** (1 / (steps.length - 1))).toFixed(2)} per doubling on average`);

  console.log('\n4. adversarial shapes (issue 13): full check, growth per ×10 of size');
  const H = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 12/UBND-VP\n\nV/v a\n\n';
  const shapes: [string, (k: number) => string, number][] = [
    ['emphasis *…*x*…* (k levels)', (k) => H + '*'.repeat(k) + 'x' + '*'.repeat(k) + '\n', 300],
    ['"*a " … " b*" (k levels)', (k) => H + '*a '.repeat(k) + 'x' + ' b*'.repeat(k) + '\n', 300],
    ['">" × k', (k) => H + '>'.repeat(k) + ' x\n', 300],
    ['"- " × k', (k) => H + '- '.repeat(k) + 'x\n', 300],
    ['indented list, k levels', (k) => H + Array.from({ length: k }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n') + '\n', 80],
    ['k spaces in a body line', (k) => H + 'Nội dung a' + ' '.repeat(k) + 'b\n', 4000],
    ['HTML block, k spaces', (k) => H + '<div>\n**a' + ' '.repeat(k) + '*\n</div>\n', 4000],
    ['"[" × k', (k) => H + 'Nội dung ' + '['.repeat(k) + '\n', 2000],
    ['k lines with a directive', (k) => H + 'Số: 5/UBND-VP <!-- thethuc-disable-line ND30-SO-02 -->\r'.repeat(k), 200],
    ['k empty lines', (k) => H + '\n'.repeat(k), 10000],
    ['a table of k rows', (k) => H + '| STT | Nội dung | Ghi chú |\n|---|---|---|\n' + Array.from({ length: k }, (_, i) => `| ${i + 1} | Việc số ${i + 1} | x |`).join('\n') + '\n', 200],
    ['k lines of spaces', (k) => H + (' '.repeat(60) + '\n').repeat(k), 1000],
  ];
  for (const [name, make, k] of shapes) {
    const small = make(k);
    const large = make(k * 10);
    const m = interleaved({ small: () => analyze(small, { today: TODAY }), large: () => analyze(large, { today: TODAY }) }, 3);
    const limited = analyze(large).model.md.tooComplex ? ' (×10: read as plain text, too complex)' : '';
    console.log(`  ${name.padEnd(28)} k=${String(k).padEnd(6)} ${fmt(m.small)} → ${fmt(m.large)}  ×${(m.large / m.small).toFixed(1)}${limited}`);
  }
}
