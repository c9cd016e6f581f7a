import { strict as assert } from 'node:assert';
import { congVan, expectClean, expectRule, fixture, lint, quyetDinh, example, fixRemovesOnly } from '../helpers';

const SIGNER = '**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n*(Đã ký)*\n\n**Nguyễn Văn An**';
/** The công văn fixture with another signer block (lines 31…). */
const sign = (block: string) => congVan(SIGNER, block);

describe('ND30-CK-01 authority prefixes', () => {
  it('accepts TM. KT. TL. TUQ. Q. and a head with no prefix', () => {
    for (const t of [congVan(), quyetDinh(), example(), fixture('valid/footer-to-trinh.md'), fixture('valid/footer-cong-van-tl-kt.md'), sign('**Q. GIÁM ĐỐC**\n\n**Nguyễn Văn An**'), sign('**TUQ. CHỦ TỊCH**\n**GIÁM ĐỐC SỞ NỘI VỤ**\n\n**Nguyễn Văn An**')]) {
      expectClean(t, 'ND30-CK-01');
    }
  });
  const cases: [string, string, number][] = [
    ['T/M UBND', 'TM. UBND', 3],
    ['K/T GIÁM ĐỐC', 'KT. GIÁM ĐỐC', 3],
    ['KT GIÁM ĐỐC', 'KT. GIÁM ĐỐC', 2],
    ['T.L BỘ TRƯỞNG', 'TL. BỘ TRƯỞNG', 3],
    ['TUQ CHỦ TỊCH', 'TUQ. CHỦ TỊCH', 3],
    ['KT.GIÁM ĐỐC', 'KT. GIÁM ĐỐC', 3],
    ['THAY MẶT ỦY BAN NHÂN DÂN', 'TM. ỦY BAN NHÂN DÂN', 8],
  ];
  for (const [bad, good, len] of cases) {
    it(`flags "${bad}" and fixes it to "${good}"`, () => {
      const text = sign(`**${bad}**\n**PHÓ GIÁM ĐỐC**\n\n*(Đã ký)*\n\n**Nguyễn Văn An**`);
      const [f] = expectRule(text, 'ND30-CK-01', [[31, 2, 31, 2 + len]]);
      assert.ok(fixRemovesOnly(text, f).includes(`**${good}**`));
    });
  }
  it('flags "Kt." in a sequential OCR block', () => {
    const text = fixture('letters/ck-sai.md');
    const [f] = expectRule(text, 'ND30-CK-01', [[20, 0, 20, 3]]);
    assert.ok(fixRemovesOnly(text, f).includes('\nKT. Giám đốc\n'));
  });
  it('flags a prefix in a two-column signature table', () => {
    const text = quyetDinh('**CHỦ TỊCH**<br>', '**K/T CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br>');
    const [f] = expectRule(text, 'ND30-CK-01', [[34, 100, 34, 103]]);
    assert.ok(fixRemovesOnly(text, f).includes('**KT. CHỦ TỊCH**<br>'));
  });
});

describe('ND30-CK-02 TM. before a collective, KT. before a title', () => {
  it('accepts the correct forms', () => {
    for (const t of [congVan(), fixture('valid/footer-to-trinh.md'), fixture('valid/footer-cong-van-tl-kt.md'), sign('**TM. BAN GIÁM ĐỐC**\n**GIÁM ĐỐC**\n\n**Nguyễn Văn An**')]) expectClean(t, 'ND30-CK-02');
  });
  it('warns on TM. before a head\'s title and KT. before an agency', () => {
    let [f] = expectRule(sign('**TM. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n**Nguyễn Văn An**'), 'ND30-CK-02', [[31, 2, 31, 14]]);
    assert.equal(f.severity, 'warning');
    [f] = expectRule(sign('**KT. SỞ NỘI VỤ**\n**PHÓ GIÁM ĐỐC**\n\n**Nguyễn Văn An**'), 'ND30-CK-02', [[31, 2, 31, 15]]);
    assert.match(f.message, /chức vụ của người đứng đầu/);
  });
});

describe('ND30-CK-03 case of titles and name', () => {
  it('accepts the fixtures and a head signing with no prefix (example letter)', () => {
    for (const t of [congVan(), quyetDinh(), example(), fixture('valid/footer-bien-ban.md'), fixture('valid/footer-to-trinh.md')]) expectClean(t, 'ND30-CK-03');
  });
  it('flags title lines not in capitals and fixes them', () => {
    const text = fixture('letters/ck-sai.md');
    const fs = expectRule(text, 'ND30-CK-03', [
      [20, 4, 20, 12],
      [21, 0, 21, 12],
      [23, 4, 23, 17],
    ]);
    assert.ok(fixRemovesOnly(text, fs[0]).includes('\nKt. GIÁM ĐỐC\n'));
    assert.ok(fixRemovesOnly(text, fs[1]).includes('\nPHÓ GIÁM ĐỐC\n'));
    assert.ok(fixRemovesOnly(text, fs[2]).includes('\nTS. Nguyễn Văn An'));
  });
  it('flags a name in capitals, keeping the bold', () => {
    const text = sign('**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n*(Đã ký)*\n\n**NGUYỄN VĂN AN**');
    const [f] = expectRule(text, 'ND30-CK-03', [[36, 2, 36, 15]]);
    assert.ok(fixRemovesOnly(text, f).includes('**Nguyễn Văn An**'));
  });
});

