// Linear time on adversarial shapes (issue 13): every shape is analysed at
// size n and 4n (two doublings) and the work must grow about linearly. Work
// is measured as the best of a few runs in the same process, so the test
// compares the run against itself, never against an absolute time: linear
// growth gives ×4, a quadratic pattern ×16; the bound is ×9 (one retry at a
// larger size absorbs a noisy machine).

import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/engine';
import { TODAY } from '../helpers';

const OPTS = { today: TODAY };
/** Size of the adversarial part at the small end (the large end is 4×). */
const N = Number(process.env.LINEAR_N ?? 8000);
const S = (n: number) => ' '.repeat(n);
const letter = (body: string) =>
  `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 12/UBND-VP\n\nV/v a\n\n${body}\n\nNơi nhận:\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn An\n`;
const qd = (body: string) =>
  `UBND TỈNH LAI CHÂU\n\nSố: 12/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nLai Châu, ngày 05 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nVề việc a\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n${body}\n\nQUYẾT ĐỊNH:\n\nĐiều 1. a.\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n`;

/** Shape name → document of about n characters of the adversarial part. */
const SHAPES: [string, (n: number) => string][] = [
  // The reader's line patterns.
  ['a line of spaces ending in a letter (\\s*:\\s*$ on every line, ND30-DOC-04)', (n) => letter(`Nội dung a${S(n)}b`)],
  ['spaces around a colon', (n) => letter(`a${S(n)}:${S(n)}b`)],
  ['a number line with spaces', (n) => letter(`1${S(n)}.${S(n)}a`)],
  ['an HTML-like line', (n) => letter('<a' + ' b'.repeat(n / 2))],
  ['a date with long gaps', (n) => letter(`Lai Châu, ngày${S(n / 5)}05${S(n / 5)}tháng${S(n / 5)}3${S(n / 5)}năm${S(n / 5)}`)],
  ['a date line of repeated dates (ND30-DD-06)', (n) => letter(`ngày ${'05 tháng 3 năm 2026 '.repeat(n / 20)}`)],
  ['a Lai Châu date line with gaps (ND30-DD-06)', (n) => letter('x').replace('V/v a', `V/v a\n\nLai Châu,${S(n / 2)}ngày${S(n / 2)}05`)],
  // Front matter.
  ['front matter with a spaced value', (n) => `---\na:${S(n / 2)}b${S(n / 2)}\n---\n` + letter('x')],
  ['front matter of many keys', (n) => `---\n${'a: b\n'.repeat(n / 20)}---\n` + letter('x')],
  // Rules.
  ['a copy form with spaces (ND30-SAO-01)', (n) => `SAO Y${S(n / 2)}BẢN${S(n / 2)}CHÍNH\n` + letter('x')],
  ['an enacting line with spaces (bare enactment)', (n) => qd('Căn cứ a;').replace('QUYẾT ĐỊNH:', `QUYẾT${S(n / 2)}ĐỊNH${S(n / 2)}:`)],
  ['a căn cứ with a long number (ND30-CC-02)', (n) => qd(`Căn cứ Nghị định số ${'1'.repeat(n)};`)],
  ['a căn cứ of many words (ND30-CC-02)', (n) => qd(`Căn cứ Luật ${'a '.repeat(n / 2)}ngày;`)],
  ['an end mark spaced out (ND30-DOC-04)', (n) => letter(`Nội dung a${'/ '.repeat(n / 2)}`)],
  // Nesting (below the reader's "too complex" limit) and many lines.
  ['block quotes nested', (n) => letter('> '.repeat(n / 20) + 'x')],
  ['list markers "- " repeated', (n) => letter('- '.repeat(n / 20) + 'x')],
  ['many short lines', (n) => letter('a\n'.repeat(n / 16))],
];

/** CPU time of this process (ms): other processes on a busy machine do not count. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function best(f: () => void, runs: number): number {
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = cpuMs();
    f();
    b = Math.min(b, cpuMs() - t);
  }
  return b;
}

/** Growth of the analysis time from n to 4n (best of a few runs each). */
function growth(make: (n: number) => string, n: number): { small: number; large: number; ratio: number } {
  const a = make(n);
  const b = make(4 * n);
  analyze(a, OPTS); // warm up
  const small = Math.max(best(() => analyze(a, OPTS), 3), 1);
  const large = best(() => analyze(b, OPTS), 2);
  return { small, large, ratio: large / small };
}

describe('linear time on adversarial shapes (work at n vs 4n, same run)', function () {
  this.timeout(120000);
  for (const [name, make] of SHAPES) {
    it(name, () => {
      const a = analyze(make(N), OPTS);
      assert.deepEqual(a.internalErrors, []);
      let g = growth(make, N);
      // One retry at twice the size: small runs are noisy.
      if (g.ratio > 9) g = growth(make, 2 * N);
      assert.ok(g.ratio <= 9, `×4 input took ×${g.ratio.toFixed(1)} time (${g.small.toFixed(0)} → ${g.large.toFixed(0)} ms)`);
    });
  }
});

describe('deep nesting does not overflow the stack', function () {
  this.timeout(60000);
  for (const [name, text] of [
    ['emphasis 5,000 levels', letter('*'.repeat(5000) + 'x' + '*'.repeat(5000))],
    ['block quotes 3,000 levels', letter('> '.repeat(3000) + 'x')],
    ['"- " × 2,000', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n' + '- '.repeat(2000) + 'x'],
  ] as const) {
    it(name, () => {
      const a = analyze(text, OPTS);
      assert.deepEqual(a.internalErrors, []);
      assert.ok(a.findings.length > 0);
    });
  }
});
