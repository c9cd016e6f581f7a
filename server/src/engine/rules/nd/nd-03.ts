// ND30-ND-03: "Phần" / "Chương" + Roman numeral on its own line, title below in capitals.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { checkHeadings } from './heading';

export const nd03: Rule = {
  meta: {
    id: 'ND30-ND-03',
    component: 'noi-dung',
    severity: 'error',
    clause: PL1('II.6.đ'),
    title: t('Phần, chương: số La Mã, dòng riêng, tiêu đề in hoa ở dòng dưới', 'Phần, chương: Roman numeral, own line, title below in capitals'),
    description: t(
      'Từ "Phần", "Chương" và số thứ tự của phần, chương được trình bày trên một dòng riêng, canh giữa, bằng chữ in thường (chữ cái đầu viết hoa), đậm. Số thứ tự của phần, chương dùng chữ số La Mã. Tiêu đề của phần, chương được trình bày ngay dưới, canh giữa, bằng chữ in hoa, đậm.',
      'The word "Phần" or "Chương" and its number go on a line of their own, centred, in lower case (capital initial), bold. Parts and chapters are numbered in Roman numerals. The title goes just below, centred, in capitals, bold.',
    ),
    fixable: true,
    examples: {
      correct: ['Chương I\nQUY ĐỊNH CHUNG', 'Phần I\nTÌNH HÌNH THỰC HIỆN NHIỆM VỤ'],
      incorrect: ['Chương 1', 'CHƯƠNG I: QUY ĐỊNH CHUNG', 'Chương I. Quy định chung'],
    },
  },
  check(ctx) {
    checkHeadings(ctx, { words: ['Phần', 'Chương'], roman: true });
  },
};
