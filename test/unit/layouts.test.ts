// Text laid out in two columns with spaces (pdftotext -layout, OCR): the
// header's and the signature's columns share source lines.

import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { fixture, rangeOf, TODAY } from './helpers';

describe('two text columns on one line (pdftotext -layout)', () => {
  const text = fixture('layouts/cong-van-pdftotext.md');
  const a = analyze(text, { today: TODAY });
  it('reads the header columns', () => {
    const m = a.model;
    assert.equal(m.quocHieu?.text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    assert.equal(m.tieuNgu?.text, 'Độc lập - Tự do - Hạnh phúc');
    assert.deepEqual(m.agency.map((l) => l.text), ['UBND TỈNH LAI CHÂU', 'SỞ TÀI CHÍNH']);
    assert.equal(m.so?.text, 'Số: 214/STC-QLNS');
    assert.equal(m.date?.text, 'Lai Châu, ngày 16 tháng 4 năm 2026');
  });
  it('reads the Nơi nhận column before the signer column', () => {
    const m = a.model;
    assert.deepEqual(m.noiNhan?.items.map((l) => l.text), ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, QLNS.']);
    assert.deepEqual(m.signers[0].titles.map((l) => l.text), ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    assert.equal(m.signers[0].name?.text, 'Hoàng Thị Mai');
  });
  it('reports exact ranges inside a column', () => {
    const bad = text.replace('Lai Châu, ngày 16 tháng 4', 'Lai Châu, ngày 6 tháng 4');
    const f = analyze(bad, { today: TODAY }).findings.find((x) => x.ruleId === 'ND30-DD-02');
    assert.ok(f);
    const line = bad.split('\n')[3];
    assert.deepEqual(rangeOf(f), [3, line.indexOf('6 tháng'), 3, line.indexOf('6 tháng') + 1]);
  });
  it('does not split a blank number or a blank day', () => {
    const t2 = text.replace('Số: 214/STC-QLNS', 'Số:      /STC-QLNS').replace('ngày 16 tháng 4', 'ngày      tháng 4');
    const m = analyze(t2, { today: TODAY }).model;
    assert.equal(m.so?.text, 'Số:      /STC-QLNS');
    assert.equal(m.date?.text, 'Lai Châu, ngày      tháng 4 năm 2026');
  });
  it('does not split justified body text', () => {
    const t3 = text.replace('Sở Tài chính đề nghị các cơ quan', 'Sở Tài chính đề nghị    các cơ quan');
    const m = analyze(t3, { today: TODAY }).model;
    assert.ok(m.body.some((l) => l.text.startsWith('Sở Tài chính đề nghị    các cơ quan')));
  });
});
