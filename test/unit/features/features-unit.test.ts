// In-process tests of the pure parts of completion, hover and symbols.

import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/engine';
import { completionsAt, findCitations, unitsFor } from '../../../server/src/features/completion';
import { formatNgay as formatDecreeDate } from '../../../server/src/engine/decreeDate';
import { componentHover, findingHover } from '../../../server/src/features/hover';
import { buildSymbols, headingLevel } from '../../../server/src/features/symbols';
import { congVan, quyetDinh, TODAY } from '../helpers';

describe('completion helpers', () => {
  it('formats dates in the decree form', () => {
    assert.equal(formatDecreeDate(new Date(2026, 2, 5)), 'ngày 05 tháng 3 năm 2026');
    assert.equal(formatDecreeDate(new Date(2026, 0, 9)), 'ngày 09 tháng 01 năm 2026');
    assert.equal(formatDecreeDate(new Date(2026, 1, 28)), 'ngày 28 tháng 02 năm 2026');
    assert.equal(formatDecreeDate(new Date(2026, 11, 31)), 'ngày 31 tháng 12 năm 2026');
  });

  it('finds citations once, with their date', () => {
    const model = analyze(congVan()).model;
    const c = findCitations(model);
    assert.deepEqual(c.map((x) => x.full), ['Kế hoạch số 40/KH-UBND ngày 15 tháng 01 năm 2026']);
  });

  it('units from the Số line and the agency profile (object or array)', () => {
    const model = analyze(congVan()).model;
    assert.deepEqual(unitsFor(model, undefined).map((u) => u.abbr), ['SNV', 'VP']);
    assert.deepEqual(unitsFor(model, { donVi: { TCCB: 'Phòng Tổ chức cán bộ', VP: 'Văn phòng' } }), [
      { abbr: 'SNV', name: undefined },
      { abbr: 'VP', name: 'Văn phòng' },
      { abbr: 'TCCB', name: 'Phòng Tổ chức cán bộ' },
    ]);
    assert.deepEqual(unitsFor(model, { donVi: [{ kyHieu: 'KHTC', ten: 'Phòng Kế hoạch - Tài chính' }, 'PC'] }).map((u) => u.abbr), ['SNV', 'VP', 'KHTC', 'PC']);
  });

  it('typing "ngày" in the header offers today; the profile place name on an empty header line', () => {
    const text = congVan('*Lai Châu, ngày 05 tháng 3 năm 2026*', 'ngà');
    const model = analyze(text).model;
    const items = completionsAt({ model, lang: 'vi', position: { line: 10, character: 3 }, text, today: TODAY, coQuan: undefined });
    assert.equal(items.length, 1);
    assert.equal(items[0].label, 'ngày 27 tháng 11 năm 2026');
    const text2 = congVan('*Lai Châu, ngày 05 tháng 3 năm 2026*', '');
    const model2 = analyze(text2).model;
    const items2 = completionsAt({ model: model2, lang: 'vi', position: { line: 10, character: 0 }, text: text2, today: TODAY, coQuan: { diaDanh: 'Lai Châu' } });
    assert.equal(items2[0]?.label, 'Lai Châu, ngày 27 tháng 11 năm 2026');
  });

  it('a công văn with an agency ký hiệu offers it after "Số: …/"', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 05/');
    const model = analyze(text).model;
    const items = completionsAt({ model, lang: 'vi', position: { line: 3, character: 7 }, text, today: TODAY, coQuan: { kyHieu: 'SNV' } });
    assert.deepEqual(items.map((i) => i.label), ['SNV']);
  });

  it('the document type comes first after "Số: …/"', () => {
    const text = quyetDinh('Số: 15/QĐ-UBND', 'Số: 15/');
    const model = analyze(text).model;
    const row = text.split('\n')[2];
    const items = completionsAt({ model, lang: 'vi', position: { line: 2, character: row.indexOf('15/') + 3 }, text, today: TODAY, coQuan: { kyHieu: 'UBND' } });
    const first = [...items].sort((a, b) => String(a.sortText).localeCompare(String(b.sortText)))[0];
    assert.equal(first.label, 'QĐ');
    assert.equal(first.preselect, true);
    assert.equal((first.textEdit as { newText: string }).newText, 'QĐ-UBND');
  });
});

describe('hover helpers', () => {
  it('component hover in English names the component and its rules', () => {
    const text = congVan();
    const a = analyze(text);
    const h = componentHover(a.model, a.model.so!.start + 1, 'en')!;
    assert.match(h.markdown, /\*\*Number and symbol\*\*/);
    assert.match(h.markdown, /ND30-SO-02/);
    assert.match(h.markdown, /Appendix I, section II\.3/);
  });
  it('finding hover lists the quick fix', () => {
    const a = analyze(congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP'), { today: TODAY });
    const f = a.findings.find((x) => x.ruleId === 'ND30-SO-02')!;
    const md = findingHover(f, 'vi');
    assert.match(md, /Sửa nhanh: Sửa thành "05"/);
    assert.match(md, /ND30-SO-02/);
  });
});

describe('symbols helpers', () => {
  it('heading levels', () => {
    assert.equal(headingLevel('Phần I'), 0);
    assert.equal(headingLevel('Phần lớn các đơn vị đã thực hiện.'), -1);
    assert.equal(headingLevel('Chương II'), 1);
    assert.equal(headingLevel('Mục 1'), 2);
    assert.equal(headingLevel('Tiểu mục 2'), 3);
    assert.equal(headingLevel('Điều 5. Hiệu lực thi hành'), 4);
    assert.equal(headingLevel('Điều kiện bảo đảm'), -1);
    assert.equal(headingLevel('I. KẾT QUẢ ĐẠT ĐƯỢC'), 1);
  });
  it('nests Chương / Điều with their titles', () => {
    const body = [
      '**Điều 1.** Ban hành kèm theo Quyết định này Quy chế.',
      '**Điều 2.** Hiệu lực./.',
    ].join('\n\n');
    const text = quyetDinh('**Điều 1.** Thành lập Tổ công tác triển khai Đề án 06 năm 2026, gồm các ông, bà có tên sau:', 'Chương I\n\nQUY ĐỊNH CHUNG\n\n**Điều 1.** Thành lập Tổ công tác triển khai Đề án 06 năm 2026, gồm các ông, bà có tên sau:');
    void body;
    const a = analyze(text);
    const syms = buildSymbols(a.model, text, 'vi');
    const nd = syms.find((s) => s.name === 'Nội dung')!;
    assert.equal(nd.children?.[0].name, 'Chương I. QUY ĐỊNH CHUNG');
    assert.deepEqual(nd.children?.[0].children?.map((c) => c.name.slice(0, 7)), ['Điều 1.', 'Điều 2.', 'Điều 3.']);
  });
});
