import { strict as assert } from 'node:assert';
import { isAttachedToLine, isCapsTrichYeu, isTitleLine, isVeTrichYeu } from '../../../server/src/engine/reader/title';
import { analyze } from '../../../server/src/engine';
import { TODAY } from '../helpers';
import { line, model, modelOf, readerFixture, texts } from './util';

const QD = (trichYeu: string, authority = '**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**') =>
  `ỦY BAN NHÂN DÂN\n**TỈNH LAI CHÂU**\n\nSố: 15/QĐ-UBND\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n*Lai Châu, ngày 02 tháng 3 năm 2026*\n\n**QUYẾT ĐỊNH**\n\n${trichYeu}\n\n${authority}\n\n*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*\n\n**QUYẾT ĐỊNH:**\n\n**Điều 1.** Giao nhiệm vụ.\n`;

describe('reader/title', () => {
  it('recognises type titles', () => {
    assert.equal(isTitleLine(line('**QUYẾT ĐỊNH**'))?.key, 'quyet_dinh');
    assert.equal(isTitleLine(line('KẾ HOẠCH'))?.key, 'ke_hoach');
    assert.equal(isTitleLine(line('Quyết định này có hiệu lực kể từ ngày ký.')), undefined);
  });

  it('a capitals trích yếu wrapped after "CỦA BAN" goes on with "BÍ THƯ …" (not an authority line)', () => {
    const text = [
      'ỦY BAN NHÂN DÂN', 'TỈNH ĐIỆN BIÊN', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', 'Số: 41/KH-UBND', '',
      'Điện Biên, ngày 12 tháng 3 năm 2026', '', 'KẾ HOẠCH', 'THỰC HIỆN KẾT LUẬN SỐ 12-KL/TW NGÀY 05/01/2026 CỦA BAN',
      'BÍ THƯ VỀ CÔNG TÁC DÂN VẬN TRONG TÌNH HÌNH MỚI', 'Thực hiện Kết luận số 12-KL/TW, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:', 'I. MỤC ĐÍCH, YÊU CẦU', '',
    ].join('\n');
    const m = model(text);
    assert.deepEqual(texts(m.trichYeu), ['THỰC HIỆN KẾT LUẬN SỐ 12-KL/TW NGÀY 05/01/2026 CỦA BAN', 'BÍ THƯ VỀ CÔNG TÁC DÂN VẬN TRONG TÌNH HÌNH MỚI']);
    assert.deepEqual(m.authority, []);
    // Under a quyết định a capitals line after a complete trích yếu is still the authority line.
    const qd = model(text.replace('KẾ HOẠCH', 'QUYẾT ĐỊNH').replace(' CỦA BAN\nBÍ THƯ VỀ CÔNG TÁC DÂN VẬN TRONG TÌNH HÌNH MỚI', '\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH'));
    assert.deepEqual(texts(qd.authority), ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH']);
  });

  it('"BÁO CÁO KẾT QUẢ KIỂM TRA" after the header: the tên loại, then the start of the trích yếu (not an agency line)', () => {
    const text = [
      'TRƯỜNG ĐẠI HỌC SƯ PHẠM', 'PHÒNG KHẢO THÍ', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '',
      'Số: 15/BC-KT', '', 'Huế, ngày 10 tháng 4 năm 2026', '',
      'BÁO CÁO KẾT QUẢ KIỂM TRA', '', '1. Kết quả kiểm tra các kỳ thi học kỳ I năm học 2025 - 2026./.', '',
    ].join('\n');
    const m = model(text);
    assert.equal(m.type?.key, 'bao_cao');
    assert.equal(m.title?.text, 'BÁO CÁO');
    assert.deepEqual(texts(m.trichYeu), ['KẾT QUẢ KIỂM TRA']);
    assert.deepEqual(texts(m.agency), ['TRƯỜNG ĐẠI HỌC SƯ PHẠM', 'PHÒNG KHẢO THÍ']);
    const ids = analyze(text, { today: TODAY }).findings.map((f) => f.ruleId);
    assert.ok(ids.includes('ND30-TL-02'), 'the trích yếu in capitals is reported');
    assert.ok(!ids.includes('ND30-TL-04'), 'not read as a công văn');
    // A title line alone is unchanged; an agency-like line before the date is still an agency.
    assert.equal(model(text.replace('BÁO CÁO KẾT QUẢ KIỂM TRA', 'BÁO CÁO\nKết quả kiểm tra')).trichYeu[0]?.text, 'Kết quả kiểm tra');
  });

  it('a capitalised trích yếu under QUYẾT ĐỊNH that starts with any verb is the trích yếu', () => {
    const qd = line('QUYẾT ĐỊNH');
    for (const t of ['CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH', 'GIAO CHỈ TIÊU KẾ HOẠCH NĂM 2026', 'PHÂN BỔ KINH PHÍ', 'QUY ĐỊNH GIÁ DỊCH VỤ', 'BỔ NHIỆM CÁN BỘ', 'VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC'])
      assert.ok(isCapsTrichYeu(line(t), qd), t);
    for (const t of ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'GIÁM ĐỐC SỞ NỘI VỤ', 'BỘ TRƯỞNG BỘ NỘI VỤ', 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU', 'HỘI ĐỒNG NHÂN DÂN TỈNH'])
      assert.ok(!isCapsTrichYeu(line(t), qd), t);
  });

  it('reads the caps trích yếu and the authority line below it (TL-02 on the trích yếu, nothing missing)', () => {
    const m = modelOf('model/qd-trich-yeu-hoa-dong-tu.md');
    assert.deepEqual(texts(m.trichYeu), ['PHÂN BỔ KINH PHÍ HỖ TRỢ SẢN XUẤT NÔNG NGHIỆP NĂM 2026']);
    assert.deepEqual(texts(m.authority), ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH']);
    assert.equal(m.canCu.length, 2);
    const a = analyze(readerFixture('model/qd-trich-yeu-hoa-dong-tu.md'), { today: TODAY });
    const errs = a.findings.filter((f) => f.severity === 'error').map((f) => `${f.range.start.line} ${f.ruleId}`);
    assert.deepEqual(errs, ['12 ND30-TL-02']);
  });

  it('a caps trích yếu that wraps onto a second line keeps both lines', () => {
    const m = model(QD('**CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH**\n**TRONG LĨNH VỰC NỘI VỤ**'));
    assert.deepEqual(texts(m.trichYeu), ['CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH', 'TRONG LĨNH VỰC NỘI VỤ']);
    assert.deepEqual(texts(m.authority), ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH']);
  });

  it('a 320-character trích yếu is still the trích yếu', () => {
    const long = 'Về việc công bố danh mục thủ tục hành chính ' + 'được chuẩn hóa trong lĩnh vực nông nghiệp và môi trường '.repeat(5);
    assert.ok(long.length > 300);
    const m = model(QD(`**${long.trim()}**`));
    assert.equal(m.trichYeu.length, 1);
    assert.equal(m.trichYeu[0].text, long.trim());
    assert.deepEqual(texts(m.authority), ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH']);
  });

  it('no trích yếu: the authority line is not taken for one', () => {
    const m = model(QD('', '**GIÁM ĐỐC SỞ NỘI VỤ**'));
    assert.deepEqual(m.trichYeu, []);
    assert.deepEqual(texts(m.authority), ['GIÁM ĐỐC SỞ NỘI VỤ']);
  });

  it('"Về …" trích yếu and the "(Kèm theo …)" line of an attached document', () => {
    assert.ok(isVeTrichYeu(line('Về tăng cường công tác phòng cháy')));
    assert.ok(!isVeTrichYeu(line('Về việc này, Sở Nội vụ có ý kiến như sau:')));
    for (const t of ['(Kèm theo Quyết định số 15/QĐ-UBND)', '*(Ban hành kèm theo Quyết định số 15/QĐ-UBND)*', '(kem theo Công văn số 12/SNV-VP)'])
      assert.ok(isAttachedToLine(line(t)), t);
    assert.ok(!isAttachedToLine(line('Ban hành quy chế')));
  });
});

describe('reader/title: a document issued with a quyết định whose trích yếu starts on the title line', () => {
  // Published quy chế of a xã: "QUY CHẾ LÀM VIỆC" / "CỦA …" / "(Ban hành kèm theo …)", no Số, no date (Mẫu 1.3).
  const QC = (title: string, next: string) =>
    `| ỦY BAN NHÂN DÂN<br>**XÃ TẢ PHÌN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |\n|:---:|:---:|\n\n**${title}**\n\n**${next}**\n\n*(Ban hành kèm theo Quyết định số 59/QĐ-UBND ngày 22 tháng 7 năm 2026 của Ủy ban nhân dân xã Tả Phìn)*\n\n**Điều 1. Phạm vi điều chỉnh**\n\nQuy chế này quy định nguyên tắc làm việc của Ủy ban nhân dân xã./.\n`;
  it('reads the tên loại, the rest of the title line and the caps line under it as the trích yếu', () => {
    const m = model(QC('QUY CHẾ LÀM VIỆC', 'CỦA ỦY BAN NHÂN DÂN XÃ TẢ PHÌN'));
    assert.equal(m.title?.text, 'QUY CHẾ');
    assert.equal(m.type?.key, 'quy_che');
    assert.deepEqual(texts(m.trichYeu), ['LÀM VIỆC', 'CỦA ỦY BAN NHÂN DÂN XÃ TẢ PHÌN']);
    assert.deepEqual(texts(m.agency), ['ỦY BAN NHÂN DÂN', 'XÃ TẢ PHÌN']);
  });
  it('gives the same components as the title on its own line: no missing Số, date, signature or Nơi nhận', () => {
    const ids = (t: string) => analyze(t, { today: TODAY }).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.ruleId);
    assert.deepEqual(ids(QC('QUY CHẾ LÀM VIỆC', 'CỦA ỦY BAN NHÂN DÂN XÃ TẢ PHÌN')), ['ND30-TL-02']);
    assert.deepEqual(ids(QC('QUY CHẾ', 'LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ TẢ PHÌN')), ['ND30-TL-02']);
  });
  it('above "(Ban hành kèm theo …)", a trích yếu in lower case under the title line is read too ("QUY CHẾ LÀM VIỆC" / "của Ủy ban …")', () => {
    const m = model(QC('QUY CHẾ LÀM VIỆC', 'của Ủy ban nhân dân xã Tả Phìn'));
    assert.equal(m.title?.text, 'QUY CHẾ');
    assert.deepEqual(texts(m.trichYeu), ['LÀM VIỆC', 'của Ủy ban nhân dân xã Tả Phìn']);
    const ids = analyze(QC('QUY CHẾ LÀM VIỆC', 'của Ủy ban nhân dân xã Tả Phìn'), { today: TODAY }).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(ids, []);
  });
  it('without "(Kèm theo …)" and without a date, a caps line is not taken for a title with its trích yếu', () => {
    const m = model(QC('QUY CHẾ LÀM VIỆC', 'CỦA ỦY BAN NHÂN DÂN XÃ TẢ PHÌN').replace(/\*\(Ban hành kèm theo[^\n]*\n/, ''));
    assert.equal(m.title, undefined);
  });
});

describe('reader/title: where a wrapped caps trích yếu ends (pasted text)', () => {
  it('a mixed-case line or a "Thực hiện …" line after a caps trích yếu is body', () => {
    const m = model('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\nSố: 07/KH-UBND\nKẾ HOẠCH\nTRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN\nHÁN, THIẾU NƯỚC NĂM 2019 -\n2020\nThực hiện Chỉ\nthị số 12/CT-TTg của Thủ tướng Chính phủ về phòng, chống hạn\n');
    assert.deepEqual(texts(m.trichYeu), ['TRIỂN KHAI CÁC GIẢI PHÁP PHÒNG, CHỐNG HẠN', 'HÁN, THIẾU NƯỚC NĂM 2019 -', '2020']);
    assert.equal(m.body[0]?.text, 'Thực hiện Chỉ');
  });

  it('a capitals trích yếu a web copy wrapped after its first word ("BAN" / "HÀNH …") and after a comma', () => {
    const m = model(
      'ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 48/QĐ-UBND\n\nKhánh Hòa, ngày 22 tháng 02 năm 2026\n\n' +
        'QUYẾT ĐỊNH\nBAN\nHÀNH QUY CHẾ PHỐI HỢP GIỮA CỤC THỐNG KÊ VỚI CÁC SỞ,\nBAN, NGÀNH CỦA TỈNH\nỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA\nCăn cứ Luật Thống kê ngày 23 tháng 11 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.\n',
    );
    assert.deepEqual(texts(m.trichYeu), ['BAN', 'HÀNH QUY CHẾ PHỐI HỢP GIỮA CỤC THỐNG KÊ VỚI CÁC SỞ,', 'BAN, NGÀNH CỦA TỈNH']);
    assert.deepEqual(texts(m.authority), ['ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA']);
  });
});
