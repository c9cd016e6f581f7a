import { strict as assert } from 'node:assert';
import { flatHeaderParts, isAgencyLike, isMark, isQuocHieu, isTieuNgu } from '../../../server/src/engine/reader/header';
import { line, model, modelOf, texts } from './util';

describe('reader/header', () => {
  it('recognises Quốc hiệu, Tiêu ngữ and marks, and not look-alikes', () => {
    assert.ok(isQuocHieu(line('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**')));
    assert.ok(isTieuNgu(line('Độc lập - Tự do - Hạnh phúc')));
    assert.ok(isMark(line('**KHẨN**')));
    assert.ok(!isMark(line('Khẩn trương triển khai')));
    assert.ok(!isQuocHieu(line('Việt Nam là nước cộng hòa')));
    assert.ok(isAgencyLike(line('Sở Nội vụ')));
    assert.ok(!isAgencyLike(line('Sở Nội vụ đề nghị các cơ quan.')));
  });

  it('a Tiêu ngữ a web copy wrapped after "Độc lập -" is one Tiêu ngữ (not a missing one)', () => {
    const m = modelOf('valid/kh-web-tieu-ngu-tach-dong.md');
    assert.equal(m.tieuNgu?.text, 'Độc lập - Tự do - Hạnh phúc');
    assert.equal(m.so?.text, 'Số: 14/KH-UBND');
    assert.equal(m.title?.text, 'KẾ HOẠCH');
    // Not across a blank line, and not a sentence that starts "Độc lập".
    assert.equal(model('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập -\n\nTự do - Hạnh phúc\n').tieuNgu, undefined);
    assert.equal(model('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập dân tộc\nTự do - Hạnh phúc\n').tieuNgu, undefined);
  });

  it('reads the plain-line header of a công văn (agency, Số, V/v, Quốc hiệu, date)', () => {
    const m = modelOf('model/cv-kinh-gui-mot-noi-xuong-dong.md');
    assert.deepEqual(texts(m.agency), ['UBND TỈNH LAI CHÂU', 'SỞ NỘI VỤ']);
    assert.equal(m.so?.text, 'Số: 55/SNV-VP');
    assert.deepEqual(texts(m.trichYeu), ['V/v đề nghị cung cấp số liệu']);
    assert.equal(m.date?.text, 'Lai Châu, ngày 15 tháng 5 năm 2026');
    assert.ok(m.quocHieu && m.tieuNgu);
    assert.equal(m.headerEnd, m.kinhGui?.label.i);
  });

  it('a công văn trích yếu that starts "Về …" (no V/v) does not stop the header', () => {
    const m = modelOf('model/cv-ve-khong-vv.md');
    assert.equal(m.type?.key, 'cong_van');
    assert.deepEqual(texts(m.trichYeu), ['Về tăng cường phòng, chống dịch sốt xuất huyết']);
    assert.ok(m.trichYeuInHeader);
    assert.ok(m.quocHieu && m.tieuNgu && m.date && m.kinhGui);
  });

  it('a "Về …" sentence of the body is not a trích yếu', () => {
    const m = model('Về tình hình thực hiện, các đơn vị đã hoàn thành kế hoạch.\n\nCác đơn vị tiếp tục thực hiện.\n');
    assert.deepEqual(m.trichYeu, []);
    assert.equal(m.isDocument, false);
  });

  it('UPPER lines alone (a README title) are no header', () => {
    const m = model('# HƯỚNG DẪN SỬ DỤNG\n\nCài đặt phần mở rộng rồi mở tệp.\n');
    assert.deepEqual(m.agency, []);
    assert.equal(m.headerEnd, 0);
  });

  it('splits header columns a web copy flattened onto one line, and nothing else', () => {
    const parts = (md: string) => flatHeaderParts(line(md))?.map((p) => p.text);
    assert.deepEqual(parts('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
    assert.deepEqual(parts('TỈNH SÓC TRĂNG Độc lập - Tự do - Hạnh phúc'), ['TỈNH SÓC TRĂNG', 'Độc lập - Tự do - Hạnh phúc']);
    assert.deepEqual(parts('Số: 318/UBND-VX Sóc Trăng, ngày 06 tháng 4 năm 2026'), ['Số: 318/UBND-VX', 'Sóc Trăng, ngày 06 tháng 4 năm 2026']);
    assert.deepEqual(parts('Số: 15/CT-UBND | Hà Nội, ngày 25 tháng 12 năm 2026 |'), ['Số: 15/CT-UBND', 'Hà Nội, ngày 25 tháng 12 năm 2026']);
    assert.deepEqual(parts('ỦY BAN NHÂN DÂN TỈNH CÀ MAU ------ Số: 27/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------ Cà Mau, ngày 12 tháng 3 năm 2026 |'), [
      'ỦY BAN NHÂN DÂN TỈNH CÀ MAU',
      'Số: 27/QĐ-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Cà Mau, ngày 12 tháng 3 năm 2026',
    ]);
    // Whole lines, and prose naming the Quốc hiệu, are left alone.
    for (const t of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc --------', 'Số: 15/QĐ-UBND', 'Hà Nội, ngày 05 tháng 3 năm 2026', 'ỦY BAN NHÂN DÂN TỈNH CÀ MAU -------', 'Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam bảo đảm quyền con người.'])
      assert.equal(parts(t), undefined, t);
    // Each part keeps its source offsets.
    const so = flatHeaderParts(line('Số: 318/UBND-VX Sóc Trăng, ngày 06 tháng 4 năm 2026'))![1];
    assert.equal(so.starts[0], 16);
  });

  it('reads a header flattened onto lines by a web copy (agency beside the Quốc hiệu, Số beside the date)', () => {
    const m = modelOf('valid/cv-dau-trang-mot-dong.md');
    assert.deepEqual(texts(m.agency), ['ỦY BAN NHÂN DÂN', 'TỈNH SÓC TRĂNG']);
    assert.equal(m.quocHieu?.text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    assert.equal(m.tieuNgu?.text, 'Độc lập - Tự do - Hạnh phúc');
    assert.equal(m.so?.text, 'Số: 318/UBND-VX');
    assert.equal(m.date?.text, 'Sóc Trăng, ngày 06 tháng 4 năm 2026');
  });

  it('reads a draft copied from PDF: "Số:" and its ký hiệu in two places, the date in three paragraphs, "DỰ THẢO" above the title', () => {
    const m = modelOf('valid/ttr-du-thao-tu-pdf.md');
    assert.equal(m.so?.text, 'Số: /TTr-BNV');
    assert.equal(m.date?.text, 'Hà Nội, ngày tháng năm 2026');
    assert.equal(m.title?.text, 'TỜ TRÌNH');
    assert.deepEqual(texts(m.agency), ['BỘ NỘI VỤ']);
  });
});
