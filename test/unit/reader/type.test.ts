import { strict as assert } from 'node:assert';
import { model, modelOf, texts } from './util';

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

  it('a capitals "VỀ VIỆC …" under a Số naming a type, title lost by a web copy: that type, and the authority line after it', () => {
    const m = model(
      'ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 38/QĐ-UBND\n\nBắc Kạn, ngày 07 tháng 02 năm 2026\n\n' +
        'VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH PHÒNG, CHỐNG HIV/AIDS NĂM 2026\nỦY BAN NHÂN DÂN TỈNH BẮC KẠN\nCăn cứ Luật Phòng, chống HIV/AIDS ngày 29 tháng 6 năm 2006;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch.\n',
    );
    assert.equal(m.type?.key, 'quyet_dinh');
    assert.deepEqual(texts(m.agency), ['ỦY BAN NHÂN DÂN', 'TỈNH BẮC KẠN']);
    assert.deepEqual(texts(m.authority), ['ỦY BAN NHÂN DÂN TỈNH BẮC KẠN']);
    // A công văn's "V/v" line keeps making a công văn.
    assert.equal(model('BỘ Y TẾ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 12/BYT-KH\nV/v tăng cường phòng, chống dịch\n\nHà Nội, ngày 07 tháng 02 năm 2026\n\nKính gửi: Sở Y tế các tỉnh.\n').type?.key, 'cong_van');
  });
});
