// Word export: open the produced .docx (a zip of XML) and check the layout of
// Phụ lục I, component by component, for four letters.

import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync, mkdtempSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { analyze } from '../../../server/src/engine';
import { exportDocx, layoutSpec } from '../../../server/src/export';
import { buildLayout, Block } from '../../../server/src/export/layout';
import { buildModel } from '../../../server/src/engine/model';
import { parseMarkdown } from '../../../server/src/engine/markdown';
import { flatHeaderParts } from '../../../server/src/engine/reader/header';
import { runExport } from '../../../server/src/cli/export';
import { loadConfigFile } from '../../../server/src/config';
import { example, fixture, FIXTURES, TODAY } from '../helpers';
import { unzip, textOf, paraWithText, tables, runs, paragraphs } from './zip';

const PHU_LUC = readFileSync(join(__dirname, 'fixtures', 'cong-van-phu-luc.md'), 'utf8');
const QD = fixture('valid/quyet-dinh.md');
const CV = fixture('valid/cong-van.md');

interface Docx {
  doc: string;
  styles: string;
  headers: string[];
  files: Map<string, Buffer>;
}

async function open(text: string, force = true): Promise<Docx & { errors: number }> {
  const r = await exportDocx(text, { today: TODAY, force });
  const files = unzip(r.docx);
  const s = (n: string) => files.get(n)?.toString('utf8') ?? '';
  const headers = [...files.keys()].filter((k) => /^word\/header\d+\.xml$/.test(k)).map(s);
  return { doc: s('word/document.xml'), styles: s('word/styles.xml'), headers, files, errors: r.errors.length };
}

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const attr = (xml: string, tag: string, name: string) => {
  const m = new RegExp(`<w:${tag}\\b[^>]*\\bw:${name}="(-?\\d+)"`).exec(xml);
  return m ? Number(m[1]) : undefined;
};

/** The paragraph with exactly this text, which must exist. */
function p(xml: string, text: string): string {
  const found = paraWithText(xml, text);
  assert.ok(found, `no paragraph "${text}" in:\n${paragraphs(xml).map(textOf).join('\n')}`);
  return found;
}

/** Every run of the paragraph has these properties (size in pt). */
function style(xml: string, text: string, want: { size: number; bold: boolean; italic: boolean; align?: string }): void {
  const para = p(xml, text);
  for (const r of runs(para)) {
    assert.equal(r.size, want.size * 2, `size of "${r.text}" in "${text}"`);
    assert.equal(r.bold, want.bold, `bold of "${r.text}" in "${text}"`);
    assert.equal(r.italic, want.italic, `italic of "${r.text}" in "${text}"`);
    assert.equal(r.font, 'Times New Roman', `font of "${r.text}"`);
  }
  if (want.align) assert.match(para, new RegExp(`<w:jc w:val="${want.align}"/>`), `alignment of "${text}"`);
}

function pageSetUp(d: Docx): void {
  const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(d.doc)![0];
  assert.equal(attr(sect, 'pgSz', 'w'), 11906, 'A4 width');
  assert.equal(attr(sect, 'pgSz', 'h'), 16838, 'A4 height');
  assert.doesNotMatch(sect, /w:orient="landscape"/);
  const m = (k: string) => attr(sect, 'pgMar', k)!;
  // The middle of the decree's ranges (PL I §I.3) and inside them.
  assert.equal(m('top'), twips(22.5));
  assert.equal(m('bottom'), twips(22.5));
  assert.equal(m('left'), twips(32.5));
  assert.equal(m('right'), twips(17.5));
  for (const [k, lo, hi] of [['top', 20, 25], ['bottom', 20, 25], ['left', 30, 35], ['right', 15, 20]] as const) {
    assert.ok(m(k) >= twips(lo) && m(k) <= twips(hi), `${k} margin in range`);
  }
  // Page number: different first page (none on page 1), PAGE field centred in the header.
  assert.match(sect, /<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/);
  const numbered = d.headers.filter((h) => /PAGE/.test(h));
  assert.ok(numbered.length >= 1, 'a header with the PAGE field');
  assert.match(numbered[0], /<w:jc w:val="center"\/>/);
  assert.match(numbered[0], /<w:sz w:val="27"\/>/);
  // Times New Roman everywhere.
  assert.match(d.styles, /<w:rFonts w:ascii="Times New Roman"/);
  const fonts = new Set([...d.doc.matchAll(/<w:rFonts w:ascii="([^"]+)"/g)].map((x) => x[1]));
  assert.deepEqual([...fonts], ['Times New Roman']);
}

/** The header and signature tables have no visible borders. */
function borderless(tbl: string): void {
  const tb = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(tbl);
  assert.ok(tb, 'table borders written');
  for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
    assert.match(tb[0], new RegExp(`<w:${side} w:val="none"`), `${side} border none`);
  }
  for (const m of tbl.matchAll(/<w:tcBorders>([\s\S]*?)<\/w:tcBorders>/g)) assert.doesNotMatch(m[1], /w:val="single"/);
}

