import { strict as assert } from 'node:assert';
import { congVan, expectClean, expectRule, fixture, lint, fixesTo } from '../helpers';

/** The công văn fixture with a mark line above the V/v line (line 5). */
const withMark = (mark: string) => congVan('V/v hướng dẫn', `${mark}\n\nV/v hướng dẫn`);

describe('ND30-MK-01 secrecy marks', () => {
  it('accepts MẬT, TỐI MẬT, TUYỆT MẬT, bold or framed', () => {
    for (const m of ['MẬT', '**TỐI MẬT**', 'TUYỆT MẬT', '[MẬT]']) expectClean(withMark(m), 'ND30-MK-01');
    expectClean(fixture('valid/header-ke-hoach-mat.md'), 'ND30-MK-01');
  });
  it('flags "Mật" and fixes it to "MẬT"', () => {
    const text = withMark('**Mật**');
    expectRule(text, 'ND30-MK-01', [[5, 2, 5, 5]]);
    fixesTo(text, 'ND30-MK-01', '**MẬT**');
  });
  it('flags "BÍ MẬT" without a fix (the level is the drafter\'s decision)', () => {
    const [f] = expectRule(withMark('BÍ MẬT'), 'ND30-MK-01', [[5, 0, 5, 6]]);
    assert.equal(f.fix, undefined);
    assert.match(f.message, /"TUYỆT MẬT", "TỐI MẬT", "MẬT"/);
  });
});

describe('ND30-MK-02 urgency marks', () => {
  it('accepts HỎA TỐC, HOẢ TỐC, THƯỢNG KHẨN, KHẨN', () => {
    for (const m of ['HỎA TỐC', 'HOẢ TỐC', '**THƯỢNG KHẨN**', 'KHẨN']) expectClean(withMark(m), 'ND30-MK-02');
    expectClean(fixture('valid/header-to-trinh.md'), 'ND30-MK-02');
    expectClean(fixture('valid/header-cong-van-khcn.md'), 'ND30-MK-02');
  });
  it('flags "Hỏa tốc" and "Hoả tốc" (keeping the tone placement)', () => {
    expectRule(withMark('Hỏa tốc'), 'ND30-MK-02', [[5, 0, 5, 7]]);
    fixesTo(withMark('Hỏa tốc'), 'ND30-MK-02', '\nHỎA TỐC\n');
    fixesTo(withMark('Hoả tốc'), 'ND30-MK-02', '\nHOẢ TỐC\n');
    fixesTo(withMark('Khẩn'), 'ND30-MK-02', '\nKHẨN\n');
  });
  it('flags "RẤT KHẨN", "KHẨN CẤP" inside a frame, without a fix', () => {
    const [f] = expectRule(withMark('[RẤT KHẨN]'), 'ND30-MK-02', [[5, 1, 5, 9]]);
    assert.equal(f.fix, undefined);
    expectRule(withMark('KHẨN CẤP'), 'ND30-MK-02', [[5, 0, 5, 8]]);
  });
  it('only the urgency rule reports an urgency mark', () => {
    const fs = lint(withMark('Hỏa tốc')).filter((f) => /ND30-MK-/.test(f.ruleId));
    assert.deepEqual(fs.map((f) => f.ruleId), ['ND30-MK-02']);
  });
});

describe('ND30-MK-03 circulation notes', () => {
  it('accepts LƯU HÀNH NỘI BỘ and XEM XONG TRẢ LẠI', () => {
    for (const m of ['LƯU HÀNH NỘI BỘ', '**XEM XONG TRẢ LẠI**']) expectClean(withMark(m), 'ND30-MK-03');
  });
  it('warns on lower case and fixes it', () => {
    const text = withMark('Lưu hành nội bộ');
    const [f] = expectRule(text, 'ND30-MK-03', [[5, 0, 5, 15]]);
    assert.equal(f.severity, 'warning');
    fixesTo(text, 'ND30-MK-03', '\nLƯU HÀNH NỘI BỘ\n');
  });
  it('warns on "NỘI BỘ" and completes it', () => {
    fixesTo(withMark('NỘI BỘ'), 'ND30-MK-03', '\nLƯU HÀNH NỘI BỘ\n');
  });
  it('is in English with lang en', () => {
    const f = lint(withMark('Lưu hành nội bộ'), { lang: 'en' }).find((x) => x.ruleId === 'ND30-MK-03')!;
    assert.match(f.message, /capitals/);
  });
});
