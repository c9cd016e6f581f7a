// Rule tester cases of the QH rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output; with cases in
// the two-column table layout of the quyết định and in unfilled templates.

import { ruleTester, swap } from '../../rule-tester';
import { quyetDinh } from '../../helpers';
import { correct, incorrect } from './places';

ruleTester.run('ND30-QH-01', {
  valid: [correct('ND30-QH-01', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), correct('ND30-QH-01', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')],
  invalid: [
    { name: 'in a two-column table', code: quyetDinh('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '**Cộng hòa xã hội chủ nghĩa Việt Nam**'), errors: [{ range: [0, 43, 0, 77] }], output: quyetDinh() },
    { code: incorrect('ND30-QH-01', 'Cộng hòa xã hội chủ nghĩa Việt Nam'), errors: [{ range: [7, 2, 7, 36], message: 'Quốc hiệu phải là "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (chữ' }], output: swap('**Cộng hòa xã hội chủ nghĩa Việt Nam**', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**') },
    { code: incorrect('ND30-QH-01', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.'), errors: [{ range: [7, 2, 7, 37], message: 'Quốc hiệu phải là "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (chữ' }], output: swap('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.**', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**') },
    { code: incorrect('ND30-QH-01', 'CHXHCN VIỆT NAM'), errors: [{ range: [7, 2, 7, 17], message: 'Quốc hiệu phải là "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (chữ' }], output: swap('**CHXHCN VIỆT NAM**', '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**') },
  ],
});

ruleTester.run('ND30-QH-02', {
  valid: [correct('ND30-QH-02', 'Độc lập - Tự do - Hạnh phúc')],
  invalid: [
    { name: 'in a two-column table', code: quyetDinh('**Độc lập - Tự do - Hạnh phúc**', '**Độc lập – Tự do – Hạnh phúc**'), errors: [{ range: [0, 85, 0, 112] }], output: quyetDinh() },
    { code: incorrect('ND30-QH-02', 'Độc Lập - Tự Do - Hạnh Phúc'), errors: [{ range: [8, 2, 8, 29], message: 'Tiêu ngữ phải là "Độc lập - Tự do - Hạnh phúc" (chữ in' }], output: swap('**Độc Lập - Tự Do - Hạnh Phúc**', '**Độc lập - Tự do - Hạnh phúc**') },
    { code: incorrect('ND30-QH-02', 'Độc lập – Tự do – Hạnh phúc'), errors: [{ range: [8, 2, 8, 29], message: 'Tiêu ngữ phải là "Độc lập - Tự do - Hạnh phúc" (gạch nối' }], output: swap('**Độc lập – Tự do – Hạnh phúc**', '**Độc lập - Tự do - Hạnh phúc**') },
    { code: incorrect('ND30-QH-02', 'Độc lập-Tự do-Hạnh phúc'), errors: [{ range: [8, 2, 8, 25], message: 'Tiêu ngữ phải là "Độc lập - Tự do - Hạnh phúc" (một dấu' }], output: swap('**Độc lập-Tự do-Hạnh phúc**', '**Độc lập - Tự do - Hạnh phúc**') },
    { code: incorrect('ND30-QH-02', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC'), errors: [{ range: [8, 2, 8, 29], message: 'Tiêu ngữ phải là "Độc lập - Tự do - Hạnh phúc" (chữ in' }], output: swap('**ĐỘC LẬP - TỰ DO - HẠNH PHÚC**', '**Độc lập - Tự do - Hạnh phúc**') },
  ],
});

ruleTester.run('ND30-QH-03', {
  valid: [correct('ND30-QH-03', '| SỞ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |')],
  invalid: [
    { code: incorrect('ND30-QH-03', 'Độc lập - Tự do - Hạnh phúc\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), errors: [{ range: [7, 2, 7, 29], message: 'Tiêu ngữ trình bày dưới Quốc hiệu, không đặt phía trên' }] },
    { code: incorrect('ND30-QH-03', '| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc | SỞ NỘI VỤ |'), errors: [{ range: [0, 2, 0, 36], message: 'Quốc hiệu và Tiêu ngữ ở phía trên cùng, bên phải trang đầu' }] },
  ],
});
