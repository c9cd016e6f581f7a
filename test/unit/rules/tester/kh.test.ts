// Rule tester cases of the KH rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester, swap } from '../../rule-tester';
import { correct, incorrect } from './places';

ruleTester.run('ND30-KH-01', {
  valid: [correct('ND30-KH-01', '- Lưu: VT, TCCB.\nPL.(300)'), correct('ND30-KH-01', '- Lưu: VT, TCCB. PL.(300)')],
  invalid: [
    { code: incorrect('ND30-KH-01', 'pl.(300)'), errors: [{ range: [30, 0, 30, 2], message: '"pl" → "PL"' }], output: swap('pl.(300)', 'PL.(300)') },
    { code: incorrect('ND30-KH-01', 'PL.(ba trăm)'), errors: [{ range: [30, 0, 30, 12], message: 'Số lượng bản phát hành viết bằng chữ số Ả Rập: "PL.(ba' }], knownIssue: 'meta.fixable, but this report has no fix' },
  ],
});
