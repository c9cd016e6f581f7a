import { strict as assert } from 'node:assert';
import { analysisOf, applyFix, congVan, expectClean, expectRule, fixture, lint, quyetDinh, replaceOnce, fixRemovesOnly, example } from '../helpers';

const QD = (from?: string, to?: string) => quyetDinh(from, to);
const CC_IDS = ['ND30-CC-01', 'ND30-CC-02', 'ND30-CC-03', 'ND30-CC-06', 'ND30-CC-07'];

describe('ND30-CC valid fixtures', () => {
  for (const name of ['valid/body-quy-che.md', 'valid/body-nghi-quyet.md', 'valid/body-bao-cao.md', 'valid/body-ke-hoach.md']) {
    it(`${name} has no error or warning from any rule`, () => {
      const bad = lint(fixture(name)).filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(bad.map((f) => `${f.ruleId} ${f.message}`), []);
    });
  }
  it('the reference fixtures get nothing from the căn cứ rules', () => {
    for (const text of [quyetDinh(), congVan()]) for (const id of CC_IDS) expectClean(text, id);
  });
  it('a prose sentence "Căn cứ …, Sở Nội vụ đề nghị …" in a công văn is not a căn cứ block', () => {
    const text = fixture('letters/cc-cong-van-can-cu-van-xuoi.md');
    for (const id of CC_IDS) expectClean(text, id);
    const colon = replaceOnce(text, 'thực hiện tốt việc ký số văn bản điện tử.', 'thực hiện một số nội dung sau:');
    for (const id of CC_IDS) expectClean(colon, id);
  });
});

