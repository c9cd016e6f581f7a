// ND30-DOC-06: VBQPPL are not governed by ND30's thể thức.

import type { Rule } from '../../rule';
import { DIEU, t } from '../util';

export const doc06: Rule = {
  meta: {
    id: 'ND30-DOC-06',
    component: 'document',
    severity: 'information',
    clause: DIEU('4 khoản 2 điểm a'),
    title: t('Văn bản quy phạm pháp luật: thể thức theo luật ban hành VBQPPL', 'Legal normative document: format set by the law on legal documents'),
    description: t(
      'Văn bản quy phạm pháp luật (Luật, Nghị định, Thông tư, hoặc văn bản có số mang năm như "30/2020/NĐ-CP") thực hiện theo quy định của pháp luật về ban hành văn bản quy phạm pháp luật, không theo thể thức của Nghị định 30/2020. Chỉ các quy tắc chung (Quốc hiệu, Tiêu ngữ, ngày tháng, quyền hạn người ký) được kiểm tra.',
      'Legal normative documents (laws, decrees, circulars, or a number with a year such as "30/2020/NĐ-CP") follow the law on legal documents, not Decree 30/2020. Only the shared rules (national title, motto, date, signing authority) are checked.',
    ),
    fixable: false,
    regimes: ['vbqppl'],
  },
  check(ctx) {
    const m = ctx.model;
    const anchor = m.vbqpplTitle ?? m.so ?? m.lines[0];
    if (!anchor) return;
    ctx.report({
      line: anchor,
      message: t(
        'Văn bản quy phạm pháp luật: thể thức theo pháp luật về ban hành VBQPPL, chỉ áp dụng các quy tắc chung của NĐ 30',
        'Legal normative document: its format follows the law on legal documents; only the shared rules of Decree 30 apply',
      ),
    });
  },
};