/** A short rule: an empty centred paragraph with a bottom border, narrower than `maxMm`. */
function ruleAfter(xml: string, text: string, minMm: number, maxMm: number, widthMm: number): void {
  const ps = paragraphs(xml);
  const i = ps.findIndex((x) => textOf(x) === text);
  assert.ok(i >= 0);
  const r = ps[i + 1];
  assert.match(r, /<w:bottom w:val="single"/, `rule under "${text}"`);
  assert.equal(textOf(r), '');
  const left = attr(r, 'ind', 'left') ?? 0;
  const right = attr(r, 'ind', 'right') ?? 0;
  const len = widthMm - ((left + right) * 25.4) / 1440;
  assert.ok(len >= minMm && len <= maxMm, `rule under "${text}" is ${len.toFixed(1)} mm, want ${minMm}–${maxMm}`);
  assert.ok(Math.abs(left - right) <= 1, 'rule centred');
}

/** No line of the letter is lost: every line of the model is in the document. */
function everyLine(text: string, d: Docx): void {
  const all = paragraphs(d.doc).map(textOf);
  for (const l of analyze(text).model.lines) assert.ok(all.includes(l.text), `line "${l.text}" not exported as a paragraph`);
}

const cellW = (tbl: string) => [...tbl.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((m) => (Number(m[1]) * 25.4) / 1440 - 2);

describe('export: DOCX layout of Phụ lục I', function () {
  // Generous: the machine running the suite may be busy (no timing is asserted).
  this.timeout(60_000);
  it('quyết định with căn cứ and Điều', async () => {
    const d = await open(QD);
    pageSetUp(d);
    everyLine(QD, d);
    const [header, sign] = tables(d.doc);
    borderless(header);
    borderless(sign);
    // Header: chủ quản regular, agency bold, rule; Quốc hiệu, Tiêu ngữ + rule as long as it; Số; date.
    style(header, 'ỦY BAN NHÂN DÂN', { size: 12.5, bold: false, italic: false, align: 'center' });
    style(header, 'TỈNH LAI CHÂU', { size: 12.5, bold: true, italic: false, align: 'center' });
    style(header, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12.5, bold: true, italic: false, align: 'center' });
    style(header, 'Độc lập - Tự do - Hạnh phúc', { size: 13.5, bold: true, italic: false, align: 'center' });
    style(header, 'Số: 15/QĐ-UBND', { size: 13, bold: false, italic: false, align: 'center' });
    style(header, 'Lai Châu, ngày 09 tháng 02 năm 2026', { size: 13.5, bold: false, italic: true, align: 'center' });
    const [lw, rw] = cellW(header);
    ruleAfter(header, 'Độc lập - Tự do - Hạnh phúc', 55, 62, rw);
    ruleAfter(header, 'TỈNH LAI CHÂU', 8, 15, lw);
    // Columns: agency left (narrower), Quốc hiệu right.
    const cells = [...header.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => textOf(m[0]));
    assert.deepEqual(cells, ['ỦY BAN NHÂN DÂNTỈNH LAI CHÂU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc', 'Số: 15/QĐ-UBND', 'Lai Châu, ngày 09 tháng 02 năm 2026']);
    assert.ok(lw < rw);
    // The header table reaches 10 mm into the left margin, like the decree's Mẫu.
    assert.equal(attr(header, 'tblInd', 'w'), -twips(10));
    assert.ok(rw >= 97, 'the Quốc hiệu fits on one line');
    // Title, trích yếu with a rule under it, authority, căn cứ, enacting line.
    style(d.doc, 'QUYẾT ĐỊNH', { size: 13.5, bold: true, italic: false, align: 'center' });
    style(d.doc, 'Về việc thành lập Tổ công tác triển khai Đề án 06 năm 2026', { size: 13.5, bold: true, italic: false, align: 'center' });
    ruleAfter(d.doc, 'Về việc thành lập Tổ công tác triển khai Đề án 06 năm 2026', 25, 60, 160);
    style(d.doc, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', { size: 13.5, bold: true, italic: false, align: 'center' });
    style(d.doc, 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', { size: 13.5, bold: false, italic: true, align: 'both' });
    style(d.doc, 'Theo đề nghị của Giám đốc Sở Nội vụ.', { size: 13.5, bold: false, italic: true });
    style(d.doc, 'QUYẾT ĐỊNH:', { size: 13.5, bold: true, italic: false, align: 'center' });
    // Điều: "Điều 1." bold, the rest regular; justified with a first-line indent.
    const dieu = p(d.doc, 'Điều 2. Tổ công tác có nhiệm vụ:');
    assert.deepEqual(runs(dieu).map((r) => [r.text, r.bold]), [['Điều 2.', true], [' Tổ công tác có nhiệm vụ:', false]]);
    assert.match(dieu, /<w:jc w:val="both"\/>/);
    assert.equal(attr(dieu, 'ind', 'firstLine'), twips(12.7));
    assert.ok(attr(dieu, 'spacing', 'after')! >= 120, 'at least 6 pt between paragraphs');
    style(d.doc, 'a) Xây dựng kế hoạch triển khai Đề án;', { size: 13.5, bold: false, italic: false, align: 'both' });
    // Signature table: Nơi nhận bold italic 12, items 11, left; title bold, name bold, right.
    style(sign, 'Nơi nhận:', { size: 12, bold: true, italic: true, align: 'left' });
    style(sign, '- Như Điều 3;', { size: 11, bold: false, italic: false, align: 'left' });
    style(sign, '- Lưu: VT, NC.', { size: 11, bold: false, italic: false });
    style(sign, 'CHỦ TỊCH', { size: 13.5, bold: true, italic: false, align: 'center' });
    style(sign, 'Trần Văn Minh', { size: 13.5, bold: true, italic: false, align: 'center' });
    const signCells = [...sign.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => textOf(m[0]));
    assert.deepEqual(signCells, ['Nơi nhận:- Như Điều 3;- Chủ tịch, các Phó Chủ tịch UBND tỉnh;- Lưu: VT, NC.', 'CHỦ TỊCH(Đã ký)Trần Văn Minh']);
    // Space for the signature and seal between the title and the name: 24 mm with the placeholder line.
    const before = (t: string) => attr(p(sign, t), 'spacing', 'before') ?? 0;
    const mm = ((before('(Đã ký)') + before('Trần Văn Minh')) / 20 + 13.5) * (25.4 / 72);
    assert.ok(mm >= 22 && mm <= 26, `signature space ${mm.toFixed(1)} mm`);
    assert.equal(d.errors, 0);
  });

  it('the example letter (công văn 1465/SNN-VP): V/v under the Số, Kính gửi, body, errors listed', async () => {
    const d = await open(example());
    pageSetUp(d);
    everyLine(example(), d);
    const [header, sign] = tables(d.doc);
    borderless(header);
    const vv = 'Về việc chấn chỉnh, khắc phục những hạn chế, mất điểm, giải pháp cải thiện Chỉ số cải cách hành chính, chỉ số năng lực cạnh tranh cấp sở (DDCI)';
    style(header, vv, { size: 12.5, bold: false, italic: false, align: 'center' });
    style(header, 'Số: 1465/SNN-VP', { size: 13, bold: false, italic: false });
    style(header, 'Lai Châu, ngày 12 tháng 7 năm 2023', { size: 13.5, bold: false, italic: true });
    const cells = [...header.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => textOf(m[0]));
    assert.deepEqual(cells, ['Số: 1465/SNN-VP' + vv, 'Lai Châu, ngày 12 tháng 7 năm 2023']);
    style(d.doc, 'Kính gửi: Các phòng, đơn vị trực thuộc Sở', { size: 13.5, bold: false, italic: false, align: 'center' });
    style(d.doc, 'Giám đốc Sở yêu cầu Thủ trưởng các phòng, đơn vị nghiêm túc triển khai thực hiện./.', { size: 13.5, bold: false, italic: false, align: 'both' });
    borderless(sign);
    style(sign, 'Nơi nhận:', { size: 12, bold: true, italic: true });
    style(sign, 'GIÁM ĐỐC', { size: 13.5, bold: true, italic: false });
    style(sign, 'Đặng Văn Châu', { size: 13.5, bold: true, italic: false });
    // The letter has errors (no Quốc hiệu, no agency): export still happens, the caller warns.
    assert.ok(d.errors >= 2);
  });

  it('công văn with several recipients: Kính gửi list aligned under the colon', async () => {
    const d = await open(CV);
    pageSetUp(d);
    everyLine(CV, d);
    const [header, sign] = tables(d.doc);
    borderless(header);
    borderless(sign);
    style(header, 'UBND TỈNH LAI CHÂU', { size: 12.5, bold: false, italic: false });
    style(header, 'SỞ NỘI VỤ', { size: 12.5, bold: true, italic: false });
    style(header, 'V/v hướng dẫn triển khai chữ ký số năm 2026', { size: 12.5, bold: false, italic: false, align: 'center' });
    assert.ok(attr(p(header, 'V/v hướng dẫn triển khai chữ ký số năm 2026'), 'spacing', 'before')! >= 120, 'V/v 6 pt under the Số');
    const label = p(d.doc, 'Kính gửi:');
    const items = ['- Văn phòng Ủy ban nhân dân tỉnh;', '- Các sở, ban, ngành tỉnh;', '- Ủy ban nhân dân các xã, phường.'].map((t) => p(d.doc, t));
    const labelLeft = attr(label, 'ind', 'left')!;
    for (const it of items) {
      style(d.doc, textOf(it), { size: 13.5, bold: false, italic: false, align: 'left' });
      const left = attr(it, 'ind', 'left')!;
      // Dashes start under the colon: left of the label + the width of "Kính gửi".
      assert.ok(left > labelLeft + twips(15) && left < labelLeft + twips(22), `item indent ${left} vs label ${labelLeft}`);
    }
    style(sign, 'KT. GIÁM ĐỐC', { size: 13.5, bold: true, italic: false, align: 'center' });
    style(sign, 'PHÓ GIÁM ĐỐC', { size: 13.5, bold: true, italic: false, align: 'center' });
    style(sign, '- Giám đốc Sở (để báo cáo);', { size: 11, bold: false, italic: false });
    assert.equal(d.errors, 0);
  });

  it('letter with an appendix: new section, page numbers from 1, heading, title, (Kèm theo …), table', async () => {
    const d = await open(PHU_LUC);
    everyLine(PHU_LUC, d);
    const sects = [...d.doc.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    assert.equal(sects.length, 2, 'main document + one appendix section');
    for (const s of sects) {
      assert.match(s, /<w:pgNumType w:start="1"\/>/);
      assert.equal(attr(s, 'pgSz', 'w'), 11906);
    }
    // The appendix is after the first section break (a new page).
    const cut = d.doc.indexOf(sects[0]);
    const annex = d.doc.slice(cut + sects[0].length);
    assert.doesNotMatch(annex.slice(0, 0) + d.doc.slice(0, cut), />Phụ lục</);
    style(annex, 'Phụ lục', { size: 14, bold: true, italic: false, align: 'center' });
    style(annex, 'SỐ LƯỢNG CÔNG CHỨC NĂM 2026', { size: 13.5, bold: true, italic: false, align: 'center' });
    style(annex, '(Kèm theo Công văn số 12/SNV-CCVC ngày 10 tháng 3 năm 2026 của Sở Nội vụ tỉnh Lai Châu)', { size: 13.5, bold: false, italic: true, align: 'center' });
    const [grid] = tables(annex);
    assert.match(grid, /<w:insideH w:val="single"/, 'the appendix table keeps its grid');
    assert.equal((grid.match(/<w:tr>/g) ?? []).length, 3);
    assert.match(textOf(grid), /STTCơ quanSố lượng1Văn phòng Sở15/);
    // One recipient on the Kính gửi line: centred on its own line.
    style(d.doc, 'Kính gửi: Bộ Nội vụ', { size: 13.5, bold: false, italic: false, align: 'center' });
    assert.equal(d.errors, 0);
  });

  it('a document issued with a quyết định (Mẫu 1.3): tên loại, trích yếu, then "(Ban hành kèm theo …)" centred in italics', async () => {
    const d = await open(fixture('corpus/valid2/quy-che-kem-theo-2.md'));
    style(d.doc, 'QUY CHẾ', { size: 13.5, bold: true, italic: false, align: 'center' });
    style(d.doc, 'của Ủy ban nhân dân xã Mường Than nhiệm kỳ 2026 - 2031', { size: 13.5, bold: true, italic: false, align: 'center' });
    style(d.doc, '(Ban hành kèm theo Quyết định số 18/QĐ-UBND ngày 20 tháng 7 năm 2026 của Ủy ban nhân dân xã Mường Than)', { size: 13.5, bold: false, italic: true, align: 'center' });
    assert.equal(d.errors, 0);
  });

  it('every fixture (correct, wrong, OCR, corpus) lays out without losing a line', function () {
    this.timeout(120_000);
    const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith('.md') ? [join(d, f)] : []));
    const texts = (bs: Block[]): string[] => bs.flatMap((b) => (b.kind === 'para' ? [b.runs.map((r) => r.text).join('')] : b.rows.flatMap((row) => row.flatMap((c) => texts(c.paras)))));
    const files = walk(FIXTURES);
    assert.ok(files.length > 100);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      // The model alone (no rules run): the layout is built from it.
      const model = buildModel(parseMarkdown(text));
      const all = new Set(buildLayout(model, layoutSpec()).sections.flatMap((s) => texts(s.blocks)));
      // A line the reader joined to the one before (a ký hiệu broken after "QĐ-") is laid out inside the joined text.
      const joined = [...all];
      // A header line a web copy flattened (agency beside the Quốc hiệu) is laid out as its parts.
      const inParts = (l: (typeof model.lines)[number]) => flatHeaderParts(l)?.every((p) => joined.some((x) => x.includes(p.text))) ?? false;
      // A title line that starts the trích yếu ("QUY CHẾ LÀM VIỆC"): the tên loại and the rest, each on its own line (ô 5a, 5b).
      const titleSplit = (l: (typeof model.lines)[number]) => model.title?.i === l.i && model.trichYeu[0]?.i === l.i && all.has(model.title.text) && all.has(model.trichYeu[0].text);
      for (const l of model.lines) assert.ok(all.has(l.text) || joined.some((x) => x.includes(l.text)) || inParts(l) || titleSplit(l), `${f}: line "${l.text}" lost`);
    }
  });

  it('profiles and margins come from the settings, clamped to the decree', async () => {
    const spec = layoutSpec({ profile: '14', margins: { left: 40, right: 15, top: 20 } });
    assert.equal(spec.sizes.quocHieu, 13);
    assert.equal(spec.sizes.tieuNgu, 14);
    assert.deepEqual(spec.margins, { top: 20, bottom: 22.5, left: 35, right: 15 });
    const r = await exportDocx(QD, { today: TODAY }, { profile: '13', margins: { left: 30 } });
    const doc = unzip(r.docx).get('word/document.xml')!.toString('utf8');
    assert.equal(attr(doc, 'pgMar', 'left'), twips(30));
    style(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true, italic: false });
    style(doc, 'Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true, italic: false });
  });
});

