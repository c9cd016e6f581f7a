import { strict as assert } from 'node:assert';
import { applyFix, congVan, expectClean, expectRule, fixture, lint, fixRemovesOnly, example } from '../helpers';

const ONE = (kg: string) => congVan('Kính gửi:\n\n- Văn phòng Ủy ban nhân dân tỉnh;\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.', kg);

describe('ND30-KG-01 "Kính gửi:"', () => {
  it('accepts the fixtures and the example letter', () => {
    expectClean(congVan(), 'ND30-KG-01');
    expectClean(fixture('valid/footer-to-trinh.md'), 'ND30-KG-01');
    expectClean(example(), 'ND30-KG-01');
  });
  it('flags "Kính gởi:" and fixes it', () => {
    const text = ONE('Kính gởi: Sở Tài chính');
    const [f] = expectRule(text, 'ND30-KG-01', [[12, 0, 12, 9]]);
    assert.match(f.message, /Kính gửi:/);
    assert.ok(fixRemovesOnly(text, f).includes('\nKính gửi: Sở Tài chính\n'));
  });
  it('flags a missing colon and inserts it', () => {
    const text = ONE('Kính gửi Sở Tài chính');
    const [f] = expectRule(text, 'ND30-KG-01', [[12, 0, 12, 8]]);
    assert.ok(fixRemovesOnly(text, f).includes('\nKính gửi: Sở Tài chính\n'));
  });
  it('flags "Kính gửi :" and "KÍNH GỬI:", keeping the bold markup', () => {
    let text = ONE('Kính gửi : Sở Tài chính');
    let [f] = expectRule(text, 'ND30-KG-01', [[12, 0, 12, 10]]);
    assert.ok(fixRemovesOnly(text, f).includes('\nKính gửi: Sở Tài chính\n'));
    text = ONE('**KÍNH GỬI:** Sở Tài chính');
    [f] = expectRule(text, 'ND30-KG-01', [[12, 2, 12, 11]]);
    assert.ok(fixRemovesOnly(text, f).includes('\n**Kính gửi:** Sở Tài chính\n'));
  });
  it('is in English with lang en', () => {
    const f = lint(ONE('Kính gửi Sở Tài chính'), { lang: 'en' }).find((x) => x.ruleId === 'ND30-KG-01')!;
    assert.match(f.message, /followed by a colon/);
  });
});

describe('ND30-KG-02 one recipient on the same line', () => {
  it('accepts "Kính gửi: X" and a list of several', () => {
    expectClean(congVan(), 'ND30-KG-02');
    expectClean(ONE('Kính gửi: Sở Tài chính'), 'ND30-KG-02');
    expectClean(fixture('valid/footer-to-trinh.md'), 'ND30-KG-02');
  });
  it('flags a single "- X." item under "Kính gửi:" and joins it', () => {
    const text = fixture('letters/kg-mot-noi-xuong-dong.md');
    const [f] = expectRule(text, 'ND30-KG-02', [[14, 0, 14, 15]]);
    const out = fixRemovesOnly(text, f);
    assert.ok(out.includes('\n**Kính gửi:** Sở Tài chính\n'), out);
    assert.ok(!out.includes('- Sở Tài chính.'));
  });
  it('flags a single recipient on the next line without a dash', () => {
    const text = ONE('Kính gửi:\nSở Tài chính');
    const [f] = expectRule(text, 'ND30-KG-02', [[13, 0, 13, 12]]);
    assert.ok(fixRemovesOnly(text, f).includes('\nKính gửi: Sở Tài chính\n'));
  });
  it('joins a single item inside a table cell', () => {
    const text = ONE('| Kính gửi:<br>- Sở Tài chính. |\n|:---|');
    const [f] = expectRule(text, 'ND30-KG-02', [[12, 15, 12, 30]]);
    assert.ok(fixRemovesOnly(text, f).includes('| Kính gửi: Sở Tài chính |'));
  });
});

