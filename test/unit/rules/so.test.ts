import { strict as assert } from 'node:assert';
import { applyFix, congVan, expectClean, expectRule, lint, quyetDinh, fixesTo, fixRemovesOnly } from '../helpers';

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

describe('ND30-SO-02 superfluous leading zeros (issue 9, class 7)', () => {
  for (const [bad, good] of [
    ['01779', '1779'],
    ['0125', '125'],
    ['012', '12'],
    ['005', '05'],
  ]) {
    it(`flags "${bad}" and fixes it to "${good}"`, () => {
      const text = congVan('Số: 05/SNV-VP', `Số: ${bad}/SNV-VP`);
      const [f] = expectRule(text, 'ND30-SO-02', [[3, 4, 3, 4 + bad.length]]);
      assert.match(f.message, new RegExp(`"${bad}" → "${good}"`));
      assert.ok(fixRemovesOnly(text, f).includes(`Số: ${good}/SNV-VP`));
    });
  }
  it('flags "030/2025/QĐ-UBND" in a VBQPPL decision', () => {
    const text = quyetDinh('Số: 15/QĐ-UBND', 'Số: 030/2025/QĐ-UBND');
    const [ln, col] = posOf(text, '030/');
    const [f] = expectRule(text, 'ND30-SO-02', [[ln, col, ln, col + 3]]);
    assert.ok(applyFix(text, f).includes('Số: 30/2025/QĐ-UBND'));
  });
  it('accepts 05, 10, 125, 1779 and a blank number', () => {
    for (const n of ['05', '10', '125', '1779', '   ', '…']) expectClean(congVan('Số: 05/SNV-VP', `Số: ${n}/SNV-VP`), 'ND30-SO-02');
  });
});

function posOf(text: string, needle: string): [number, number] {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return [before.length - 1, before[before.length - 1].length];
}

// ---------------------------------------------------------------------------
// Helpers for the rules below.

import { fixture as fx } from '../helpers';

/** The valid tờ trình fixture with one substring replaced. */
function toTrinh(from?: string, to?: string): string {
  const t = fx('valid/header-to-trinh.md');
  if (from === undefined) return t;
  assert.ok(t.includes(from), `fixture does not contain ${from}`);
  return t.replace(from, to ?? '');
}

/** Rule IDs reported on a text for the Số line (ô 3). */
const SO_IDS = ['ND30-SO-01', 'ND30-SO-03', 'ND30-SO-04', 'ND30-SO-05', 'ND30-SO-06', 'ND30-SO-08', 'ND30-VT-01'];
function soFindings(text: string) {
  return lint(text).filter((f) => SO_IDS.includes(f.ruleId));
}

describe('ND30-SO-01 the word "Số:"', () => {
  it('accepts "Số: 05", a blank number and "Số:15"', () => {
    expectClean(congVan(), 'ND30-SO-01');
    expectClean(congVan('Số: 05/SNV-VP', 'Số:      /SNV-VP'), 'ND30-SO-01');
    expectClean(congVan('Số: 05/SNV-VP', 'Số: …/SNV-VP'), 'ND30-SO-01');
    expectClean(congVan('Số: 05/SNV-VP', 'Số:05/SNV-VP'), 'ND30-SO-01');
    expectClean(quyetDinh(), 'ND30-SO-01');
  });
  it('flags "SỐ:" and fixes the case only', () => {
    const text = congVan('Số: 05/SNV-VP', 'SỐ: 05/SNV-VP');
    const [f] = expectRule(text, 'ND30-SO-01', [[3, 0, 3, 3]]);
    assert.match(f.message, /"SỐ" → "Số"/);
    fixesTo(text, 'ND30-SO-01', '\nSố: 05/SNV-VP\n');
  });
  it('flags a missing colon, also before a blank number', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số 05/SNV-VP');
    expectRule(text, 'ND30-SO-01', [[3, 0, 3, 2]]);
    fixesTo(text, 'ND30-SO-01', '\nSố: 05/SNV-VP\n');
    fixesTo(congVan('Số: 05/SNV-VP', 'Số      /SNV-VP'), 'ND30-SO-01', '\nSố:      /SNV-VP\n');
  });
  it('flags a space before the colon and "Số." in one finding each', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số : 05/SNV-VP');
    expectRule(text, 'ND30-SO-01', [[3, 0, 3, 4]]);
    fixesTo(text, 'ND30-SO-01', '\nSố: 05/SNV-VP\n');
    fixesTo(congVan('Số: 05/SNV-VP', 'SỐ. 05/SNV-VP'), 'ND30-SO-01', '\nSố: 05/SNV-VP\n');
  });
  it('works in a table cell and keeps the markup', () => {
    const text = quyetDinh('| Số: 15/QĐ-UBND |', '| **SỐ:** 15/QĐ-UBND |');
    expectRule(text, 'ND30-SO-01', [[2, 4, 2, 7]]);
    fixesTo(text, 'ND30-SO-01', '| **Số:** 15/QĐ-UBND |');
  });
});

