// Rule tester cases of the DOC rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester, swap } from '../../rule-tester';
import { congVan, fixture, quyetDinh } from '../../helpers';
import { correct, incorrect } from './places';

// A quy chế issued with a decision, in its own file (Mẫu 1.3: no Số, date, signature or Nơi nhận of its own).
const attached = (line: string) =>
  `| ỦY BAN NHÂN DÂN<br>**XÃ HÒA AN** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |\n|:---:|:---:|\n\n**QUY CHẾ**\n\n**Làm việc của Ủy ban nhân dân xã Hòa An**\n\n*${line}*\n\n**Điều 1. Phạm vi điều chỉnh**\n\nQuy chế này quy định chế độ làm việc của Ủy ban nhân dân xã Hòa An./.\n`;

ruleTester.run('ND30-DOC-02', {
  valid: [
    correct('ND30-DOC-02', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'),
    { name: 'attached quy chế: (Kèm theo Quyết định …)', code: attached('(Kèm theo Quyết định số 59/QĐ-UBND ngày 22 tháng 7 năm 2026 của Ủy ban nhân dân xã Hòa An)') },
    { name: 'attached quy chế: (Ban hành kèm theo Quyết định …)', code: attached('(Ban hành kèm theo Quyết định số 59/QĐ-UBND ngày 22 tháng 7 năm 2026 của Ủy ban nhân dân xã Hòa An)') },
  ],
  invalid: [
    { code: incorrect('ND30-DOC-02', '(một công văn không có dòng "Số:")'), errors: [{ range: [1, 2, 1, 11], message: 'Thiếu thành phần thể thức: số, ký hiệu văn bản ("Số: …/…")' }] },
    {
      // A web copy that dropped the "QUYẾT ĐỊNH" line: the trích yếu in capitals under a Số naming a quyết định.
      name: 'tên loại lost above a trích yếu in capitals (type from the Số)',
      code: 'BỘ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 120/QĐ-BNV\n\nHà Nội, ngày 10 tháng 3 năm 2026\n\nVỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH\n\nBỘ TRƯỞNG BỘ NỘI VỤ\n\nCăn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ;\nTheo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thành lập Tổ công tác cải cách hành chính của Bộ Nội vụ.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT, TCCB.\n\nBỘ TRƯỞNG\n\nNguyễn Văn An\n',
      errors: [{ range: [11, 0, 11, 19], message: 'Thiếu thành phần thể thức: tên loại văn bản' }],
    },
    {
      // The same with a trích yếu that starts with its verb ("BAN HÀNH …"): not an agency line.
      name: 'tên loại lost above "BAN HÀNH …" in capitals (type from the Số)',
      code: 'BỘ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 120/QĐ-BNV\n\nHà Nội, ngày 10 tháng 3 năm 2026\n\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA TỔ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH\n\nBỘ TRƯỞNG BỘ NỘI VỤ\n\nCăn cứ Nghị định số 25/2025/NĐ-CP ngày 21 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nội vụ;\nTheo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Tổ công tác cải cách hành chính.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT, TCCB.\n\nBỘ TRƯỞNG\n\nNguyễn Văn An\n',
      errors: [{ range: [11, 0, 11, 19], message: 'Thiếu thành phần thể thức: tên loại văn bản' }],
    },
    {
      name: 'an attachment note naming no decision is not the Mẫu 1.3 form',
      code: attached('(Ban hành kèm theo Công văn số 59/UBND ngày 22 tháng 7 năm 2026)'),
      errors: [
        { range: [0, 23, 0, 32], message: 'Thiếu thành phần thể thức: số, ký hiệu văn bản' },
        { range: [0, 81, 0, 108], message: 'Thiếu thành phần thể thức: địa danh và thời gian ban hành' },
        { range: [11, 0, 11, 69], message: 'Thiếu thành phần thể thức: chức vụ, họ tên và chữ ký' },
        { range: [11, 0, 11, 69], message: 'Thiếu thành phần thể thức: nơi nhận' },
      ],
    },
  ],
});

ruleTester.run('ND30-DOC-03', {
  valid: [correct('ND30-DOC-03', 'QUYẾT ĐỊNH'), correct('ND30-DOC-03', 'TỜ TRÌNH'), correct('ND30-DOC-03', 'KẾ HOẠCH')],
  invalid: [
    { code: incorrect('ND30-DOC-03', 'CÔNG VĂN'), errors: [{ range: [4, 2, 4, 10], message: 'Công văn không có dòng tên loại "CÔNG VĂN": trích yếu trình' }] },
    { code: incorrect('ND30-DOC-03', 'PHIẾU TRÌNH'), errors: [{ range: [4, 2, 4, 13], message: '"PHIẾU TRÌNH" không phải tên loại văn bản hành chính của' }] },
  ],
});

ruleTester.run('ND30-DOC-04', {
  valid: [correct('ND30-DOC-04', 'Giám đốc Sở yêu cầu Thủ trưởng các phòng, đơn vị nghiêm túc triển khai thực hiện./.')],
  invalid: [
    { code: incorrect('ND30-DOC-04', 'Giám đốc Sở yêu cầu Thủ trưởng các phòng, đơn vị nghiêm túc triển khai thực hiện.'), errors: [{ range: [24, 98, 24, 99], message: 'Nội dung văn bản kết thúc bằng "./.", không phải "."' }], output: swap('Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Văn phòng Sở Nội vụ để được hướng dẫn.', 'Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Văn phòng Sở Nội vụ để được hướng dẫn./.') },
    { code: incorrect('ND30-DOC-04', 'Giám đốc Sở yêu cầu Thủ trưởng các phòng, đơn vị nghiêm túc triển khai thực hiện'), errors: [{ range: [24, 97, 24, 98], message: 'Nội dung văn bản kết thúc bằng "./."' }], output: swap('Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Văn phòng Sở Nội vụ để được hướng dẫn', 'Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Văn phòng Sở Nội vụ để được hướng dẫn./.') },
  ],
});

ruleTester.run('ND30-DOC-05', {
  valid: [correct('ND30-DOC-05', 'Số: 05/SNV-VP')],
  invalid: [
    { code: incorrect('ND30-DOC-05', 'Số:      /QĐ-UBND'), errors: [{ range: [3, 3, 3, 9], message: 'Chưa điền số văn bản (số được cấp sau khi ký ban hành)' }] },
    { code: incorrect('ND30-DOC-05', 'Lai Châu, ngày … tháng … năm 2026'), errors: [{ range: [10, 16, 10, 17], message: 'Chưa điền: "…"' }, { range: [10, 24, 10, 25], message: 'Chưa điền: "…"' }] },
    { code: incorrect('ND30-DOC-05', 'Kính gửi: [CẦN BỔ SUNG: nơi nhận]'), errors: [{ range: [12, 10, 12, 33], message: 'Chưa điền: [CẦN BỔ SUNG: nơi nhận]' }] },
  ],
});

// Rules without examples (a notice on the regime of the whole document).
ruleTester.run('ND30-DOC-06', {
  valid: [congVan(), quyetDinh(), fixture('regimes/dang-cong-van.md')],
  invalid: [{ code: fixture('regimes/nghi-dinh-30.md'), errors: [{ range: [3, 2, 3, 11], message: 'Văn bản quy phạm pháp luật' }], output: null }],
});

ruleTester.run('ND30-DOC-07', {
  valid: [congVan(), quyetDinh(), fixture('regimes/nghi-dinh-30.md')],
  invalid: [
    { code: fixture('regimes/dang-cong-van.md'), errors: [{ range: [0, 103, 0, 125], message: 'Văn bản của Đảng ("ĐẢNG CỘNG SẢN VIỆT NAM")' }], output: null },
    {
      name: 'a Party letter laid out line by line',
      code: congVan('UBND TỈNH LAI CHÂU\n**SỞ NỘI VỤ**', 'ĐẢNG BỘ TỈNH LAI CHÂU\n**TỈNH ỦY**').replace('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**', '**ĐẢNG CỘNG SẢN VIỆT NAM**'),
      errors: [{ range: [7, 2, 7, 24], message: 'Văn bản của Đảng' }],
      output: null,
    },
  ],
});