describe('export: CLI', function () {
  this.timeout(60_000);
  let dir: string;
  let err: string;
  const realErr = process.stderr.write.bind(process.stderr);
  const realOut = process.stdout.write.bind(process.stdout);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'thethuc-export-'));
    err = '';
    process.stderr.write = ((s: string) => ((err += s), true)) as typeof process.stderr.write;
    process.stdout.write = (() => true) as typeof process.stdout.write; // the CLI's stdout is not asserted: silence it
  });
  afterEach(() => {
    process.stderr.write = realErr;
    process.stdout.write = realOut;
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the .docx beside the file; errors listed, exit 1; --force exits 0', async () => {
    const f = join(dir, 'cv.md');
    writeFileSync(f, example());
    assert.equal(await runExport([f]), 1);
    assert.ok(existsSync(join(dir, 'cv.docx')));
    assert.match(err, /ND30-DOC-02/);
    assert.match(err, /đã xuất, nhưng văn bản còn \d+ lỗi/);
    err = '';
    assert.equal(await runExport([f, '-o', join(dir, 'out.docx'), '--force']), 0);
    assert.ok(unzip(readFileSync(join(dir, 'out.docx'))).has('word/document.xml'));
  });

  it('a correct letter exits 0; bad input exits 2 with a message', async () => {
    const f = join(dir, 'qd.md');
    writeFileSync(f, QD);
    assert.equal(await runExport([f, '--lang', 'en']), 0);
    assert.equal(err, '');
    assert.equal(await runExport([join(dir, 'missing.md')]), 2);
    assert.match(err, /không đọc được/);
    writeFileSync(join(dir, 'readme.md'), '# Hướng dẫn\n\nMột tệp ghi chú.\n');
    assert.equal(await runExport([join(dir, 'readme.md')]), 2);
    assert.match(err, /không phải văn bản hành chính/);
    writeFileSync(join(dir, 'tcvn3.md'), Buffer.from([0x53, 0xe8, 0x3a, 0x20, 0x31, 0xff, 0x0a]));
    assert.equal(await runExport([join(dir, 'tcvn3.md')]), 2);
    assert.match(err, /không phải UTF-8/);
    assert.equal(await runExport([]), 2);
    assert.equal(await runExport([f, '--bogus']), 2);
    assert.match(err, /tuỳ chọn không hợp lệ: --bogus/);
  });

  it('reads the export section of .thethuc.jsonc', async () => {
    writeFileSync(join(dir, '.thethuc.jsonc'), '{\n  // lề trái 35 mm\n  "export": { "margins": { "left": 35 }, "profile": "14" }\n}\n');
    assert.deepEqual(loadConfigFile(join(dir, '.thethuc.jsonc')).problems, [], 'the export section is a known key');
    const f = join(dir, 'qd.md');
    writeFileSync(f, QD);
    assert.equal(await runExport([f]), 0);
    const doc = unzip(readFileSync(join(dir, 'qd.docx'))).get('word/document.xml')!.toString('utf8');
    assert.equal(attr(doc, 'pgMar', 'left'), twips(35));
    style(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true, italic: false });
  });

  it('--pdf without LibreOffice: the .docx is written and the message says how to get a PDF', async () => {
    const f = join(dir, 'qd.md');
    writeFileSync(f, QD);
    const saved = process.env.THETHUC_SOFFICE;
    process.env.THETHUC_SOFFICE = join(dir, 'no-soffice');
    try {
      assert.equal(await runExport([f, '--pdf']), 2);
    } finally {
      if (saved === undefined) delete process.env.THETHUC_SOFFICE;
      else process.env.THETHUC_SOFFICE = saved;
    }
    assert.ok(existsSync(join(dir, 'qd.docx')));
    assert.match(err, /không tìm thấy LibreOffice/);
  });
});
