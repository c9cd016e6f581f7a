import { strict as assert } from 'node:assert';
import { applyFix, congVan, expectClean, expectRule, fixture, lint, quyetDinh, replaceOnce, fixRemovesOnly, example } from '../helpers';

const ND_IDS = ['ND30-ND-03', 'ND30-ND-04', 'ND30-ND-05', 'ND30-ND-06', 'ND30-ND-07'];
const QC = (from?: string, to?: string) => replaceOnce(fixture('valid/body-quy-che.md'), from, to);
const BC = (from?: string, to?: string) => replaceOnce(fixture('valid/body-bao-cao.md'), from, to);
const KH = (from?: string, to?: string) => replaceOnce(fixture('valid/body-ke-hoach.md'), from, to);
const LOI = fixture('letters/nd-quy-che-loi.md');

describe('ND30-ND valid documents', () => {
  for (const name of ['valid/body-quy-che.md', 'valid/body-nghi-quyet.md', 'valid/body-bao-cao.md', 'valid/body-ke-hoach.md']) {
    it(`${name} has no error or warning from any rule`, () => {
      const bad = lint(fixture(name)).filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(bad.map((f) => `${f.ruleId} ${f.message}`), []);
    });
  }
  it('the reference fixtures and the example letter get nothing from the body-structure rules', () => {
    for (const text of [quyetDinh(), congVan(), example()]) for (const id of ND_IDS) expectClean(text, id);
  });
  it('reads the attached quy chế after the decision footer', () => {
    const text = QC('**Chương II**', '**Chương 2**');
    expectRule(text, 'ND30-ND-03', [[66, 9, 66, 10]]);
  });
});

describe('ND30-ND-03 Phần, Chương', () => {
  it('accepts Chương I / QUY ĐỊNH CHUNG and prose that starts with "Phần"', () => {
    expectClean(QC(), 'ND30-ND-03');
    expectClean(KH('Kinh phí thực hiện Kế hoạch', 'Phần kinh phí thực hiện Kế hoạch'), 'ND30-ND-03');
    expectClean(BC('Sở Nội vụ đã tham mưu', 'Phần I của Kế hoạch đã được thực hiện. Sở Nội vụ đã tham mưu'), 'ND30-ND-03');
    expectClean(BC('Sở Nội vụ đã tham mưu', 'Chương II Luật Lưu trữ quy định về tài liệu lưu trữ. Sở Nội vụ đã tham mưu'), 'ND30-ND-03');
    expectClean(KH('Kinh phí thực hiện Kế hoạch được bố trí', 'Kinh phí thực hiện theo quy định tại\nchương 2 Quy chế chi tiêu nội bộ, được bố trí'), 'ND30-ND-03');
  });
  it('flags an Arabic chapter number and fixes it', () => {
    const [f] = expectRule(LOI, 'ND30-ND-03', [
      [31, 2, 31, 26],
      [37, 9, 37, 10],
      [39, 2, 39, 18],
    ]).slice(1);
    assert.match(f.message, /"2" → "II"/);
    assert.ok(fixRemovesOnly(LOI, f).includes('**Chương II**'));
  });
  it('flags a title on the same line, in capitals, and splits it', () => {
    const [f] = expectRule(LOI, 'ND30-ND-03', [
      [31, 2, 31, 26],
      [37, 9, 37, 10],
      [39, 2, 39, 18],
    ]);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /dòng riêng/);
    assert.ok(fixRemovesOnly(LOI, f).includes('**Chương I**\n**QUY ĐỊNH CHUNG**'));
    const lower = QC('**Chương I**\n\n**QUY ĐỊNH CHUNG**', 'Chương I. Quy định chung');
    const [g] = expectRule(lower, 'ND30-ND-03', [[38, 0, 38, 24]]);
    assert.ok(fixRemovesOnly(lower, g).includes('\nChương I\nQUY ĐỊNH CHUNG\n'));
  });
  it('flags a title below that is not in capitals', () => {
    const f = expectRule(LOI, 'ND30-ND-03', [
      [31, 2, 31, 26],
      [37, 9, 37, 10],
      [39, 2, 39, 18],
    ])[2];
    assert.match(f.message, /"QUẢN LÝ TÀI LIỆU"/);
    assert.ok(fixRemovesOnly(LOI, f).includes('**QUẢN LÝ TÀI LIỆU**'));
  });
  it('flags "Phần 1" in a report', () => {
    const text = BC('**I. KẾT QUẢ ĐẠT ĐƯỢC**', '**Phần 1**\n\n**TÌNH HÌNH THỰC HIỆN**\n\n**I. KẾT QUẢ ĐẠT ĐƯỢC**');
    const [f] = expectRule(text, 'ND30-ND-03', [[12, 7, 12, 8]]);
    assert.ok(fixRemovesOnly(text, f).includes('**Phần I**'));
  });
});

