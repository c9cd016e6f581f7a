// Letters as converters and editors write them (pandoc docx → gfm/markdown,
// mammoth, Word/Google Docs export, Obsidian/Typora, text pasted from a PDF):
//
// - test/fixtures/corpus/converters/*.md are correct letters: no error or
//   warning from any rule.
// - test/fixtures/corpus/converters-errors/<name>.md carry known mistakes,
//   checked by the one corpus runner (corpus.test.ts) against the expect
//   comments they carry.
// - Regression tests for converter layouts fixed in the model and the rules,
//   and pending tests for inputs that markdown.ts does not read yet.

import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine';
import { parseMarkdown } from '../../server/src/engine/markdown';
import { findGridTables } from '../../server/src/engine/grid-tables';
import { FIXTURES, TODAY, congVan, expectClean, expectRule, lint, quyetDinh } from './helpers';

const OPTS = { today: TODAY };
const VALID = join(FIXTURES, 'corpus', 'converters');
const mdFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : []);

/** Error and warning findings as "line:char RULE message" (for assertion messages). */
function problems(text: string): string[] {
  return lint(text)
    .filter((f) => f.severity !== 'information')
    .map((f) => `${f.range.start.line}:${f.range.start.character} ${f.ruleId} ${f.message}`);
}

describe('converter corpus (corpus/converters): correct letters get no error or warning', () => {
  it('has at least 15 letters', () => assert.ok(mdFiles(VALID).length >= 15, `${mdFiles(VALID).length} letters`));
  for (const f of mdFiles(VALID)) {
    it(f, () => {
      const text = readFileSync(join(VALID, f), 'utf8');
      const a = analyze(text, OPTS);
      assert.ok(a.model.isDocument, 'recognised as a document');
      assert.deepEqual(a.internalErrors, []);
      assert.ok(a.model.quocHieu && a.model.tieuNgu, 'Quốc hiệu and Tiêu ngữ found');
      assert.ok(a.model.noiNhan && a.model.signers.length, 'Nơi nhận and signer found');
      assert.deepEqual(problems(text), []);
    });
  }
});

describe('converter layouts: regressions', () => {
  // Text pasted from a PDF keeps the PDF's line breaks and loses the
  // indentation: a long list entry wraps onto a line that starts with a
  // capital (a proper name) and has no dash.
  it('Nơi nhận: a PDF-wrapped entry continuing with a capital is one entry', () => {
    const text = congVan('- Giám đốc Sở (để báo cáo);', '- Giám đốc Sở, các Phó Giám đốc Sở\nNội vụ (để báo cáo);');
    expectClean(text, 'ND30-NN-02');
    const m = analyze(text, OPTS).model;
    assert.deepEqual(m.noiNhan?.items.map((l) => l.text), ['- Như trên;', '- Giám đốc Sở, các Phó Giám đốc Sở', 'Nội vụ (để báo cáo);', '- Lưu: VT, VP.']);
  });
  it('Kính gửi: PDF-wrapped entries continuing with a capital stay in the list', () => {
    const text = congVan('- Các sở, ban, ngành tỉnh;', '- Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh\nLai Châu;');
    const m = analyze(text, OPTS).model;
    assert.deepEqual(m.kinhGui?.items.map((l) => l.text), [
      '- Văn phòng Ủy ban nhân dân tỉnh;',
      '- Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh',
      'Lai Châu;',
      '- Ủy ban nhân dân các xã, phường.',
    ]);
    assert.deepEqual(problems(text), []);
  });
  it('a short entry missing both its ";" and the next dash is still reported', () => {
    const text = congVan('- Giám đốc Sở (để báo cáo);', '- Sở Tài chính\nSở Xây dựng;');
    expectRule(text, 'ND30-NN-02', [
      [28, 0, 28, 14],
      [29, 0, 29, 12],
    ]);
  });
  it('a quyết định wrapped as a PDF (căn cứ and trích yếu broken before a capital) is clean', () => {
    const text = quyetDinh(
      '*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*',
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của\nChính phủ về công tác văn thư;',
    );
    assert.deepEqual(problems(text), []);
  });
});

