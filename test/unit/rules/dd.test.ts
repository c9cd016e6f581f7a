import { strict as assert } from 'node:assert';
import { applyFix, congVan, expectClean, expectRule, fixture, lint, quyetDinh, fixAndRecheck } from '../helpers';

// The công văn fixture's date is line 10: "*Lai Châu, ngày 05 tháng 3 năm 2026*"
// (text from character 1). The quyết định's is in the header table, line 2.
const CV_DATE = 'Lai Châu, ngày 05 tháng 3 năm 2026';
const withDate = (d: string) => congVan(CV_DATE, d);
const QD_COL = '| Số: 15/QĐ-UBND | *'.length;

const VALID = ['valid/cong-van.md', 'valid/quyet-dinh.md', 'valid/types-to-trinh.md', 'valid/types-ke-hoach.md', 'valid/types-giay-moi.md', 'valid/types-giay-gioi-thieu.md', 'valid/types-bien-ban.md', 'valid/types-thong-bao.md'];
const DD = ['ND30-DD-01', 'ND30-DD-02', 'ND30-DD-03', 'ND30-DD-06'];

describe('ND30-DD: place and date', () => {
  it('accepts the valid fixtures', () => {
    for (const f of VALID) for (const id of DD) expectClean(fixture(f), id);
  });

  it('does not treat placeholders as format errors', () => {
    for (const d of ['…, ngày … tháng … năm …', 'Lai Châu, ngày … tháng … năm 2026', 'Lai Châu, ngày      tháng 3 năm 2026', '.......... , ngày …… tháng …… năm……', 'Lai Châu, ngày ……tháng ……. năm ……']) {
      for (const id of DD) expectClean(withDate(d), id);
    }
  });
});

describe('ND30-DD-01 form of the date line', () => {
  it('flags a numeric date and fixes it to the full form', () => {
    const text = withDate('Hà Nội, 05/01/2020');
    const [f] = expectRule(text, 'ND30-DD-01', [[10, 9, 10, 19]]);
    assert.match(f.message, /"05\/01\/2020" → "ngày 05 tháng 01 năm 2020"/);
    assert.equal(f.severity, 'error');
    const out = fixAndRecheck(text, 'ND30-DD-01', '*Hà Nội, ngày 05 tháng 01 năm 2020*');
    expectClean(out, 'ND30-DD-02');
  });
  it('numeric date with "ngày" and month 6: canonical month', () => {
    fixAndRecheck(withDate('Hà Nội, ngày 5/6/2020'), 'ND30-DD-01', '*Hà Nội, ngày 05 tháng 6 năm 2020*');
  });
  it('flags a missing comma after the place', () => {
    const text = withDate('Lai Châu ngày 05 tháng 3 năm 2026');
    const [f] = expectRule(text, 'ND30-DD-01', [[10, 9, 10, 10]]);
    assert.equal(f.severity, 'error');
    fixAndRecheck(text, 'ND30-DD-01', '*Lai Châu, ngày 05 tháng 3 năm 2026*');
  });
  it('warns on a space before the comma', () => {
    const [f] = expectRule(withDate('Lai Châu , ngày 05 tháng 3 năm 2026'), 'ND30-DD-01', [[10, 9, 10, 12]]);
    assert.equal(f.severity, 'warning');
    fixAndRecheck(withDate('Lai Châu , ngày 05 tháng 3 năm 2026'), 'ND30-DD-01', '*Lai Châu, ngày 05 tháng 3 năm 2026*');
  });
  it('flags capitalised Ngày/Tháng/Năm as one finding and lowers them', () => {
    const text = withDate('Lai Châu, Ngày 05 Tháng 3 Năm 2026');
    const [f] = expectRule(text, 'ND30-DD-01', [[10, 11, 10, 30]]);
    assert.match(f.message, /"Ngày", "Tháng", "Năm"/);
    fixAndRecheck(text, 'ND30-DD-01', '*Lai Châu, ngày 05 tháng 3 năm 2026*');
  });
  it('flags a two-digit year', () => {
    const text = withDate('Lai Châu, ngày 05 tháng 3 năm 26');
    expectRule(text, 'ND30-DD-01', [[10, 31, 10, 33]]);
    fixAndRecheck(text, 'ND30-DD-01', 'năm 2026*');
  });
  it('warns on a final period', () => {
    const text = withDate('Lai Châu, ngày 05 tháng 3 năm 2026.');
    const [f] = expectRule(text, 'ND30-DD-01', [[10, 35, 10, 36]]);
    assert.equal(f.severity, 'warning');
    fixAndRecheck(text, 'ND30-DD-01', '*Lai Châu, ngày 05 tháng 3 năm 2026*');
  });
  it('works in a header table cell and keeps the italics', () => {
    const text = quyetDinh('Lai Châu, ngày 09 tháng 02 năm 2026', 'Lai Châu, 09/02/2026');
    expectRule(text, 'ND30-DD-01', [[2, QD_COL + 10, 2, QD_COL + 20]]);
    fixAndRecheck(text, 'ND30-DD-01', '| *Lai Châu, ngày 09 tháng 02 năm 2026* |');
  });
  it('is in English with lang en', () => {
    const f = lint(withDate('Hà Nội, 05/01/2020'), { lang: 'en' }).find((x) => x.ruleId === 'ND30-DD-01')!;
    assert.match(f.message, /written in full/);
  });
});

