// Text pasted from a PDF or a web page: header parts, the căn cứ lead-in and
// the V/v line wrap over several lines with no blank line between.

import { strict as assert } from 'node:assert';
import { modelOf, model, texts } from './util';

describe('reader: header and căn cứ wrapped over lines (pasted text)', () => {
  it('Quốc hiệu, date and place split over lines are each one component; "Số:" with the number below is one Số', () => {
    const m = modelOf('model/qd-so-tach-dong.md');
    assert.equal(m.quocHieu?.text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    assert.equal(m.so?.text, 'Số: 12/2026/QĐ-UBND');
    assert.equal(m.regime, 'vbqppl');
    assert.equal(m.date?.text, 'Bến Tre, ngày 11 tháng 3 năm 2026');
    assert.equal(m.title?.text, 'QUYẾT ĐỊNH');
    assert.deepEqual(texts(m.trichYeu), ['Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh']);
    // Offsets: the joined Quốc hiệu maps back to both source lines.
    const q = m.quocHieu!;
    assert.equal(m.md.text.slice(q.starts[0], q.ends[q.text.length - 1]), 'CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('a year wrapped alone onto the next line belongs to the date (with or without the place split too)', () => {
    const m = modelOf('valid/nq-web-nam-tach-dong.md');
    assert.equal(m.date?.text, 'Cao Bằng, ngày 12 tháng 7 năm 2026');
    assert.equal(m.title?.text, 'NGHỊ QUYẾT');
    const head = 'ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 30/KH-UBND\n\n';
    const m2 = model(head + 'Điện Biên, ngày 05 tháng 3 năm\n2026\n\nKẾ HOẠCH\nTuyên truyền pháp luật năm 2026\n');
    assert.equal(m2.date?.text, 'Điện Biên, ngày 05 tháng 3 năm 2026');
    assert.equal(m2.title?.text, 'KẾ HOẠCH');
    const d = m2.date!;
    assert.equal(m2.md.text.slice(d.starts[0], d.ends[d.text.length - 1]), 'Điện Biên, ngày 05 tháng 3 năm\n2026');
    // A number in a paragraph of its own is not taken for the year.
    const m3 = model(head + 'Điện Biên, ngày 05 tháng 3 năm 2026\n2026\n\nKẾ HOẠCH\n');
    assert.equal(m3.date?.text, 'Điện Biên, ngày 05 tháng 3 năm 2026');
  });

  it('a date line that is complete is not joined with the line above', () => {
    const m = modelOf('model/cv-vv-xuong-dong-viet-tat.md');
    assert.equal(m.date?.text, 'Lai Châu, ngày 02 tháng 4 năm 2026');
    assert.deepEqual(texts(m.trichYeu), ['V/v chính sách thuế', 'TNCN']);
    assert.deepEqual(texts(m.agency), ['TỔNG CỤC THUẾ', 'CỤC THUẾ TỈNH LAI CHÂU']);
  });

  it('a lead-in sentence ending with ":" is not the last căn cứ', () => {
    const m = modelOf('valid/ke-hoach-dan-tu-pdf.md');
    assert.deepEqual(texts(m.canCu), ['Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;']);
    assert.ok(m.body[0].text.startsWith('Thực hiện Công văn'));
    const m2 = model('**KẾ HOẠCH**\n\nCăn cứ Chỉ thị số 37-CT/TW ngày\n03/9/2019 của Ban Bí thư, Ủy ban nhân dân tỉnh ban hành\nKế hoạch như sau:\nI. MỤC ĐÍCH\n');
    assert.deepEqual(m2.canCu, []);
  });

  it('a list attached "(Gửi kèm Công văn số …)" after the signature table is an annex; the signer stays', () => {
    const m = modelOf('model/cv-danh-sach-gui-kem.md');
    assert.equal(m.signers[0]?.name?.text, 'Trần Văn Thuấn');
    assert.equal(m.annexes[0]?.title?.text, 'DANH SÁCH CÁC TỈNH, THÀNH PHỐ ĐƯỢC ĐỀ NGHỊ ĐÁNH GIÁ');
    assert.ok(m.annexes[0].attachedTo?.text.startsWith('(Gửi kèm Công văn'));
  });
});

describe('reader: joined trích yếu and căn cứ items', () => {
  const QD = 'BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 71/QĐ-BTC\nHà Nội, ngày 24 tháng 4 năm 2026\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính được sửa đổi,\nbổ sung trong lĩnh vực hải quan\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát\nthủ tục hành chính; Nghị định số 48/2013/NĐ-CP ngày 14 tháng 5 năm 2013 của Chính phủ\nsửa đổi, bổ sung một số điều của các nghị định liên quan;\nXét đề nghị của Tổng cục trưởng Tổng cục Hải quan.\nQUYẾT ĐỊNH:\nĐiều 1. Công bố kèm theo Quyết định này thủ tục hành chính.\n';

  it('trichYeuLine joins the wrapped trích yếu with offsets of both source lines', () => {
    const m = model(QD);
    assert.equal(m.trichYeu.length, 2);
    assert.equal(m.trichYeuLine?.text, 'Về việc công bố thủ tục hành chính được sửa đổi, bổ sung trong lĩnh vực hải quan');
    const t = m.trichYeuLine!;
    assert.equal(m.md.text.slice(t.starts[0], t.ends[t.text.length - 1]), 'Về việc công bố thủ tục hành chính được sửa đổi,\nbổ sung trong lĩnh vực hải quan');
  });

  it('canCu: one joined line per căn cứ (a wrapped căn cứ is checked like one on a single line)', () => {
    const m = model(QD);
    assert.equal(m.canCu.length, 2);
    assert.equal(m.canCuItems, m.canCu);
    assert.deepEqual(
      m.canCuItems.map((l) => l.text.slice(0, 30)),
      ['Căn cứ Nghị định số 63/2010/NĐ', 'Xét đề nghị của Tổng cục trưởn'],
    );
    assert.ok(m.canCuItems[0].text.endsWith('các nghị định liên quan;'));
  });

  it('without wrapping, canCuItems are the căn cứ lines', () => {
    const m = modelOf('model/qd-so-ky-hieu-xuong-dong.md');
    assert.deepEqual(texts(m.canCuItems), texts(m.canCu));
    assert.equal(m.trichYeuLine, m.trichYeu[0]);
  });
});

describe('reader: joined lines know their parts', () => {
  it('a wrapped căn cứ covers both of its document lines', async () => {
    const { coversLine, partsOf } = await import('../../../server/src/engine/model');
    const m = model('**QUYẾT ĐỊNH**\n\n**Về việc thử**\n\n**CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ**\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6\nnăm 2025;\nXét đề nghị của Văn phòng.\n\n**QUYẾT ĐỊNH:**\n');
    const first = m.canCu[0];
    assert.equal(partsOf(first).length, 2);
    assert.ok(coversLine(first, m.lines[first.i + 1]));
    assert.ok(!coversLine(first, m.canCu[1]));
  });
});
