// Rule tester cases of the SAO rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester, swap } from '../../rule-tester';
import { correct, incorrect } from './places';

ruleTester.run('ND30-SAO-01', {
  valid: [correct('ND30-SAO-01', '**SAO Y**'), correct('ND30-SAO-01', '**TRÍCH SAO**')],
  invalid: [
    { code: incorrect('ND30-SAO-01', '**Sao y**'), errors: [{ range: [13, 45, 13, 50], message: '"Sao y" → "SAO Y"' }], output: swap('| UBND TỈNH TUYÊN QUANG<br>**SỞ NỘI VỤ** | **Sao y**<br>*Tuyên Quang, ngày 29 tháng 5 năm 2026* |', '| UBND TỈNH TUYÊN QUANG<br>**SỞ NỘI VỤ** | **SAO Y**<br>*Tuyên Quang, ngày 29 tháng 5 năm 2026* |') },
    { code: incorrect('ND30-SAO-01', '**SAO Y BẢN CHÍNH**'), errors: [{ range: [13, 45, 13, 60], message: '"SAO Y BẢN CHÍNH" → "SAO Y"' }], output: swap('| UBND TỈNH TUYÊN QUANG<br>**SỞ NỘI VỤ** | **SAO Y BẢN CHÍNH**<br>*Tuyên Quang, ngày 29 tháng 5 năm 2026* |', '| UBND TỈNH TUYÊN QUANG<br>**SỞ NỘI VỤ** | **SAO Y**<br>*Tuyên Quang, ngày 29 tháng 5 năm 2026* |') },
  ],
});

ruleTester.run('ND30-SAO-02', {
  valid: [correct('ND30-SAO-02', 'SỞ NỘI VỤ | SAO Y\nSố: 21/SY-SNV | Tuyên Quang, ngày 29 tháng 5 năm 2026\nNơi nhận: - Lưu: VT. | GIÁM ĐỐC … Ma Thị Thủy')],
  invalid: [
    { code: incorrect('ND30-SAO-02', 'SỞ NỘI VỤ | SAO Y\nNơi nhận: - Lưu: VT. | GIÁM ĐỐC … Ma Thị Thủy'), errors: [{ range: [13, 45, 13, 50], message: 'Bản sao "SAO Y" thiếu số, ký hiệu bản sao' }] },
  ],
});
