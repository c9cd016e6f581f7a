// ND30-ND-02, PL-01, KH-01, SAO-01, VT-07.

import { strict as assert } from 'node:assert';
import { applyFix, congVan, expectClean, expectRule, fixesTo, fixture, quyetDinh, replaceOnce, example } from '../helpers';

const QC = (from?: string, to?: string) => replaceOnce(fixture('valid/body-quy-che.md'), from, to);
const ANNEX = '\n\n**Phụ lục**\n\n**DANH SÁCH CÁC ĐƠN VỊ**\n\n*(Kèm theo Công văn số 05/SNV-VP ngày 05 tháng 3 năm 2026 của Sở Nội vụ)*\n\n1. Văn phòng Sở./.\n';

describe('ND30-ND-02 titles of chương and điều', () => {
  it('accepts the quy chế, the decision and letters', () => {
    for (const text of [QC(), quyetDinh(), congVan(), example()]) expectClean(text, 'ND30-ND-02');
  });
  it('reports an article without a title among titled articles', () => {
    const [f] = expectRule(QC('**Điều 2. Trách nhiệm đối với công tác văn thư**', '**Điều 2.**'), 'ND30-ND-02', [[48, 2, 48, 9]]);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /"Điều 2\." thiếu tiêu đề/);
  });
  it('reports a chương whose title line is missing', () => {
    expectRule(QC('**Chương II**\n\n', '**Chương II**\n\n**Mục 0**\n\n'), 'ND30-ND-02', [[66, 2, 66, 11]]);
  });
  it('does not ask a decision whose articles hold their content for titles', () => {
    expectClean(quyetDinh('**Điều 2.** Tổ công tác có nhiệm vụ:', '**Điều 2.**\n\nTổ công tác có nhiệm vụ:'), 'ND30-ND-02');
  });
});

describe('ND30-PL-01 the text refers to its appendix', () => {
  it('reports an appendix the letter never mentions', () => {
    const [f] = expectRule(congVan() + ANNEX, 'ND30-PL-01', [[39, 2, 39, 9]]);
    assert.equal(f.severity, 'error');
  });
  it('accepts a pointer in the body', () => {
    expectClean(congVan('1. Rà soát, cập nhật danh sách', '1. Rà soát, cập nhật danh sách (theo Phụ lục kèm theo)') + ANNEX, 'ND30-PL-01');
    expectClean(congVan('1. Rà soát, cập nhật danh sách', '1. Rà soát, cập nhật danh sách gửi kèm') + ANNEX, 'ND30-PL-01');
    expectClean(congVan(), 'ND30-PL-01');
    expectClean(QC(), 'ND30-PL-01');
  });
});

describe('ND30-KH-01 drafter and copies', () => {
  it('accepts PL.(300) under the Nơi nhận and after the Lưu line', () => {
    expectClean(congVan('- Lưu: VT, VP.', '- Lưu: VT, VP.\n\nPL.(300)'), 'ND30-KH-01');
    expectClean(congVan('- Lưu: VT, VP.', '- Lưu: VT, VP. PL.(300)'), 'ND30-KH-01');
    expectClean(congVan(), 'ND30-KH-01');
  });
  it('reports lower-case initials, with a fix', () => {
    const text = congVan('- Lưu: VT, VP.', '- Lưu: VT, VP.\npl.(300)');
    const [f] = expectRule(text, 'ND30-KH-01', [[30, 0, 30, 2]]);
    assert.equal(f.severity, 'warning');
    fixesTo(text, 'ND30-KH-01', 'PL.(300)');
    const inline = congVan('- Lưu: VT, VP.', '- Lưu: VT, VP. pl.(300)');
    expectRule(inline, 'ND30-KH-01', [[29, 15, 29, 17]]);
    fixesTo(inline, 'ND30-KH-01', '- Lưu: VT, VP. PL.(300)');
  });
  it('reports a count in words, without a fix', () => {
    const [f] = expectRule(congVan('- Lưu: VT, VP.', '- Lưu: VT, VP. PL.(ba trăm)'), 'ND30-KH-01', [[29, 15, 29, 27]]);
    assert.equal(f.fix, undefined);
  });
});

describe('ND30-SAO-01 form of copy', () => {
  const SAO = fixture('corpus/valid/sao-y-1.md');
  it('accepts the correct copies', () => {
    for (const name of ['corpus/valid/sao-y-1.md', 'corpus/valid2/trich-sao-1.md', 'corpus/valid2/sao-luc-1.md']) expectClean(fixture(name), 'ND30-SAO-01');
  });
  it('reports "Sao y" and fixes it to capitals', () => {
    const text = replaceOnce(SAO, '**SAO Y**', '**Sao y**');
    const line = text.split('\n').findIndex((l) => l.includes('**Sao y**'));
    const col = text.split('\n')[line].indexOf('Sao y');
    const [f] = expectRule(text, 'ND30-SAO-01', [[line, col, line, col + 5]]);
    assert.equal(f.severity, 'error');
    fixesTo(text, 'ND30-SAO-01', '**SAO Y**');
  });
  it('reports the old "SAO Y BẢN CHÍNH" as a warning and fixes it', () => {
    const text = replaceOnce(SAO, '**SAO Y**', '**SAO Y BẢN CHÍNH**');
    const [f] = lintOnly(text);
    assert.equal(f.severity, 'warning');
    const out = applyFix(text, f);
    assert.ok(out.includes('**SAO Y**'), out);
    expectClean(out, 'ND30-SAO-01');
  });
});