describe('ND30-CC-01 one căn cứ per line, ";" and "."', () => {
  it('does not check the punctuation of căn cứ lines that lead into the opening sentence of a tờ trình', () => {
    const text = [
      'UBND TỈNH LAI CHÂU',
      'SỞ NỘI VỤ',
      'Số: 15/TTr-SNV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lai Châu, ngày 10 tháng 3 năm 2026',
      'TỜ TRÌNH',
      'Về việc ban hành Quy chế công tác văn thư',
      'Kính gửi: Ủy ban nhân dân tỉnh Lai Châu.',
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
      'Căn cứ Quyết định số 15/QĐ-UBND ngày 09 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh về việc giao nhiệm vụ năm 2026;',
      'Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, ban hành Quy chế công tác văn thư./.',
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT, VP.',
      'GIÁM ĐỐC',
      'Nguyễn Văn An',
    ].join('\n');
    for (const id of CC_IDS) expectClean(text, id);
  });
  it('accepts the template block, an amending law on the same line and an unfilled template line', () => {
    expectClean(QD(), 'ND30-CC-01');
    expectClean(
      QD('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;'),
      'ND30-CC-01',
    );
    expectClean(QD('*Theo đề nghị của Giám đốc Sở Nội vụ.*', '*Theo đề nghị của …*'), 'ND30-CC-01');
  });
  it('accepts "Xét Tờ trình …; Báo cáo thẩm tra …; ý kiến …" on one line', () => {
    const text = replaceOnce(
      fixture('valid/body-nghi-quyet.md'),
      'của Thường trực Hội đồng nhân dân xã về việc thành lập Tổ đại biểu Hội đồng nhân dân xã;',
      'của Thường trực Hội đồng nhân dân xã về việc thành lập Tổ đại biểu Hội đồng nhân dân xã; Báo cáo thẩm tra số 03/BC-KTXH ngày 14 tháng 01 năm 2026 của Ban Kinh tế - Xã hội;',
    );
    for (const id of CC_IDS) expectClean(text, id);
  });
  it('accepts a căn cứ wrapped over two source lines', () => {
    const text = QD(
      '*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*',
      '*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của*\n*Chính phủ về công tác văn thư;*',
    );
    expectClean(text, 'ND30-CC-01');
    expectClean(text, 'ND30-CC-02');
  });
  it('flags two citations on one line (the example letter) and splits them', () => {
    const [f] = expectRule(example(), 'ND30-CC-01', [[10, 220, 10, 243]]);
    assert.match(f.message, /Hai căn cứ trên cùng một dòng: "Quyết định số 25\/QĐ-SNV"/);
    assert.match(f.message, /Phụ lục I, mục II\.6\.a/);
    const fixed = fixRemovesOnly(example(), f);
    assert.ok(fixed.includes('trên địa bàn tỉnh Lai Châu;\nCăn cứ Quyết định số 25/QĐ-SNV ngày 05/6/2023'));
    expectClean(fixed, 'ND30-CC-01');
  });
  it('keeps the italic markup when splitting', () => {
    const text = QD(
      '*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*',
      '*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư; Quyết định số 15/QĐ-UBND ngày 09 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh về việc ban hành Quy chế làm việc;*',
    );
    const [f] = expectRule(text, 'ND30-CC-01', [[12, 95, 12, 119]]);
    const fixed = fixRemovesOnly(text, f);
    assert.ok(fixed.includes('về công tác văn thư;*\n*Căn cứ Quyết định số 15/QĐ-UBND'));
  });
  it('flags a last line ending ";" and fixes it to "."', () => {
    const text = QD('*Theo đề nghị của Giám đốc Sở Nội vụ.*', '*Theo đề nghị của Giám đốc Sở Nội vụ;*');
    const [f] = expectRule(text, 'ND30-CC-01', [[14, 36, 14, 37]]);
    assert.match(f.message, /dấu chấm \(\.\)/);
    assert.ok(fixRemovesOnly(text, f).includes('*Theo đề nghị của Giám đốc Sở Nội vụ.*'));
  });
  it('flags a last line "Theo đề nghị …:" ending with a colon', () => {
    const text = QD('*Theo đề nghị của Giám đốc Sở Nội vụ.*', '*Theo đề nghị của Giám đốc Sở Nội vụ:*');
    const [f] = expectRule(text, 'ND30-CC-01', [[14, 36, 14, 37]]);
    assert.ok(fixRemovesOnly(text, f).includes('*Theo đề nghị của Giám đốc Sở Nội vụ.*'));
    expectClean(text, 'ND30-CC-07');
  });
  it('flags a middle line ending "," or with no punctuation, and fixes it', () => {
    const comma = QD('về công tác văn thư;*', 'về công tác văn thư,*');
    const [f1] = expectRule(comma, 'ND30-CC-01', [[12, 93, 12, 94]]);
    assert.ok(fixRemovesOnly(comma, f1).includes('về công tác văn thư;*'));
    const none = QD('về công tác văn thư;*', 'về công tác văn thư*');
    const [f2] = expectRule(none, 'ND30-CC-01', [[12, 92, 12, 93]]);
    assert.match(f2.message, /chấm phẩy/);
    assert.ok(fixRemovesOnly(none, f2).includes('về công tác văn thư;*'));
  });
  it('checks the letter with errors', () => {
    const text = fixture('letters/cc-quyet-dinh-loi.md');
    expectRule(text, 'ND30-CC-01', [
      [15, 145, 15, 169],
      [15, 245, 15, 246],
      [17, 36, 17, 37],
    ]);
  });
  it('is in English with lang en', () => {
    const f = lint(example(), { lang: 'en' }).find((x) => x.ruleId === 'ND30-CC-01')!;
    assert.match(f.message, /Two citations on one line/);
  });
});