describe('ND30-DD-02 leading zeros', () => {
  it('accepts 05, 01, 02, 3, 12', () => {
    for (const d of ['Lai Châu, ngày 05 tháng 01 năm 2026', 'Lai Châu, ngày 15 tháng 02 năm 2026', 'Lai Châu, ngày 10 tháng 12 năm 2025']) expectClean(withDate(d), 'ND30-DD-02');
  });
  it('flags day 5 and month 1 (errors) and fixes each', () => {
    const text = withDate('Lai Châu, ngày 5 tháng 1 năm 2026');
    const fs = expectRule(text, 'ND30-DD-02', [
      [10, 16, 10, 17],
      [10, 24, 10, 25],
    ]);
    assert.deepEqual(
      fs.map((f) => f.severity),
      ['error', 'error'],
    );
    assert.match(fs[0].message, /"5" → "05"/);
    assert.match(fs[1].message, /"tháng 1" → "tháng 01"/);
    const once = applyFix(text, fs[0]);
    const twice = applyFix(once, lint(once).find((x) => x.ruleId === 'ND30-DD-02')!);
    assert.ok(twice.includes('*Lai Châu, ngày 05 tháng 01 năm 2026*'));
    expectClean(twice, 'ND30-DD-02');
  });
  it('warns on "tháng 06" (non-canonical) and fixes it to "tháng 6"', () => {
    const text = withDate('Lai Châu, ngày 05 tháng 06 năm 2026');
    const [f] = expectRule(text, 'ND30-DD-02', [[10, 25, 10, 27]]);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /không chuẩn/);
    fixAndRecheck(text, 'ND30-DD-02', 'ngày 05 tháng 6 năm 2026');
  });
  it('applies to VBQPPL too', () => {
    const text = quyetDinh('Số: 15/QĐ-UBND', 'Số: 15/2026/QĐ-UBND').replace('ngày 09 tháng 02', 'ngày 9 tháng 02');
    expectRule(text, 'ND30-DD-02', [[2, QD_COL + 5 + 15, 2, QD_COL + 5 + 16]]);
  });
});