describe('ND30-ND-04 Mục, Tiểu mục', () => {
  it('accepts Mục 1 / QUẢN LÝ VĂN BẢN ĐI and words such as "Mục tiêu"', () => {
    expectClean(QC(), 'ND30-ND-04');
    expectClean(KH('1. Mục đích', 'Mục tiêu'), 'ND30-ND-04');
  });
  it('flags a Roman section number and fixes it', () => {
    const [f] = expectRule(LOI, 'ND30-ND-04', [[41, 6, 41, 7]]);
    assert.match(f.message, /chữ số Ả Rập \("I" → "1"\)/);
    assert.ok(fixRemovesOnly(LOI, f).includes('**Mục 1**'));
  });
  it('flags a title on the same line and splits it', () => {
    const text = QC('**Mục 2**\n\n**QUẢN LÝ VĂN BẢN ĐẾN**', '**Mục 2. Quản lý văn bản đến**');
    const [f] = expectRule(text, 'ND30-ND-04', [[80, 2, 80, 28]]);
    assert.ok(fixRemovesOnly(text, f).includes('**Mục 2**\n**QUẢN LÝ VĂN BẢN ĐẾN**'));
  });
  it('flags an upper-case word "TIỂU MỤC"', () => {
    const text = QC('**Điều 3. Đăng ký văn bản đi**', '**TIỂU MỤC 1**\n\n**ĐĂNG KÝ VĂN BẢN ĐI**\n\n**Điều 3. Đăng ký văn bản đi**');
    const [f] = expectRule(text, 'ND30-ND-04', [[74, 2, 74, 12]]);
    assert.ok(fixRemovesOnly(text, f).includes('**Tiểu mục 1**'));
  });
});

describe('ND30-ND-05 Điều', () => {
  it('accepts "Điều 1. Title" and prose that starts with "Điều"', () => {
    expectClean(QC(), 'ND30-ND-05');
    expectClean(quyetDinh(), 'ND30-ND-05');
    expectClean(QC('Quy chế này áp dụng đối với', 'Điều 5 của Luật Lưu trữ quy định rõ. Quy chế này áp dụng đối với'), 'ND30-ND-05');
    expectClean(quyetDinh('Quyết định này có hiệu lực kể từ ngày ký.', 'Quyết định này có hiệu lực kể từ ngày ký.\n\nĐiều này được áp dụng từ năm 2026.'), 'ND30-ND-05');
  });
  for (const [bad, good, range] of [
    ['**Điều 1: Phạm vi điều chỉnh', '**Điều 1. Phạm vi điều chỉnh', [33, 2, 33, 9]],
    ['**Điều 2 - Tạo lập tài liệu', '**Điều 2. Tạo lập tài liệu', [45, 2, 45, 10]],
    ['**Điều III. Tổ chức thực hiện', '**Điều 3. Tổ chức thực hiện', [59, 2, 59, 11]],
  ] as const) {
    it(`flags "${bad.slice(2)}" and fixes it`, () => {
      const all = expectRule(LOI, 'ND30-ND-05', [
        [33, 2, 33, 9],
        [45, 2, 45, 10],
        [59, 2, 59, 11],
      ]);
      const f = all.find((x) => x.range.start.line === range[0])!;
      assert.equal(f.severity, 'error');
      assert.ok(fixRemovesOnly(LOI, f).includes(good));
    });
  }
  it('flags "ĐIỀU 1." and a missing period', () => {
    const text = quyetDinh('**Điều 1.** Thành lập', '**ĐIỀU 1** Thành lập');
    const [f] = expectRule(text, 'ND30-ND-05', [[18, 2, 18, 8]]);
    assert.ok(fixRemovesOnly(text, f).includes('**Điều 1.** Thành lập'));
  });
});

