// ND30-CQ-01: the agency block (chủ quản and issuing agency) is in capitals.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';

export const cq01: Rule = {
  meta: {
    id: 'ND30-CQ-01',
    component: 'co-quan',
    severity: 'error',
    clause: PL1('II.2.b'),
    title: t('Tên cơ quan, tổ chức viết chữ in hoa', 'Agency name in capitals'),
    description: t(
      'Tên cơ quan, tổ chức ban hành văn bản và tên cơ quan, tổ chức chủ quản trực tiếp được trình bày bằng chữ in hoa; tên dài có thể trình bày thành nhiều dòng.',
      'The issuing agency and its direct parent agency (chủ quản) are written in capitals; a long name may wrap over several lines.',
    ),
    fixable: true,
    examples: { correct: ['BỘ NỘI VỤ', 'CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC'], incorrect: ['Bộ Nội vụ', 'Cục Văn thư và Lưu trữ nhà nước'] },
  },
  check(ctx) {
    for (const l of ctx.model.agency) {
      if (!/\p{Ll}/u.test(l.text)) continue;
      const fixed = l.text.toUpperCase();
      ctx.report({
        line: l,
        message: t(`Tên cơ quan, tổ chức trình bày bằng chữ in hoa: "${l.text}" → "${fixed}"`, `Agency names are written in capitals: "${l.text}" → "${fixed}"`),
        fix: { title: t(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: [ctx.edit(l, 0, l.text.length, fixed)] },
      });
    }
  },
};
