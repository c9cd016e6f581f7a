import { strict as assert } from 'node:assert';
import { isNoiNhanLabel } from '../../../server/src/engine/reader/noi-nhan';
import { line, model, modelOf, texts } from './util';

describe('reader/noi-nhan', () => {
  it('recognises the label, and not a sentence about recipients', () => {
    assert.ok(isNoiNhanLabel(line('***Nơi nhận:***')));
    assert.ok(isNoiNhanLabel(line('Nơi nhận: - Như trên; - Lưu: VT.')));
    assert.ok(!isNoiNhanLabel(line('Nơi nhận hồ sơ là Bộ phận một cửa của Ủy ban nhân dân xã Tam Đường.')));
  });

  it('reads the items and the drafter line; they are not body', () => {
    const m = model('Số: 1/SNV-VP\n\nV/v thử\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\nNội dung./.\n\n***Nơi nhận:***\n- Như trên;\n- Lưu: VT, VP.\nPL.(05)\n\n**GIÁM ĐỐC**\n\n**Nguyễn Văn An**\n');
    assert.deepEqual(texts(m.noiNhan!.items), ['- Như trên;', '- Lưu: VT, VP.']);
    assert.equal(m.drafter?.text, 'PL.(05)');
    assert.deepEqual(texts(m.body), ['Nội dung./.']);
  });

  it('the Nơi nhận of the main document, not of an attached one', () => {
    const m = modelOf('valid/qd-ke-hoach-sau-chu-ky.md');
    assert.deepEqual(texts(m.noiNhan!.items), ['- Như Điều 2;', '- Lưu: VT.']);
  });

  it('the file path some agencies print under Nơi nhận is not a recipient', () => {
    const m = model('Số: 45/UBND-VX\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VX.\nd:\\2026\\CV\\Bau chon du lich\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Lập\n');
    assert.deepEqual(texts(m.noiNhan!.items), ['- Như trên;', '- Lưu: VT, VX.']);
  });
});