describe('ND30-SO-03 separators and capitals in the ký hiệu', () => {
  it('accepts correct symbols with &, mixed-case PL III abbreviations and agencies', () => {
    for (const s of ['Số: 05/SNV-VP', 'Số: 05/TTg-KGVX', 'Số: 05/KH&CĐS-VP', 'Số: 05/SGDĐT-GDTrH', 'Số: 05/BNN&PTNT-VP', 'Số:      /SNV-VP', 'Số: …/…-…']) {
      expectClean(congVan('Số: 05/SNV-VP', s), 'ND30-SO-03');
    }
    expectClean(toTrinh(), 'ND30-SO-03');
    expectClean(quyetDinh(), 'ND30-SO-03');
  });
  it('warns (only) on a space between the number and "/"', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 1906 /SNV-VP');
    const [f] = expectRule(text, 'ND30-SO-03', [[3, 8, 3, 10]]);
    assert.equal(f.severity, 'warning');
    fixesTo(text, 'ND30-SO-03', 'Số: 1906/SNV-VP');
  });
  it('flags spaces around "-" (error) and fixes them', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 05/SNV - VP');
    const [f] = expectRule(text, 'ND30-SO-03', [[3, 10, 3, 13]]);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /"\/SNV - VP" → "\/SNV-VP"/);
    fixesTo(text, 'ND30-SO-03', 'Số: 05/SNV-VP\n');
  });
  it('flags an en dash, a space after "/" and a missing hyphen', () => {
    fixesTo(congVan('Số: 05/SNV-VP', 'Số: 05/SNV–VP'), 'ND30-SO-03', 'Số: 05/SNV-VP\n');
    fixesTo(congVan('Số: 05/SNV-VP', 'Số: 05/ SNV-VP'), 'ND30-SO-03', 'Số: 05/SNV-VP\n');
    fixesTo(congVan('Số: 05/SNV-VP', 'Số: 05/SNV VP'), 'ND30-SO-03', 'Số: 05/SNV-VP\n');
  });
  it('flags a slash between two groups (a hyphen there, PL I II.3.c), not "thiếu phần đơn vị" (published: "HDLN /STC-SCT")', () => {
    for (const [bad, end] of [['Số: 05/SNV/VP', 11], ['Số: 05/SNV /VP', 12], ['Số: 05/SNV/ VP', 12]] as [string, number][]) {
      const text = congVan('Số: 05/SNV-VP', bad);
      expectRule(text, 'ND30-SO-03', [[3, 10, 3, end]]);
      expectClean(text, 'ND30-SO-05');
      fixesTo(text, 'ND30-SO-03', 'Số: 05/SNV-VP\n');
    }
    // The year of a VBQPPL number is not a group: "/2020/" stays.
    expectClean(quyetDinh('Số: 15/QĐ-UBND', 'Số: 15/2026/QĐ-UBND'), 'ND30-SO-03');
  });
  it('gives one finding for several bad separators on a line', () => {
    const text = quyetDinh('Số: 15/QĐ-UBND', 'Số: 15/QĐ - UBND – VP');
    expectRule(text, 'ND30-SO-03', [[2, 11, 2, 21]]);
    fixesTo(text, 'ND30-SO-03', 'Số: 15/QĐ-UBND-VP');
  });
  it('flags a ký hiệu in lower case, one finding, fixed to capitals', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 05/snv-vp');
    expectRule(text, 'ND30-SO-03', [[3, 7, 3, 13]]);
    fixesTo(text, 'ND30-SO-03', 'Số: 05/SNV-VP\n');
  });
  it('lower-case typed symbol of a tờ trình: one finding, type abbreviation fixed to "TTr"', () => {
    const text = toTrinh('Số: 09/TTr-SNV', 'Số: 09/ttr-snv');
    const fs = soFindings(text);
    assert.deepEqual(fs.map((f) => f.ruleId), ['ND30-SO-03']);
    fixesTo(text, 'ND30-SO-03', 'Số: 09/TTr-SNV\n');
  });
  it('does not check an OCR-merged date after the symbol', () => {
    expectClean(congVan('Số: 05/SNV-VP', 'Số: 05/SNV-VP     Lai Châu, ngày 05 tháng 3 năm 2026'), 'ND30-SO-03');
  });
});

