// ND30-PL-03: the appendix heading "Phụ lục …" in lower case with a capital P.

import { strict as assert } from 'node:assert';
import { applyFix, congVan, expectClean, expectRule, lint } from '../helpers';

const ANNEX = '\n\n**PHỤ LỤC I**\n\n**DANH SÁCH CÁC ĐƠN VỊ**\n\n*(Kèm theo Công văn số 05/SNV-VP ngày 05 tháng 3 năm 2026 của Sở Nội vụ)*\n\n1. Văn phòng Sở./.\n';

describe('ND30-PL-03 "Phụ lục" heading', () => {
  it('reports "PHỤ LỤC I" after the footer, with a fix', () => {
    const text = congVan() + ANNEX;
    const [f] = expectRule(text, 'ND30-PL-03', [[39, 2, 39, 9]]);
    const fixed = applyFix(text, f);
    assert.ok(fixed.includes('**Phụ lục I**'));
    expectClean(fixed, 'ND30-PL-03');
  });
  it('reports "Phụ Lục 2" too', () => {
    expectRule(congVan() + ANNEX.replace('PHỤ LỤC I', 'Phụ Lục 2'), 'ND30-PL-03', [[39, 2, 39, 9]]);
  });
  it('accepts "Phụ lục I", and ignores "PHỤ LỤC" in the content before the footer', () => {
    expectClean(congVan() + ANNEX.replace('PHỤ LỤC I', 'Phụ lục I'), 'ND30-PL-03');
    expectClean(congVan('Trong quá trình thực hiện', 'PHỤ LỤC I\n\nTrong quá trình thực hiện'), 'ND30-PL-03');
    expectClean(congVan(), 'ND30-PL-03');
    assert.ok(!lint(congVan() + ANNEX.replace('PHỤ LỤC I', 'Phụ lục I')).some((x) => x.ruleId === 'ND30-PL-03'));
  });
});

describe('ND30-PL-02 Roman numerals for two or more appendices', () => {
  const annex = (n: string) => `\n\n**Phụ lục ${n}**\n\n**DANH SÁCH ${n}**\n\n*(Kèm theo Công văn số 05/SNV-VP ngày 05 tháng 3 năm 2026 của Sở Nội vụ)*\n\nNội dung phụ lục./.\n`;
  it('accepts Roman numerals, and a single appendix numbered 1', () => {
    expectClean(congVan() + annex('I') + annex('II'), 'ND30-PL-02');
    expectClean(congVan() + annex('1'), 'ND30-PL-02');
  });
  it('flags Arabic numbers with two appendices, and fixes them', () => {
    const text = congVan() + annex('1') + annex('2');
    const fs = expectRule(text, 'ND30-PL-02', [[39, 9, 39, 11], [48, 9, 48, 11]]);
    let fixed = text;
    for (const f of [...fs].reverse()) fixed = applyFix(fixed, f);
    assert.ok(fixed.includes('**Phụ lục I**') && fixed.includes('**Phụ lục II**'));
    expectClean(fixed, 'ND30-PL-02');
  });
});