describe('ND30-DD-03 place name', () => {
  it('accepts official names', () => {
    for (const p of ['Thành phố Hồ Chí Minh', 'Hà Nội', 'Lai Châu', 'Tân Lập', 'xã Tân Lập', 'Quận 1']) expectClean(withDate(`${p}, ngày 05 tháng 3 năm 2026`), 'ND30-DD-03');
  });
  it('flags "TP. Hồ Chí Minh" and "TP.HCM" with the full name as fix', () => {
    for (const [p, end] of [
      ['TP. Hồ Chí Minh', 16],
      ['TP.HCM', 7],
      ['Tp HCM', 7],
      ['thành phố Hồ Chí Minh', 22],
    ] as [string, number][]) {
      const text = withDate(`${p}, ngày 05 tháng 3 năm 2026`);
      const [f] = expectRule(text, 'ND30-DD-03', [[10, 1, 10, end]]);
      assert.equal(f.severity, 'error');
      fixAndRecheck(text, 'ND30-DD-03', '*Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2026*');
    }
  });
  it('flags another "TP." abbreviation', () => {
    fixAndRecheck(withDate('TP. Đà Nẵng, ngày 05 tháng 3 năm 2026'), 'ND30-DD-03', '*Thành phố Đà Nẵng, ngày');
  });
  it('flags a lower-case place and capitalises the initials', () => {
    const text = withDate('hà nội, ngày 05 tháng 3 năm 2026');
    const [f] = expectRule(text, 'ND30-DD-03', [[10, 1, 10, 7]]);
    assert.match(f.message, /"hà nội" → "Hà Nội"/);
    fixAndRecheck(text, 'ND30-DD-03', '*Hà Nội, ngày');
  });
  it('flags "quận 1" (named by a number: full name)', () => {
    fixAndRecheck(withDate('quận 1, ngày 05 tháng 3 năm 2026'), 'ND30-DD-03', '*Quận 1, ngày');
  });
  it('flags an all-caps place', () => {
    const text = withDate('HÀ NỘI, ngày 05 tháng 3 năm 2026');
    expectRule(text, 'ND30-DD-03', [[10, 1, 10, 7]]);
    fixAndRecheck(text, 'ND30-DD-03', '*Hà Nội, ngày');
  });
});

describe('ND30-DD-06 plausibility', () => {
  it('reports 31 tháng 02 as information', () => {
    const [f] = expectRule(withDate('Lai Châu, ngày 31 tháng 02 năm 2026'), 'ND30-DD-06', [[10, 11, 10, 36]]);
    assert.equal(f.severity, 'information');
    assert.equal(f.fixable, false);
  });
  it('reports a date after today (pinned 27/11/2026), not today itself', () => {
    expectRule(withDate('Lai Châu, ngày 05 tháng 12 năm 2026'), 'ND30-DD-06', [[10, 11, 10, 36]]);
    expectClean(withDate('Lai Châu, ngày 27 tháng 11 năm 2026'), 'ND30-DD-06');
    expectClean(withDate('Lai Châu, ngày 29 tháng 02 năm 2024'), 'ND30-DD-06');
  });
  it('does not judge the future date of a draft whose number is blank', () => {
    expectClean(withDate('Lai Châu, ngày 05 tháng 12 năm 2026').replace('Số: 05/SNV-VP', 'Số:      /SNV-VP'), 'ND30-DD-06');
    expectRule(withDate('Lai Châu, ngày 31 tháng 02 năm 2026').replace('Số: 05/SNV-VP', 'Số:      /SNV-VP'), 'ND30-DD-06', [[10, 11, 10, 36]]);
  });
  it('uses the today setting', () => {
    expectClean(withDate('Lai Châu, ngày 05 tháng 12 năm 2026'), 'ND30-DD-06', { today: new Date('2027-01-01') });
  });
  it('checks a numeric date too', () => {
    expectRule(withDate('Hà Nội, 31/04/2020'), 'ND30-DD-06', [[10, 9, 10, 19]]);
  });
});

describe('ND30-DD-03 abbreviated generic noun in the place (found by the error corpus)', () => {
  it('"TX. Mường Lay" → "Thị xã Mường Lay"', () => {
    const text = congVan('*Lai Châu, ngày', '*TX. Mường Lay, ngày');
    const [f] = expectRule(text, 'ND30-DD-03', [[10, 1, 10, 14]]);
    const fixed = applyFix(text, f);
    assert.ok(fixed.includes('*Thị xã Mường Lay, ngày'));
    expectClean(fixed, 'ND30-DD-03');
  });
  it('"Q. 1" → "Quận 1"; full names are clean', () => {
    expectRule(congVan('*Lai Châu, ngày', '*Q. 1, ngày'), 'ND30-DD-03', [[10, 1, 10, 5]]);
    expectClean(congVan('*Lai Châu, ngày', '*Quận 1, ngày'), 'ND30-DD-03');
    expectClean(congVan('*Lai Châu, ngày', '*Phường Sài Gòn, ngày'), 'ND30-DD-03');
  });
});
