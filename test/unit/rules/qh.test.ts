import { strict as assert } from 'node:assert';
import { applyFix, congVan, expectClean, expectRule, fixture, lint, quyetDinh, rangesFor, fixesTo } from '../helpers';

describe('ND30-QH-01 Quốc hiệu', () => {
  it('accepts the Quốc hiệu, the HOÀ spelling, the table layout and plain text', () => {
    expectClean(congVan(), 'ND30-QH-01');
    expectClean(quyetDinh(), 'ND30-QH-01');
    expectClean(congVan('CỘNG HÒA XÃ', 'CỘNG HOÀ XÃ'), 'ND30-QH-01');
    expectClean(congVan('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), 'ND30-QH-01');
  });
  it('flags lower case, with the range of the text inside the markup, and fixes it', () => {
    const text = congVan('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '**Cộng hòa xã hội chủ nghĩa Việt Nam**');
    expectRule(text, 'ND30-QH-01', [[7, 2, 7, 36]]);
    fixesTo(text, 'ND30-QH-01', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**');
  });
  it('flags a final period and the abbreviation CHXHCN', () => {
    expectRule(congVan('CHỦ NGHĨA VIỆT NAM**', 'CHỦ NGHĨA VIỆT NAM.**'), 'ND30-QH-01', [[7, 2, 7, 37]]);
    fixesTo(congVan('CHỦ NGHĨA VIỆT NAM**', 'CHỦ NGHĨA VIỆT NAM.**'), 'ND30-QH-01', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**');
    fixesTo(congVan('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CHXHCN VIỆT NAM'), 'ND30-QH-01', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**');
  });
  it('keeps a Tiêu ngữ typed on the same line', () => {
    const text = congVan('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', 'Cộng hòa xã hội chủ nghĩa Việt Nam - Độc lập - Tự do - Hạnh phúc');
    const [f] = expectRule(text, 'ND30-QH-01', [[7, 0, 7, 34]]);
    assert.ok(applyFix(text, f).includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc'));
  });
});

describe('ND30-QH-02 Tiêu ngữ', () => {
  it('accepts the Tiêu ngữ in every layout', () => {
    expectClean(congVan(), 'ND30-QH-02');
    expectClean(quyetDinh(), 'ND30-QH-02');
    expectClean(fixture('valid/header-ke-hoach-mat.md'), 'ND30-QH-02');
    expectClean(fixture('letters/header-to-trinh-ocr.md'), 'ND30-QH-02');
  });
  for (const [bad, why] of [
    ['Độc Lập - Tự Do - Hạnh Phúc', /chữ in thường/],
    ['ĐỘC LẬP - TỰ DO - HẠNH PHÚC', /chữ in thường/],
    ['Độc lập – Tự do – Hạnh phúc', /gạch nối/],
    ['Độc lập-Tự do-Hạnh phúc', /dấu cách/],
    ['Độc lập -  Tự do - Hạnh phúc', /dấu cách/],
    ['Độc lập - Tự do - Hạnh phúc.', /dấu câu/],
  ] as [string, RegExp][]) {
    it(`flags "${bad}" and fixes it`, () => {
      const text = congVan('**Độc lập - Tự do - Hạnh phúc**', `**${bad}**`);
      const [f] = expectRule(text, 'ND30-QH-02', [[8, 2, 8, 2 + bad.length]]);
      assert.match(f.message, why);
      fixesTo(text, 'ND30-QH-02', '**Độc lập - Tự do - Hạnh phúc**');
    });
  }
  it('flags it in a table cell', () => {
    const text = quyetDinh('<br>**Độc lập - Tự do - Hạnh phúc**', '<br>**Độc lập-Tự do-Hạnh phúc**');
    assert.equal(rangesFor(lint(text), 'ND30-QH-02').length, 1);
    fixesTo(text, 'ND30-QH-02', '<br>**Độc lập - Tự do - Hạnh phúc**');
  });
  it('is in English with lang en', () => {
    const f = lint(congVan('Độc lập - Tự do', 'Độc Lập - Tự Do'), { lang: 'en' }).find((x) => x.ruleId === 'ND30-QH-02')!;
    assert.match(f.message, /motto must read/);
  });
});

describe('header fixtures: no error or warning from any rule', () => {
  for (const f of ['valid/header-to-trinh.md', 'valid/header-giay-moi.md', 'valid/header-ke-hoach-mat.md', 'valid/header-cong-van-khcn.md']) {
    it(f, () => {
      const bad = lint(fixture(f)).filter((x) => x.severity === 'error' || x.severity === 'warning');
      assert.deepEqual(bad.map((x) => `${x.ruleId} ${x.message}`), []);
    });
  }
});

describe('letters/header-errors.md: one finding per mistake, all fixable ones fixed', () => {
  const ids = ['ND30-CQ-01', 'ND30-SO-01', 'ND30-SO-05', 'ND30-MK-02', 'ND30-QH-01', 'ND30-QH-02'];
  it('reports each mistake once', () => {
    const fs = lint(fixture('letters/header-errors.md')).filter((f) => /ND30-(QH|CQ|SO|VT|MK)-/.test(f.ruleId));
    assert.deepEqual(
      fs.map((f) => [f.ruleId, f.range.start.line]),
      [
        ['ND30-CQ-01', 0],
        ['ND30-CQ-01', 1],
        ['ND30-SO-01', 3],
        ['ND30-SO-05', 3],
        ['ND30-MK-02', 5],
        ['ND30-QH-01', 9],
        ['ND30-QH-02', 10],
      ],
    );
  });
  it('applying the fixes one by one clears the header', () => {
    let text = fixture('letters/header-errors.md');
    for (let n = 0; n < 10; n++) {
      const f = lint(text).find((x) => ids.includes(x.ruleId) && x.fix);
      if (!f) break;
      text = applyFix(text, f);
    }
    // Issue 13: SO-05 (fixable: false) no longer removes "CV-" from the
    // ký hiệu (the registered number is the drafter's): it stays reported.
    assert.deepEqual(lint(text).filter((x) => ids.includes(x.ruleId)).map((x) => x.ruleId), ['ND30-SO-05']);
    assert.ok(text.startsWith('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n**SỞ NỘI VỤ**\n\nSố: 05/CV-SNV-VP\n\nHỎA TỐC\n'), text);
  });
});
