import { strict as assert } from 'node:assert';
import { isDienLabel, isKinhGui } from '../../../server/src/engine/reader/kinh-gui';
import { analyze } from '../../../server/src/engine';
import { TODAY } from '../helpers';
import { line, model, modelOf, readerFixture, texts } from './util';

const CV = (kg: string, body = 'Sở Nội vụ đề nghị cung cấp số liệu biên chế năm 2026./.') =>
  `UBND TỈNH LAI CHÂU\n**SỞ NỘI VỤ**\n\nSố: 55/SNV-VP\n\nV/v đề nghị cung cấp số liệu\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n*Lai Châu, ngày 15 tháng 5 năm 2026*\n\n${kg}\n\n${body}\n`;

describe('reader/kinh-gui', () => {
  it('recognises the labels', () => {
    assert.ok(isKinhGui(line('**Kính gửi:** Sở Tài chính')));
    assert.ok(isKinhGui(line('Kinh gui: So Tai chinh')));
    assert.ok(isDienLabel(line('THỦ TƯỚNG CHÍNH PHỦ điện:')));
    assert.ok(isDienLabel(line('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:')));
    assert.ok(!isDienLabel(line('Thủ tướng Chính phủ điện cho các địa phương.')));
    assert.ok(isDienLabel(line('Thủ tướng Chính phủ điện:')));
    assert.ok(!isDienLabel(line('Sở Công Thương đề nghị các đơn vị tiết kiệm điện:')));
  });

  it('"Kính gửi:" alone with one recipient on the next line is a Kính gửi block of that one item (KG-02)', () => {
    const m = modelOf('model/cv-kinh-gui-mot-noi-xuong-dong.md');
    assert.equal(m.kinhGui?.label.text, 'Kính gửi:');
    assert.deepEqual(texts(m.kinhGui!.items), ['Sở Tài chính tỉnh Lai Châu.']);
    assert.ok(!m.body.some((l) => l.text.startsWith('Sở Tài chính tỉnh')), 'the recipient is not body text');
    const a = analyze(readerFixture('model/cv-kinh-gui-mot-noi-xuong-dong.md'), { today: TODAY });
    assert.deepEqual(
      a.findings.filter((f) => f.severity !== 'information').map((f) => `${f.range.start.line} ${f.ruleId}`),
      ['13 ND30-KG-02'],
    );
  });

  it('the one recipient may follow after a blank line', () => {
    const m = model(CV('Kính gửi:\n\nỦy ban nhân dân huyện Tam Đường.'));
    assert.deepEqual(texts(m.kinhGui!.items), ['Ủy ban nhân dân huyện Tam Đường.']);
  });

  it('a body sentence after a bare "Kính gửi:" is not taken as the recipient', () => {
    const m = model(CV('Kính gửi:', 'Thực hiện Công văn số 12/UBND-VP, Sở Nội vụ đề nghị cung cấp số liệu./.'));
    assert.deepEqual(m.kinhGui!.items, []);
    assert.equal(m.body[0].text.startsWith('Thực hiện'), true);
  });

  it('bullet recipients stay a list', () => {
    const m = model(CV('Kính gửi:\n- Sở Tài chính;\n- Sở Kế hoạch và Đầu tư.'));
    assert.deepEqual(texts(m.kinhGui!.items), ['- Sở Tài chính;', '- Sở Kế hoạch và Đầu tư.']);
  });

  it('the recipients of a công điện are read as a list (dienGui), not body', () => {
    const m = modelOf('valid/cong-dien.md');
    assert.equal(m.type?.key, 'cong_dien');
    assert.equal(m.dienGui?.label.text, 'THỦ TƯỚNG CHÍNH PHỦ điện:');
    assert.deepEqual(texts(m.dienGui!.items), [
      '- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển;',
      '- Các Bộ trưởng: Quốc phòng, Công an, Nông nghiệp và Môi trường.',
    ]);
    assert.ok(m.body[0].text.startsWith('Để chủ động'));
    assert.equal(m.kinhGui, undefined);
  });
});

describe('reader/kinh-gui: a bare label then a blank line', () => {
  it('a capitalised body sentence after a blank line is not the recipient', () => {
    const m = model(CV('Kính gửi:', 'Sở Nội vụ nhận được Công văn số 12/UBND-VP của Ủy ban nhân dân tỉnh./.'));
    assert.deepEqual(m.kinhGui!.items, []);
  });
});

describe('reader/kinh-gui: a one-recipient line closed by a period', () => {
  it('bullets after "Kính gửi: Sở Tài chính." are body, not recipients', () => {
    const m = model(CV('Kính gửi: Sở Tài chính tỉnh Lai Châu.\n- Căn cứ Kế hoạch số 12/KH-UBND, Sở Nội vụ đề nghị:\n- Cung cấp số liệu biên chế năm 2026./.', ''));
    assert.deepEqual(m.kinhGui!.items, []);
    assert.equal(m.body[0]?.text, '- Căn cứ Kế hoạch số 12/KH-UBND, Sở Nội vụ đề nghị:');
  });
});
