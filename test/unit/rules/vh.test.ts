import { strict as assert } from 'node:assert';
import { applyFix, congVan, expectClean, expectRule, lint, quyetDinh } from '../helpers';

describe('ND30-VH-10 capitalisation of agency names', () => {
  it('accepts the official spellings and capitals lines', () => {
    expectClean(congVan(), 'ND30-VH-10');
    expectClean(quyetDinh(), 'ND30-VH-10');
    expectClean(congVan('Sở Nội vụ đề nghị', 'Sở Văn hoá, Thể thao và Du lịch đề nghị'), 'ND30-VH-10');
    expectClean(congVan('- Các sở, ban, ngành tỉnh;', '- Uỷ ban nhân dân tỉnh;'), 'ND30-VH-10');
  });
  it('does not flag generic lower-case uses', () => {
    expectClean(congVan('- Các sở, ban, ngành tỉnh;', '- các sở nội vụ, tài chính;'), 'ND30-VH-10');
  });
  it('flags "Sở nội vụ" with an exact range and fixes it', () => {
    const text = congVan('Sở Nội vụ đề nghị', 'Sở nội vụ đề nghị');
    const [f] = expectRule(text, 'ND30-VH-10', [[18, 111, 18, 120]]);
    assert.match(f.message, /"Sở nội vụ" → "Sở Nội vụ"/);
    const fixed = applyFix(text, f);
    assert.ok(fixed.includes('Sở Nội vụ đề nghị'));
    assert.ok(!lint(fixed).some((x) => x.ruleId === 'ND30-VH-10'));
  });
  it('Title Case "Ủy Ban Nhân Dân" in a Kính gửi recipient is ND30-KG-04\'s single finding', () => {
    // One mistake, one finding: Title-Case recipients of "Kính gửi" belong to KG-04.
    const text = congVan('- Ủy ban nhân dân các xã, phường.', '- Ủy Ban Nhân Dân các xã, phường.');
    expectClean(text, 'ND30-VH-10');
    expectRule(text, 'ND30-KG-04', [[16, 2, 16, 17]]);
  });
  it('flags Title Case "Ủy Ban Nhân Dân" in a Nơi nhận line', () => {
    const text = congVan('- Giám đốc Sở (để báo cáo);', '- Ủy Ban Nhân Dân tỉnh;');
    const [f] = expectRule(text, 'ND30-VH-10', [[28, 2, 28, 17]]);
    assert.ok(applyFix(text, f).includes('- Ủy ban nhân dân tỉnh;'));
  });
  it('flags "Bộ Tài Nguyên Và Môi Trường"', () => {
    const text = congVan('Văn phòng Sở Nội vụ để được hướng dẫn', 'Bộ Tài Nguyên Và Môi Trường để được hướng dẫn');
    const fs = lint(text).filter((x) => x.ruleId === 'ND30-VH-10');
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /"Bộ Tài nguyên và Môi trường"/);
  });
});

describe('ND30-VH-10 and the error corpus', () => {
  it('a name in capitals inside a mixed line (công điện "… điện:") is not flagged', () => {
    expectClean(congVan('Thực hiện Kế hoạch', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n\nThực hiện Kế hoạch'), 'ND30-VH-10');
  });
  it('still flags Title Case in running text', () => {
    expectRule(congVan('của Ủy ban nhân dân tỉnh về chuyển đổi số', 'của Ủy Ban Nhân Dân tỉnh về chuyển đổi số'), 'ND30-VH-10', [[18, 63, 18, 78]]);
  });
});
