// The incremental analyzer (createAnalyzer) must give exactly what a full
// check gives: same findings, same logical lines, same directives, on every
// fixture and after random edit sequences (incremental-props.ts, also run
// long by `npm run fuzz`).

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, createAnalyzer, chunkStarts, RULES } from '../../../server/src/engine';
import { parseMarkdown } from '../../../server/src/engine/markdown';
import { setStrictFixes } from '../../../server/src/engine/rule';
import { analysisOf, example, FIXTURES, TODAY } from '../helpers';
import { apply, editProperties, editSequences, LETTER, reading, sameAsFull as sameAs } from './incremental-props';
import { chunkStartsAfterEdit, sharedEnds } from '../../../server/src/engine/incremental';

function mdFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? mdFiles(p) : f.endsWith('.md') ? [p] : [];
  });
}
const FILES = mdFiles(FIXTURES);
const VH = readFileSync(join(FIXTURES, 'vh', 'incorrect-names.md'), 'utf8');

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

  it('finds the chunk starts after an edit from the last ones, as a scan of the whole text does', () => {
    // Chained: each text's starts come from the previous text's incremental ones.
    for (const [base, o] of [
      [LETTER, { minChunk: 1, maxChunk: 1 }],
      [LETTER.repeat(3), {}],
      [example(), { minChunk: 64, maxChunk: 256 }],
    ] as const) {
      fc.assert(
        fc.property(editSequences, (edits) => {
          let text = base;
          let starts = chunkStarts(text, o);
          for (const e of edits) {
            const next = apply(text, e);
            starts = chunkStartsAfterEdit(text, starts, next, o);
            assert.deepEqual(starts, chunkStarts(next, o));
            text = next;
          }
        }),
        { seed: 7, numRuns: 150 },
      );
    }
    // An edit far from both ends re-scans a little and keeps the rest.
    const long = LETTER.repeat(20);
    const at = long.indexOf(' ', long.length >> 1);
    assert.ok(at > 0);
    const edited = long.slice(0, at) + 'x' + long.slice(at);
    assert.deepEqual(chunkStartsAfterEdit(long, chunkStarts(long), edited), chunkStarts(edited));
  });

  it('finds the shared start and end of two texts (block by block, then character by character)', () => {
    const naive = (a: string, b: string) => {
      const m = Math.min(a.length, b.length);
      let p = 0;
      while (p < m && a[p] === b[p]) p++;
      let q = 0;
      while (q < m - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
      return { p, q };
    };
    const base = LETTER.repeat(4);
    fc.assert(
      fc.property(fc.nat(base.length), fc.nat(9000), fc.string({ maxLength: 30 }), (at, del, ins) => {
        const b = base.slice(0, at) + ins + base.slice(at + del);
        assert.deepEqual(sharedEnds(base, b), naive(base, b));
        assert.deepEqual(sharedEnds(b, base), naive(b, base));
      }),
      { seed: 5, numRuns: 200 },
    );
    assert.deepEqual(sharedEnds(base, base), { p: base.length, q: 0 });
  });

  it('re-counts the work limits of the chunk an edit touches, and keeps the others', () => {
    const an = createAnalyzer();
    const long = LETTER.repeat(10);
    const at = long.indexOf(' ', long.length >> 1);
    assert.equal(an.parse(long).tooComplex, undefined);
    const heavy = long.slice(0, at) + ' ' + '['.repeat(401) + long.slice(at);
    assert.match(an.parse(heavy).tooComplex!.en, /unclosed brackets/);
    const back = heavy.replace('['.repeat(401), '['.repeat(399));
    assert.equal(an.parse(back).tooComplex, undefined);
    // Nesting work summed over chunks kept from the last text and one re-counted.
    const deep = ('Mục x\n' + '> '.repeat(99) + 'x\n\n').repeat(102);
    assert.equal(an.parse(deep).tooComplex, undefined);
    const deeper = deep.replace('Mục x\n', 'Mục x\n' + '> '.repeat(99) + 'y\n');
    assert.match(an.parse(deeper).tooComplex!.en, /nested too deeply/);
    assert.deepEqual(reading(an.parse(deep)), reading(parseMarkdown(deep)));
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

  // Line-local rules (meta.lineLocal): their findings on unchanged lines are
  // re-used from the previous versions (engine/lineMemo.ts).
  describe('line-local findings re-used across versions', () => {
    it('has line-local rules', () => {
      assert.ok(RULES.filter((r) => r.meta.lineLocal).length >= 10);
    });

    it('re-uses the findings of unchanged lines, and equals the full check', () => {
      const an = createAnalyzer();
      an.analyze(VH, { today: TODAY });
      const edited = VH.replace('Rà soát theo', 'Rà soát kỹ theo');
      sameAsFull(edited, an, 'edited');
      assert.ok(an.stats.linesReused > 20, `${an.stats.linesReused} lines re-used`);
      assert.ok(analysisOf(edited).findings.filter((f) => f.ruleId.startsWith('ND30-VH')).length > 20);
    });

    it('checks a line again when what its key holds changes elsewhere (the paragraph before, a quotation opened earlier)', () => {
      const an = createAnalyzer({ minChunk: 1, maxChunk: 1 });
      const para = VH.replace('Rà soát theo', 'Rà soát theo quy định\n\ncác đơn vị rà soát theo');
      const steps = [
        para,
        para.replace('theo quy định\n', 'theo quy định.\n'),
        para,
        para.replace('Rà soát theo quy định', 'Rà soát “theo quy định'),
        para.replace('Rà soát theo quy định', 'Rà soát “theo quy định').replace('các đơn vị rà soát theo', 'các đơn vị rà soát” theo'),
      ];
      for (const [k, text] of steps.entries()) sameAsFull(text, an, `step ${k}`);
      // The paragraph test (VH-01) fires at step 1 only, on the unchanged line "các đơn vị…".
      const vh01 = (text: string) => analysisOf(text).findings.filter((f) => f.ruleId === 'ND30-VH-01' && f.message.includes('"các"')).length;
      const counts = steps.slice(0, 3).map(vh01);
      assert.deepEqual(counts, [counts[0], counts[0] + 1, counts[0]]);
    });

    it('forgets them when the settings change', () => {
      const an = createAnalyzer();
      an.analyze(VH, { today: TODAY });
      const opts = { today: TODAY, vietHoa: { donVi: ['Phòng Giáo dục và Đào tạo'], diaDanh: ['Nam Định'] }, rules: { 'ND30-VH-19': 'off' as const } };
      assert.deepEqual(an.analyze(VH, opts).findings, analyze(VH, opts).findings);
      assert.equal(an.stats.linesReused, 0);
      assert.deepEqual(an.analyze(VH, { today: TODAY }).findings, analysisOf(VH).findings);
    });

    // Edits that change what a line is: the title, Số, Kính gửi, Nơi nhận,
    // signer lines, blank lines, table pipes, quotations opened on one line
    // and closed on another, markup, and text the VH rules report.
    const ROLE_FRAGMENTS = ['\n', '\n\n', '\nNơi nhận:\n- Như trên;\n', 'Nơi nhận:', '\nCÔNG VĂN\n', '\nQUYẾT ĐỊNH\n', 'Số: 12/UBND-VP', '\nKính gửi: Sở Giáo Dục Và Đào Tạo Tỉnh Lai Châu\n', 'Kính gửi:', '\nGIÁM ĐỐC\n', '\nNguyễn Văn An\n', '| a | b |\n|---|---|\n', '|', '“', '”', '"', '`', '**', '*', '- ', '1. ', '> ', 'Sở nội vụ', 'Phó chủ tịch', 'thứ bảy, ngày 10/01/2026', 'Nguyễn văn An', '. các', 'tỉnh Nam định', '<!-- thethuc-disable-line -->', '\u0301', 'Ủy Ban Nhân Dân', 'a', 'các ', '\n\ncác đơn vị thực hiện.\n\n', 'thành công.', '\r', '\r\n'];
    const roleEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 30 }), ins: fc.array(fc.constantFrom(...ROLE_FRAGMENTS), { maxLength: 3 }), lineStart: fc.boolean() });
    function applyAtLine(text: string, e: { at: number; del: number; ins: string[]; lineStart: boolean }): string {
      let at = Math.floor(e.at * text.length);
      if (e.lineStart) at = text.lastIndexOf('\n', at - 1) + 1;
      return text.slice(0, at) + e.ins.join('') + text.slice(Math.min(text.length, at + e.del));
    }
    for (const [name, letter, opts, strict] of [
      ['VH errors, small chunks', () => VH, { minChunk: 64, maxChunk: 256 }, true],
      ['công văn, default chunks', () => LETTER, {}, true],
      ['example letter, default chunks', example, {}, true],
      // Outside strict mode a one-off check runs line-local rules plainly (no grouping by line).
      ['VH errors, strict fixes off', () => VH, {}, false],
    ] as const) {
      it(`equals the full check at every step of random edit sequences (${name})`, function () {
        this.timeout(180_000);
        const base = letter();
        setStrictFixes(strict);
        try {
          fc.assert(
            fc.property(fc.array(roleEdit, { minLength: 1, maxLength: 5 }), (edits) => {
              const an = createAnalyzer(opts);
              let text = base;
              an.analyze(text, { today: TODAY });
              for (const e of edits) {
                text = applyAtLine(text, e);
                const inc = an.analyze(text, { today: TODAY });
                const full = analyze(text, { today: TODAY });
                assert.deepEqual(inc.findings, full.findings);
                assert.deepEqual(inc.internalErrors, full.internalErrors);
              }
            }),
            { seed: 20261205, numRuns: 25 },
          );
        } finally {
          setStrictFixes(true);
        }
      });
    }
  });
});
