// Rule tester cases of the VT rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester, swap } from '../../rule-tester';
import { correct, incorrect } from './places';

ruleTester.run('ND30-VT-01', {
  valid: [correct('ND30-VT-01', 'Số: 09/TTr-UBND'), correct('ND30-VT-01', 'Số: 02/QyĐ-SNV'), correct('ND30-VT-01', 'Số: 07/CTr-UBND')],
  invalid: [
    { code: incorrect('ND30-VT-01', 'Số: 09/TTR-UBND'), errors: [{ range: [2, 9, 2, 12], message: '"TTR" → "TTr"' }], output: swap('| Số: 09/TTR-UBND | *Lai Châu, ngày 16 tháng 10 năm 2026* |', '| Số: 09/TTr-UBND | *Lai Châu, ngày 16 tháng 10 năm 2026* |') },
    { code: incorrect('ND30-VT-01', 'Số: 15/QD-UBND'), errors: [{ range: [2, 9, 2, 11], message: '"QD" → "QĐ"' }], output: swap('| Số: 15/QD-UBND | *Lai Châu, ngày 09 tháng 02 năm 2026* |', '| Số: 15/QĐ-UBND | *Lai Châu, ngày 09 tháng 02 năm 2026* |') },
    { code: incorrect('ND30-VT-01', 'Số: 15/QĐi-UBND'), errors: [{ range: [2, 9, 2, 12], message: '"QĐi" → "QĐ"' }], output: swap('| Số: 15/QĐi-UBND | *Lai Châu, ngày 09 tháng 02 năm 2026* |', '| Số: 15/QĐ-UBND | *Lai Châu, ngày 09 tháng 02 năm 2026* |') },
  ],
});

ruleTester.run('ND30-VT-07', {
  valid: [correct('ND30-VT-07', 'các nước ASEAN'), correct('ND30-VT-07', 'tổ chức UNESCO')],
  invalid: [
    { code: incorrect('ND30-VT-07', 'các nước Asean'), errors: [{ range: [24, 26, 24, 31], message: '"Asean" → "ASEAN"' }], output: swap('Các đơn vị lưu ý các nước Asean.', 'Các đơn vị lưu ý các nước ASEAN.') },
    { code: incorrect('ND30-VT-07', 'tổ chức Unesco'), errors: [{ range: [24, 25, 24, 31], message: '"Unesco" → "UNESCO"' }], output: swap('Các đơn vị lưu ý tổ chức Unesco.', 'Các đơn vị lưu ý tổ chức UNESCO.') },
  ],
});
