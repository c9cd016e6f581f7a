import { strict as assert } from 'node:assert';
import { applyFix, congVan, expectClean, expectRule, lint } from '../helpers';

describe('ND30-SO-02 leading zero', () => {
  it('accepts 05 and 1465', () => {
    expectClean(congVan(), 'ND30-SO-02');
    expectClean(congVan('Số: 05/SNV-VP', 'Số: 1465/SNV-VP'), 'ND30-SO-02');
  });
  it('flags a one-digit number, exact range, and fixes it', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const [f] = expectRule(text, 'ND30-SO-02', [[3, 4, 3, 5]]);
    assert.match(f.message, /"5" → "05"/);
    assert.match(f.message, /Phụ lục I, mục II\.3\.c/);
    assert.ok(applyFix(text, f).includes('Số: 05/SNV-VP'));
  });
  it('is in English with lang en', () => {
    const f = lint(congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP'), { lang: 'en' }).find((x) => x.ruleId === 'ND30-SO-02')!;
    assert.match(f.message, /leading zero/);
  });
});