describe('ND30-SO-04 / ND30-VT-01 type abbreviation of typed documents', () => {
  it('accepts the right abbreviations', () => {
    expectClean(toTrinh(), 'ND30-SO-04');
    expectClean(toTrinh(), 'ND30-VT-01');
    expectClean(quyetDinh(), 'ND30-SO-04');
    expectClean(quyetDinh(), 'ND30-VT-01');
    expectClean(fx('valid/header-giay-moi.md'), 'ND30-SO-04');
    expectClean(fx('valid/header-ke-hoach-mat.md'), 'ND30-SO-04');
  });
  it('"TTR" under TỜ TRÌNH: one VT-01 warning, fixed to "TTr"', () => {
    const text = toTrinh('Số: 09/TTr-SNV', 'Số: 09/TTR-SNV');
    const fs = soFindings(text);
    assert.deepEqual(fs.map((f) => f.ruleId), ['ND30-VT-01']);
    assert.equal(fs[0].severity, 'warning');
    expectRule(text, 'ND30-VT-01', [[3, 7, 3, 10]]);
    fixesTo(text, 'ND30-VT-01', 'Số: 09/TTr-SNV\n');
  });
  it('"QD" for QĐ: one VT-01 error', () => {
    const text = quyetDinh('Số: 15/QĐ-UBND', 'Số: 15/QD-UBND');
    const fs = soFindings(text);
    assert.deepEqual(fs.map((f) => [f.ruleId, f.severity]), [['ND30-VT-01', 'error']]);
    expectRule(text, 'ND30-VT-01', [[2, 9, 2, 11]]);
    fixesTo(text, 'ND30-VT-01', 'Số: 15/QĐ-UBND');
  });
  it('"QĐi" and "Ttr" are VT-01', () => {
    fixesTo(quyetDinh('Số: 15/QĐ-UBND', 'Số: 15/QĐi-UBND'), 'ND30-VT-01', 'Số: 15/QĐ-UBND');
    fixesTo(toTrinh('Số: 09/TTr-SNV', 'Số: 09/Ttr-SNV'), 'ND30-VT-01', 'Số: 09/TTr-SNV');
  });
  it('"QD" without a tên loại is still VT-01; "QĐ" is not', () => {
    const text = congVan('V/v hướng dẫn triển khai chữ ký số năm 2026\n', '').replace('Kính gửi:', 'Gửi:').replace('Số: 05/SNV-VP', 'Số: 05/QD-SNV');
    expectRule(text, 'ND30-VT-01', [[3, 7, 3, 9]]);
  });
  // Issue 13: the number is the fact and the title may be the mistake, so
  // SO-04 (fixable: false) reports and offers no fix (it used to rewrite the ký hiệu).
  it('a type abbreviation of another type is SO-04, without a fix', () => {
    const text = toTrinh('Số: 09/TTr-SNV', 'Số: 09/TT-SNV');
    const fs = soFindings(text);
    assert.deepEqual(fs.map((f) => f.ruleId), ['ND30-SO-04']);
    const [f] = expectRule(text, 'ND30-SO-04', [[3, 7, 3, 9]]);
    assert.equal(f.fix, undefined);
    for (const t2 of [toTrinh('**TỜ TRÌNH**', '**KẾ HOẠCH**'), quyetDinh('Số: 15/QĐ-UBND', 'Số: 15/KH-UBND'), toTrinh('Số: 09/TTr-SNV', 'Số: 09/CV-SNV')]) {
      const g = lint(t2).filter((x) => x.ruleId === 'ND30-SO-04');
      assert.equal(g.length, 1);
      assert.equal(g[0].fix, undefined);
    }
  });
  it('a missing type abbreviation is SO-04, without a fix', () => {
    const text = quyetDinh('Số: 15/QĐ-UBND', 'Số: 15/UBND');
    const [f] = expectRule(text, 'ND30-SO-04', [[2, 9, 2, 13]]);
    assert.equal(f.fix, undefined);
  });
  it('a missing issuer is SO-04 without a fix', () => {
    const [f] = expectRule(quyetDinh('Số: 15/QĐ-UBND', 'Số: 15/QĐ'), 'ND30-SO-04', [[2, 9, 2, 11]]);
    assert.equal(f.fix, undefined);
  });
  it('accepts a compound type abbreviation used in practice ("HĐLĐ")', () => {
    expectClean(toTrinh('**TỜ TRÌNH**', '**HỢP ĐỒNG**').replace('Số: 09/TTr-SNV', 'Số: 09/HĐLĐ-SNV'), 'ND30-SO-04');
    expectClean(toTrinh('**TỜ TRÌNH**', '**HỢP ĐỒNG**').replace('Số: 09/TTr-SNV', 'Số: 09/HĐLĐ-SNV'), 'ND30-VT-01');
  });
  it('does not fire on a VBQPPL number ("Số: 30/2020/NĐ-CP")', () => {
    const text = quyetDinh('**QUYẾT ĐỊNH**', '**NGHỊ ĐỊNH**').replace('Số: 15/QĐ-UBND', 'Số: 30/2020/NĐ-CP');
    assert.deepEqual(soFindings(text), []);
    assert.deepEqual(soFindings(quyetDinh('Số: 15/QĐ-UBND', 'Số: 15/2026/QĐ-UBND')), []);
  });
  it('a blank number of a typed document is fine', () => {
    assert.deepEqual(soFindings(quyetDinh('Số: 15/QĐ-UBND', 'Số:      /QĐ-UBND')), []);
    assert.deepEqual(soFindings(fx('valid/header-giay-moi.md')), []);
  });
});