describe('ND30-CC-02 full citation', () => {
  it('accepts full citations, laws with a date, non-document grounds and unfilled templates', () => {
    expectClean(QD(), 'ND30-CC-02');
    expectClean(fixture('valid/body-quy-che.md'), 'ND30-CC-02');
    expectClean(QD('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', 'Căn cứ chức năng, nhiệm vụ, quyền hạn của Ủy ban nhân dân tỉnh;'), 'ND30-CC-02');
    expectClean(QD('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', 'Căn cứ Quyết định số …/QĐ-UBND ngày … tháng … năm … của …;'), 'ND30-CC-02');
    expectClean(QD('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', 'Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XV;'), 'ND30-CC-02');
    expectClean(QD('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', 'Căn cứ khoản 2 Điều 7 Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;'), 'ND30-CC-02');
  });
  it('flags a decree without date, issuer and summary (error)', () => {
    const text = QD('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;', 'Căn cứ Nghị định 30/2020/NĐ-CP;');
    const [f] = expectRule(text, 'ND30-CC-02', [[12, 8, 12, 31]]);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /ngày tháng năm ban hành/);
    assert.match(f.message, /cơ quan ban hành/);
    assert.match(f.message, /trích yếu/);
  });
  it('names only what is missing: a summary after the date is one (published: "… năm 2021 về Phiên họp … tháng 6 năm 2021")', () => {
    const cite = 'Căn cứ Nghị quyết số 66/NQ-CP ngày 01 tháng 7 năm 2021 về Phiên họp Chính phủ chuyên đề tháng 6 năm 2021;';
    const [f] = expectRule(QD('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;', cite), 'ND30-CC-02', [[12, 8, 12, 105]]);
    assert.match(f.message, /thiếu: cơ quan ban hành \("của …"\) \(/);
    // Still missing when the citation stops at its date.
    const [g] = expectRule(QD('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;', 'Căn cứ Nghị quyết số 66/NQ-CP ngày 01 tháng 7 năm 2021;'), 'ND30-CC-02', [[12, 8, 12, 55]]);
    assert.match(g.message, /trích yếu/);
  });
  it('reads a document cited on its own line between căn cứ, without "Căn cứ", as a căn cứ (published: Bộ Y tế)', () => {
    const bare = '*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*\n\n*Thông tư số 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ Nội vụ hướng dẫn thể thức văn bản;*';
    const text = QD('*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*', bare);
    // Not the end of the block: no "last căn cứ ends with ;" and no missing "QUYẾT ĐỊNH:".
    for (const id of CC_IDS) expectClean(text, id);
    assert.deepEqual(analysisOf(text).model.canCu.map((l) => l.text.slice(0, 14)), ['Căn cứ Luật Tổ', 'Căn cứ Nghị đị', 'Thông tư số 01', 'Theo đề nghị c']);
    // And checked like one: its issuer missing is CC-02.
    const noIssuer = QD('*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*', bare.replace(' của Bộ Nội vụ', ''));
    const [f] = expectRule(noIssuer, 'ND30-CC-02', [[14, 1, 14, 80]]);
    assert.match(f.message, /thiếu: cơ quan ban hành \("của …"\) \(/);
  });
  it('takes "của Luật …" inside the trích yếu for a document, not the issuer (published: Thông tư 01/2025/TT-BYT)', () => {
    const cite = '*Căn cứ Thông tư số 01/2025/TT-BYT ngày 01 tháng 01 năm 2025 quy định chi tiết một số điều của Luật Bảo hiểm y tế;*';
    const [f] = expectRule(QD('*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*', cite), 'ND30-CC-02', [[12, 8, 12, 113]]);
    assert.match(f.message, /thiếu: cơ quan ban hành \("của …"\) \(/);
    expectClean(QD('*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*', cite.replace(' quy định', ' của Bộ trưởng Bộ Y tế quy định')), 'ND30-CC-02');
  });
  it('flags a decision without a date', () => {
    const text = QD(
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
      'Căn cứ Quyết định số 15/QĐ-UBND của Ủy ban nhân dân tỉnh về việc ban hành Quy chế làm việc;',
    );
    const [f] = expectRule(text, 'ND30-CC-02', [[12, 8, 12, 91]]);
    assert.match(f.message, /thiếu: ngày tháng năm ban hành \(/);
  });
  it('flags a law without a date', () => {
    const text = QD('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', 'Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;');
    const [f] = expectRule(text, 'ND30-CC-02', [[10, 8, 10, 12]]);
    assert.equal(f.severity, 'error');
  });
  it('warns (configurable) on a law cited with its number in an administrative document', () => {
    const text = QD('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', 'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;');
    const [f] = expectRule(text, 'ND30-CC-02', [[10, 44, 10, 59]]);
    assert.equal(f.severity, 'warning');
    assert.equal(f.fix, undefined);
    expectClean(text, 'ND30-CC-02', { rules: { 'ND30-CC-02': ['error', { luatSo: 'off' }] } });
    const [e] = expectRule(text, 'ND30-CC-02', [[10, 44, 10, 59]], { rules: { 'ND30-CC-02': ['error', { luatSo: 'error' }] } });
    assert.equal(e.severity, 'error');
  });
  // Issue 13: CC-02 is fixable: false (deleting a citation's number is the drafter's call): no fix.
  it('flags the number of a law that also has its date, without a fix', () => {
    const text = QD('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', 'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025;');
    const [f] = expectRule(text, 'ND30-CC-02', [[10, 44, 10, 59]]);
    assert.equal(f.fix, undefined);
  });
  it('does not apply to a VBQPPL (the 2025 citation style is normal there)', () => {
    const text = QD('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', 'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;').replace('Số: 15/QĐ-UBND', 'Số: 15/2026/QĐ-UBND');
    assert.equal(lint(text).length >= 0, true);
    for (const id of CC_IDS) expectClean(text, id);
  });
  it('checks the letter with errors', () => {
    const text = fixture('letters/cc-quyet-dinh-loi.md');
    expectRule(text, 'ND30-CC-02', [
      [14, 31, 14, 46],
      [16, 8, 16, 43],
    ]);
  });
});

describe('ND30-CC-03 dates in căn cứ written out', () => {
  it('accepts written dates', () => {
    expectClean(QD(), 'ND30-CC-03');
    expectClean(fixture('valid/body-nghi-quyet.md'), 'ND30-CC-03');
  });
  it('flags the numeric dates of the example letter, comma included, and fixes them', () => {
    const fs = expectRule(example(), 'ND30-CC-03', [
      [10, 32, 10, 48],
      [10, 244, 10, 258],
    ]);
    assert.equal(fs[0].severity, 'information'); // practice, not the decree (catalogue §11; issue 9)
    assert.match(fs[0].message, /"ngày 24 tháng 5 năm 2023"/);
    const f1 = fixRemovesOnly(example(), fs[0]);
    assert.ok(f1.includes('Quyết định số 701/QĐ-UBND ngày 24 tháng 5 năm 2023 của UBND'));
    const f2 = fixRemovesOnly(example(), fs[1]);
    assert.ok(f2.includes('Quyết định số 25/QĐ-SNV ngày 05 tháng 6 năm 2023 của'));
  });
  it('applies the leading-zero rule of the written form', () => {
    const text = QD('ngày 05 tháng 3 năm 2020 của Chính phủ', 'ngày 3/1/2020 của Chính phủ');
    const [f] = expectRule(text, 'ND30-CC-03', [[12, 35, 12, 48]]);
    assert.ok(fixRemovesOnly(text, f).includes('ngày 03 tháng 01 năm 2020 của Chính phủ'));
    const text2 = QD('ngày 05 tháng 3 năm 2020 của Chính phủ', 'ngày 05/06/2020 của Chính phủ');
    const [g] = expectRule(text2, 'ND30-CC-03', [[12, 35, 12, 50]]);
    assert.ok(applyFix(text2, g).includes('ngày 05 tháng 6 năm 2020 của Chính phủ'));
  });
  it('does not touch dates in the body', () => {
    expectClean(QD('Quyết định này có hiệu lực kể từ ngày ký.', 'Quyết định này có hiệu lực kể từ ngày 10/02/2026.'), 'ND30-CC-03');
  });
});

describe('ND30-CC-06 authority line before the căn cứ', () => {
  it('accepts a decision and a resolution with the line, and a công văn without it', () => {
    expectClean(QD(), 'ND30-CC-06');
    expectClean(fixture('valid/body-nghi-quyet.md'), 'ND30-CC-06');
    expectClean(example(), 'ND30-CC-06');
  });
  it('warns when a decision has no authority line', () => {
    const text = QD('**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU**\n\n', '');
    const [f] = expectRule(text, 'ND30-CC-06', [[8, 1, 8, 70]]);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /thẩm quyền ban hành/);
    expectRule(fixture('letters/cc-quyet-dinh-loi.md'), 'ND30-CC-06', [[14, 1, 14, 47]]);
  });
});

describe('ND30-CC-07 enacting line', () => {
  it('accepts QUYẾT ĐỊNH: and QUYẾT NGHỊ:, bold or not', () => {
    expectClean(QD(), 'ND30-CC-07');
    expectClean(QD('**QUYẾT ĐỊNH:**', 'QUYẾT ĐỊNH:'), 'ND30-CC-07');
    expectClean(fixture('valid/body-nghi-quyet.md'), 'ND30-CC-07');
    expectClean(example(), 'ND30-CC-07');
  });
  for (const [bad, range] of [
    ['**Quyết định:**', [16, 2, 16, 13]],
    ['**QUYẾT ĐỊNH**', [16, 2, 16, 12]],
    ['QUYẾT ĐỊNH :', [16, 0, 16, 12]],
  ] as const) {
    it(`flags "${bad}" and fixes it`, () => {
      const text = QD('**QUYẾT ĐỊNH:**', bad);
      const [f] = expectRule(text, 'ND30-CC-07', [[...range]]);
      assert.equal(f.severity, 'warning');
      const fixed = fixRemovesOnly(text, f);
      assert.ok(fixed.includes(bad.startsWith('**') ? '**QUYẾT ĐỊNH:**' : '\nQUYẾT ĐỊNH:\n'));
    });
  }
  it('flags QUYẾT ĐỊNH: in a resolution', () => {
    const text = replaceOnce(fixture('valid/body-nghi-quyet.md'), '**QUYẾT NGHỊ:**', '**QUYẾT ĐỊNH:**');
    const [f] = expectRule(text, 'ND30-CC-07', [[17, 2, 17, 13]]);
    assert.match(f.message, /"QUYẾT NGHỊ:"/);
    assert.ok(fixRemovesOnly(text, f).includes('**QUYẾT NGHỊ:**'));
  });
  it('flags a missing enacting line and inserts it', () => {
    const text = QD('**QUYẾT ĐỊNH:**\n\n', '');
    const [f] = expectRule(text, 'ND30-CC-07', [[14, 1, 14, 37]]);
    const fixed = fixRemovesOnly(text, f);
    assert.ok(fixed.includes('*Theo đề nghị của Giám đốc Sở Nội vụ.*\n\n**QUYẾT ĐỊNH:**\n\n**Điều 1.**'));
  });
  it('checks the letter with errors', () => {
    expectRule(fixture('letters/cc-quyet-dinh-loi.md'), 'ND30-CC-07', [[19, 2, 19, 13]]);
  });
});

describe('ND30-CC missed errors found by the error corpus', () => {
  it('CC-01: a second "Căn cứ …" pasted after the ";" of the first (capital C)', () => {
    const text = quyetDinh('năm 2025;*', 'năm 2025; Căn cứ Nghị định số 81/2021/NĐ-CP ngày 27 tháng 8 năm 2021 của Chính phủ quy định về học phí;*');
    const [f] = expectRule(text, 'ND30-CC-01', [[10, 78, 10, 104]]);
    // The Luật of the first citation is not read as "Luật … số 81/2021/NĐ-CP".
    expectClean(text, 'ND30-CC-02');
    const fixed = applyFix(text, f);
    assert.ok(fixed.includes('năm 2025;*\n*Căn cứ Nghị định số 81/2021/NĐ-CP'), fixed);
    expectClean(fixed, 'ND30-CC-01');
  });
  it('CC-03: a written date without the leading zero of a day below 10 or of month 1, 2', () => {
    const text = quyetDinh('ngày 05 tháng 3 năm 2020 của Chính phủ', 'ngày 5 tháng 3 năm 2020 của Chính phủ');
    const [f] = expectRule(text, 'ND30-CC-03', [[12, 35, 12, 58]]);
    const fixed = applyFix(text, f);
    assert.ok(fixed.includes('ngày 05 tháng 3 năm 2020 của Chính phủ'));
    expectClean(fixed, 'ND30-CC-03');
    expectRule(quyetDinh('ngày 19 tháng 02 năm 2025', 'ngày 19 tháng 2 năm 2025'), 'ND30-CC-03', [[10, 44, 10, 68]]);
    // Months 3–12 take no zero; "tháng 06" is not this rule's business.
    expectClean(quyetDinh('ngày 05 tháng 3 năm 2020 của Chính phủ', 'ngày 15 tháng 10 năm 2020 của Chính phủ'), 'ND30-CC-03');
  });
});