// Inputs that depend on markdown.ts (Markdown → logical lines, owned by the
// lead): character references, invisible characters, footnote references,
// pandoc spans, Markdown inside HTML blocks.
describe('converter layouts: markdown.ts inputs', () => {
  const NB = '\u00a0';
  it('"&nbsp;" character references are spaces ("Số:&nbsp;05/SNV-VP")', () => {
    assert.deepEqual(problems(congVan('Số: 05/SNV-VP', 'Số:&nbsp;05/SNV-VP')), []);
  });
  it('U+00A0 between words counts as a space (Quốc hiệu, Tiêu ngữ, "KT. GIÁM ĐỐC")', () => {
    let text = congVan('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', `**CỘNG${NB}HÒA XÃ HỘI CHỦ NGHĨA VIỆT${NB}NAM**`);
    text = text.replace('**Độc lập - Tự do - Hạnh phúc**', `**Độc lập${NB}-${NB}Tự do - Hạnh phúc**`).replace('**KT. GIÁM ĐỐC**', `**KT.${NB}GIÁM ĐỐC**`);
    assert.deepEqual(problems(text), []);
  });
  it('soft hyphen U+00AD and zero-width space U+200B are not text', () => {
    assert.deepEqual(problems(congVan('05/SNV-VP', '05/SNV\u00ad-VP')), []);
    assert.deepEqual(problems(congVan('05/SNV-VP', '05/SNV-\u200bVP')), []);
  });
  it('a footnote reference "[^1]" is not text (căn cứ line end)', () => {
    const text = quyetDinh('về công tác văn thư;*', 'về công tác văn thư;*[^1]') + '\n[^1]: Ghi chú.\n';
    assert.deepEqual(problems(text), []);
  });
  it('a pandoc bracketed span "[Độc lập - Tự do - Hạnh phúc]{.underline}" reads as its text', () => {
    assert.deepEqual(problems(congVan('**Độc lập - Tự do - Hạnh phúc**', '**[Độc lập - Tự do - Hạnh phúc]{.underline}**')), []);
  });
  it('a pandoc grid table: cells are table cells, lines pandoc wrapped at the column width are one line, "\\" breaks a line', () => {
    const grid = [
      '+-----------------------+---------------------------+',
      '| UBND TỈNH LAI CHÂU\\   | **CỘNG HÒA XÃ HỘI CHỦ     |',
      '| **SỞ NỘI VỤ**         | NGHĨA VIỆT NAM**\\        |',
      '|                       | **[Độc lập - Tự do - Hạnh |',
      '|                       | phúc]{.underline}**       |',
      '+=======================+===========================+',
      '| Số: 05/SNV-VP         | *Lai Châu, ngày 05 tháng  |',
      '| V/v báo cáo           | 3 năm 2026*               |',
      '+-----------------------+---------------------------+',
    ].join('\n');
    const md = parseMarkdown(grid + '\n\n| A | B |\n|---|---|\n| x | y |\n');
    const lines = md.lines.map((l) => [l.text, l.cell?.table, l.cell?.row, l.cell?.col, l.bold, l.italic]);
    assert.deepEqual(lines, [
      ['UBND TỈNH LAI CHÂU', 0, 0, 0, false, false],
      ['SỞ NỘI VỤ', 0, 0, 0, true, false],
      ['Số: 05/SNV-VP V/v báo cáo', 0, 1, 0, false, false],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 0, 0, 1, true, false],
      ['Độc lập - Tự do - Hạnh phúc', 0, 0, 1, true, false],
      ['Lai Châu, ngày 05 tháng 3 năm 2026', 0, 1, 1, false, true],
      ['A', 1, 0, 0, false, false],
      ['x', 1, 1, 0, false, false],
      ['B', 1, 0, 1, false, false],
      ['y', 1, 1, 1, false, false],
    ]);
    // Offsets map back to both source lines of a wrapped line.
    const t = md.lines[4];
    assert.equal(md.text.slice(t.starts[0], t.ends[t.text.length - 1]), 'Độc lập - Tự do - Hạnh |\n|                       | phúc');
    // A grid table after a pipe table is the second table.
    const md2 = parseMarkdown('| A | B |\n|---|---|\n| x | y |\n\n' + grid + '\n');
    assert.deepEqual([md2.lines[0].cell?.table, md2.lines[4].cell?.table], [0, 1]);
  });
  it('a grid table in NFD (the "|" no longer under the "+" of the border) is still read', () => {
    const text = readFileSync(join(VALID, 'pandoc-markdown-grid-quyet-dinh.md'), 'utf8').normalize('NFD');
    assert.ok(analyze(text, OPTS).model.tieuNgu);
    assert.deepEqual(problems(text), []);
  });
  it('a pandoc headerless multiline table: columns at the rule\'s dash runs, rows apart by a blank line, wrapped cell lines joined', () => {
    const ml = [
      '  ------------------------ ----------------------------',
      '  UBND TỈNH LAI CHÂU\\      **CỘNG HÒA XÃ HỘI CHỦ NGHĨA',
      '  **SỞ NỘI VỤ**            VIỆT NAM**\\',
      '                           **Độc lập - Tự do - Hạnh phúc**',
      '',
      '  Số: 05/SNV-VP            *Lai Châu, ngày 05 tháng 3',
      '                           năm 2026*',
      '  ------------------------ ----------------------------',
    ].join('\n');
    const md = parseMarkdown(ml + '\n\nNội dung.\n');
    assert.deepEqual(
      md.lines.map((l) => [l.text, l.cell?.row, l.cell?.col, l.bold, l.italic]),
      [
        ['UBND TỈNH LAI CHÂU', 0, 0, false, false],
        ['SỞ NỘI VỤ', 0, 0, true, false],
        ['Số: 05/SNV-VP', 1, 0, false, false],
        ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 0, 1, true, false],
        ['Độc lập - Tự do - Hạnh phúc', 0, 1, true, false],
        ['Lai Châu, ngày 05 tháng 3 năm 2026', 1, 1, false, true],
        ['Nội dung.', undefined, undefined, false, false],
      ],
    );
  });
  it('rules of dashes that frame no table are not read as one (a pdftotext underline, rules with other columns, a word across a column)', () => {
    for (const t of [
      'ỦY BAN NHÂN DÂN          CỘNG HÒA\n-------   ---------------\n\nSố: 05/UBND\n',
      '----- -----\nab cd\n------ ----\n',
      '----- -----\nabcdefghijk\n----- -----\n',
      '----- -----\n----- -----\n',
    ])
      assert.deepEqual(findGridTables(t), [], t);
    assert.equal(findGridTables('----- -----\nab    cd\n----- -----\n').length, 1);
  });
  it('"+---+" lines that do not frame a grid table stay text', () => {
    const md = parseMarkdown('+-----+\nTổng cộng: 5\n+-----+\n\nTrang 1 +--+ trang 2\n');
    assert.deepEqual(md.lines.map((l) => l.text), ['+-----+', 'Tổng cộng: 5', '+-----+', 'Trang 1 +--+ trang 2']);
    // A grid table inside fenced code stays code (not text).
    const fenced = parseMarkdown('Mẫu:\n\n```\n+----+----+\n| Số | Tên |\n+----+----+\n```\n\nHết.\n');
    assert.deepEqual(fenced.lines.map((l) => l.text), ['Mẫu:', 'Hết.']);
  });
  it('text inside an HTML block ("<div align=center>" with no blank line, "<p align=center><b>…</b></p>") is read', () => {
    const a = congVan(
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**',
      '<div align="center">\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n</div>',
    );
    assert.deepEqual(problems(a), []);
    assert.deepEqual(problems(quyetDinh('**QUYẾT ĐỊNH**\n', '<p align="center"><b>QUYẾT ĐỊNH</b></p>\n')), []);
  });
});
