import { strict as assert } from 'node:assert';
import { congVan, expectClean, expectRule, fixture, lint, quyetDinh, fixAndRecheck } from '../helpers';

const CV_END = 'để được hướng dẫn./.';
const CV_DATE = '*Lai Châu, ngày 05 tháng 3 năm 2026*';

const VALID = ['valid/cong-van.md', 'valid/quyet-dinh.md', 'valid/body-quy-che.md', 'valid/types-to-trinh.md', 'valid/types-ke-hoach.md', 'valid/types-giay-moi.md', 'valid/types-giay-gioi-thieu.md', 'valid/types-bien-ban.md', 'valid/types-thong-bao.md'];

describe('ND30-DOC-03 tên loại of Điều 7', () => {
  it('accepts the valid fixtures', () => {
    for (const f of VALID) expectClean(fixture(f), 'ND30-DOC-03');
  });
  // Issue 13: DOC-03 is fixable: false (the title may be right and the type wrong): no fix.
  it('flags a "CÔNG VĂN" title line (error), without a fix', () => {
    const text = congVan(CV_DATE, `${CV_DATE}\n\n**CÔNG VĂN**`);
    const [f] = expectRule(text, 'ND30-DOC-03', [[12, 2, 12, 10]]);
    assert.equal(f.severity, 'error');
    assert.equal(f.fix, undefined);
  });
  it('warns on an invented type in title position ("PHIẾU TRÌNH"), no TL-04 on its "Về việc"', () => {
    const text = quyetDinh('**QUYẾT ĐỊNH**', '**PHIẾU TRÌNH**');
    const [f] = expectRule(text, 'ND30-DOC-03', [[4, 2, 4, 13]]);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /"PHIẾU TRÌNH" không phải tên loại/);
    expectClean(text, 'ND30-TL-04');
  });
  it('warns on "ĐƠN ĐỀ NGHỊ" after the date of a công văn, not on "(DỰ THẢO)"', () => {
    expectRule(congVan(CV_DATE, `${CV_DATE}\n\n**ĐƠN ĐỀ NGHỊ**`), 'ND30-DOC-03', [[12, 2, 12, 13]]);
    expectClean(congVan(CV_DATE, `${CV_DATE}\n\n**(DỰ THẢO)**`), 'ND30-DOC-03');
  });
  it('does not take an authority line or an agency for an invented type', () => {
    // A QĐ without its tên loại: the authority line follows the "Về việc" line.
    expectClean(quyetDinh('**QUYẾT ĐỊNH**\n', ''), 'ND30-DOC-03');
    // A thư công is not flagged either way (catalogue §11.1).
    expectClean(quyetDinh('**QUYẾT ĐỊNH**', '**THƯ CÔNG**'), 'ND30-DOC-03');
  });
});

describe('ND30-DOC-04 the content ends with "./."', () => {
  it('accepts the valid fixtures', () => {
    for (const f of VALID) expectClean(fixture(f), 'ND30-DOC-04');
  });
  it('warns on a final "." and appends "/."', () => {
    const text = congVan(CV_END, 'để được hướng dẫn.');
    const [f] = expectRule(text, 'ND30-DOC-04', [[24, 98, 24, 99]]);
    assert.equal(f.severity, 'warning');
    fixAndRecheck(text, 'ND30-DOC-04', 'để được hướng dẫn./.\n');
  });
  it('appends "./." to a line without final punctuation', () => {
    const text = congVan(CV_END, 'để được hướng dẫn');
    expectRule(text, 'ND30-DOC-04', [[24, 97, 24, 98]]);
    fixAndRecheck(text, 'ND30-DOC-04', 'để được hướng dẫn./.\n');
  });
  it('replaces ";" and malformed end marks', () => {
    for (const end of ['để được hướng dẫn;', 'để được hướng dẫn/.', 'để được hướng dẫn. /.', 'để được hướng dẫn./']) {
      fixAndRecheck(congVan(CV_END, end), 'ND30-DOC-04', 'để được hướng dẫn./.\n');
    }
  });
  it('works on the last article of a quyết định in bold markup', () => {
    const text = quyetDinh('thi hành Quyết định này./.', 'thi hành Quyết định này.');
    expectRule(text, 'ND30-DOC-04', [[32, 184, 32, 185]]);
    fixAndRecheck(text, 'ND30-DOC-04', 'thi hành Quyết định này./.\n');
  });
  it('"…thực hiện." → "…thực hiện./."', () => {
    const text = fixture('valid/types-ke-hoach.md').replace('Kế hoạch này./.', 'Kế hoạch này thực hiện.');
    fixAndRecheck(text, 'ND30-DOC-04', 'Kế hoạch này thực hiện./.');
  });
});