describe('ND30-SAO-02 components of a copy', () => {
  const SL = fixture('corpus/valid2/sao-luc-1.md');
  const at = (text: string, needle: string): [number, number, number, number] => {
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.includes(needle));
    const c = lines[i].indexOf(needle);
    return [i, c, i, c + needle.length];
  };
  it('accepts the correct copies and letters without a copy', () => {
    for (const name of ['corpus/valid/sao-y-1.md', 'corpus/valid2/trich-sao-1.md', 'corpus/valid2/sao-luc-1.md']) expectClean(fixture(name), 'ND30-SAO-02');
    expectClean(congVan(), 'ND30-SAO-02');
  });
  it('reports a copy without its number and date', () => {
    const text = replaceOnce(replaceOnce(SL, 'Số: 12/SL-BNI\n\n', ''), '*Bắc Ninh, ngày 20 tháng 8 năm 2026*\n\n', '');
    const [f] = expectRule(text, 'ND30-SAO-02', [at(text, 'SAO LỤC')]);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /thiếu số, ký hiệu bản sao, địa danh và thời gian sao \(/);
  });
  it('reports a copy without Nơi nhận and signer', () => {
    const text = SL.slice(0, SL.lastIndexOf('***Nơi nhận:***'));
    const [f] = expectRule(text, 'ND30-SAO-02', [at(text, 'SAO LỤC')]);
    assert.match(f.message, /nơi nhận, chức vụ, họ tên, chữ ký người sao/);
  });
});

describe('ND30-QH-03 Tiêu ngữ under the Quốc hiệu, top right', () => {
  it('accepts the reference letters', () => {
    for (const text of [congVan(), quyetDinh(), example()]) expectClean(text, 'ND30-QH-03');
  });
  it('reports a Tiêu ngữ above the Quốc hiệu', () => {
    const text = congVan('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**', '**Độc lập - Tự do - Hạnh phúc**\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**');
    const [f] = expectRule(text, 'ND30-QH-03', [[7, 2, 7, 29]]);
    assert.equal(f.severity, 'error');
  });
  it('reports the Quốc hiệu in the left column of a two-column header', () => {
    const text = quyetDinh('| ỦY BAN NHÂN DÂN<br>**TỈNH LAI CHÂU** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |', '| **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** | ỦY BAN NHÂN DÂN<br>**TỈNH LAI CHÂU** |');
    expectRule(text, 'ND30-QH-03', [[0, 4, 0, 38]]);
  });
});

describe('ND30-DC-01 contact block in box 13', () => {
  it('accepts a contact block at the bottom, and letters without one', () => {
    expectClean(fixture('corpus/valid/to-trinh-1.md'), 'ND30-DC-01');
    expectClean(fixture('corpus/valid/hop-dong-1.md'), 'ND30-DC-01');
    expectClean(congVan() + '\n---\nĐịa chỉ: số 1 đường Trần Hưng Đạo, phường Tân Phong, tỉnh Lai Châu\n', 'ND30-DC-01');
    expectClean(congVan(), 'ND30-DC-01');
  });
  it('reports the address and phone in the header', () => {
    const text = congVan('**SỞ NỘI VỤ**\n', '**SỞ NỘI VỤ**\nĐịa chỉ: số 1 đường Trần Hưng Đạo\nĐT: 0213.3876.543\n');
    const [f] = expectRule(text, 'ND30-DC-01', [[2, 0, 2, 33], [3, 0, 3, 17]]);
    assert.equal(f.severity, 'warning');
  });
});

describe('ND30-VT-07 acronyms of foreign organisations', () => {
  it('reports "Asean" and fixes it', () => {
    const text = congVan('2. Sử dụng chữ ký số', '2. Theo khuyến nghị của Asean, sử dụng chữ ký số');
    const [f] = expectRule(text, 'ND30-VT-07', [[22, 24, 22, 29]]);
    assert.equal(f.severity, 'error');
    fixesTo(text, 'ND30-VT-07', 'khuyến nghị của ASEAN,');
  });
  it('accepts capitals, URLs and e-mail addresses', () => {
    expectClean(congVan('2. Sử dụng chữ ký số', '2. Theo khuyến nghị của ASEAN và UNESCO (https://www.Unesco.org), sử dụng chữ ký số'), 'ND30-VT-07');
    expectClean(congVan(), 'ND30-VT-07');
  });
});

import { lint } from '../helpers';
function lintOnly(text: string) {
  return lint(text).filter((f) => f.ruleId === 'ND30-SAO-01');
}
