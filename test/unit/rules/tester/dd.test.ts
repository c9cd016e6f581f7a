// Rule tester cases of the DD rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output; with cases in
// the two-column table layout of the quyết định and in unfilled templates.

import { ruleTester, swap } from '../../rule-tester';
import { congVan, quyetDinh } from '../../helpers';
import { correct, incorrect } from './places';

ruleTester.run('ND30-DD-01', {
  valid: [{ name: 'an unfilled template (placeholders are ND30-DOC-05)', code: congVan('*Lai Châu, ngày 05 tháng 3 năm 2026*', '*Lai Châu, ngày … tháng … năm …*') }, correct('ND30-DD-01', 'Hà Nội, ngày 05 tháng 01 năm 2020'), correct('ND30-DD-01', 'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019')],
  invalid: [
    { name: 'in a two-column table', code: quyetDinh('*Lai Châu, ngày 09 tháng 02 năm 2026*', '*Lai Châu, 09/02/2026*'), errors: [{ range: [2, 30, 2, 40] }], output: quyetDinh() },
    { code: incorrect('ND30-DD-01', 'Hà Nội, 05/01/2020'), errors: [{ range: [10, 9, 10, 19], message: '"05/01/2020" → "ngày 05 tháng 01 năm 2020"' }], output: swap('*Hà Nội, 05/01/2020*', '*Hà Nội, ngày 05 tháng 01 năm 2020*') },
    { code: incorrect('ND30-DD-01', 'Hà Nội ngày 05 tháng 01 năm 2020'), errors: [{ range: [10, 7, 10, 8], message: '"Hà Nội ngày" → "Hà Nội, ngày"' }], output: swap('*Hà Nội ngày 05 tháng 01 năm 2020*', '*Hà Nội, ngày 05 tháng 01 năm 2020*') },
    { code: incorrect('ND30-DD-01', 'Hà Nội, Ngày 05 Tháng 01 Năm 2020'), errors: [{ range: [10, 9, 10, 29], message: 'Các chữ "ngày", "tháng", "năm" viết bằng chữ in thường:' }], output: swap('*Hà Nội, Ngày 05 Tháng 01 Năm 2020*', '*Hà Nội, ngày 05 tháng 01 năm 2020*') },
  ],
});

ruleTester.run('ND30-DD-02', {
  valid: [{ name: 'an unfilled template (placeholders are ND30-DOC-05)', code: congVan('*Lai Châu, ngày 05 tháng 3 năm 2026*', '*Lai Châu, ngày … tháng … năm …*') }, correct('ND30-DD-02', 'Hà Nội, ngày 05 tháng 01 năm 2020'), correct('ND30-DD-02', 'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019')],
  invalid: [
    { name: 'in a two-column table', code: quyetDinh('*Lai Châu, ngày 09 tháng 02 năm 2026*', '*Lai Châu, ngày 9 tháng 2 năm 2026*'), errors: [{ range: [2, 35, 2, 36], message: '"9" → "09"' }, { range: [2, 43, 2, 44], message: '"tháng 2" → "tháng 02"' }], output: quyetDinh() },
    { code: incorrect('ND30-DD-02', 'Hà Nội, ngày 5 tháng 1 năm 2020'), errors: [{ range: [10, 14, 10, 15], message: '"5" → "05"' }, { range: [10, 22, 10, 23], message: '"tháng 1" → "tháng 01"' }], output: swap('*Hà Nội, ngày 5 tháng 1 năm 2020*', '*Hà Nội, ngày 05 tháng 01 năm 2020*') },
    { code: incorrect('ND30-DD-02', 'Hà Nội, ngày 05 tháng 06 năm 2019'), errors: [{ range: [10, 23, 10, 25], message: '"tháng 06" → "tháng 6"' }], output: swap('*Hà Nội, ngày 05 tháng 06 năm 2019*', '*Hà Nội, ngày 05 tháng 6 năm 2019*') },
  ],
});

ruleTester.run('ND30-DD-03', {
  valid: [{ name: 'an unfilled template (placeholders are ND30-DOC-05)', code: congVan('*Lai Châu, ngày 05 tháng 3 năm 2026*', '*…, ngày … tháng … năm …*') }, correct('ND30-DD-03', 'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019'), correct('ND30-DD-03', 'Hà Nội, ngày 05 tháng 01 năm 2020')],
  invalid: [
    { code: incorrect('ND30-DD-03', 'TP. Hồ Chí Minh, ngày 29 tháng 6 năm 2019'), errors: [{ range: [10, 1, 10, 16], message: '"TP. Hồ Chí Minh" → "Thành phố Hồ Chí Minh"' }], output: swap('*TP. Hồ Chí Minh, ngày 29 tháng 6 năm 2019*', '*Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019*') },
    { code: incorrect('ND30-DD-03', 'TP.HCM, ngày 29 tháng 6 năm 2019'), errors: [{ range: [10, 1, 10, 7], message: '"TP.HCM" → "Thành phố Hồ Chí Minh"' }], output: swap('*TP.HCM, ngày 29 tháng 6 năm 2019*', '*Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019*') },
    { code: incorrect('ND30-DD-03', 'hà nội, ngày 05 tháng 01 năm 2020'), errors: [{ range: [10, 1, 10, 7], message: '"hà nội" → "Hà Nội"' }], output: swap('*hà nội, ngày 05 tháng 01 năm 2020*', '*Hà Nội, ngày 05 tháng 01 năm 2020*') },
  ],
});

ruleTester.run('ND30-DD-06', {
  valid: [correct('ND30-DD-06', 'Hà Nội, ngày 05 tháng 01 năm 2020')],
  invalid: [
    { code: incorrect('ND30-DD-06', 'Hà Nội, ngày 31 tháng 02 năm 2020'), errors: [{ range: [10, 9, 10, 34], message: 'Ngày 31 tháng 02 năm 2020 không có trong lịch (kiểm tra hợp' }] },
  ],
});
