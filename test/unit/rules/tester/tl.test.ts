// Rule tester cases of the TL rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester, swap } from '../../rule-tester';
import { correct, incorrect } from './places';

ruleTester.run('ND30-TL-01', {
  valid: [correct('ND30-TL-01', '**QUYẾT ĐỊNH**')],
  invalid: [
    { code: incorrect('ND30-TL-01', '**Quyết định**'), errors: [{ range: [4, 2, 4, 12], message: '"Quyết định" → "QUYẾT ĐỊNH"' }], output: swap('**Quyết định**', '**QUYẾT ĐỊNH**') },
    { code: incorrect('ND30-TL-01', '**QUYẾT ĐỊNH:**'), errors: [{ range: [4, 12, 4, 13], message: '"QUYẾT ĐỊNH:" → "QUYẾT ĐỊNH"' }], output: swap('| Số: 15/QĐ-UBND | *Lai Châu, ngày 09 tháng 02 năm 2026* |\n\n**QUYẾT ĐỊNH:**', '| Số: 15/QĐ-UBND | *Lai Châu, ngày 09 tháng 02 năm 2026* |\n\n**QUYẾT ĐỊNH**') },
  ],
});

ruleTester.run('ND30-TL-02', {
  valid: [correct('ND30-TL-02', 'Về công tác phòng, chống lụt bão'), correct('ND30-TL-02', 'V/v nâng bậc lương năm 2019')],
  invalid: [
    { code: incorrect('ND30-TL-02', 'VỀ CÔNG TÁC PHÒNG, CHỐNG LỤT BÃO'), errors: [{ range: [6, 2, 6, 34], message: '"VỀ CÔNG TÁC PHÒNG, CHỐNG LỤT BÃO" → "Về công tác phòng, chống lụt bão"' }], output: swap('**VỀ CÔNG TÁC PHÒNG, CHỐNG LỤT BÃO**', '**Về công tác phòng, chống lụt bão**') },
    { code: incorrect('ND30-TL-02', 'Về Công Tác Phòng, Chống Lụt Bão'), errors: [{ range: [6, 2, 6, 34], message: 'Trích yếu viết bằng chữ in thường, chỉ viết hoa chữ cái đầu' }], knownIssue: 'meta.fixable, but this report has no fix' },
  ],
});

ruleTester.run('ND30-TL-03', {
  valid: [correct('ND30-TL-03', 'Về việc thành lập Tổ công tác …'), correct('ND30-TL-03', 'Ban hành Quy chế làm việc …')],
  invalid: [
    { code: incorrect('ND30-TL-03', 'Thành lập Tổ công tác … (gợi ý: "Về việc thành lập Tổ công tác …")'), errors: [{ range: [6, 2, 6, 7], message: 'Gợi ý: trích yếu quyết định theo mẫu thường bắt đầu bằng' }] },
  ],
});

ruleTester.run('ND30-TL-04', {
  valid: [correct('ND30-TL-04', 'V/v nâng bậc lương năm 2019')],
  invalid: [
    { code: incorrect('ND30-TL-04', 'V/V nâng bậc lương năm 2019'), errors: [{ range: [5, 0, 5, 3], message: '"V/V" → "V/v"' }], output: swap('V/V nâng bậc lương năm 2019', 'V/v nâng bậc lương năm 2019') },
    { code: incorrect('ND30-TL-04', 'v/v nâng bậc lương năm 2019'), errors: [{ range: [5, 0, 5, 3], message: '"v/v" → "V/v"' }], output: swap('v/v nâng bậc lương năm 2019', 'V/v nâng bậc lương năm 2019') },
    { code: incorrect('ND30-TL-04', 'V/v: nâng bậc lương năm 2019'), errors: [{ range: [5, 0, 5, 4], message: 'Sau chữ "V/v" là một dấu cách rồi đến trích yếu, không có' }], output: swap('V/v: nâng bậc lương năm 2019', 'V/v nâng bậc lương năm 2019') },
    { code: incorrect('ND30-TL-04', 'Về việc nâng bậc lương năm 2019'), errors: [{ range: [5, 0, 5, 7], message: 'Trích yếu công văn viết sau chữ "V/v", không viết "Về việc"' }], output: swap('Về việc nâng bậc lương năm 2019', 'V/v nâng bậc lương năm 2019') },
  ],
});

ruleTester.run('ND30-TL-05', {
  valid: [correct('ND30-TL-05', 'QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác')],
  invalid: [
    { code: incorrect('ND30-TL-05', 'TỜ TRÌNH\nV/v đề nghị phê duyệt Đề án'), errors: [{ range: [6, 2, 6, 5], message: '"V/v" → "Về việc"' }], output: swap('**V/v đề nghị phê duyệt Đề án**', '**Về việc đề nghị phê duyệt Đề án**') },
  ],
});

ruleTester.run('ND30-TL-07', {
  valid: [correct('ND30-TL-07', '**GIẤY GIỚI THIỆU**\nSở Nội vụ trân trọng giới thiệu:')],
  invalid: [
    { code: incorrect('ND30-TL-07', '**GIẤY GIỚI THIỆU**\n**Về việc giao nộp hồ sơ lưu trữ**'), errors: [{ range: [6, 2, 6, 32], message: 'Giấy giới thiệu không có trích yếu dưới tên loại (Mẫu 1.8);' }] },
  ],
});

ruleTester.run('ND30-TL-08', {
  valid: [correct('ND30-TL-08', 'QUY CHẾ\nLàm việc của Sở Nội vụ\n*(Kèm theo Quyết định số 15/QĐ-SNV ngày 05 tháng 01 năm 2026 của Giám đốc Sở Nội vụ)*')],
  invalid: [
    { code: incorrect('ND30-TL-08', 'Kèm theo Quyết định số 15/QĐ-SNV ngày 05/01/2026 của Giám đốc Sở Nội vụ'), errors: [{ range: [41, 0, 41, 71], message: 'Dòng "Kèm theo …" đặt trong ngoặc đơn: "(Kèm theo Quyết' }, { range: [41, 33, 41, 48], message: '"ngày 05/01/2026" → "ngày 05 tháng 01 năm 2026"' }], output: swap('Kèm theo Quyết định số 15/QĐ-SNV ngày 05/01/2026 của Giám đốc Sở Nội vụ', '(Kèm theo Quyết định số 15/QĐ-SNV ngày 05 tháng 01 năm 2026 của Giám đốc Sở Nội vụ)') },
  ],
});
