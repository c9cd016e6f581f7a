// Rule tester cases of the DC rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester } from '../../rule-tester';
import { correct, incorrect } from './places';

ruleTester.run('ND30-DC-01', {
  valid: [correct('ND30-DC-01', '… nội dung, chữ ký, nơi nhận …\n---\nĐịa chỉ: số 286 đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai')],
  invalid: [
    { code: incorrect('ND30-DC-01', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nĐịa chỉ: số 286 đường Hoàng Liên\nSố: 12/SNNMT-VP'), errors: [{ range: [2, 0, 2, 32], message: '"Địa chỉ" của cơ quan trình bày tại ô số 13, cuối trang thứ' }] },
  ],
});