describe('ND30-DOC-05 placeholders "chưa điền"', () => {
  it('accepts the valid fixtures', () => {
    for (const f of VALID) expectClean(fixture(f), 'ND30-DOC-05');
  });
  it('reports a blank number as information', () => {
    const [f] = expectRule(congVan('Số: 05/SNV-VP', 'Số:      /SNV-VP'), 'ND30-DOC-05', [[3, 3, 3, 9]]);
    assert.equal(f.severity, 'information');
    assert.match(f.message, /Chưa điền số/);
  });
  it('reports each placeholder run of the date and nothing from DD-01/02', () => {
    const text = congVan('Lai Châu, ngày 05 tháng 3 năm 2026', '…, ngày … tháng … năm …');
    expectRule(text, 'ND30-DOC-05', [
      [10, 1, 10, 2],
      [10, 9, 10, 10],
      [10, 17, 10, 18],
      [10, 23, 10, 24],
    ]);
    expectClean(text, 'ND30-DD-01');
    expectClean(text, 'ND30-DD-02');
  });
  it('reports the blanks of one date ("…/…/…") as one finding (published: "in giá trị sử dụng thẻ từ ngày …/…/…")', () => {
    const text = congVan('trước ngày 20 tháng 3 năm 2026', 'từ ngày …/…/… đến ngày …/…/2026');
    const fs = expectRule(text, 'ND30-DOC-05', [
      [20, 75, 20, 80],
      [20, 90, 20, 93],
    ]);
    assert.match(fs[0].message, /Chưa điền: "…\/…\/…"/);
    assert.match(fs[1].message, /Chưa điền: "…\/…"/);
  });
  it('reports a blank day and month', () => {
    expectRule(congVan('ngày 05 tháng 3', 'ngày      tháng    '), 'ND30-DOC-05', [
      [10, 15, 10, 21],
      [10, 26, 10, 31],
    ]);
  });
  it('reports "....", "___", "???" and "[CẦN BỔ SUNG: …]" with exact ranges', () => {
    expectRule(congVan('- Lưu: VT, VP.', '- Lưu: VT, ....'), 'ND30-DOC-05', [[29, 11, 29, 15]]);
    expectRule(congVan('- Các sở, ban, ngành tỉnh;', '- Các sở, ban, ngành tỉnh ___;'), 'ND30-DOC-05', [[15, 26, 15, 29]]);
    expectRule(congVan('Sở Nội vụ đề nghị', 'Sở Nội vụ ??? đề nghị'), 'ND30-DOC-05', [[18, 121, 18, 124]]);
    const [f] = expectRule(congVan('- Các sở, ban, ngành tỉnh;', '- [CẦN BỔ SUNG: đơn vị nhận];'), 'ND30-DOC-05', [[15, 2, 15, 28]]);
    assert.match(f.message, /CẦN BỔ SUNG/);
  });
  it('does not take a written ellipsis or "./." for a placeholder', () => {
    expectClean(congVan('- Các sở, ban, ngành tỉnh;', '- Các sở, ban, ngành…;'), 'ND30-DOC-05');
    expectClean(congVan('đề nghị liên hệ', 'đề nghị (v.v...) liên hệ'), 'ND30-DOC-05');
  });
  it('keeps the "./." of a template last line out of the run', () => {
    expectRule(congVan(CV_END, 'để được hướng dẫn ………/.'), 'ND30-DOC-05', [[24, 99, 24, 102]]);
  });
});

