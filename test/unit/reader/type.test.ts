import { strict as assert } from 'node:assert';
import { model, modelOf } from './util';

describe('reader/type', () => {
  it('type from the title, the V/v line, Kính gửi or the Số', () => {
    assert.equal(modelOf('model/qd-thieu-can-cu.md').type?.key, 'quyet_dinh');
    assert.equal(modelOf('model/cv-ve-khong-vv.md').typeSource, 'v/v');
    assert.equal(model('Số: 12/TB-UBND\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\nNội dung.\n').type?.key, 'thong_bao');
  });

  it('front matter wins; regime from the Số year and the Party name', () => {
    assert.equal(model('---\nloai: to_trinh\n---\n\nNội dung.\n').type?.key, 'to_trinh');
    assert.equal(model('Số: 12/2026/QĐ-UBND\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n**QUYẾT ĐỊNH**\n').regime, 'vbqppl');
    assert.equal(model('Số: 12/2026/KH-UBND\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n**KẾ HOẠCH**\n').regime, 'hanh-chinh');
    assert.equal(model('**ĐẢNG CỘNG SẢN VIỆT NAM**\n\nNội dung.\n').regime, 'dang');
  });

  it('prose is not a document', () => {
    assert.equal(model('# Ghi chú cuộc họp\n\n- Bàn về kế hoạch.\n').isDocument, false);
  });
});