describe('ND30-KG-03 several recipients', () => {
  it('accepts the correct list, with or without blank lines, and a wrapped item', () => {
    expectClean(congVan(), 'ND30-KG-03');
    expectClean(fixture('valid/footer-cong-van-tl-kt.md'), 'ND30-KG-03');
    expectClean(ONE('Kính gửi:\n- Bộ Nội vụ;\n- Ủy ban nhân dân các tỉnh,\n  thành phố trực thuộc trung ương;\n- Bộ Tài chính.'), 'ND30-KG-03');
  });
  it('flags a wrong bullet and a last item ending ";"', () => {
    const text = fixture('letters/kg-nhieu-noi-sai.md');
    const fs = expectRule(text, 'ND30-KG-03', [
      [13, 0, 13, 2],
      [15, 13, 15, 14],
    ]);
    let out = fixRemovesOnly(text, fs[0]);
    assert.ok(out.includes('\n- Sở Tài chính;\n'));
    out = fixRemovesOnly(text, fs[1]);
    assert.ok(out.includes('\n- Sở Xây dựng.\n'));
  });
  it('flags a middle item ending "." and fixes it to ";"', () => {
    const text = ONE('Kính gửi:\n- Bộ Nội vụ.\n- Bộ Tài chính.');
    const [f] = expectRule(text, 'ND30-KG-03', [[13, 11, 13, 12]]);
    assert.ok(fixRemovesOnly(text, f).includes('- Bộ Nội vụ;\n- Bộ Tài chính.'));
  });
  it('flags items without dashes and adds them', () => {
    const text = ONE('Kính gửi:\nBộ Nội vụ;\nBộ Tài chính.');
    const fs = expectRule(text, 'ND30-KG-03', [
      [13, 0, 13, 10],
      [14, 0, 14, 13],
    ]);
    assert.ok(fixRemovesOnly(text, fs[0]).includes('\n- Bộ Nội vụ;\nBộ Tài chính.'));
  });
  it('flags recipients joined by ";" on the label line and splits them', () => {
    const text = ONE('Kính gửi: Bộ Nội vụ; Bộ Tài chính.');
    const [f] = expectRule(text, 'ND30-KG-03', [[12, 10, 12, 34]]);
    assert.ok(fixRemovesOnly(text, f).includes('\nKính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính.\n'));
  });
  it('flags a recipient on the label line above a list', () => {
    const text = ONE('Kính gửi: Bộ Nội vụ;\n- Bộ Tài chính.');
    const [f] = expectRule(text, 'ND30-KG-03', [[12, 10, 12, 20]]);
    assert.ok(fixRemovesOnly(text, f).includes('\nKính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính.'));
  });
});

describe('ND30-KG-04 Title Case recipients', () => {
  it('accepts normal names, personal names and short Title Case', () => {
    expectClean(congVan(), 'ND30-KG-04');
    expectClean(ONE('Kính gửi: Ông Nguyễn Thị Minh Khai'), 'ND30-KG-04');
    expectClean(ONE('Kính gửi: Sở Nội Vụ'), 'ND30-KG-04');
    expectClean(ONE('Kính gửi: Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'), 'ND30-KG-04');
  });
  it('warns on "Uỷ Ban Nhân Dân Các Xã"', () => {
    const [f] = expectRule(fixture('letters/kg-nhieu-noi-sai.md'), 'ND30-KG-04', [[14, 2, 14, 24]]);
    assert.equal(f.severity, 'warning');
    assert.equal(f.fix, undefined);
    expectRule(ONE('Kính gửi: Ủy Ban Nhân Dân Tỉnh Lai Châu'), 'ND30-KG-04', [[12, 10, 12, 39]]);
  });
});