describe('ND30-SO-05 công văn ký hiệu', () => {
  it('accepts issuer-unit symbols', () => {
    expectClean(congVan(), 'ND30-SO-05');
    expectClean(congVan('Số: 05/SNV-VP', 'Số: 05/TTg-KGVX'), 'ND30-SO-05');
    expectClean(congVan('Số: 05/SNV-VP', 'Số: 05/CT-TTHT'), 'ND30-SO-05');
    expectClean(congVan('Số: 05/SNV-VP', 'Số: …/SNV-…'), 'ND30-SO-05');
    expectClean(fx('valid/header-cong-van-khcn.md'), 'ND30-SO-05');
  });
  // Issue 13: SO-05 is fixable: false (the ký hiệu is registered as issued): no fix.
  it('flags "CV-" when a unit remains, without a fix', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 05/CV-SNV-VP');
    const fs = soFindings(text);
    assert.deepEqual(fs.map((f) => f.ruleId), ['ND30-SO-05']);
    const [f] = expectRule(text, 'ND30-SO-05', [[3, 7, 3, 9]]);
    assert.equal(f.fix, undefined);
  });
  it('flags "CV-SNV" without a fix (the unit is unknown)', () => {
    const [f] = expectRule(congVan('Số: 05/SNV-VP', 'Số: 05/CV-SNV'), 'ND30-SO-05', [[3, 7, 3, 9]]);
    assert.equal(f.fix, undefined);
  });
  it('flags a missing unit as an error (§11.2)', () => {
    const [f] = expectRule(congVan('Số: 05/SNV-VP', 'Số: 05/SNV'), 'ND30-SO-05', [[3, 7, 3, 10]]);
    assert.equal(f.severity, 'error');
  });
});

describe('ND30-SO-06 year in a hành chính number', () => {
  it('is information for a tờ trình or công văn with a year, and the engine keeps checking it as hành chính', () => {
    const text = toTrinh('Số: 09/TTr-SNV', 'Số: 09/2026/TTr-SNV');
    const [f] = expectRule(text, 'ND30-SO-06', [[3, 6, 3, 11]]);
    assert.equal(f.severity, 'information');
    fixesTo(text, 'ND30-SO-06', 'Số: 09/TTr-SNV\n');
    expectRule(congVan('Số: 05/SNV-VP', 'Số: 05/2026/SNV-VP'), 'ND30-SO-06', [[3, 6, 3, 11]]);
    // still hành chính: the type abbreviation is still checked
    expectRule(toTrinh('Số: 09/TTr-SNV', 'Số: 09/2026/KH-SNV'), 'ND30-SO-04', [[3, 12, 3, 14]]);
  });
  it('is silent for numbers without a year and for VBQPPL (decision with a year)', () => {
    expectClean(toTrinh(), 'ND30-SO-06');
    expectClean(quyetDinh('Số: 15/QĐ-UBND', 'Số: 15/2026/QĐ-UBND'), 'ND30-SO-06');
  });
});

