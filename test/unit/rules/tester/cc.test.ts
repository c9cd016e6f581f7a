// Rule tester cases of the CC rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester, swap } from '../../rule-tester';
import { correct, incorrect } from './places';
import { fixture, quyetDinh } from '../../helpers';

ruleTester.run('ND30-CC-01', {
  valid: [
    correct('ND30-CC-01', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'),
    correct('ND30-CC-01', 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;'),
    correct('ND30-CC-01', 'Theo đề nghị của Chánh Văn phòng.'),
    // A list item of a tờ trình's body that starts "Căn cứ" is no căn cứ block (no authority line, not a QĐ/NQ).
    { name: 'bullet "- Căn cứ …" in a tờ trình body', code: fixture('valid/types-to-trinh.md').replace('a) Hoàn thiện hạ tầng số', '- Căn cứ kết quả rà soát, hoàn thiện hạ tầng số') },
  ],
  invalid: [
    { code: incorrect('ND30-CC-01', 'Căn cứ Quyết định số 701/QĐ-UBND ngày 24 tháng 5 năm 2023 của Ủy ban nhân dân tỉnh về …; Quyết định số 25/QĐ-SNV ngày 05 tháng 6 năm 2023 của Sở Nội vụ về … .'), errors: [{ range: [12, 90, 12, 113], message: 'Hai căn cứ trên cùng một dòng: "Quyết định số 25/QĐ-SNV"' }, { range: [12, 158, 12, 159], message: 'Cuối mỗi dòng căn cứ phải có dấu chấm phẩy (;), không phải' }], output: swap('*Căn cứ Quyết định số 701/QĐ-UBND ngày 24 tháng 5 năm 2023 của Ủy ban nhân dân tỉnh về …; Quyết định số 25/QĐ-SNV ngày 05 tháng 6 năm 2023 của Sở Nội vụ về … .*', '*Căn cứ Quyết định số 701/QĐ-UBND ngày 24 tháng 5 năm 2023 của Ủy ban nhân dân tỉnh về …;*\n*Căn cứ Quyết định số 25/QĐ-SNV ngày 05 tháng 6 năm 2023 của Sở Nội vụ về … ;*') },
    { code: incorrect('ND30-CC-01', 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư,'), errors: [{ range: [12, 93, 12, 94], message: 'Cuối mỗi dòng căn cứ phải có dấu chấm phẩy (;), không phải' }], output: swap('*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư,*', '*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*') },
    {
      // A commune draft typing its căn cứ as a list; the block is read all the same.
      name: 'a căn cứ typed as a list item',
      code: quyetDinh('*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;*', '- *Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;*'),
      errors: [{ range: [10, 0, 10, 2], message: 'Căn cứ không có gạch đầu dòng: bỏ "-" ở đầu dòng' }],
      output: quyetDinh(),
    },
    { code: incorrect('ND30-CC-01', 'Theo đề nghị của Chánh Văn phòng;'), errors: [{ range: [14, 33, 14, 34], message: 'Dòng cuối cùng của phần căn cứ phải kết thúc bằng dấu chấm' }], output: swap('*Theo đề nghị của Chánh Văn phòng;*', '*Theo đề nghị của Chánh Văn phòng.*') },
  ],
});

ruleTester.run('ND30-CC-02', {
  valid: [correct('ND30-CC-02', 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;'), correct('ND30-CC-02', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;')],
  invalid: [
    { code: incorrect('ND30-CC-02', 'Căn cứ Nghị định 30/2020/NĐ-CP;'), errors: [{ range: [12, 8, 12, 31], message: 'Căn cứ chưa đầy đủ, thiếu: ngày tháng năm ban hành, cơ quan' }] },
    { code: incorrect('ND30-CC-02', 'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;'), errors: [{ range: [12, 44, 12, 59], message: 'Trong văn bản hành chính, căn cứ Luật không ghi số, ký hiệu' }] },
  ],
});

ruleTester.run('ND30-CC-03', {
  valid: [correct('ND30-CC-03', 'Căn cứ Quyết định số 701/QĐ-UBND ngày 24 tháng 5 năm 2023 của Ủy ban nhân dân tỉnh về việc …;')],
  invalid: [
    { code: incorrect('ND30-CC-03', 'Căn cứ Quyết định số 701/QĐ-UBND ngày 24/5/2023 của Ủy ban nhân dân tỉnh về việc …;'), errors: [{ range: [12, 34, 12, 48], message: '"ngày 24/5/2023" → "ngày 24 tháng 5 năm 2023"' }], output: swap('*Căn cứ Quyết định số 701/QĐ-UBND ngày 24/5/2023 của Ủy ban nhân dân tỉnh về việc …;*', '*Căn cứ Quyết định số 701/QĐ-UBND ngày 24 tháng 5 năm 2023 của Ủy ban nhân dân tỉnh về việc …;*') },
    { code: incorrect('ND30-CC-03', 'Căn cứ Quyết định số 701/QĐ-UBND, ngày 24/5/2023 của …;'), errors: [{ range: [12, 33, 12, 49], message: '", ngày 24/5/2023" → "ngày 24 tháng 5 năm 2023"' }], output: swap('*Căn cứ Quyết định số 701/QĐ-UBND, ngày 24/5/2023 của …;*', '*Căn cứ Quyết định số 701/QĐ-UBND ngày 24 tháng 5 năm 2023 của …;*') },
    { code: incorrect('ND30-CC-03', 'Căn cứ Nghị định số 101/2017/NĐ-CP ngày 1 tháng 9 năm 2017 của Chính phủ …;'), errors: [{ range: [12, 36, 12, 59], message: '"ngày 1 tháng 9 năm 2017" → "ngày 01 tháng 9 năm 2017"' }], output: swap('*Căn cứ Nghị định số 101/2017/NĐ-CP ngày 1 tháng 9 năm 2017 của Chính phủ …;*', '*Căn cứ Nghị định số 101/2017/NĐ-CP ngày 01 tháng 9 năm 2017 của Chính phủ …;*') },
  ],
});

ruleTester.run('ND30-CC-05', {
  valid: [correct('ND30-CC-05', 'QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác …\nGIÁM ĐỐC SỞ NỘI VỤ\nCăn cứ …;\nTheo đề nghị của Chánh Văn phòng.\nQUYẾT ĐỊNH:')],
  invalid: [
    { code: incorrect('ND30-CC-05', 'QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác …\nGIÁM ĐỐC SỞ NỘI VỤ\nQUYẾT ĐỊNH:'), errors: [{ range: [10, 2, 10, 13], message: 'Thiếu phần căn cứ ban hành của quyết định: ghi các văn bản' }] },
  ],
});

ruleTester.run('ND30-CC-06', {
  valid: [correct('ND30-CC-06', 'GIÁM ĐỐC SỞ NỘI VỤ\nCăn cứ …;')],
  invalid: [
    { code: incorrect('ND30-CC-06', 'QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác …\nCăn cứ …;'), errors: [{ range: [8, 1, 8, 70], message: 'Thiếu dòng thẩm quyền ban hành trước phần căn cứ của quyết' }] },
  ],
});

ruleTester.run('ND30-CC-07', {
  valid: [correct('ND30-CC-07', 'QUYẾT ĐỊNH:'), correct('ND30-CC-07', 'QUYẾT NGHỊ:')],
  invalid: [
    { code: incorrect('ND30-CC-07', 'Quyết định:'), errors: [{ range: [16, 2, 16, 13], message: '"Quyết định:" → "QUYẾT ĐỊNH:"' }], output: swap('**Quyết định:**', '**QUYẾT ĐỊNH:**') },
    { code: incorrect('ND30-CC-07', 'QUYẾT ĐỊNH'), errors: [{ range: [16, 2, 16, 12], message: '"QUYẾT ĐỊNH" → "QUYẾT ĐỊNH:"' }], output: swap('*Theo đề nghị của Giám đốc Sở Nội vụ.*\n\n**QUYẾT ĐỊNH**', '*Theo đề nghị của Giám đốc Sở Nội vụ.*\n\n**QUYẾT ĐỊNH:**') },
    { code: incorrect('ND30-CC-07', 'QUYẾT ĐỊNH :'), errors: [{ range: [16, 2, 16, 14], message: '"QUYẾT ĐỊNH :" → "QUYẾT ĐỊNH:"' }], output: swap('**QUYẾT ĐỊNH :**', '**QUYẾT ĐỊNH:**') },
  ],
});
