// Issue 9, classes 5, 6 and 10: recipients, required căn cứ, and where a missing
// component is reported (on the line where it belongs, spanning it).

import { strict as assert } from 'node:assert';
import { congVan, expectClean, expectRule, fixRemovesOnly, lint, quyetDinh, replaceOnce } from '../helpers';
import { parseMarkdown } from '../../../server/src/engine/markdown';
import { buildModel } from '../../../server/src/engine/model';
import { createContext } from '../../../server/src/engine/rule';
import type { RawFinding } from '../../../server/src/engine/types';
import { kg02 } from '../../../server/src/engine/rules/kg/kg-02';

const KG_BLOCK = 'Kính gửi:\n\n- Văn phòng Ủy ban nhân dân tỉnh;\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.';
const CAN_CU =
  '*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;*\n\n*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*\n\n*Theo đề nghị của Giám đốc Sở Nội vụ.*\n\n';

/** A công văn typed line after line, no blank lines (plain-line layout). */
const PLAIN = [
  'UBND TỈNH LAI CHÂU',
  'SỞ NỘI VỤ',
  'Số: 05/SNV-VP',
  'V/v hướng dẫn triển khai chữ ký số năm 2026',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Lai Châu, ngày 05 tháng 3 năm 2026',
  'Kính gửi:',
  'Ủy ban nhân dân các xã, phường',
  'Thực hiện Kế hoạch số 40/KH-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh, Sở Nội vụ đề nghị rà soát danh sách cán bộ được cấp chứng thư chữ ký số./.',
  'Nơi nhận:',
  '- Như trên;',
  '- Lưu: VT, VP.',
  'KT. GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'Nguyễn Văn An',
  '',
].join('\n');

describe('ND30-KG-02 "Kính gửi:" alone with one recipient on the next line (issue 9, class 5)', () => {
  it('is reported on the recipient, in the plain-line layout, and fixed', () => {
    const [f] = expectRule(PLAIN, 'ND30-KG-02', [[8, 0, 8, 30]]);
    assert.ok(fixRemovesOnly(PLAIN, f).includes('\nKính gửi: Ủy ban nhân dân các xã, phường\nThực hiện'));
  });
  it('is found from the lines when the model read "Kính gửi:" as body text', () => {
    const m = buildModel(parseMarkdown(PLAIN));
    m.body = [m.kinhGui!.label, ...m.lines.slice(m.kinhGui!.label.i + 1, m.body[m.body.length - 1].i + 1)];
    m.kinhGui = undefined;
    const sink: RawFinding[] = [];
    kg02.check(createContext(m, {}, kg02.meta, {}, sink));
    assert.equal(sink.length, 1);
    assert.equal(PLAIN.slice(sink[0].start, sink[0].end), 'Ủy ban nhân dân các xã, phường');
  });
  it('two recipients are not one', () => {
    expectClean(replaceOnce(PLAIN, 'Ủy ban nhân dân các xã, phường\n', '- Sở Tài chính;\n- Ủy ban nhân dân các xã, phường.\n'), 'ND30-KG-02');
  });
});

describe('ND30-NN-04 "- Như trên;" in a công văn with no Kính gửi (issue 9, class 5)', () => {
  it('is reported on the "Như trên" line', () => {
    const text = congVan(KG_BLOCK + '\n\n', '');
    const [f] = expectRule(text, 'ND30-NN-04', [[21, 0, 21, 11]]);
    assert.match(f.message, /không có phần "Kính gửi:"/);
  });
  it('is not reported with a Kính gửi, nor in a quyết định', () => {
    expectClean(congVan(), 'ND30-NN-04');
    expectClean(congVan(KG_BLOCK, 'Kính gửi: Sở Tài chính'), 'ND30-NN-04');
    expectClean(quyetDinh('- Như Điều 3;', '- Như trên;'), 'ND30-NN-04');
  });
});

describe('ND30-CC-05 a quyết định with no căn cứ (issue 9, class 6)', () => {
  it('is reported on the enacting line, where the block belongs, as a warning', () => {
    const text = quyetDinh(CAN_CU, '');
    const [f] = expectRule(text, 'ND30-CC-05', [[10, 2, 10, 13]]);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /Thiếu phần căn cứ ban hành của quyết định/);
  });
  it('without the enacting line either, it is reported on the line after the authority line', () => {
    const text = quyetDinh(CAN_CU + '**QUYẾT ĐỊNH:**\n\n', '');
    expectRule(text, 'ND30-CC-05', [[10, 2, 10, 91]]);
  });
  it('accepts a decision with căn cứ, one with only "Theo đề nghị …", and a công văn', () => {
    expectClean(quyetDinh(), 'ND30-CC-05');
    expectClean(quyetDinh(CAN_CU, '*Theo đề nghị của Giám đốc Sở Nội vụ.*\n\n'), 'ND30-CC-05');
    expectClean(congVan(), 'ND30-CC-05');
  });
});

describe('ND30-DOC-02 reports a missing component where it belongs (issue 9, class 10)', () => {
  const at = (text: string, what: RegExp) =>
    lint(text)
      .filter((f) => f.ruleId === 'ND30-DOC-02' && what.test(f.message))
      .map((f) => [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character]);
  it('Quốc hiệu and Tiêu ngữ: on the first line', () => {
    const text = congVan('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n', '');
    assert.deepEqual(at(text, /Quốc hiệu/), [[0, 0, 0, 18]]);
  });
  it('the agency: on the first line', () => {
    const text = congVan('UBND TỈNH LAI CHÂU\n**SỞ NỘI VỤ**\n\n', '');
    assert.deepEqual(at(text, /tên cơ quan/), [[0, 0, 0, 13]]);
  });
  it('the Số line: on the agency it goes under', () => {
    assert.deepEqual(at(congVan('Số: 05/SNV-VP\n\n', ''), /số, ký hiệu/), [[1, 2, 1, 11]]);
  });
  it('the Nơi nhận: on the last line of the main document (level with the signer)', () => {
    const text = congVan('***Nơi nhận:***\n- Như trên;\n- Giám đốc Sở (để báo cáo);\n- Lưu: VT, VP.\n\n', '');
    assert.deepEqual(at(text, /nơi nhận/), [[31, 2, 31, 15]]);
  });
  it('the signature: after the main text', () => {
    const text = congVan('**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n*(Đã ký)*\n\n**Nguyễn Văn An**', '');
    assert.deepEqual(at(text, /chức vụ, họ tên/), [[24, 0, 24, 101]]);
  });
  it('no DOC-02 mark is zero-width at 1:1', () => {
    const text = congVan('Số: 05/SNV-VP\n\n', '');
    for (const f of lint(text).filter((x) => x.ruleId === 'ND30-DOC-02')) assert.ok(f.range.end.character > f.range.start.character);
  });
  it('model.anchor finds the components of a complete letter', () => {
    const m = buildModel(parseMarkdown(congVan()));
    assert.equal(m.anchor('so')?.text, 'Số: 05/SNV-VP');
    assert.equal(m.anchor('noiNhan')?.text, 'Nơi nhận:');
    assert.equal(m.anchor('signature')?.text, 'KT. GIÁM ĐỐC');
    const qd = buildModel(parseMarkdown(quyetDinh()));
    assert.equal(qd.anchor('canCu'), qd.canCu[0]);
    const noCc = buildModel(parseMarkdown(quyetDinh(CAN_CU, '')));
    assert.equal(noCc.anchor('canCu')?.text, 'QUYẾT ĐỊNH:');
  });
});
