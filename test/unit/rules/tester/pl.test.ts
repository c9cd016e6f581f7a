// Rule tester cases of the PL rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester, swap } from '../../rule-tester';
import { correct, incorrect } from './places';

ruleTester.run('ND30-PL-01', {
  valid: [correct('ND30-PL-01', 'Danh sách các đơn vị tại Phụ lục kèm theo.\n…\nPhụ lục\nDANH SÁCH CÁC ĐƠN VỊ')],
  invalid: [
    { code: incorrect('ND30-PL-01', 'Đề nghị các đơn vị thực hiện.\n…\nPhụ lục\nDANH SÁCH CÁC ĐƠN VỊ'), errors: [{ range: [41, 2, 41, 9], message: 'Văn bản có "Phụ lục" nhưng nội dung không có chỉ dẫn về phụ' }] },
  ],
});

ruleTester.run('ND30-PL-02', {
  valid: [correct('ND30-PL-02', 'Phụ lục I'), correct('ND30-PL-02', 'Phụ lục II')],
  invalid: [
    { code: incorrect('ND30-PL-02', 'Phụ lục 1'), errors: [{ range: [39, 9, 39, 11], message: '"1" → "I"' }, { range: [48, 9, 48, 11], message: '"2" → "II"' }], output: swap('**Phụ lục 1**\n\n**DANH SÁCH CÁC ĐƠN VỊ**\n\n*(Kèm theo Công văn số 05/SNV-VP ngày 05 tháng 3 năm 2026 của Sở Nội vụ)*\n\n1. Văn phòng Sở./.\n\n\n**Phụ lục 2**', '**Phụ lục I**\n\n**DANH SÁCH CÁC ĐƠN VỊ**\n\n*(Kèm theo Công văn số 05/SNV-VP ngày 05 tháng 3 năm 2026 của Sở Nội vụ)*\n\n1. Văn phòng Sở./.\n\n\n**Phụ lục II**') },
    { code: incorrect('ND30-PL-02', 'Phụ lục 2'), errors: [{ range: [39, 9, 39, 11], message: '"2" → "II"' }, { range: [48, 9, 48, 11], message: '"3" → "III"' }], output: swap('**Phụ lục 2**\n\n**DANH SÁCH CÁC ĐƠN VỊ**\n\n*(Kèm theo Công văn số 05/SNV-VP ngày 05 tháng 3 năm 2026 của Sở Nội vụ)*\n\n1. Văn phòng Sở./.\n\n\n**Phụ lục 3**', '**Phụ lục II**\n\n**DANH SÁCH CÁC ĐƠN VỊ**\n\n*(Kèm theo Công văn số 05/SNV-VP ngày 05 tháng 3 năm 2026 của Sở Nội vụ)*\n\n1. Văn phòng Sở./.\n\n\n**Phụ lục III**') },
    { code: incorrect('ND30-PL-02', 'Phụ lục số 01'), errors: [{ range: [39, 9, 39, 15], message: '"01" → "I"' }, { range: [48, 9, 48, 15], message: '"02" → "II"' }], output: swap('**Phụ lục số 01**\n\n**DANH SÁCH CÁC ĐƠN VỊ**\n\n*(Kèm theo Công văn số 05/SNV-VP ngày 05 tháng 3 năm 2026 của Sở Nội vụ)*\n\n1. Văn phòng Sở./.\n\n\n**Phụ lục số 02**', '**Phụ lục I**\n\n**DANH SÁCH CÁC ĐƠN VỊ**\n\n*(Kèm theo Công văn số 05/SNV-VP ngày 05 tháng 3 năm 2026 của Sở Nội vụ)*\n\n1. Văn phòng Sở./.\n\n\n**Phụ lục II**') },
  ],
});

ruleTester.run('ND30-PL-03', {
  valid: [correct('ND30-PL-03', 'Phụ lục I'), correct('ND30-PL-03', 'Phụ lục\nBẢNG CHỮ VIẾT TẮT')],
  invalid: [
    { code: incorrect('ND30-PL-03', 'PHỤ LỤC I'), errors: [{ range: [39, 2, 39, 9], message: '"PHỤ LỤC" → "Phụ lục"' }], output: swap('**PHỤ LỤC I**', '**Phụ lục I**') },
    { code: incorrect('ND30-PL-03', 'Phụ Lục II'), errors: [{ range: [39, 2, 39, 9], message: '"Phụ Lục" → "Phụ lục"' }], output: swap('**Phụ Lục II**', '**Phụ lục II**') },
  ],
});