describe('ND30-CK-04 titles before the name, initials', () => {
  it('accepts plain names', () => {
    for (const t of [congVan(), quyetDinh(), example(), fixture('valid/footer-bien-ban.md')]) expectClean(t, 'ND30-CK-04');
  });
  // Issue 13: CK-04 is fixable: false (the name line is the drafter's to change): no fix.
  it('flags TS., PGS.TS, ThS. and NGND, without a fix', () => {
    for (const [title, len] of [
      ['TS.', 4],
      ['PGS.TS', 7],
      ['ThS.', 5],
      ['NGND', 5],
      ['Tiến sĩ', 8],
    ] as [string, number][]) {
      const text = sign(`**GIÁM ĐỐC**\n\n*(Đã ký)*\n\n**${title} Nguyễn Văn An**`);
      const [f] = expectRule(text, 'ND30-CK-04', [[35, 2, 35, 2 + len - 1]]);
      assert.equal(f.fix, undefined, title);
    }
  });
  it('honours allowAcademic but still flags honorary titles', () => {
    const opts = { rules: { 'ND30-CK-04': { level: 'error' as const, options: { allowAcademic: true } } } };
    expectClean(sign('**GIÁM ĐỐC**\n\n**PGS.TS Nguyễn Văn An**'), 'ND30-CK-04', opts);
    expectRule(sign('**GIÁM ĐỐC**\n\n**NGƯT. PGS.TS Nguyễn Văn An**'), 'ND30-CK-04', [[33, 2, 33, 7]], opts);
  });
  it('accepts a quân hàm before the name in a letter of the armed forces (sector rule), not elsewhere', () => {
    // Regression (false alarm): "Đại tá" under a Bộ Chỉ huy Quân sự letterhead.
    const block = '**CHỈ HUY TRƯỞNG**\n\n**Đại tá Nguyễn Văn An**';
    const armed = sign(block).replace(/^.*\n.*\n/, 'BỘ QUỐC PHÒNG\n**BỘ CHỈ HUY QUÂN SỰ TỈNH ĐẮK LẮK**\n');
    expectClean(armed, 'ND30-CK-04');
    expectClean(fixture('corpus/valid/cong-van-7.md'), 'ND30-CK-04');
    // A civilian agency: still reported; an academic title in the armed forces too.
    expectRule(sign(block), 'ND30-CK-04', [[33, 2, 33, 8]]);
    expectRule(armed.replace('Đại tá', 'TS.'), 'ND30-CK-04', [[33, 2, 33, 5]]);
  });
  it('flags initials, with no fix', () => {
    const [f] = expectRule(sign('**GIÁM ĐỐC**\n\n**N.V. An**'), 'ND30-CK-04', [[33, 2, 33, 9]]);
    assert.equal(f.fix, undefined);
  });
});

describe('ND30-CK-06 chains of prefixes (Điều 13)', () => {
  it('accepts TM.+KT. and TL.+KT.', () => {
    expectClean(fixture('valid/footer-to-trinh.md'), 'ND30-CK-06');
    expectClean(fixture('valid/footer-cong-van-tl-kt.md'), 'ND30-CK-06');
  });
  it('flags TUQ. followed by KT. as an error', () => {
    const [f] = expectRule(sign('**TUQ. CHỦ TỊCH**\n**KT. GIÁM ĐỐC SỞ NỘI VỤ**\n**PHÓ GIÁM ĐỐC**\n\n**Nguyễn Văn An**'), 'ND30-CK-06', [[32, 2, 32, 24]]);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /khoản 3/);
  });
  it('flags KT.+KT. and KT. above TM. as errors, other pairs as warnings', () => {
    let [f] = expectRule(sign('**KT. CHỦ TỊCH**\n**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n**Nguyễn Văn An**'), 'ND30-CK-06', [[32, 2, 32, 14]]);
    assert.equal(f.severity, 'error');
    [f] = expectRule(sign('**KT. CHỦ TỊCH**\n**TM. ỦY BAN NHÂN DÂN**\n**PHÓ CHỦ TỊCH**\n\n**Nguyễn Văn An**'), 'ND30-CK-06', [[32, 2, 32, 21]]);
    assert.equal(f.severity, 'error');
    [f] = expectRule(sign('**TM. ỦY BAN NHÂN DÂN**\n**TL. CHỦ TỊCH**\n**CHÁNH VĂN PHÒNG**\n\n**Nguyễn Văn An**'), 'ND30-CK-06', [[32, 2, 32, 14]]);
    assert.equal(f.severity, 'warning');
  });
  it('speaks English', () => {
    const f = lint(sign('**TUQ. CHỦ TỊCH**\n**TL. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n**Nguyễn Văn An**'), { lang: 'en' }).find((x) => x.ruleId === 'ND30-CK-06')!;
    assert.match(f.message, /may not delegate/);
  });
});

describe('ND30-CK missed errors found by the error corpus', () => {
  it('CK-01: "P. GIÁM ĐỐC" — only the five authority prefixes are abbreviated', () => {
    const text = congVan('**PHÓ GIÁM ĐỐC**', '**P. GIÁM ĐỐC**');
    const [f] = expectRule(text, 'ND30-CK-01', [[32, 2, 32, 5]]);
    assert.ok(fixRemovesOnly(text, f).includes('**PHÓ GIÁM ĐỐC**'));
    expectClean(congVan(), 'ND30-CK-01');
  });
  it('CK-04: "Ông Nguyễn Văn An" — no form of address before the name', () => {
    const text = congVan('**Nguyễn Văn An**', '**Ông Nguyễn Văn An**');
    const [f] = expectRule(text, 'ND30-CK-04', [[36, 2, 36, 5]]);
    assert.equal(f.fix, undefined);
    // "Ông" is also a surname.
    expectClean(congVan('**Nguyễn Văn An**', '**Ông Văn Tùng**'), 'ND30-CK-04');
  });
});
