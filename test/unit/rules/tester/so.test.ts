// Rule tester cases of the SO rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output; with cases in
// the two-column table layout of the quyết định and in unfilled templates.

import { ruleTester, swap } from '../../rule-tester';
import { congVan, quyetDinh } from '../../helpers';
import { correct, incorrect } from './places';

ruleTester.run('ND30-SO-01', {
  valid: [{ name: 'an unfilled template (placeholders are ND30-DOC-05)', code: congVan('Số: 05/SNV-VP', 'Số:      /SNV-VP') }, correct('ND30-SO-01', 'Số: 15/QĐ-BNV'), correct('ND30-SO-01', 'Số:      /QĐ-UBND')],
  invalid: [
    { name: 'in a two-column table', code: quyetDinh('Số: 15/QĐ-UBND', 'Số 15/QĐ-UBND'), errors: [{ range: [2, 2, 2, 4], message: '"Số" → "Số:"' }], output: quyetDinh() },
    { code: incorrect('ND30-SO-01', 'SỐ: 15/QĐ-BNV'), errors: [{ range: [3, 0, 3, 3], message: '"SỐ" → "Số"' }], output: swap('SỐ: 15/QĐ-BNV', 'Số: 15/QĐ-BNV') },
    { code: incorrect('ND30-SO-01', 'Số 15/QĐ-BNV'), errors: [{ range: [3, 0, 3, 2], message: '"Số" → "Số:"' }], output: swap('Số 15/QĐ-BNV', 'Số: 15/QĐ-BNV') },
    { code: incorrect('ND30-SO-01', 'Số : 15/QĐ-BNV'), errors: [{ range: [3, 0, 3, 4], message: '"Số :" → "Số:"' }], output: swap('Số : 15/QĐ-BNV', 'Số: 15/QĐ-BNV') },
  ],
});

ruleTester.run('ND30-SO-02', {
  valid: [{ name: 'an unfilled template (placeholders are ND30-DOC-05)', code: congVan('Số: 05/SNV-VP', 'Số: …/SNV-VP') }, correct('ND30-SO-02', 'Số: 05/BNV-VP'), correct('ND30-SO-02', 'Số: 125/UBND-VX')],
  invalid: [
    { name: 'in a two-column table', code: quyetDinh('Số: 15/QĐ-UBND', 'Số: 5/QĐ-UBND'), errors: [{ range: [2, 6, 2, 7], message: '"5" → "05"' }], output: swap('Số: 5/QĐ-UBND', 'Số: 05/QĐ-UBND') },
    { code: incorrect('ND30-SO-02', 'Số: 5/BNV-VP'), errors: [{ range: [3, 4, 3, 5], message: '"5" → "05"' }], output: swap('Số: 5/BNV-VP', 'Số: 05/BNV-VP') },
    { code: incorrect('ND30-SO-02', 'Số: 0125/UBND-VX'), errors: [{ range: [3, 4, 3, 8], message: '"0125" → "125"' }], output: swap('Số: 0125/UBND-VX', 'Số: 125/UBND-VX') },
  ],
});

ruleTester.run('ND30-SO-03', {
  valid: [{ name: 'an unfilled template (placeholders are ND30-DOC-05)', code: congVan('Số: 05/SNV-VP', 'Số:      /SNV-VP') }, correct('ND30-SO-03', 'Số: 12/UBND-VX'), correct('ND30-SO-03', 'Số: 09/TTr-UBND'), correct('ND30-SO-03', 'Số: 05/SGDĐT-GDTrH')],
  invalid: [
    { name: 'in a two-column table', code: quyetDinh('Số: 15/QĐ-UBND', 'Số: 15/QĐ - UBND'), errors: [{ range: [2, 11, 2, 14] }], output: quyetDinh() },
    { code: incorrect('ND30-SO-03', 'Số: 12/UBND - VX'), errors: [{ range: [3, 11, 3, 14], message: '"/UBND - VX" → "/UBND-VX"' }], output: swap('Số: 12/UBND - VX', 'Số: 12/UBND-VX') },
    { code: incorrect('ND30-SO-03', 'Số: 12/ubnd-vx'), errors: [{ range: [3, 7, 3, 14], message: '"ubnd-vx" → "UBND-VX"' }], output: swap('Số: 12/ubnd-vx', 'Số: 12/UBND-VX') },
    { code: incorrect('ND30-SO-03', 'Số: 12/UBND–VX'), errors: [{ range: [3, 11, 3, 12], message: '"/UBND–VX" → "/UBND-VX"' }], output: swap('Số: 12/UBND–VX', 'Số: 12/UBND-VX') },
    { code: incorrect('ND30-SO-03', 'Số: 1906 /SGDĐT-CTrTT'), errors: [{ range: [3, 8, 3, 10], message: '"1906 /" → "1906/"' }], output: swap('Số: 1906 /SGDĐT-CTrTT', 'Số: 1906/SGDĐT-CTrTT') },
  ],
});

