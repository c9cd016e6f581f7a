// Rule tester cases of the MK rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester, swap } from '../../rule-tester';
import { correct, incorrect } from './places';

ruleTester.run('ND30-MK-01', {
  valid: [correct('ND30-MK-01', 'MẬT'), correct('ND30-MK-01', 'TỐI MẬT')],
  invalid: [
    { code: incorrect('ND30-MK-01', 'Mật'), errors: [{ range: [12, 2, 12, 5], message: '"Mật" → "MẬT"' }], output: swap('**Mật**', '**MẬT**') },
    { code: incorrect('ND30-MK-01', 'BÍ MẬT'), errors: [{ range: [12, 2, 12, 8], message: 'Dấu chỉ độ mật chỉ dùng "TUYỆT MẬT", "TỐI MẬT", "MẬT": "BÍ' }], knownIssue: 'meta.fixable, but this report has no fix' },
  ],
});

ruleTester.run('ND30-MK-02', {
  valid: [correct('ND30-MK-02', 'THƯỢNG KHẨN'), correct('ND30-MK-02', 'HỎA TỐC'), correct('ND30-MK-02', 'HOẢ TỐC')],
  invalid: [
    { code: incorrect('ND30-MK-02', 'Hỏa tốc'), errors: [{ range: [12, 2, 12, 9], message: '"Hỏa tốc" → "HỎA TỐC"' }], output: swap('**Hỏa tốc**', '**HỎA TỐC**') },
    { code: incorrect('ND30-MK-02', 'RẤT KHẨN'), errors: [{ range: [12, 2, 12, 10], message: 'Dấu chỉ mức độ khẩn chỉ dùng "HỎA TỐC", "THƯỢNG KHẨN",' }], knownIssue: 'meta.fixable, but this report has no fix' },
    { code: incorrect('ND30-MK-02', 'KHẨN CẤP'), errors: [{ range: [12, 2, 12, 10], message: 'Dấu chỉ mức độ khẩn chỉ dùng "HỎA TỐC", "THƯỢNG KHẨN",' }], knownIssue: 'meta.fixable, but this report has no fix' },
  ],
});

ruleTester.run('ND30-MK-03', {
  valid: [correct('ND30-MK-03', 'LƯU HÀNH NỘI BỘ'), correct('ND30-MK-03', 'XEM XONG TRẢ LẠI')],
  invalid: [
    { code: incorrect('ND30-MK-03', 'Lưu hành nội bộ'), errors: [{ range: [12, 2, 12, 17], message: '"Lưu hành nội bộ" → "LƯU HÀNH NỘI BỘ"' }], output: swap('**Lưu hành nội bộ**', '**LƯU HÀNH NỘI BỘ**') },
    { code: incorrect('ND30-MK-03', 'NỘI BỘ'), errors: [{ range: [12, 2, 12, 8], message: '"NỘI BỘ" → "LƯU HÀNH NỘI BỘ"' }], output: swap('**NỘI BỘ**', '**LƯU HÀNH NỘI BỘ**') },
  ],
});
