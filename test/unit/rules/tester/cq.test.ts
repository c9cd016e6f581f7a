// Rule tester cases of the CQ rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester, swap } from '../../rule-tester';
import { correct, incorrect } from './places';

ruleTester.run('ND30-CQ-01', {
  valid: [correct('ND30-CQ-01', 'BỘ NỘI VỤ'), correct('ND30-CQ-01', 'CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC')],
  invalid: [
    { code: incorrect('ND30-CQ-01', 'Bộ Nội vụ'), errors: [{ range: [0, 2, 0, 11], message: '"Bộ Nội vụ" → "BỘ NỘI VỤ"' }], output: swap('**Bộ Nội vụ**', '**BỘ NỘI VỤ**') },
    { code: incorrect('ND30-CQ-01', 'Cục Văn thư và Lưu trữ nhà nước'), errors: [{ range: [0, 2, 0, 33], message: '"Cục Văn thư và Lưu trữ nhà nước" → "CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC"' }], output: swap('**Cục Văn thư và Lưu trữ nhà nước**', '**CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC**') },
  ],
});

ruleTester.run('ND30-CQ-02', {
  valid: [correct('ND30-CQ-02', 'UBND TỈNH LAI CHÂU / SỞ NỘI VỤ'), correct('ND30-CQ-02', 'ỦY BAN NHÂN DÂN / TỈNH LAI CHÂU')],
  invalid: [
    { code: incorrect('ND30-CQ-02', 'UBND TỈNH LAI CHÂU / SỞ NV'), errors: [{ range: [1, 5, 1, 7], message: '"NV" → "NỘI VỤ"' }], output: swap('**SỞ NV**', '**SỞ NỘI VỤ**') },
    { code: incorrect('ND30-CQ-02', 'SỞ GD&ĐT'), errors: [{ range: [0, 5, 0, 10], message: '"GD&ĐT" → "GIÁO DỤC VÀ ĐÀO TẠO"' }], output: swap('**SỞ GD&ĐT**', '**SỞ GIÁO DỤC VÀ ĐÀO TẠO**') },
  ],
});

ruleTester.run('ND30-CQ-03', {
  valid: [correct('ND30-CQ-03', 'UBND TỈNH LAI CHÂU / SỞ TÀI CHÍNH')],
  invalid: [
    { code: incorrect('ND30-CQ-03', 'UBND TỈNH / SỞ TÀI CHÍNH'), errors: [{ range: [0, 0, 0, 9], message: 'Tên cơ quan chủ quản ở địa phương phải có tên đơn vị hành' }] },
  ],
});
