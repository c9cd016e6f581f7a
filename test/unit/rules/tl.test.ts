import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/engine';
import { applyFix, congVan, example, expectClean, expectRule, fixture, lint, quyetDinh, TODAY } from '../helpers';

// quyet-dinh.md: line 4 "**QUYẾT ĐỊNH**", line 6 "**Về việc thành lập …**" (text from character 2).
// cong-van.md: line 5 "V/v hướng dẫn triển khai chữ ký số năm 2026".
const QD_TY = 'Về việc thành lập Tổ công tác triển khai Đề án 06 năm 2026';
const CV_TY = 'V/v hướng dẫn triển khai chữ ký số năm 2026';

function fixAndRecheck(text: string, ruleId: string, expected: string, index = 0): string {
  const f = lint(text).filter((x) => x.ruleId === ruleId)[index];
  assert.ok(f, `${ruleId} not reported`);
  const out = applyFix(text, f);
  assert.ok(out.includes(expected), `fix gave:\n${out}`);
  return out;
}

const TYPES = ['types-to-trinh', 'types-ke-hoach', 'types-giay-moi', 'types-giay-gioi-thieu', 'types-bien-ban', 'types-thong-bao'];

describe('document types of Mẫu 1.1–1.10 in several layouts', () => {
  const expected: Record<string, { type: string; trichYeu: string[]; date: boolean }> = {
    'types-to-trinh': { type: 'to_trinh', trichYeu: ['Về việc đề nghị phê duyệt Đề án chuyển đổi số tỉnh Lai Châu giai đoạn 2026 - 2030'], date: true },
    'types-ke-hoach': { type: 'ke_hoach', trichYeu: ['Triển khai công tác văn thư, lưu trữ năm 2026'], date: true },
    'types-giay-moi': { type: 'giay_moi', trichYeu: ['Dự hội nghị tập huấn công tác văn thư năm 2026'], date: true },
    'types-giay-gioi-thieu': { type: 'giay_gioi_thieu', trichYeu: [], date: true },
    'types-bien-ban': { type: 'bien_ban', trichYeu: ['Họp giao ban công tác tháng 10 năm 2026'], date: false },
    'types-thong-bao': { type: 'thong_bao', trichYeu: ['Kết luận của Giám đốc Sở tại cuộc họp giao ban tháng 9 năm 2026'], date: true },
  };
  for (const name of TYPES) {
    it(`${name}: read correctly and no error or warning from any rule`, () => {
      const a = analyze(fixture(`valid/${name}.md`), { today: TODAY });
      const e = expected[name];
      assert.equal(a.model.type?.key, e.type);
      assert.ok(a.model.title, 'title found');
      assert.deepEqual(
        a.model.trichYeu.map((l) => l.text),
        e.trichYeu,
      );
      assert.equal(!!a.model.date, e.date);
      assert.ok(a.model.signers.length > 0 && a.model.noiNhan, 'footer found');
      const bad = a.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(
        bad.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId} ${f.message}`),
        [],
      );
      assert.deepEqual(a.internalErrors, []);
    });
  }
  it('the valid công văn and quyết định have no TL finding', () => {
    for (const text of [congVan(), quyetDinh(), fixture('valid/body-quy-che.md')]) {
      for (const id of ['ND30-TL-01', 'ND30-TL-02', 'ND30-TL-03', 'ND30-TL-04', 'ND30-TL-05', 'ND30-TL-07', 'ND30-TL-08']) expectClean(text, id);
    }
  });
});

describe('ND30-TL-01 tên loại in capitals, no colon', () => {
  it('flags a title line in sentence case and upper-cases it', () => {
    const text = quyetDinh('**QUYẾT ĐỊNH**', '**Quyết định**');
    const [f] = expectRule(text, 'ND30-TL-01', [[4, 2, 4, 12]]);
    assert.equal(f.severity, 'error');
    assert.match(f.message, /"Quyết định" → "QUYẾT ĐỊNH"/);
    const out = fixAndRecheck(text, 'ND30-TL-01', '**QUYẾT ĐỊNH**');
    expectClean(out, 'ND30-TL-01');
  });
  it('flags a colon on the title line and removes it', () => {
    const text = quyetDinh('**QUYẾT ĐỊNH**', '**QUYẾT ĐỊNH:**');
    expectRule(text, 'ND30-TL-01', [[4, 12, 4, 13]]);
    expectClean(fixAndRecheck(text, 'ND30-TL-01', '**QUYẾT ĐỊNH**\n'), 'ND30-TL-01');
  });
  it('does not confuse the enacting line "QUYẾT ĐỊNH:" with the title', () => {
    expectClean(quyetDinh(), 'ND30-TL-01');
  });
});

describe('ND30-TL-02 trích yếu in lower case', () => {
  // Issue 13: TL-02 is fixable: false (lower-casing cannot know the proper
  // nouns): it suggests the sentence case in its message and offers no fix.
  it('flags an all-caps trích yếu (error) with a sentence-case fix keeping acronyms', () => {
    const text = quyetDinh(QD_TY, 'BAN HÀNH QUY CHẾ LÀM VIỆC CỦA UBND TỈNH');
    const [f] = expectRule(text, 'ND30-TL-02', [[6, 2, 6, 41]]);
    assert.equal(f.severity, 'error');
    const out = fixAndRecheck(text, 'ND30-TL-02', '**Ban hành quy chế làm việc của UBND tỉnh**');
    expectClean(out, 'ND30-TL-02');
    expectClean(out, 'ND30-DOC-02');
  });
  it('reads an all-caps trích yếu over two lines (not as the authority line)', () => {
    const text = quyetDinh(`**${QD_TY}**`, '**VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC**\n**TRIỂN KHAI ĐỀ ÁN 06 NĂM 2026**');
    // One finding for the whole trích yếu over its two lines (issue 9, published letters).
    expectRule(text, 'ND30-TL-02', [[6, 2, 7, 30]]);
    const a = analyze(text, { today: TODAY });
    assert.deepEqual(
      a.model.authority.map((l) => l.text),
      ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU'],
    );
  });
  it('flags an all-caps công văn trích yếu after "V/v" and keeps "V/v"', () => {
    const text = congVan(CV_TY, 'V/v HƯỚNG DẪN TRIỂN KHAI CHỮ KÝ SỐ NĂM 2026');
    expectRule(text, 'ND30-TL-02', [[5, 4, 5, 43]]);
    expectClean(fixAndRecheck(text, 'ND30-TL-02', `\n${CV_TY}\n`), 'ND30-TL-02');
  });
  it('warns on Title Case (4 words or more), without a fix', () => {
    const text = quyetDinh(QD_TY, 'Về Việc Thành Lập Tổ Công Tác Triển Khai Đề Án 06 Năm 2026');
    const [f] = expectRule(text, 'ND30-TL-02', [[6, 2, 6, 60]]);
    assert.equal(f.severity, 'warning');
    assert.equal(f.fixable, false);
  });
  it('leaves proper nouns and short titles alone', () => {
    expectClean(quyetDinh(QD_TY, 'Về việc khen thưởng Ủy ban nhân dân tỉnh Lai Châu'), 'ND30-TL-02');
    expectClean(congVan(CV_TY, 'V/v Kế Hoạch 40'), 'ND30-TL-02');
    expectClean(congVan(CV_TY, 'V/v triển khai CCHC, TTHC năm 2026'), 'ND30-TL-02');
  });
});

describe('ND30-TL-03 opening of a quyết định trích yếu (information)', () => {
  it('gives a hint for "Thành lập …", not an error', () => {
    const [f] = expectRule(quyetDinh(QD_TY, 'Thành lập Tổ công tác triển khai Đề án 06 năm 2026'), 'ND30-TL-03', [[6, 2, 6, 7]]);
    assert.equal(f.severity, 'information');
  });
  it('accepts Về việc, Ban hành, Phê duyệt and other types', () => {
    expectClean(quyetDinh(QD_TY, 'Ban hành Quy chế làm việc'), 'ND30-TL-03');
    expectClean(quyetDinh(QD_TY, 'Phê duyệt Đề án 06'), 'ND30-TL-03');
    expectClean(fixture('valid/types-ke-hoach.md'), 'ND30-TL-03');
  });
});

describe('ND30-TL-04 công văn: "V/v"', () => {
  it('accepts "V/v "', () => expectClean(congVan(), 'ND30-TL-04'));
  it('flags "V/V" and "v/v" as errors ("V / v" as a warning), fixed to "V/v"', () => {
    for (const [p, sev] of [
      ['V/V', 'error'],
      ['v/v', 'error'],
      ['V / v', 'warning'],
    ]) {
      const text = congVan(CV_TY, CV_TY.replace('V/v', p));
      const [f] = expectRule(text, 'ND30-TL-04', [[5, 0, 5, p.length]]);
      assert.equal(f.severity, sev);
      expectClean(fixAndRecheck(text, 'ND30-TL-04', `\n${CV_TY}\n`), 'ND30-TL-04');
    }
  });
  it('warns on "V/v:" and "Về việc", fixed to "V/v"', () => {
    for (const p of ['V/v:', 'Về việc', 'Về việc:']) {
      const text = congVan(CV_TY, CV_TY.replace('V/v', p));
      const [f] = expectRule(text, 'ND30-TL-04', [[5, 0, 5, p.length]]);
      assert.equal(f.severity, 'warning');
      expectClean(fixAndRecheck(text, 'ND30-TL-04', `\n${CV_TY}\n`), 'ND30-TL-04');
    }
  });
  it('reports "Về việc" on line 7 of the example letter as a warning', () => {
    const text = example();
    const [f] = expectRule(text, 'ND30-TL-04', [[6, 0, 6, 7]]);
    assert.equal(f.severity, 'warning');
    const out = applyFix(text, f);
    assert.ok(out.includes('\nV/v chấn chỉnh, khắc phục'));
    expectClean(out, 'ND30-TL-04');
  });
  it('does not apply to a typed document', () => {
    expectClean(quyetDinh(QD_TY, 'V/v thành lập Tổ công tác'), 'ND30-TL-04');
  });
});

describe('ND30-TL-05 "V/v" in a typed document', () => {
  it('warns and fixes "V/v" → "Về việc"', () => {
    const text = quyetDinh(QD_TY, 'V/v thành lập Tổ công tác triển khai Đề án 06 năm 2026');
    const [f] = expectRule(text, 'ND30-TL-05', [[6, 2, 6, 5]]);
    assert.equal(f.severity, 'warning');
    const out = fixAndRecheck(text, 'ND30-TL-05', `**${QD_TY}**`);
    expectClean(out, 'ND30-TL-05');
    expectClean(out, 'ND30-TL-03');
  });
  it('works in a tờ trình', () => {
    const text = fixture('valid/types-to-trinh.md').replace('**Về việc đề nghị', '**V/v: đề nghị');
    expectRule(text, 'ND30-TL-05', [[6, 2, 6, 6]]);
    fixAndRecheck(text, 'ND30-TL-05', '**Về việc đề nghị phê duyệt');
  });
  it('does not apply to a công văn', () => expectClean(congVan(), 'ND30-TL-05'));
});

describe('ND30-TL-07 giấy giới thiệu has no trích yếu', () => {
  const GGT = fixture('valid/types-giay-gioi-thieu.md');
  it('accepts the template body ("trân trọng giới thiệu", "Về việc: …")', () => expectClean(GGT, 'ND30-TL-07'));
  it('warns on a bold trích yếu under the title', () => {
    const text = GGT.replace('**GIẤY GIỚI THIỆU**\n', '**GIẤY GIỚI THIỆU**\n\n**Về việc giao nộp hồ sơ lưu trữ năm 2026**\n');
    const [f] = expectRule(text, 'ND30-TL-07', [[6, 2, 6, 41]]);
    assert.equal(f.severity, 'warning');
  });
  it('warns on a "V/v" line under the title', () => {
    expectRule(GGT.replace('**GIẤY GIỚI THIỆU**\n', '**GIẤY GIỚI THIỆU**\n\nV/v giao nộp hồ sơ lưu trữ\n'), 'ND30-TL-07', [[6, 0, 6, 26]]);
  });
});

describe('ND30-TL-08 "(Kèm theo Quyết định số …)" of an attached document', () => {
  const QC = fixture('valid/body-quy-che.md');
  const KT = '*(Kèm theo Quyết định số 120/QĐ-UBND ngày 16 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh Lai Châu)*';
  it('accepts the Mẫu 1.3 form', () => expectClean(QC, 'ND30-TL-08'));
  it('flags missing parentheses and a numeric date, with fixes', () => {
    const text = QC.replace(KT, '*Kèm theo Quyết định số 120/QĐ-UBND ngày 16/3/2026 của Ủy ban nhân dân tỉnh Lai Châu*');
    expectRule(text, 'ND30-TL-08', [
      [36, 1, 36, 84],
      [36, 36, 36, 50],
    ]);
    let out = fixAndRecheck(text, 'ND30-TL-08', '*(Kèm theo Quyết định số 120/QĐ-UBND ngày 16/3/2026 của Ủy ban nhân dân tỉnh Lai Châu)*');
    out = fixAndRecheck(out, 'ND30-TL-08', KT);
    expectClean(out, 'ND30-TL-08');
  });
  it('flags a lower-case "kèm theo"', () => {
    const text = QC.replace('*(Kèm theo', '*(kèm theo');
    expectRule(text, 'ND30-TL-08', [[36, 2, 36, 10]]);
    expectClean(fixAndRecheck(text, 'ND30-TL-08', KT), 'ND30-TL-08');
  });
});

describe('error fixtures (letters/tl-*.md)', () => {
  it('tl-trich-yeu.md: title case and colon, V/V, capitals', () => {
    const fs = lint(fixture('letters/tl-trich-yeu.md'));
    assert.deepEqual(
      fs.filter((f) => /^ND30-TL/.test(f.ruleId)).map((f) => f.ruleId),
      ['ND30-TL-01', 'ND30-TL-01', 'ND30-TL-05', 'ND30-TL-02'],
    );
  });
  it('tl-cong-van.md: "v/v:" and Title Case in an OCR-like công văn', () => {
    const fs = lint(fixture('letters/tl-cong-van.md'));
    assert.deepEqual(
      fs.filter((f) => /^ND30-(TL|DOC-04)/.test(f.ruleId)).map((f) => `${f.ruleId} ${f.severity}`),
      ['ND30-TL-04 error', 'ND30-TL-02 warning', 'ND30-DOC-04 warning'],
    );
  });
});
