// ND30-ND-01: first citations in the body give the date and the issuer.

import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/engine';
import { firstCitationProblems } from '../../../server/src/engine/rules/nd/nd-01';
import { congVan, expectClean, expectRule, quyetDinh, example, TODAY } from '../helpers';

const ID = 'ND30-ND-01';
const KH = 'Thực hiện Kế hoạch số 40/KH-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về chuyển đổi số năm 2026';

describe('ND30-ND-01 first citation of a document', () => {
  it('accepts the reference letters and the example letter', () => {
    for (const text of [congVan(), quyetDinh(), example()]) expectClean(text, ID);
  });
  it('reports a first citation without the issuer, naming what is missing', () => {
    const [f] = expectRule(congVan(KH, KH.replace(' của Ủy ban nhân dân tỉnh', '')), ID, [[18, 10, 18, 32]]);
    assert.equal(f.severity, 'warning');
    assert.match(f.message, /"Kế hoạch số 40\/KH-UBND" thiếu cơ quan, tổ chức ban hành/);
    assert.doesNotMatch(f.message, /ngày ban hành và/);
  });
  it('reports a first citation without the date, or without both', () => {
    const [f] = expectRule(congVan(KH, KH.replace(' ngày 15 tháng 01 năm 2026', '')), ID, [[18, 10, 18, 32]]);
    assert.match(f.message, /thiếu ngày ban hành:/);
    const [g] = expectRule(congVan(KH, 'Thực hiện Kế hoạch số 40/KH-UBND về chuyển đổi số năm 2026'), ID, [[18, 10, 18, 32]]);
    assert.match(g.message, /thiếu ngày ban hành và cơ quan, tổ chức ban hành/);
  });
  it('reports a citation in lower case too ("theo công văn số …")', () => {
    expectRule(congVan(KH, 'Thực hiện công văn số 40/UBND-VX về chuyển đổi số năm 2026'), ID, [[18, 10, 18, 32]]);
  });
  it('accepts later citations by type and number only', () => {
    const text = congVan('2. Sử dụng chữ ký số', '2. Theo Kế hoạch số 40/KH-UBND, sử dụng chữ ký số');
    expectClean(text, ID);
  });
  it('reports only the first of two short citations of the same document', () => {
    const text = congVan(KH, 'Thực hiện Kế hoạch số 40/KH-UBND về chuyển đổi số năm 2026').replace('2. Sử dụng chữ ký số', '2. Theo Kế hoạch số 40/KH-UBND, sử dụng chữ ký số');
    expectRule(text, ID, [[18, 10, 18, 32]]);
  });
  it('accepts a document already cited in the căn cứ block', () => {
    const withCanCu = quyetDinh('*Theo đề nghị của Giám đốc Sở Nội vụ.*', '*Căn cứ Công văn số 12/BNV-VP ngày 05 tháng 3 năm 2026 của Bộ Nội vụ về công tác văn thư;*\n\n*Theo đề nghị của Giám đốc Sở Nội vụ.*');
    const body = withCanCu.replace('**Điều 2.** Tổ công tác có nhiệm vụ:', '**Điều 2.** Theo Công văn số 12/BNV-VP, Tổ công tác có nhiệm vụ:');
    assert.notEqual(body, withCanCu);
    expectClean(body, ID);
    // Without the căn cứ line, the same words are a first citation.
    expectRule(quyetDinh('**Điều 2.** Tổ công tác có nhiệm vụ:', '**Điều 2.** Theo Công văn số 12/BNV-VP, Tổ công tác có nhiệm vụ:'), ID, [[24, 17, 24, 38]]);
  });
  it('reads the date and issuer written once for several documents', () => {
    expectClean(congVan(KH, 'Thực hiện Công văn số 11/UBND-VX ngày 02 tháng 3 năm 2026, Công văn số 12/UBND-VX ngày 03 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh và Kế hoạch số 40/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh'), ID);
    expectClean(congVan(KH, 'Thực hiện Công văn số 11/UBND-VX và Công văn số 12/UBND-VX ngày 03 tháng 3 năm 2026 của Ủy ban nhân dân tỉnh'), ID);
  });
  it('reads an issuer and date written before the citation', () => {
    expectClean(congVan(KH, 'Ngày 15 tháng 01 năm 2026, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 40/KH-UBND về chuyển đổi số năm 2026'), ID);
    expectClean(congVan(KH, 'Thực hiện chỉ đạo của Chủ tịch Ủy ban nhân dân tỉnh tại Công văn số 40/UBND-VX ngày 15/01/2026 về chuyển đổi số năm 2026'), ID);
    // The issuer named before a bracketed citation, and once for two reports it made.
    expectClean(congVan(KH, 'Xét báo cáo của Phòng Thương mại và Công nghiệp Việt Nam (Công văn số 33/PTM-SME ngày 15 tháng 4 năm 2026), Ủy ban nhân dân tỉnh có ý kiến như sau'), ID);
    expectClean(congVan(KH, 'Theo đề nghị của Giám đốc Sở Y tế tại Tờ trình số 34/TTr-SYT ngày 02 tháng 6 năm 2026 và Tờ trình số 45/TTr-SYT ngày 28 tháng 6 năm 2026, Ủy ban nhân dân tỉnh có ý kiến như sau'), ID);
    // Not an issuer of the citation: a clause or bracket that closed before it.
    expectRule(congVan(KH, 'Theo báo cáo của Sở Y tế (tháng 5), Công văn số 33/UBND-VX ngày 15 tháng 4 năm 2026 chưa được thực hiện'), ID, [[18, 36, 18, 58]]);
  });
  it('reads a sentence hard-wrapped over several lines', () => {
    const text = congVan(KH, 'Ngày 19 tháng 10 năm 2020, Chính phủ đã\nban hành Công văn số 123/BTC-TCT quy định về hóa đơn, chứng từ; thực hiện Kế hoạch số 40/KH-UBND ngày 15/01/2026\ncủa Ủy ban nhân dân tỉnh');
    expectClean(text, ID);
  });
  it('does not check legal normative documents, whose symbol carries year and issuer', () => {
    expectClean(congVan(KH, 'Triển khai bệnh án điện tử theo Thông tư số 46/2018/TT-BYT'), ID);
  });
  it('ignores quoted text, tables, placeholders, laws and pointers to a provision', () => {
    expectClean(congVan(KH, 'Thực hiện nội dung “theo Công văn số 11/UBND-VX về việc …” đã nêu'), ID);
    expectClean(congVan(KH, 'Thực hiện Công văn số …/UBND-VX về chuyển đổi số'), ID);
    expectClean(congVan(KH, 'Thực hiện Luật số 80/2015/QH13 về chuyển đổi số'), ID);
    expectClean(congVan(KH, 'Theo quy định tại khoản 1 Điều 24 của Nghị quyết số 351/2017/UBTVQH14'), ID);
    expectClean(congVan(KH, '| Văn bản | Nội dung |\n|---|---|\n| Công văn số 11/UBND-VX | Chuyển đổi số |\n\nThực hiện các văn bản trên'), ID);
  });
  it('ignores the Kính gửi and Nơi nhận', () => {
    expectClean(congVan('- Lưu: VT, VP.', '- Lưu: VT, VP (Công văn số 11/UBND-VX).'), ID);
  });
  it('the decree and its appendices give no finding (forced, every line)', function () {
    const dir = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'nd30-official');
    if (!existsSync(join(dir, '30_2020_ND_CP.txt'))) return this.skip();
    for (const f of ['30_2020_ND_CP', 'Phuluc1', 'Phuluc2', 'Phuluc3']) {
      const p = join(dir, `${f}.txt`);
      if (!existsSync(p)) continue;
      const a = analyze(readFileSync(p, 'utf8'), { force: true, today: TODAY });
      assert.deepEqual(a.findings.filter((x) => x.ruleId === ID).map((x) => x.message), [], f);
      assert.deepEqual(firstCitationProblems(a.model, a.model.lines).map((x) => x.line.text), [], f);
    }
  });
  it('the decree check is not vacuous: a công văn cited in its Điều 37 without date and issuer is reported', function () {
    const p = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'nd30-official', '30_2020_ND_CP.txt');
    if (!existsSync(p)) return this.skip();
    const text = readFileSync(p, 'utf8').replace('Nghị định này có hiệu lực thi hành kể từ ngày ký.', 'Nghị định này có hiệu lực thi hành kể từ ngày ký; Công văn số 12/BNV-VP hết hiệu lực.');
    const a = analyze(text, { force: true, today: TODAY });
    assert.equal(firstCitationProblems(a.model, a.model.lines).length, 1);
  });
});