ruleTester.run('ND30-SO-04', {
  valid: [correct('ND30-SO-04', 'QUYẾT ĐỊNH … Số: 15/QĐ-BNV'), correct('ND30-SO-04', 'KẾ HOẠCH … Số: 40/KH-UBND')],
  invalid: [
    { code: incorrect('ND30-SO-04', 'KẾ HOẠCH … Số: 40/QĐ-UBND'), errors: [{ range: [4, 7, 4, 9], message: '"QĐ" → "KH"' }] },
    { code: incorrect('ND30-SO-04', 'TỜ TRÌNH … Số: 09/TT-UBND'), errors: [{ range: [4, 7, 4, 9], message: '"TT" → "TTr"' }] },
    { code: incorrect('ND30-SO-04', 'KẾ HOẠCH … Số: 40/UBND'), errors: [{ range: [4, 7, 4, 11], message: '"UBND" → "KH-UBND"' }] },
  ],
});

ruleTester.run('ND30-SO-05', {
  valid: [correct('ND30-SO-05', 'Số: 05/BNV-VP'), correct('ND30-SO-05', 'Số: 12/UBND-VX')],
  invalid: [
    { code: incorrect('ND30-SO-05', 'Số: 12/CV-UBND'), errors: [{ range: [3, 7, 3, 9], message: 'Công văn không có chữ viết tắt tên loại ("CV" không có' }] },
    { code: incorrect('ND30-SO-05', 'Số: 12/UBND'), errors: [{ range: [3, 7, 3, 11], message: 'Ký hiệu công văn gồm chữ viết tắt tên cơ quan ban hành và' }] },
  ],
});

ruleTester.run('ND30-SO-06', {
  valid: [correct('ND30-SO-06', 'KẾ HOẠCH … Số: 40/KH-UBND')],
  invalid: [
    { code: incorrect('ND30-SO-06', 'KẾ HOẠCH … Số: 40/2026/KH-UBND'), errors: [{ range: [4, 6, 4, 11], message: 'Số của kế hoạch không có năm ban hành ("/2026"): số có năm' }], output: swap('Số: 40/2026/KH-UBND', 'Số: 40/KH-UBND') },
  ],
});

ruleTester.run('ND30-SO-08', {
  valid: [correct('ND30-SO-08', 'SAO Y … Số: 03/SY-UBND'), correct('ND30-SO-08', 'TRÍCH SAO … Số: 04/TrS-UBND')],
  invalid: [
    { code: incorrect('ND30-SO-08', 'SAO Y … Số: 03/SAO Y-UBND'), errors: [{ range: [15, 9, 15, 14], message: '"SAO Y" → "SY"' }], output: swap('| Số: 03/SAO Y-UBND | |', '| Số: 03/SY-UBND | |') },
    { code: incorrect('ND30-SO-08', 'SAO Y … Số: 03/SL-UBND'), errors: [{ range: [15, 9, 15, 11], message: '"SL" → "SY"' }], output: swap('| Số: 03/SL-UBND | |', '| Số: 03/SY-UBND | |') },
  ],
});
