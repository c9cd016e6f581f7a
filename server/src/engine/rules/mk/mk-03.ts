// ND30-MK-03: circulation notes such as XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ, in capitals.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { checkMarks } from './marks';

export const mk03: Rule = {
  meta: {
    id: 'ND30-MK-03',
    component: 'do-mat-khan',
    severity: 'warning',
    clause: PL1('III.2.c'),
    title: t('Chỉ dẫn phạm vi lưu hành in hoa: XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ', 'Circulation notes in capitals: XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ'),
    description: t(
      'Văn bản có phạm vi, đối tượng sử dụng hạn chế dùng các chỉ dẫn về phạm vi lưu hành như "XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ", trình bày bằng chữ in hoa, đứng, đậm, trong khung chữ nhật viền đơn, tại ô số 11. Danh sách của NĐ 30 là ví dụ ("như"), nên quy tắc này là cảnh báo.',
      'Documents of restricted use carry circulation notes such as "XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ", in bold capitals in a single-line frame, in box 11. The decree\'s list is given as examples ("such as"), so this rule is a warning.',
    ),
    fixable: true,
    examples: { correct: ['LƯU HÀNH NỘI BỘ', 'XEM XONG TRẢ LẠI'], incorrect: ['Lưu hành nội bộ', 'NỘI BỘ'] },
  },
  check(ctx) {
    checkMarks(ctx, 'circulation');
  },
};
