// VB-CQ-01: the document agrees with the agency profile (coQuan).

import { strict as assert } from 'node:assert';
import { applyFix, congVan, quyetDinh, expectClean, expectRule, lint } from '../helpers';
import type { AgencyProfile } from '../../../server/src/engine';

const SNV: AgencyProfile = { ten: 'SỞ NỘI VỤ', chuQuan: 'UBND TỈNH LAI CHÂU', kyHieu: 'SNV', diaDanh: 'Lai Châu', donVi: { VP: 'Văn phòng', TCCB: 'Phòng Tổ chức cán bộ' } };
const ID = 'VB-CQ-01';

describe('VB-CQ-01 agency profile', () => {
  it('does nothing without a profile', () => {
    expectClean(congVan('05/SNV-VP', '05/XYZ-VP'), ID);
  });
  it('accepts the valid fixtures with their own profile', () => {
    expectClean(congVan(), ID, { coQuan: SNV });
    expectClean(quyetDinh(), ID, { coQuan: { kyHieu: 'UBND', diaDanh: 'Lai Châu', donVi: { NC: 'Phòng Nội chính' } } });
    // HOÀ-style tone placement and case of the place name fold.
    expectClean(congVan(), ID, { coQuan: { diaDanh: 'Lai Châu'.normalize('NFD') } });
  });
  it('flags the issuer part of a công văn ký hiệu and fixes it', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 05/SNN-VP');
    const [f] = expectRule(text, ID, [[3, 7, 3, 10]], { coQuan: SNV });
    assert.match(f.message, /"SNN".*"SNV"/);
    const fixed = applyFix(text, f);
    assert.ok(fixed.includes('Số: 05/SNV-VP'));
    expectClean(fixed, ID, { coQuan: SNV });
  });
  it('flags the issuer part after the type abbreviation (QĐ-UBND)', () => {
    const text = quyetDinh();
    const [f] = expectRule(text, ID, [[2, 12, 2, 16]], { coQuan: { kyHieu: 'SNV' } });
    assert.ok(applyFix(text, f).includes('Số: 15/QĐ-SNV'));
  });
  it('flags a unit of the công văn ký hiệu not in donVi; case-only difference is fixed', () => {
    const [f] = expectRule(congVan('Số: 05/SNV-VP', 'Số: 05/SNV-vp'), ID, [[3, 11, 3, 13]], { coQuan: SNV });
    assert.ok(f.fix && applyFix(congVan('Số: 05/SNV-VP', 'Số: 05/SNV-vp'), f).includes('05/SNV-VP'));
    const [g] = expectRule(congVan('Số: 05/SNV-VP', 'Số: 05/SNV-KT'), ID, [[3, 11, 3, 13]], { coQuan: SNV });
    assert.equal(g.fix, undefined);
  });
  it('flags the unit of "Lưu: VT, <unit>"', () => {
    const text = congVan('- Lưu: VT, VP.', '- Lưu: VT, KT, NVA(05).');
    const [f] = expectRule(text, ID, [[29, 11, 29, 13]], { coQuan: SNV });
    assert.match(f.message, /"KT".*VP, TCCB/);
    expectClean(congVan('- Lưu: VT, VP.', '- Lưu: VT, TCCB (05).'), ID, { coQuan: SNV });
    expectClean(congVan('- Lưu: VT, VP.', '- Lưu: VT.'), ID, { coQuan: SNV });
  });
  it('flags the place name of the date line and fixes it', () => {
    const text = congVan('*Lai Châu, ngày', '*Hà Nội, ngày');
    const [f] = expectRule(text, ID, [[10, 1, 10, 7]], { coQuan: SNV });
    const fixed = applyFix(text, f);
    assert.ok(fixed.includes('*Lai Châu, ngày 05'));
    expectClean(fixed, ID, { coQuan: SNV });
  });
  it('ignores placeholders', () => {
    expectClean(congVan('Số: 05/SNV-VP', 'Số:      /SNV-VP'), ID, { coQuan: { ...SNV, kyHieu: 'SNV' } });
    expectClean(congVan('*Lai Châu, ngày 05 tháng 3 năm 2026*', '*…, ngày … tháng … năm …*'), ID, { coQuan: SNV });
  });
  it('checks only the fields the profile sets', () => {
    expectClean(congVan('*Lai Châu, ngày', '*Hà Nội, ngày'), ID, { coQuan: { kyHieu: 'SNV' } });
  });
  it('speaks English', () => {
    const f = lint(congVan('*Lai Châu, ngày', '*Hà Nội, ngày'), { coQuan: SNV, lang: 'en' }).find((x) => x.ruleId === ID)!;
    assert.match(f.message, /Place name "Hà Nội" differs from the agency profile: "Lai Châu"/);
  });
});