describe('error fixtures (letters/dd-*.md)', () => {
  it('dd-ngay-thang.md: place, comma, leading zeros, "Tháng"', () => {
    const fs = lint(fixture('letters/dd-ngay-thang.md')).filter((f) => /^ND30-DD/.test(f.ruleId));
    assert.deepEqual(
      fs.map((f) => f.ruleId),
      ['ND30-DD-03', 'ND30-DD-01', 'ND30-DD-02', 'ND30-DD-01', 'ND30-DD-02'],
    );
  });
  it('dd-ngay-so.md: "TP.HCM, 05/06/2026" in a header table', () => {
    const fs = lint(fixture('letters/dd-ngay-so.md')).filter((f) => /^ND30-DD/.test(f.ruleId));
    assert.deepEqual(
      fs.map((f) => f.ruleId),
      ['ND30-DD-03', 'ND30-DD-01'],
    );
    assert.match(fs[1].message, /"ngày 05 tháng 6 năm 2026"/);
  });
});

describe('ND30-DOC-02 and a document issued with a decision, in its own file (Mẫu 1.3)', () => {
  const ATTACHED = [
    '| BỘ NỘI VỤ<br>**VĂN PHÒNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |',
    '|:---:|:---:|',
    '',
    '**QUY CHẾ**',
    '',
    '**Quản lý và sử dụng xe ô tô công của Văn phòng**',
    '',
    '*(Kèm theo Quyết định số 215/QĐ-VP ngày 10 tháng 3 năm 2026 của Chánh Văn phòng Bộ Nội vụ)*',
    '',
    '**Điều 1. Phạm vi điều chỉnh**',
    '',
    'Quy chế này quy định việc quản lý, sử dụng xe ô tô công của Văn phòng Bộ./.',
    '',
  ].join('\n');
  it('asks for no Số, date, signer or Nơi nhận', () => {
    expectClean(ATTACHED, 'ND30-DOC-02');
  });
  it('without the "(Kèm theo …)" line it is a document of its own and needs them', () => {
    const text = ATTACHED.replace(/\*\(Kèm theo[^\n]*\n/u, '');
    const msgs = lint(text).filter((x) => x.ruleId === 'ND30-DOC-02').map((x) => x.message);
    assert.ok(msgs.some((m) => /số, ký hiệu/.test(m)), msgs.join('\n'));
    assert.ok(msgs.some((m) => /nơi nhận/.test(m)), msgs.join('\n'));
  });
});

describe('ND30-DOC-02 and a list attached after the footer ("DANH SÁCH … (Kèm theo …)")', () => {
  // Regression (false alarm): a QĐ followed by its attached list, whose heading
  // is not one of the 29 types, was read as having no signer.
  const LIST = [
    '',
    '**DANH SÁCH**',
    '',
    '**THÀNH VIÊN TỔ CÔNG TÁC**',
    '',
    '*(Kèm theo Quyết định số 15/QĐ-UBND ngày 09 tháng 02 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh)*',
    '',
    '| TT | Họ và tên | Chức vụ |',
    '|:---:|:---|:---|',
    '| 1 | Ông Trần Văn Bình | Tổ trưởng |',
    '',
  ].join('\n');
  it('finds the signer of the decision (table and sequential footer)', () => {
    expectClean(quyetDinh() + LIST, 'ND30-DOC-02');
    const seq = quyetDinh().replace(/\| \*\*\*Nơi nhận[\s\S]*$/u, '***Nơi nhận:***\n- Như Điều 3;\n- Lưu: VT, NC.\n\n**CHỦ TỊCH**\n\n**Trần Văn Minh**\n');
    expectClean(seq + LIST, 'ND30-DOC-02');
    expectClean(fixture('corpus/valid/quyet-dinh-5.md'), 'ND30-DOC-02');
  });
  it('still reports a decision that has no signer before its list', () => {
    const seq = quyetDinh().replace(/\| \*\*\*Nơi nhận[\s\S]*$/u, '***Nơi nhận:***\n- Như Điều 3;\n- Lưu: VT, NC.\n');
    const msgs = lint(seq + LIST).filter((x) => x.ruleId === 'ND30-DOC-02').map((x) => x.message);
    assert.ok(msgs.some((m) => /người có thẩm quyền/.test(m)), msgs.join('\n'));
  });
});

describe('ND30-DOC-02 two-party documents', () => {
  it('does not ask a hợp đồng for Nơi nhận', () => {
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    const { join } = require('node:path') as typeof import('node:path');
    const { FIXTURES, lint } = require('../helpers') as typeof import('../helpers');
    const text = readFileSync(join(FIXTURES, 'corpus', 'valid', 'hop-dong-1.md'), 'utf8');
    const withoutNN = text.replace(/\n[^\n]*Nơi nhận[\s\S]*$/u, '\n');
    const doc02 = lint(withoutNN).filter((f) => f.ruleId === 'ND30-DOC-02');
    if (doc02.some((f) => /nơi nhận/i.test(f.message))) throw new Error(doc02.map((f) => f.message).join('\n'));
  });
});

describe('thư công titled by its purpose (found by corpus/valid2)', () => {
  // Điều 7 lists the thư công; Phụ lục III has no template: "THƯ CHÚC MỪNG",
  // "THƯ KHEN" are its title (catalogue §11.1: never flag a thư công's title).
  const thu = (title: string, ty = '**Nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20-11**\n\n') =>
    congVan('V/v hướng dẫn triển khai chữ ký số năm 2026\n\n', '').replace('Kính gửi:', `**${title}**\n\n${ty}Kính gửi:`);
  it('is neither an invented type nor missing a tên loại or trích yếu', () => {
    for (const title of ['THƯ CHÚC MỪNG', 'THƯ KHEN', 'THƯ CẢM ƠN']) {
      const fs = lint(thu(title)).filter((f) => f.ruleId === 'ND30-DOC-03' || f.ruleId === 'ND30-DOC-02');
      assert.deepEqual(fs.map((f) => f.message), [], title);
    }
    const fs = lint(thu('THƯ CHÚC MỪNG', '')).filter((f) => f.ruleId === 'ND30-DOC-02');
    assert.deepEqual(fs.map((f) => f.message), []);
  });
  it('still warns on a title that is no type ("THƯ MỜI" is a giấy mời)', () => {
    expectRule(thu('THƯ MỜI'), 'ND30-DOC-03', [[10, 2, 10, 9]]);
  });
  it('still checks the title case', () => {
    expectRule(thu('Thư chúc mừng'), 'ND30-TL-01', [[10, 2, 10, 15]]);
  });
});

describe('ND30-DOC-02 copy block laid out line by line (found by corpus/valid2)', () => {
  it('finds the signer of the copied document above the copier\'s agency and Số line', () => {
    const text = congVan() + '\n---\n\nUBND TỈNH LAI CHÂU\n**SỞ NỘI VỤ**\n\nSố: 05/SL-SNV\n\n**SAO LỤC**\n\n*Lai Châu, ngày 12 tháng 3 năm 2026*\n\n***Nơi nhận:***\n- Phòng Tổ chức;\n- Lưu: VT.\n\n**GIÁM ĐỐC**\n\n**Nguyễn Văn An**\n';
    expectClean(text, 'ND30-DOC-02');
  });
});

describe('a file saved with a byte-order mark (Notepad, some Windows editors)', () => {
  // micromark drops a leading BOM, so its offsets were one character short:
  // every "**…**" / "*…*" range landed early, bold and italic were lost, the
  // signer block and "Nơi nhận:" were not found and ND30-DOC-02 reported them missing.
  const typed = fixture('corpus/typed/thong-bao-ket-luan.md');
  it('reads a correct letter with a BOM like the same letter without it', () => {
    const fs = lint('\ufeff' + typed);
    expectClean('\ufeff' + typed, 'ND30-DOC-02');
    assert.deepEqual(fs.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.ruleId), []);
  });
  it('reports real errors of a BOM file at exact ranges', () => {
    const bad = '\ufeff' + typed.replace('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Cộng hòa xã hội chủ nghĩa Việt Nam').replace('- Lưu: VT, VP.', '* Lưu: VT, VP.');
    expectRule(bad, 'ND30-QH-01', [[0, 1, 0, 35]]);
    expectRule(bad, 'ND30-NN-03', [[40, 0, 40, 6]]);
    expectClean(bad, 'ND30-DOC-02');
  });
});
