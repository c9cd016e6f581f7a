import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/engine';
import { applyFix, congVan, expectClean, expectRule, fixture, lint, quyetDinh, fixesTo } from '../helpers';

const AGENCY = 'UBND TỈNH LAI CHÂU\n**SỞ NỘI VỤ**';
const CQ = ['ND30-CQ-01', 'ND30-CQ-02', 'ND30-CQ-03'];

describe('agency lines in the model (lower case, above Số)', () => {
  it('takes "Sở Nội vụ" right above the Số line as an agency line, and still finds Số', () => {
    const m = analyze(congVan(AGENCY, 'UBND tỉnh Lai Châu\n**Sở Nội vụ**')).model;
    assert.deepEqual(m.agency.map((l) => l.text), ['UBND tỉnh Lai Châu', 'Sở Nội vụ']);
    assert.equal(m.so?.text, 'Số: 05/SNV-VP');
  });
  it('in a table cell too', () => {
    const m = analyze(quyetDinh('ỦY BAN NHÂN DÂN<br>**TỈNH LAI CHÂU**', 'Ủy ban nhân dân<br>**Tỉnh Lai Châu**')).model;
    assert.deepEqual(m.agency.map((l) => l.text), ['Ủy ban nhân dân', 'Tỉnh Lai Châu']);
    assert.equal(m.quocHieu?.text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });
  it('does not take prose as an agency (no Số line right after)', () => {
    const m = analyze('Sở Nội vụ tổ chức hội nghị tổng kết.\n\nNội dung hội nghị gồm nhiều phần.\n').model;
    assert.deepEqual(m.agency, []);
    assert.equal(lint(fixture('not-letters/readme.md')).length, 0);
    assert.equal(lint(fixture('not-letters/meeting-notes.md')).length, 0);
  });
});

describe('ND30-CQ-01 agency in capitals', () => {
  it('accepts the valid fixtures', () => {
    for (const f of ['valid/cong-van.md', 'valid/quyet-dinh.md', 'valid/header-ke-hoach-mat.md', 'valid/header-giay-moi.md']) expectClean(fixture(f), 'ND30-CQ-01');
  });
  it('flags each lower-case line and fixes it, keeping the bold markers', () => {
    const text = congVan(AGENCY, 'UBND tỉnh Lai Châu\n**Sở Nội vụ**');
    const fs = expectRule(text, 'ND30-CQ-01', [
      [0, 0, 0, 18],
      [1, 2, 1, 11],
    ]);
    assert.match(fs[1].message, /"Sở Nội vụ" → "SỞ NỘI VỤ"/);
    const out = applyFix(applyFix(text, fs[1]), fs[0]);
    assert.ok(out.startsWith('UBND TỈNH LAI CHÂU\n**SỞ NỘI VỤ**\n'), out);
    expectClean(out, 'ND30-CQ-01');
  });
  it('flags a lower-case agency in a table cell', () => {
    const text = quyetDinh('ỦY BAN NHÂN DÂN<br>**TỈNH LAI CHÂU**', 'ỦY BAN NHÂN DÂN<br>**Tỉnh Lai Châu**');
    expectRule(text, 'ND30-CQ-01', [[0, 23, 0, 36]]);
    fixesTo(text, 'ND30-CQ-01', '<br>**TỈNH LAI CHÂU**');
  });
});

describe('ND30-CQ-02 issuing agency in full', () => {
  it('accepts an abbreviated chủ quản and full issuers, wrapped names, enterprises', () => {
    for (const f of ['valid/cong-van.md', 'valid/quyet-dinh.md', 'valid/header-ke-hoach-mat.md', 'valid/header-giay-moi.md', 'valid/header-cong-van-khcn.md']) expectClean(fixture(f), 'ND30-CQ-02');
    expectClean(congVan(AGENCY, 'BỘ NỘI VỤ\n**CỤC VĂN THƯ VÀ LƯU TRỮ**\n**NHÀ NƯỚC**'), 'ND30-CQ-02');
    expectClean(congVan(AGENCY, '**CÔNG TY CỔ PHẦN FPT**'), 'ND30-CQ-02');
    expectClean(congVan(AGENCY, 'UBND TỈNH LAI CHÂU\n**BỆNH VIỆN ĐA KHOA TỈNH**'), 'ND30-CQ-02');
  });
  it('warns on an abbreviation in the issuer line, with the full form', () => {
    const text = congVan(AGENCY, 'UBND TỈNH LAI CHÂU\n**SỞ GD&ĐT**');
    const [f] = expectRule(text, 'ND30-CQ-02', [[1, 5, 1, 10]]);
    assert.equal(f.severity, 'warning');
    fixesTo(text, 'ND30-CQ-02', '**SỞ GIÁO DỤC VÀ ĐÀO TẠO**');
    fixesTo(congVan(AGENCY, 'UBND TỈNH LAI CHÂU\n**SỞ NV**'), 'ND30-CQ-02', '**SỞ NỘI VỤ**');
  });
  it('warns without a fix when the full form is unknown', () => {
    const [f] = expectRule(congVan(AGENCY, 'UBND TỈNH LAI CHÂU\n**CHI CỤC KL**'), 'ND30-CQ-02', [[1, 10, 1, 12]]);
    assert.equal(f.fix, undefined);
  });
  it('a lone "UBND TỈNH …" letterhead is only information (practice)', () => {
    const text = congVan(AGENCY, '**UBND TỈNH LAI CHÂU**');
    const [f] = expectRule(text, 'ND30-CQ-02', [[0, 2, 0, 6]]);
    assert.equal(f.severity, 'information');
    fixesTo(text, 'ND30-CQ-02', '**ỦY BAN NHÂN DÂN TỈNH LAI CHÂU**');
  });
});

describe('ND30-CQ-03 local chủ quản with its place name', () => {
  it('accepts chủ quản with a place name, UBND letterheads and central agencies', () => {
    for (const f of ['valid/cong-van.md', 'valid/quyet-dinh.md', 'valid/header-ke-hoach-mat.md', 'valid/header-giay-moi.md']) expectClean(fixture(f), 'ND30-CQ-03');
    expectClean(congVan(AGENCY, 'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n**SỞ NỘI VỤ**'), 'ND30-CQ-03');
  });
  it('warns on "UBND TỈNH" / "ỦY BAN NHÂN DÂN" as chủ quản, without a fix', () => {
    const [f] = expectRule(congVan(AGENCY, 'UBND TỈNH\n**SỞ TÀI CHÍNH**'), 'ND30-CQ-03', [[0, 0, 0, 9]]);
    assert.equal(f.severity, 'warning');
    assert.equal(f.fix, undefined);
    expectRule(congVan(AGENCY, 'ỦY BAN NHÂN DÂN\n**SỞ NỘI VỤ**'), 'ND30-CQ-03', [[0, 0, 0, 15]]);
  });
  it('reports nothing else on these variants', () => {
    const fs = lint(congVan(AGENCY, 'UBND TỈNH\n**SỞ TÀI CHÍNH**')).filter((f) => CQ.includes(f.ruleId));
    assert.deepEqual(fs.map((f) => f.ruleId), ['ND30-CQ-03']);
  });
});
