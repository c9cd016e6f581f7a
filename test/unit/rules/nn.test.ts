import { strict as assert } from 'node:assert';
import { applyFix, congVan, expectClean, expectRule, fixture, lint, quyetDinh, example, fixRemovesOnly } from '../helpers';

const NN = '***Nơi nhận:***\n- Như trên;\n- Giám đốc Sở (để báo cáo);\n- Lưu: VT, VP.';
/** The công văn fixture with another Nơi nhận block (label on line 26). */
const nn = (block: string) => congVan(NN, block);

describe('footer fixtures: no error or warning from any rule', () => {
  for (const f of ['valid/footer-to-trinh.md', 'valid/footer-cong-van-tl-kt.md', 'valid/footer-bien-ban.md', 'valid/cong-van.md', 'valid/quyet-dinh.md']) {
    it(f, () => {
      const bad = lint(fixture(f)).filter((x) => x.severity === 'error' || x.severity === 'warning');
      assert.deepEqual(bad.map((x) => `${x.ruleId} ${x.message}`), []);
    });
  }
  it('reads the footer of every layout', () => {
    const { analyze } = require('../../../server/src/engine') as typeof import('../../../server/src/engine');
    const m = analyze(fixture('valid/footer-to-trinh.md')).model;
    assert.deepEqual(m.signers[0].titles.map((l) => l.text), ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    assert.equal(m.signers[0].name?.text, 'Lò Văn Hùng');
    assert.equal(m.noiNhan?.items.length, 4);
    const b = analyze(fixture('valid/footer-bien-ban.md')).model;
    assert.deepEqual(b.signers.map((s) => [s.titles[0].text, s.name?.text]), [['THƯ KÝ', 'Lê Thị Hoa'], ['CHỦ TỌA', 'Trần Văn Dũng']]);
    const e = analyze(example()).model;
    assert.deepEqual([e.signers[0].titles[0].text, e.signers[0].name?.text, e.noiNhan?.items.length], ['GIÁM ĐỐC', 'Đặng Văn Châu', 3]);
  });
});

describe('ND30-NN-01 the label "Nơi nhận:"', () => {
  it('accepts it, bold italic or plain, in a table or not', () => {
    for (const t of [congVan(), quyetDinh(), example(), fixture('valid/footer-bien-ban.md')]) expectClean(t, 'ND30-NN-01');
  });
  for (const [bad, range, fixed] of [
    ['Nơi nhận :', [26, 0, 26, 10], 'Nơi nhận:'],
    ['NƠI NHẬN:', [26, 0, 26, 9], 'Nơi nhận:'],
    ['Nơi gửi:', [26, 0, 26, 8], 'Nơi nhận:'],
    ['Nơi nhận', [26, 0, 26, 8], 'Nơi nhận:'],
    ['***Nơi nhận***', [26, 3, 26, 11], '***Nơi nhận:***'],
  ] as [string, [number, number, number, number], string][]) {
    it(`flags "${bad}"`, () => {
      const text = nn(`${bad}\n- Như trên;\n- Lưu: VT, VP.`);
      const [f] = expectRule(text, 'ND30-NN-01', [range]);
      assert.ok(fixRemovesOnly(text, f).includes(`\n${fixed}\n- Như trên;`));
    });
  }
  it('flags the label in a table cell with its items on the same line', () => {
    const text = fixture('letters/nn-sai.md');
    const [f] = expectRule(text, 'ND30-NN-01', [[8, 2, 8, 12]]);
    assert.ok(fixRemovesOnly(text, f).includes('| Nơi nhận:<br>+ Sở'));
  });
});

describe('ND30-NN-02 "- …;" lines', () => {
  it('accepts the fixtures, a wrapped lower-case continuation and annotations', () => {
    for (const t of [congVan(), quyetDinh(), example(), fixture('valid/footer-cong-van-tl-kt.md'), nn('***Nơi nhận:***\n- Như trên;\n- VPCP: BTCN, các PCN,\n   các Vụ, Cục, Công báo;\n- Lưu: VT, VP.')]) {
      expectClean(t, 'ND30-NN-02');
    }
    expectClean(nn('Nơi nhận: - Như trên; - Sở Tài chính; - Lưu: VT, VP.'), 'ND30-NN-02');
  });
  it('flags "+", "•", "*" bullets and fixes them to "- "', () => {
    for (const b of ['+', '•', '*']) {
      const text = nn(`***Nơi nhận:***\n- Như trên;\n${b} Sở Tài chính;\n- Lưu: VT, VP.`);
      const [f] = expectRule(text, 'ND30-NN-02', [[28, 0, 28, 2]]);
      assert.ok(fixRemovesOnly(text, f).includes('\n- Sở Tài chính;\n'), b);
    }
  });
  it('flags a line without a dash, and a line ending "." before the Lưu line', () => {
    const text = nn('***Nơi nhận:***\n- Như trên;\nSở Tài chính;\n- Sở Xây dựng.\n- Lưu: VT, VP.');
    const fs = expectRule(text, 'ND30-NN-02', [
      [28, 0, 28, 13],
      [29, 13, 29, 14],
    ]);
    assert.ok(fixRemovesOnly(text, fs[0]).includes('\n- Sở Tài chính;\n'));
    assert.ok(fixRemovesOnly(text, fs[1]).includes('\n- Sở Xây dựng;\n'));
  });
  it('flags a missing ";" in a table cell', () => {
    const text = fixture('letters/nn-sai.md');
    const fs = expectRule(text, 'ND30-NN-02', [
      [8, 16, 8, 18],
      [8, 16, 8, 29],
      [8, 43, 8, 44],
    ]);
    assert.ok(fixRemovesOnly(text, fs[1]).includes('+ Sở Xây dựng;<br>'));
    assert.ok(fixRemovesOnly(text, fs[2]).includes('- Như trên;<br>'));
  });
});

describe('ND30-NN-03 the Lưu line', () => {
  it('accepts VT with a unit, copies, inline drafter initials, and "VT." alone', () => {
    for (const l of ['- Lưu: VT, VP.', '- Lưu: VT, HC (2).', '- Lưu: VT, TCCB. PL.(300)', '- Lưu: VT.', '- Lưu: VT, P.TCHC.']) {
      expectClean(nn(`***Nơi nhận:***\n- Như trên;\n${l}`), 'ND30-NN-03');
    }
    for (const t of [congVan(), quyetDinh(), example(), fixture('valid/footer-bien-ban.md'), fixture('valid/footer-cong-van-tl-kt.md')]) expectClean(t, 'ND30-NN-03');
  });
  it('accepts the drafter\'s initials or the copies right after the period (published letters: "NCTH.HH", "QHQT (3b).12")', () => {
    for (const l of ['- Lưu: VT, NCTH.HH', '- Lưu: VT, QHQT (3b).12', '- Lưu: VT, NCTH.PL.(300)', '- Lưu: VT, TCCB.Hg(5b)', '- Lưu: VT, KTN.12']) {
      expectClean(nn(`***Nơi nhận:***\n- Như trên;\n${l}`), 'ND30-NN-03');
    }
  });
  it('still asks for the period after a one-letter unit prefix or a long tail ("VT, P.TCHC", "VT, VP.UBND")', () => {
    expectRule(nn('***Nơi nhận:***\n- Như trên;\n- Lưu: VT, P.TCHC'), 'ND30-NN-03', [[28, 0, 28, 17]]);
    expectRule(nn('***Nơi nhận:***\n- Như trên;\n- Lưu: VT, VP.UBND'), 'ND30-NN-03', [[28, 0, 28, 18]]);
    expectRule(nn('***Nơi nhận:***\n- Như trên;\n- Lưu: VT, KGVX (3), md.21'), 'ND30-NN-03', [[28, 0, 28, 26]]);
  });
  const cases: [string, [number, number, number, number], string][] = [
    ['- Lưu VT, TCCB.', [28, 0, 28, 5], '- Lưu: VT, TCCB.'],
    ['- Lưu: VT, TCCB', [28, 0, 28, 15], '- Lưu: VT, TCCB.'],
    ['- Lưu: VT, TCCB;', [28, 15, 28, 16], '- Lưu: VT, TCCB.'],
    ['- Lưu: TCCB, VT.', [28, 7, 28, 15], '- Lưu: VT, TCCB.'],
    ['- Lưu: Văn thư.', [28, 7, 28, 14], '- Lưu: VT.'],
    ['Lưu: VT, VP.', [28, 0, 28, 4], '- Lưu: VT, VP.'],
    // Issue 9: "VTUB" is the records office written with the agency's letters: replaced, not kept after an inserted "VT".
    ['- Lưu: VTUB, KT.', [28, 7, 28, 15], '- Lưu: VT, KT.'],
    ['- Lưu: VT-UB.', [28, 7, 28, 12], '- Lưu: VT.'],
    ['- Lưu: VT; TCCB.', [28, 7, 28, 15], '- Lưu: VT, TCCB.'],
  ];
  for (const [bad, range, good] of cases) {
    it(`flags "${bad}" and fixes it`, () => {
      const text = nn(`***Nơi nhận:***\n- Như trên;\n${bad}`);
      const [f] = expectRule(text, 'ND30-NN-03', [range]);
      assert.ok(fixRemovesOnly(text, f).includes(`\n${good}`), good);
    });
  }
  it('inserts a missing Lưu line with the unit of the công văn ký hiệu, turning the "." above into ";"', () => {
    const text = nn('***Nơi nhận:***\n- Như trên;\n- Sở Tài chính.');
    const [f] = expectRule(text, 'ND30-NN-03', [[28, 0, 28, 15]]);
    assert.match(f.message, /- Lưu: VT, VP\./);
    assert.ok(fixRemovesOnly(text, f).includes('\n- Sở Tài chính;\n- Lưu: VT, VP.'));
  });
  it('uses the agency profile unit for other types, else "…", and "Hồ sơ" for a biên bản', () => {
    const qd = quyetDinh('<br>- Lưu: VT, NC.', '');
    const coQuan = { donVi: { TCCB: 'Phòng Tổ chức cán bộ' } };
    let f = lint(qd, { coQuan }).find((x) => x.ruleId === 'ND30-NN-03')!;
    assert.match(f.message, /VT, TCCB\./);
    let out = applyFix(qd, f);
    assert.ok(out.includes('UBND tỉnh;<br>- Lưu: VT, TCCB. |'), out);
    assert.equal(lint(out, { coQuan }).filter((x) => x.ruleId.startsWith('ND30-NN')).length, 0);
    // No unit known: the placeholder "…" is left for the drafter (ND30-DOC-05 then asks to fill it in).
    f = lint(qd).find((x) => x.ruleId === 'ND30-NN-03')!;
    assert.match(f.message, /VT, …\./);
    out = applyFix(qd, f);
    assert.ok(out.includes('UBND tỉnh;<br>- Lưu: VT, …. |'));
    assert.equal(lint(out).filter((x) => x.ruleId.startsWith('ND30-NN')).length, 0);
    const bb = fixture('valid/footer-bien-ban.md').replace('\n- Lưu: VT, Hồ sơ.', '');
    f = lint(bb).find((x) => x.ruleId === 'ND30-NN-03')!;
    assert.ok(fixRemovesOnly(bb, f).includes('- Giám đốc Sở (để báo cáo);\n- Lưu: VT, Hồ sơ.'));
  });
  it('moves a Lưu line that is not last', () => {
    const text = nn('***Nơi nhận:***\n- Như trên;\n- Lưu: VT, VP.\n- Sở Tài chính;');
    const [f] = expectRule(text, 'ND30-NN-03', [[28, 0, 28, 14]]);
    assert.ok(fixRemovesOnly(text, f).includes('- Như trên;\n- Sở Tài chính;\n- Lưu: VT, VP.'));
  });
  it('fixes the Lưu line in a table cell', () => {
    const text = fixture('letters/nn-sai.md');
    const fs = expectRule(text, 'ND30-NN-03', [
      [8, 48, 8, 63],
      [8, 55, 8, 63],
    ]);
    assert.ok(fixRemovesOnly(text, fs[1]).includes('- Lưu: VT, TCCB |'));
    assert.ok(fixRemovesOnly(text, fs[0]).includes('- Lưu: TCCB, VT. |'));
  });
});

describe('ND30-NN-04 "Như trên" first', () => {
  it('accepts the fixtures', () => {
    for (const t of [congVan(), example(), fixture('valid/footer-to-trinh.md')]) expectClean(t, 'ND30-NN-04');
  });
  it('flags "Như trên" in the middle and moves it up', () => {
    const text = nn('***Nơi nhận:***\n- Sở Tài chính;\n- Như trên;\n- Lưu: VT, VP.');
    const [f] = expectRule(text, 'ND30-NN-04', [[28, 0, 28, 11]]);
    assert.ok(fixRemovesOnly(text, f).includes('***Nơi nhận:***\n- Như trên;\n- Sở Tài chính;\n- Lưu'));
  });
  it('flags the wrong case "như trên"', () => {
    const text = nn('***Nơi nhận:***\n- như trên;\n- Lưu: VT, VP.');
    const [f] = expectRule(text, 'ND30-NN-04', [[27, 2, 27, 10]]);
    assert.ok(fixRemovesOnly(text, f).includes('\n- Như trên;\n'));
  });
  it('is silent without Kính gửi', () => {
    expectClean(quyetDinh('- Như Điều 3;<br>- Chủ tịch, các Phó Chủ tịch UBND tỉnh;', '- Chủ tịch, các Phó Chủ tịch UBND tỉnh;<br>- Như trên;'), 'ND30-NN-04');
  });
});

describe('ND30-NN-05 "Như Điều n" in decisions', () => {
  it('accepts the fixture', () => expectClean(quyetDinh(), 'ND30-NN-05'));
  // Issue 13: NN-05 is fixable: false (which article applies is the drafter's decision): no fix.
  it('informs when the implementing article is not referred to, without a fix', () => {
    const text = quyetDinh('- Như Điều 3;<br>', '- Sở Nội vụ;<br>');
    const [f] = expectRule(text, 'ND30-NN-05', [[34, 5, 34, 14]]);
    assert.equal(f.severity, 'information');
    assert.equal(f.fix, undefined);
  });
  it('is silent for a công văn', () => expectClean(congVan(), 'ND30-NN-05'));
});

describe('ND30-NN-06 biên bản filing line', () => {
  it('accepts "- Lưu: VT, Hồ sơ."', () => expectClean(fixture('valid/footer-bien-ban.md'), 'ND30-NN-06'));
  it('informs on another filing line', () => {
    const [f] = expectRule(fixture('valid/footer-bien-ban.md').replace('- Lưu: VT, Hồ sơ.', '- Lưu: VT, CCVC.'), 'ND30-NN-06', [[29, 0, 29, 16]]);
    assert.equal(f.severity, 'information');
  });
});

describe('ND30-NN-02 with Markdown hard line breaks (pandoc: "\\" at the end of the line)', () => {
  // Regression (false alarm): the "\" of a hard line break was read as text,
  // so "Nơi nhận:\" and "- Như trên;\" did not end in ":" / ";".
  const HARD = '***Nơi nhận:***\\\n\\- Như trên;\\\n\\- Giám đốc Sở (để báo cáo);\\\n\\- Lưu: VT, VP.';
  it('a correct Nơi nhận written with hard breaks and escaped dashes is clean', () => {
    const text = nn(HARD);
    for (const id of ['ND30-NN-01', 'ND30-NN-02', 'ND30-NN-03', 'ND30-NN-04']) expectClean(text, id);
  });
  it('a missing ";" is still reported (the item, without the "\\")', () => {
    expectRule(nn(HARD.replace('Như trên;', 'Như trên')), 'ND30-NN-02', [[27, 1, 27, 11]]);
  });
  it('two trailing spaces (the other hard break) are not text either', () => {
    expectClean(nn('***Nơi nhận:***  \n\\- Như trên;  \n\\- Giám đốc Sở (để báo cáo);  \n\\- Lưu: VT, VP.'), 'ND30-NN-02');
  });
});

describe('ND30-NN-02 entry wrapped after a comma before a proper name', () => {
  // Regression (false alarm): "- VPCP: PCN Nguyễn Xuân Thành," / "Cổng TTĐT Chính phủ;"
  // (a table cell cannot indent the continuation) was read as two entries.
  const WRAP = '***Nơi nhận:***\n- Như trên;\n- VPCP: PCN Nguyễn Xuân Thành,\nCổng TTĐT Chính phủ;\n- Lưu: VT, VP.';
  it('is one entry, in sequential lines and in a table cell', () => {
    expectClean(nn(WRAP), 'ND30-NN-02');
    expectClean(fixture('corpus/valid/quyet-dinh-6.md'), 'ND30-NN-02');
  });
  it('an entry ending in "," before a dashed entry is still reported', () => {
    expectRule(nn('***Nơi nhận:***\n- Như trên;\n- Sở Tài chính,\n- Lưu: VT, VP.'), 'ND30-NN-02', [[28, 14, 28, 15]]);
  });
  it('a capitalised line after an entry ending in ";" is still a new entry without its dash', () => {
    expectRule(nn('***Nơi nhận:***\n- Như trên;\nSở Tài chính;\n- Lưu: VT, VP.'), 'ND30-NN-02', [[28, 0, 28, 13]]);
  });
});