describe('ND30-ND-06 điểm', () => {
  it('accepts a) … đ) e) per khoản and restarts at each khoản', () => {
    expectClean(QC(), 'ND30-ND-06');
    expectClean(KH(), 'ND30-ND-06');
    expectClean(fixture('valid/body-nghi-quyet.md'), 'ND30-ND-06');
  });
  it('ignores lists numbered i), ii), iii)', () => {
    expectClean(KH('a) Rà soát, nâng cấp', 'i) Rà soát, nâng cấp').replace('b) Trang bị', 'ii) Trang bị').replace('c) Bảo đảm an toàn', 'iii) Bảo đảm an toàn'), 'ND30-ND-06');
  });
  it('flags "a.", a skipped letter, "e)" after "d)" and "f)"', () => {
    const fs = expectRule(LOI, 'ND30-ND-06', [
      [49, 0, 49, 2],
      [53, 0, 53, 2],
      [55, 0, 55, 2],
      [57, 0, 57, 2],
    ]);
    assert.match(fs[0].message, /"a\." → "a\)"/);
    assert.match(fs[1].message, /sau "b\)" là "c\)", không phải "d\)"/);
    assert.match(fs[3].message, /"f" không có trong bảng chữ cái tiếng Việt/);
    assert.ok(fixRemovesOnly(LOI, fs[0]).includes('\na) Văn bản đi;'));
    assert.ok(fixRemovesOnly(LOI, fs[1]).includes('\nc) Tài liệu số hóa;'));
  });
  it('flags "e)" straight after "d)" and "(a)"', () => {
    const text = KH('đ) Đánh giá', 'e) Đánh giá').replace('e) Tổng hợp', 'g) Tổng hợp');
    // One mistake (đ skipped), reported once; "g)" after "e)" follows the letter written (issue 9).
    const fs = expectRule(text, 'ND30-ND-06', [[24, 0, 24, 2]]);
    const fixed = fixRemovesOnly(text, fs[0]);
    assert.ok(fixed.includes('\nđ) Đánh giá') && fixed.includes('\ne) Tổng hợp'), fixed);
    const paren = KH('a) Rà soát', '(a) Rà soát');
    const [g] = expectRule(paren, 'ND30-ND-06', [[16, 0, 16, 3]]);
    assert.ok(fixRemovesOnly(paren, g).includes('\na) Rà soát'));
  });
});

describe('ND30-ND-07 mục titles of reports and plans', () => {
  it('accepts UPPER titles, khoản with text and a single Roman line', () => {
    expectClean(BC(), 'ND30-ND-07');
    expectClean(KH(), 'ND30-ND-07');
    expectClean(congVan('1. Rà soát', 'I. Rà soát'), 'ND30-ND-07');
  });
  it('flags a lower-case mục title and upper-cases it', () => {
    const text = fixture('letters/nd-bao-cao-loi.md');
    const fs = expectRule(text, 'ND30-ND-07', [
      [14, 5, 14, 27],
      [20, 6, 20, 22],
    ]);
    assert.equal(fs[0].severity, 'warning');
    assert.ok(fixRemovesOnly(text, fs[0]).includes('**I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC**'));
  });
  it('keeps markup inside the title', () => {
    const text = KH('II. NHIỆM VỤ, GIẢI PHÁP', 'II. Nhiệm vụ, *giải pháp*');
    const [f] = expectRule(text, 'ND30-ND-07', [[14, 4, 14, 24]]);
    assert.ok(fixRemovesOnly(text, f).includes('II. NHIỆM VỤ, *GIẢI PHÁP*'));
  });
  it('is in English with lang en', () => {
    const f = lint(fixture('letters/nd-bao-cao-loi.md'), { lang: 'en' }).find((x) => x.ruleId === 'ND30-ND-07')!;
    assert.match(f.message, /section title is in capitals/);
  });
});