describe('ND30-SO-08 copies', () => {
  const copy = (so = 'Số: 03/SY-SNV', form = 'SAO Y') =>
    quyetDinh() +
    `\n---\n\n| **SỞ NỘI VỤ** | **${form}** |\n|:---:|:---:|\n| ${so} | *Lai Châu, ngày 12 tháng 02 năm 2026* |\n\n| ***Nơi nhận:***<br>- Phòng Tổ chức;<br>- Lưu: VT. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br>*(Đã ký)*<br><br>**Nguyễn Văn An** |\n|:---|:---:|\n`;
  const soLine = quyetDinh().split('\n').length + 4;
  it('accepts SY, SL, TrS matching the form of copy', () => {
    assert.deepEqual(soFindings(copy()), []);
    assert.deepEqual(soFindings(copy('Số: 04/TrS-SNV', 'TRÍCH SAO')), []);
    assert.deepEqual(soFindings(copy('Số: 05/SL-SNV', 'SAO LỤC')), []);
  });
  it('flags "SAO Y" written out, one finding, fixed to "SY"', () => {
    const text = copy('Số: 03/SAO Y-SNV');
    assert.deepEqual(soFindings(text).map((f) => f.ruleId), ['ND30-SO-08']);
    expectRule(text, 'ND30-SO-08', [[soLine, 9, soLine, 14]]);
    fixesTo(text, 'ND30-SO-08', '| Số: 03/SY-SNV |');
  });
  it('flags a wrong or mis-cased copy abbreviation', () => {
    fixesTo(copy('Số: 03/SL-SNV'), 'ND30-SO-08', '| Số: 03/SY-SNV |');
    fixesTo(copy('Số: 03/TRS-SNV', 'TRÍCH SAO'), 'ND30-SO-08', '| Số: 03/TrS-SNV |');
    fixesTo(copy('Số: 03/SNV'), 'ND30-SO-08', '| Số: 03/SY-SNV |');
  });
});

describe('Số/ký hiệu: valid header fixtures and layouts', () => {
  it('reports nothing on the valid fixtures and the example letter layout', () => {
    for (const f of ['valid/cong-van.md', 'valid/quyet-dinh.md', 'valid/header-to-trinh.md', 'valid/header-giay-moi.md', 'valid/header-ke-hoach-mat.md', 'valid/header-cong-van-khcn.md']) {
      assert.deepEqual(soFindings(fx(f)).map((x) => x.message), [], f);
    }
  });
  it('no blank lines (OCR-like): TTR still one finding', () => {
    const text = fx('letters/header-to-trinh-ocr.md');
    assert.deepEqual(soFindings(text).map((f) => f.ruleId), ['ND30-VT-01']);
    expectRule(text, 'ND30-VT-01', [[2, 7, 2, 10]]);
  });
  it('messages are in English with lang en', () => {
    const f = lint(toTrinh('Số: 09/TTr-SNV', 'Số: 09/TT-SNV'), { lang: 'en' }).find((x) => x.ruleId === 'ND30-SO-04')!;
    assert.match(f.message, /does not match/);
  });
});

describe('ND30-SO-02 with no space after the colon (found by the error corpus)', () => {
  it('"Số:12/…" is not read as the number "2"', () => {
    expectClean(congVan('Số: 05/SNV-VP', 'Số:12/SNV-VP'), 'ND30-SO-02');
    expectClean(congVan('Số: 05/SNV-VP', 'Số:05/SNV-VP'), 'ND30-SO-02');
  });
  it('"Số:5/…" still takes its leading zero', () => {
    expectRule(congVan('Số: 05/SNV-VP', 'Số:5/SNV-VP'), 'ND30-SO-02', [[3, 3, 3, 4]]);
  });
});

describe('ND30-SO-08 copy block laid out line by line (found by corpus/valid2)', () => {
  // Mẫu 3.1 read column by column: the copier's agency and Số line come before "SAO LỤC".
  const copy = (so: string) =>
    congVan() + `\n---\n\nUBND TỈNH LAI CHÂU\n**SỞ NỘI VỤ**\n\n${so}\n\n**SAO LỤC**\n\n*Lai Châu, ngày 12 tháng 3 năm 2026*\n\n***Nơi nhận:***\n- Phòng Tổ chức;\n- Lưu: VT.\n\n**GIÁM ĐỐC**\n\n**Nguyễn Văn An**\n`;
  const soLine = congVan().split('\n').length + 5;
  it('accepts "SL" and still reads the main signer', () => {
    const fs = lint(copy('Số: 05/SL-SNV'));
    assert.deepEqual(fs.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.ruleId} ${f.message}`), []);
  });
  it('flags a wrong copy abbreviation before the form-of-copy line', () => {
    expectRule(copy('Số: 05/BS-SNV'), 'ND30-SO-08', [[soLine, 7, soLine, 9]]);
  });
});