describe('ND30-KG-05 "Như trên" when Kính gửi is used', () => {
  it('accepts the fixtures', () => {
    expectClean(congVan(), 'ND30-KG-05');
    expectClean(fixture('valid/footer-to-trinh.md'), 'ND30-KG-05');
  });
  it('warns when Nơi nhận repeats the recipients without "Như trên", and inserts it', () => {
    const text = fixture('letters/kg-nhieu-noi-sai.md');
    const [f] = expectRule(text, 'ND30-KG-05', [[19, 3, 19, 12]]);
    assert.equal(f.severity, 'error');
    assert.ok(fixRemovesOnly(text, f).includes('***Nơi nhận:***\n- Như trên;\n- Sở Tài chính;'));
  });
  it('inserts it in a table cell', () => {
    const text = fixture('valid/footer-to-trinh.md').replace('<br>- Như trên;', '');
    const [f] = expectRule(text, 'ND30-KG-05', [[18, 5, 18, 14]]);
    assert.ok(fixRemovesOnly(text, f).includes('| ***Nơi nhận:***<br>- Như trên;<br>- Sở Tài chính;'));
  });
  it('is silent without Kính gửi', () => {
    expectClean(fixture('valid/footer-bien-ban.md'), 'ND30-KG-05');
  });
});

describe('ND30-KG missed errors found by the error corpus', () => {
  const LIST = 'Kính gửi:\n\n- Văn phòng Ủy ban nhân dân tỉnh;\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.';
  it('KG-03: several bodies joined by commas on the "Kính gửi:" line', () => {
    const text = congVan(LIST, 'Kính gửi: Sở Tài chính, Kho bạc Nhà nước khu vực VIII, Công an tỉnh.');
    const [f] = expectRule(text, 'ND30-KG-03', [[12, 10, 12, 68]]);
    const fixed = applyFix(text, f);
    assert.ok(fixed.includes('Kính gửi:\n- Sở Tài chính;\n- Kho bạc Nhà nước khu vực VIII;\n- Công an tỉnh.'), fixed);
    expectClean(fixed, 'ND30-KG-03');
  });
  it('KG-03: one recipient with a comma stays whole', () => {
    expectClean(congVan(LIST, 'Kính gửi: Ủy ban nhân dân các xã, phường'), 'ND30-KG-03');
    expectClean(congVan(LIST, 'Kính gửi: Ông Nguyễn Văn Bình, Giám đốc Công ty Cổ phần Xây dựng số 1'), 'ND30-KG-03');
    expectClean(congVan(LIST, 'Kính gửi: Sở Văn hóa, Thể thao và Du lịch'), 'ND30-KG-03');
  });
  it('KG-04 and VH-10: a Title-Case recipient is one finding (KG-04), not two', () => {
    const text = congVan('- Ủy ban nhân dân các xã, phường.', '- Ủy Ban Nhân Dân Các Xã, Phường.');
    expectRule(text, 'ND30-KG-04', [[16, 2, 16, 24]]);
    expectClean(text, 'ND30-VH-10');
  });
});

describe('ND30-KG-03 recipients of a công điện (Mẫu 1.6, issue 9 class 5)', () => {
  const dien = fixture('reader/valid/cong-dien.md');
  it('accepts the correct list', () => {
    expectClean(dien, 'ND30-KG-03');
  });
  it('reports an item without ";" and a last item without ".", and fixes them', () => {
    const text = dien
      .replace('- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển;', '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển')
      .replace('Nông nghiệp và Môi trường.', 'Nông nghiệp và Môi trường;');
    const fs = lint(text).filter((f) => f.ruleId === 'ND30-KG-03');
    assert.equal(fs.length, 2, JSON.stringify(fs.map((f) => f.message)));
    assert.ok(fs.every((f) => /công điện/.test(f.message)), fs.map((f) => f.message).join('\n'));
    const out = applyFix(applyFix(text, fs[0]), lint(applyFix(text, fs[0])).find((x) => x.ruleId === 'ND30-KG-03')!);
    expectClean(out, 'ND30-KG-03');
    assert.ok(out.includes('thành phố ven biển;') && out.includes('Nông nghiệp và Môi trường.'));
  });
});
