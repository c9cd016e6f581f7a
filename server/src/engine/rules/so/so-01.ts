// ND30-SO-01: the word "Số" in lower case with a capital S, then a colon.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { reportIssues } from './parse';

export const so01: Rule = {
  meta: {
    id: 'ND30-SO-01',
    component: 'so-ky-hieu',
    severity: 'error',
    clause: PL1('II.3.c'),
    title: t('Từ "Số" viết chữ in thường, sau có dấu hai chấm', 'The word "Số" in lower case, followed by a colon'),
    description: t(
      'Từ "Số" được trình bày bằng chữ in thường (chữ S viết hoa), sau từ "Số" có dấu hai chấm (:), rồi đến số và ký hiệu văn bản: "Số: 15/QĐ-BNV". Số để trống trước khi đăng ký ("Số:      /QĐ-UBND") không phải là lỗi.',
      'The word "Số" is written in lower case (capital S) and followed by a colon, then the number and symbol: "Số: 15/QĐ-BNV". A number left blank before registration ("Số:      /QĐ-UBND") is not an error.',
    ),
    fixable: true,
    examples: { correct: ['Số: 15/QĐ-BNV', 'Số:      /QĐ-UBND'], incorrect: ['SỐ: 15/QĐ-BNV', 'Số 15/QĐ-BNV', 'Số : 15/QĐ-BNV'] },
  },
  check(ctx) {
    reportIssues(ctx, 'ND30-SO-01');
  },
};
