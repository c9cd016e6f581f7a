// Benchmark: the engine vs remark-parse alone, on the example letter and on a
// ~1 MB generated document. Prints ms per document and the ratio.
// Run: npm run bench

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { check } from '../server/src/engine';

const root = join(__dirname, '..');
const example = readFileSync(join(root, '..', 'shared', 'examples', 'cong-van-1465-SNN-VP.md'), 'utf8');
const fixture = readFileSync(join(root, 'test', 'fixtures', 'valid', 'quyet-dinh.md'), 'utf8');

/** A ~1 MB letter: the fixture's header, a very long body of articles, the footer. */
function bigDocument(targetBytes: number): string {
  const [head, ...rest] = fixture.split('**Điều 1.**');
  const tail = rest.join('**Điều 1.**');
  const parts: string[] = [head];
  let n = 1;
  let size = Buffer.byteLength(head);
  while (size < targetBytes) {
    const art = `**Điều ${n}.** Quy định về nhiệm vụ số ${n}\n\n1. Cơ quan, đơn vị có trách nhiệm thực hiện nhiệm vụ được giao theo Quyết định số ${n}/QĐ-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh.\n\na) Xây dựng kế hoạch triển khai;\n\nb) Theo dõi, đôn đốc thực hiện;\n\nc) Tổng hợp, báo cáo kết quả.\n\n`;
    parts.push(art);
    size += Buffer.byteLength(art);
    n++;
  }
  parts.push('**Điều ' + n + '.**' + tail);
  return parts.join('');
}

const parser = unified().use(remarkParse).use(remarkGfm);

function time(fn: () => void, minMs = 1500, minRuns = 3): { ms: number; runs: number } {
  fn(); // warm-up
  const t0 = performance.now();
  let runs = 0;
  while (runs < minRuns || performance.now() - t0 < minMs) {
    fn();
    runs++;
  }
  return { ms: (performance.now() - t0) / runs, runs };
}

function row(name: string, text: string): void {
  const today = new Date('2026-11-27');
  const engine = time(() => check(text, { today }));
  const remark = time(() => parser.parse(text));
  const kb = (Buffer.byteLength(text) / 1024).toFixed(0);
  console.log(
    `${name.padEnd(22)} ${kb.padStart(6)} KB   engine ${engine.ms.toFixed(2).padStart(9)} ms/doc   remark-parse ${remark.ms.toFixed(2).padStart(9)} ms/doc   ratio ${(engine.ms / remark.ms).toFixed(2)}×   (${engine.runs}/${remark.runs} runs)`,
  );
}

const big = bigDocument(1024 * 1024);
const heapBefore = process.memoryUsage().heapUsed;
console.log(`Thể thức bench — node ${process.version}, ${new Date().toISOString()}`);
row('example letter', example);
row('quyết định fixture', fixture);
row('generated ~1 MB', big);
const findings = check(big, { today: new Date('2026-11-27') });
console.log(`findings on the 1 MB document: ${findings.length}; heap used after: ${((process.memoryUsage().heapUsed - heapBefore) / 1048576).toFixed(1)} MB more than before`);
