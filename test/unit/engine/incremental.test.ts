// The incremental analyzer (createAnalyzer) must give exactly what a full
// check gives: same findings, same logical lines, same directives, on every
// fixture and after random edit sequences (incremental-props.ts, also run
// long by `npm run fuzz`).

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createAnalyzer, chunkStarts } from '../../../server/src/engine';
import { parseMarkdown } from '../../../server/src/engine/markdown';
import { analysisOf, example, FIXTURES, TODAY } from '../helpers';
import { editProperties, editSequences, LETTER, reading, sameAsFull as sameAs } from './incremental-props';

function mdFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? mdFiles(p) : f.endsWith('.md') ? [p] : [];
  });
}
const FILES = mdFiles(FIXTURES);

/** Runs of each random-edit property (seeded); `npm run fuzz` runs them long. */
const EDIT_RUNS = Number(process.env.INCREMENTAL_RUNS ?? 20);

function sameAsFull(text: string, an: ReturnType<typeof createAnalyzer>, label: string): void {
  // The full analysis is the run's shared one (the same analyze call as every other suite's).
  sameAs(text, an, analysisOf(text), label);
}

describe('engine: incremental analysis', () => {
  it('finds fixtures to compare', () => {
    assert.ok(FILES.length > 100, `only ${FILES.length} fixtures`);
  });

  it('equals the full check on every fixture (findings and lines)', function () {
    this.timeout(180_000);
    for (const f of FILES) sameAsFull(readFileSync(f, 'utf8'), createAnalyzer({ minChunk: 256, maxChunk: 1024 }), f);
  });

  it('reads every fixture the same with a chunk at every block', function () {
    this.timeout(120_000);
    for (const f of FILES) {
      const text = readFileSync(f, 'utf8');
      // Smallest chunks: a boundary at every candidate line.
      assert.deepEqual(reading(createAnalyzer({ minChunk: 1, maxChunk: 1 }).parse(text)), reading(parseMarkdown(text)), f);
    }
  });

  it('equals the full check on CRLF and lone-CR variants of the fixtures', function () {
    this.timeout(120_000);
    for (const f of FILES.filter((_, i) => i % 3 === 0)) {
      const lf = readFileSync(f, 'utf8').replace(/\r\n?/g, '\n');
      for (const [name, text] of [
        ['crlf', lf.replace(/\n/g, '\r\n')],
        ['cr', lf.replace(/\n/g, '\r')],
      ]) {
        const inc = createAnalyzer({ minChunk: 1, maxChunk: 1 }).parse(text);
        assert.deepEqual(reading(inc), reading(parseMarkdown(text)), `${f} (${name})`);
      }
    }
  });

  it('splits a long document into many chunks, and re-parses only the edited one', () => {
    const body = Array.from({ length: 200 }, (_, i) => `Đoạn văn thứ ${i + 1} của nội dung công văn, trình bày nhiệm vụ số ${i + 1}.\n\n`).join('');
    const text = LETTER.replace('Nơi nhận', `${body}Nơi nhận`);
    const an = createAnalyzer();
    an.analyze(text, { today: TODAY });
    const all = an.stats.chunks;
    assert.ok(all >= 5, `only ${all} chunks`);
    assert.equal(an.stats.parsed, all);
    const at = text.indexOf('nhiệm vụ số 100');
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    sameAsFull(edited, an, 'edited');
    assert.equal(an.stats.parsed, 1, `re-parsed ${an.stats.parsed} chunks of ${an.stats.chunks}`);
    assert.ok(an.stats.parsedChars < text.length / 4);
  });

  it('never splits inside fenced code, HTML comments or front matter', () => {
    const para = 'Nội dung đoạn văn.\n\n';
    const text = `---\ntitle: a\n\nAbc: b\n---\n\n${para}\`\`\`\ncode\n\nAbc\n\`\`\`\n\n${para}<!--\n\nAbc\n-->\n\n${para}Cuối.\n`;
    const starts = chunkStarts(text, { minChunk: 1, maxChunk: 1 });
    for (const s of starts.slice(1)) {
      const before = text.slice(0, s);
      assert.ok((before.match(/```/g) ?? []).length % 2 === 0, `split inside code at ${s}`);
      assert.ok(before.lastIndexOf('<!--') <= before.lastIndexOf('-->'), `split inside a comment at ${s}`);
      assert.ok(s > text.indexOf('---', 3), `split inside front matter at ${s}`);
    }
    assert.ok(starts.length >= 4, `${starts}`);
    sameAsFull(text, createAnalyzer({ minChunk: 1, maxChunk: 1 }), 'constructs');
  });

  it('resolves link and footnote definitions across chunks', () => {
    const text = `${LETTER.replace(/^(.*Nơi nhận)/m, 'Xem [văn bản][vb] và chú thích[^1].\n\n$1')}\n\n[vb]: https://example.org\n\n[^1]: Ghi chú.\n`;
    const an = createAnalyzer({ minChunk: 1, maxChunk: 1 });
    sameAsFull(text, an, 'definitions');
    assert.ok(an.stats.chunks > 3);
    const line = an.parse(text).lines.find((l) => l.text.includes('Xem'));
    assert.equal(line?.text, 'Xem văn bản và chú thích.');
  });

  it('resolves references whose labels have character references or escapes, across chunks', () => {
    const text = 'Xem [a&amp;b], [c\\]d], [E  f] và [^x&amp;y].\n\nĐoạn hai.\n\n[a&amp;b]: http://x\n\n[c\\]d]: http://y\n\n[e f]: http://z\n\n[^x&amp;y]: Ghi chú.\n';
    assert.deepEqual(reading(createAnalyzer({ minChunk: 1, maxChunk: 1 }).parse(text)), reading(parseMarkdown(text)));
    assert.equal(parseMarkdown(text).lines[0].text, 'Xem a&b, c]d, E  f và .');
  });

  it('parses each chunk with only the definitions it refers to (linear in the number of footnotes)', () => {
    // A paragraph with a footnote, then its definition, 100 times: every chunk
    // has a "[" and a definition; all definitions around every chunk would be
    // 200 × 200 definitions parsed.
    const parts = [LETTER.replace(/^(.*Nơi nhận)/m, 'Mở đầu.\n\n$1').split(/^.*Nơi nhận/m)[0]];
    for (let i = 1; i <= 100; i++) parts.push(`Nội dung thứ ${i} có chú thích[^g${i}] và liên kết [mục ${i}].\n\n[^g${i}]: Ghi chú ${i}.\n\n[mục ${i}]: http://example.org/${i}\n`);
    const text = parts.join('\n');
    const an = createAnalyzer({ minChunk: 64, maxChunk: 256 });
    const doc = an.parse(text);
    const allDefs = 200 * '[^g100]: x'.length;
    assert.ok(an.stats.chunks > 40, `${an.stats.chunks} chunks`);
    assert.ok(an.stats.parsedDefChars < 3 * allDefs, `${an.stats.parsedDefChars} characters of definitions parsed`);
    assert.deepEqual(reading(doc), reading(parseMarkdown(text)));
    assert.ok(doc.lines.some((l) => l.text === 'Nội dung thứ 80 có chú thích và liên kết mục 80.'));
    // An edit re-parses its chunk with its own definitions only.
    const edited = text.replace('Nội dung thứ 80 ', 'Nội dung thứ 80 đã sửa ');
    an.parse(edited);
    assert.ok(an.stats.parsedDefChars < 200, `${an.stats.parsedDefChars}`);
    assert.deepEqual(reading(an.parse(edited)), reading(parseMarkdown(edited)));
  });

  for (const p of editProperties(example)) {
    it(p.name, function () {
      this.timeout(180_000);
      const base = p.letter();
      fc.assert(
        fc.property(editSequences, (edits) => p.check(base, edits, (text) => analysisOf(text))),
        { seed: 20261204, numRuns: EDIT_RUNS },
      );
    });
  }
});
