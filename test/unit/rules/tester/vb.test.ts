// Rule tester cases of the VB rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester, swap } from '../../rule-tester';
import { congVan } from '../../helpers';
import { correct, incorrect, OPTIONS } from './places';

ruleTester.run('VB-CQ-01', {
  valid: [{ code: correct('VB-CQ-01', 'Số: 05/SNV-VP'), options: OPTIONS['VB-CQ-01'] }, { code: correct('VB-CQ-01', '*Lai Châu, ngày 05 tháng 3 năm 2026*'), options: OPTIONS['VB-CQ-01'] }, { code: correct('VB-CQ-01', '- Lưu: VT, VP.'), options: OPTIONS['VB-CQ-01'] }],
  invalid: [
    { code: incorrect('VB-CQ-01', 'Số: 05/SNN-VP'), options: OPTIONS['VB-CQ-01'], errors: [{ range: [3, 7, 3, 10], message: 'Chữ viết tắt tên cơ quan trong ký hiệu là "SNN", hồ sơ cơ' }], output: swap('Số: 05/SNN-VP', 'Số: 05/SNV-VP') },
    { code: incorrect('VB-CQ-01', '*Hà Nội, ngày 05 tháng 3 năm 2026*'), options: OPTIONS['VB-CQ-01'], errors: [{ range: [10, 1, 10, 7], message: 'Địa danh "Hà Nội" khác hồ sơ cơ quan: "Lai Châu" (hồ sơ cơ' }], output: swap('*Hà Nội, ngày 05 tháng 3 năm 2026*', '*Lai Châu, ngày 05 tháng 3 năm 2026*') },
    { code: incorrect('VB-CQ-01', '- Lưu: VT, KT.'), options: OPTIONS['VB-CQ-01'], errors: [{ range: [29, 11, 29, 13], message: 'Đơn vị soạn thảo "KT" ở dòng "Lưu" không có trong hồ sơ cơ' }], knownIssue: 'meta.fixable, but this report has no fix' },
  ],
});

ruleTester.run('VB-UNICODE-01', {
  valid: [correct('VB-UNICODE-01', 'Số: 05/SNV-VP (chữ "ố" dựng sẵn, U+1ED1)')],
  invalid: [
    { code: incorrect('VB-UNICODE-01', 'Số: 05/SNV-VP (chữ "ố" = "o" + U+0302 + U+0301)'), errors: [{ range: [3, 1, 3, 4], message: 'Văn bản có 1 chữ tiếng Việt ở dạng Unicode tổ hợp (NFD):' }], output: swap('Số: 05/SNV-VP', 'Số: 05/SNV-VP') },
  ],
});

// A disable comment that suppresses nothing (no example: it is about the whole letter).
ruleTester.run('VB-DISABLE-01', {
  valid: [
    congVan(),
    { name: 'a disable comment that suppresses a finding', code: congVan('Số: 05/SNV-VP', '<!-- thethuc-disable-next-line ND30-SO-02 -->\nSố: 5/SNV-VP') },
    { name: 'turned off', code: congVan('Số: 05/SNV-VP', '<!-- thethuc-disable-next-line ND30-SO-02 -->\nSố: 05/SNV-VP'), options: { rules: { 'VB-DISABLE-01': 'off' } } },
  ],
  invalid: [
    {
      name: 'a disable-next-line comment over a correct Số line',
      code: congVan('Số: 05/SNV-VP', '<!-- thethuc-disable-next-line ND30-SO-02 -->\nSố: 05/SNV-VP'),
      errors: [{ range: [3, 0, 3, 45], message: 'không che lỗi nào (ND30-SO-02)' }],
      // The comment goes; its line stays, empty.
      output: swap('<!-- thethuc-disable-next-line ND30-SO-02 -->\n', '\n'),
    },
  ],
});
