// ND30-MK-02: urgency marks are only HỎA TỐC, THƯỢNG KHẨN, KHẨN, in capitals.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { checkMarks } from './marks';

export const mk02: Rule = {
  meta: {
    id: 'ND30-MK-02',
    component: 'do-mat-khan',
    severity: 'error',
    clause: PL1('III.2.b'),
    title: t('Dấu chỉ mức độ khẩn: HỎA TỐC, THƯỢNG KHẨN hoặc KHẨN', 'Urgency mark: HỎA TỐC, THƯỢNG KHẨN or KHẨN'),
    description: t(
      'Văn bản được xác định độ khẩn theo các mức: hỏa tốc, thượng khẩn, khẩn. Trên con dấu các từ "HỎA TỐC" (cũng viết "HOẢ TỐC"), "THƯỢNG KHẨN", "KHẨN" trình bày bằng chữ in hoa, đứng, đậm, trong khung chữ nhật viền đơn, đóng vào ô số 10b. "RẤT KHẨN", "KHẨN CẤP", "HỎA TỐC HẸN GIỜ" không có trong NĐ 30.',
      'Urgency levels are hỏa tốc, thượng khẩn, khẩn. The stamps read "HỎA TỐC" (also "HOẢ TỐC"), "THƯỢNG KHẨN", "KHẨN" in bold capitals in a single-line frame, in box 10b. "RẤT KHẨN", "KHẨN CẤP", "HỎA TỐC HẸN GIỜ" are not in Decree 30.',
    ),
    fixable: true,
    examples: { correct: ['THƯỢNG KHẨN', 'HỎA TỐC', 'HOẢ TỐC'], incorrect: ['Hỏa tốc', 'RẤT KHẨN', 'KHẨN CẤP'] },
  },
  check(ctx) {
    checkMarks(ctx, 'urgency');
  },
};
