// Filling a template for a new document (command "Thể thức: Tạo văn bản mới…"):
// agency profile + date as text, the number left blank, the rest tab stops.

import { strict as assert } from 'node:assert';
import { documentChoices, expandSnippet, fillTemplate, tabStops, TEMPLATES } from '../../../server/src/templates';

const PROFILE = { ten: 'SỞ NỘI VỤ', chuQuan: 'UBND TỈNH LAI CHÂU', kyHieu: 'SNV', diaDanh: 'Lai Châu', donVi: { VP: 'Văn phòng' } };
const first = (body: string, n = 3) => expandSnippet(body).split('\n').slice(0, n).join('\n');

describe('templates: filling a new document', () => {
  it('công văn: agency, ký hiệu, unit and date from the profile, number blank', () => {
    const body = fillTemplate('cong_van', { profile: PROFILE, date: new Date(2026, 2, 5) });
    assert.equal(
      first(body),
      [
        '| UBND TỈNH LAI CHÂU<br>**SỞ NỘI VỤ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |',
        '|:---:|:---:|',
        '| Số:      /SNV-VP<br>V/v trích yếu nội dung … | *Lai Châu, ngày 05 tháng 3 năm 2026* |',
      ].join('\n'),
    );
    // The first tab stop is the trích yếu: the drafter types it straight away.
    assert.match(body, /V\/v \$\{1:trích yếu nội dung …\}/);
    assert.ok(expandSnippet(body).includes('- Lưu: VT, VP.'));
  });

  it('dates: 1 Jan, 9 Feb, 10 Mar, 5 Dec', () => {
    const want = ['ngày 01 tháng 01 năm 2026', 'ngày 09 tháng 02 năm 2026', 'ngày 10 tháng 3 năm 2026', 'ngày 05 tháng 12 năm 2026'];
    const dates = [new Date(2026, 0, 1), new Date(2026, 1, 9), new Date(2026, 2, 10), new Date(2026, 11, 5)];
    dates.forEach((d, i) => assert.ok(expandSnippet(fillTemplate('quyet_dinh', { profile: PROFILE, date: d })).includes(`*Lai Châu, ${want[i]}*`), want[i]));
  });

  it('without a profile the agency fields stay tab stops with the decree placeholders', () => {
    const text = first(fillTemplate('quyet_dinh', { date: new Date(2026, 2, 5) }));
    assert.ok(text.startsWith('| TÊN CQ, TC CHỦ QUẢN<br>**TÊN CƠ QUAN, TỔ CHỨC** |'));
    assert.ok(text.includes('| Số:      /QĐ-… | *…, ngày 05 tháng 3 năm 2026* |'));
    assert.deepEqual(tabStops(fillTemplate('quyet_dinh')).slice(0, 3), [1, 2, 3]);
  });

  it('a profile without chủ quản writes the issuing agency alone', () => {
    const text = first(fillTemplate('to_trinh', { profile: { ten: 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', kyHieu: 'UBND', diaDanh: 'Lai Châu' }, date: new Date(2026, 9, 16) }));
    assert.ok(text.startsWith('| **ỦY BAN NHÂN DÂN TỈNH LAI CHÂU** |'));
    assert.ok(text.includes('Số:      /TTr-UBND'));
  });

  it('several drafting units become a choice; profile text is escaped', () => {
    const body = fillTemplate('cong_van', { profile: { ...PROFILE, ten: 'CÔNG TY $A {B}', donVi: { VP: 'Văn phòng', TCCB: 'Tổ chức cán bộ' } } });
    assert.match(body, /\$\{\d+\|VP,TCCB\|\}/);
    assert.ok(expandSnippet(body).includes('**CÔNG TY $A {B}**'));
    assert.ok(expandSnippet(body).includes('- Lưu: VT, VP.'));
  });

  it('blank profile fields are ignored', () => {
    const body = fillTemplate('giay_moi', { profile: { ten: '  ', kyHieu: '', diaDanh: 'Lai Châu' } });
    assert.ok(expandSnippet(body).startsWith('| TÊN CQ, TC CHỦ QUẢN<br>**TÊN CƠ QUAN, TỔ CHỨC** |'));
  });

  it('the quick pick lists every template of Phụ lục III with its Mẫu number', () => {
    const choices = documentChoices();
    const maus = new Set(choices.map((c) => c.mau));
    for (const m of ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '2.1', '3.1']) assert.ok(maus.has(m), m);
    for (const k of ['cong_van', 'to_trinh', 'ke_hoach', 'bao_cao', 'thong_bao', 'chi_thi', 'giay_uy_quyen', 'phieu_bao']) assert.ok(choices.some((c) => c.id === k), k);
    assert.equal(choices.length, TEMPLATES.length - 1);
    for (const c of choices) assert.doesNotThrow(() => expandSnippet(fillTemplate(c.id, { profile: PROFILE, date: new Date() })));
  });

  it('unknown template throws', () => {
    assert.throws(() => fillTemplate('khong_co'));
  });
});
