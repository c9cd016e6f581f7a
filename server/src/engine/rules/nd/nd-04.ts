// ND30-ND-04: "Mục" / "Tiểu mục" + Arabic numeral on its own line, title below in capitals.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { checkHeadings } from './heading';

export const nd04: Rule = {
  meta: {
    id: 'ND30-ND-04',
    component: 'noi-dung',
    severity: 'error',
    clause: PL1('II.6.đ'),
    title: t('Mục, tiểu mục: số Ả Rập, dòng riêng, tiêu đề in hoa ở dòng dưới', 'Mục, tiểu mục: Arabic numeral, own line, title below in capitals'),
    description: t(
      'Từ "Mục", "Tiểu mục" và số thứ tự của mục, tiểu mục được trình bày trên một dòng riêng, canh giữa, bằng chữ in thường (chữ cái đầu viết hoa), đậm. Số thứ tự của mục, tiểu mục dùng chữ số Ả Rập. Tiêu đề của mục, tiểu mục được trình bày ngay dưới, canh giữa, bằng chữ in hoa, đậm.',
      'The word "Mục" or "Tiểu mục" and its number go on a line of their own, centred, in lower case (capital initial), bold. Sections are numbered in Arabic numerals. The title goes just below, centred, in capitals, bold.',
    ),
    fixable: true,
    examples: {
      correct: ['Mục 1\nQUẢN LÝ VĂN BẢN', 'Tiểu mục 1\nQUẢN LÝ VĂN BẢN ĐI'],
      incorrect: ['Mục I', 'Mục 1. Quản lý văn bản', 'MỤC 1'],
    },
  },
  check(ctx) {
    checkHeadings(ctx, { words: ['Mục', 'Tiểu mục'], roman: false });
  },
};
