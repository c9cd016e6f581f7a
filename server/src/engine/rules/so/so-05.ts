// ND30-SO-05: a công văn's ký hiệu = issuer + "-" + drafting unit or field;
// no type abbreviation ("CV" does not exist).

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { reportIssues } from './parse';

export const so05: Rule = {
  meta: {
    id: 'ND30-SO-05',
    component: 'so-ky-hieu',
    severity: 'error',
    clause: PL1('II.3.b'),
    title: t('Ký hiệu công văn: cơ quan ban hành và đơn vị soạn thảo, không có "CV"', 'Symbol of a công văn: issuer and drafting unit, no "CV"'),
    description: t(
      'Đối với công văn, ký hiệu bao gồm chữ viết tắt tên cơ quan, tổ chức hoặc chức danh nhà nước ban hành công văn và chữ viết tắt tên đơn vị soạn thảo hoặc lĩnh vực được giải quyết ("Số: 05/BNV-VP"). Công văn không có chữ viết tắt tên loại: "CV" không có trong Phụ lục III.',
      "A công văn's symbol is the abbreviation of the issuing body or state title and the abbreviation of the drafting unit or the field handled (\"Số: 05/BNV-VP\"). A công văn has no type abbreviation: \"CV\" is not in Appendix III.",
    ),
    fixable: false,
    examples: { correct: ['Số: 05/BNV-VP', 'Số: 12/UBND-VX'], incorrect: ['Số: 12/CV-UBND', 'Số: 12/UBND'] },
  },
  check(ctx) {
    // No fix: the ký hiệu is registered as issued (fixable: false).
    reportIssues(ctx, 'ND30-SO-05', false);
  },
};