describe('ND30-ND-06 khoản numbered "1)" or "1/" (found by the error corpus)', () => {
  it('reports "1)" and "2/" with a fix to "1." and "2."', () => {
    const text = congVan('1. Rà soát', '1) Rà soát').replace('2. Sử dụng', '2/ Sử dụng');
    const fs = expectRule(text, 'ND30-ND-06', [
      [20, 0, 20, 2],
      [22, 0, 22, 2],
    ]);
    const fixed = applyFix(applyFix(text, fs[1]), fs[0]);
    assert.ok(fixed.includes('1. Rà soát') && fixed.includes('2. Sử dụng'));
    expectClean(fixed, 'ND30-ND-06');
  });
  it('leaves fractions and numbers at the start of a sentence alone', () => {
    expectClean(congVan('1. Rà soát', '1/2 số cán bộ rà soát'), 'ND30-ND-06');
    expectClean(congVan('1. Rà soát', '1. Rà soát'), 'ND30-ND-06');
  });
});

describe('ND30-ND-01 citations: where a citation starts', () => {
  // The pattern has no lookbehind: the word start is tested at each match, and
  // the search goes on from the next position (as the lookbehind would).
  const { lineCitations } = require('../../../server/src/engine/rules/nd/citation') as typeof import('../../../server/src/engine/rules/nd/citation');
  const { line } = require('../reader/util') as typeof import('../reader/util');
  const found = (s: string) => lineCitations(line(s)).map((c) => [c.from, c.type, c.key]);
  it('finds citations after a space, a bracket or at the start, not inside a word', () => {
    assert.deepEqual(found('Thực hiện Công văn số 12/SNV-VP, (Kế hoạch số 3/KH-UBND)'), [[10, 'Công văn', '12/SNV-VP'], [34, 'Kế hoạch', '3/KH-UBND']]);
    assert.deepEqual(found('Quyết định số 15/QĐ-UBND'), [[0, 'Quyết định', '15/QD-UBND']]);
    assert.deepEqual(found('xQuyết định số 15/QĐ-UBND'), []);
    assert.deepEqual(found('5Quyết định số 15/QĐ-UBND'), []);
    // After an astral letter (two code units) and after an astral symbol.
    assert.deepEqual(found('𝒜Quyết định số 15/QĐ-UBND'), []);
    assert.deepEqual(found('😀Quyết định số 15/QĐ-UBND'), [[2, 'Quyết định', '15/QD-UBND']]);
    // A rejected start inside a word does not hide the citation right after it.
    assert.deepEqual(found('aCông văn số 1/X-Y và Công văn số 2/SNV-VP'), [[22, 'Công văn', '2/SNV-VP']]);
  });
  it('gives the issuer before a verb to every document of that verb ("Bộ Y tế có Công văn A … và Công văn B …", published)', () => {
    const both = 'Bộ Y tế có Công văn số 627/BYT-BH ngày 27/01/2021 về việc hướng dẫn thực hiện Luật Bảo hiểm y tế (BHYT) và Công văn số 666/BYT-BH ngày 27/01/2021 về việc đính chính Công văn số 627/BYT-BH.';
    assert.deepEqual(lineCitations(line(both)).map((c) => [c.key, c.missingIssuer, c.missingDate]), [['627/BYT-BH', false, false], ['666/BYT-BH', false, false], ['627/BYT-BH', true, false]]);
    // Without the verb, the second one names no issuer.
    const noVerb = both.replace('Bộ Y tế có Công văn', 'Theo Công văn').replace(' và Công văn số 666', '; Công văn số 666');
    assert.equal(lineCitations(line(noVerb))[1].missingIssuer, true);
  });
});
