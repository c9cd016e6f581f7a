// ND30-SO-04: a typed document's ký hiệu = type abbreviation (matching the tên
// loại) + "-" + issuer abbreviation.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { reportIssues } from './parse';

export const so04: Rule = {
  meta: {
    id: 'ND30-SO-04',
    component: 'so-ky-hieu',
    severity: 'error',
    clause: PL1('II.3.b'),
    title: t('Ký hiệu văn bản có tên loại: chữ viết tắt tên loại khớp tên loại, rồi đến cơ quan ban hành', 'Symbol of a typed document: type abbreviation matching the tên loại, then the issuer'),
    description: t(
      'Ký hiệu của văn bản bao gồm chữ viết tắt tên loại văn bản (theo Phụ lục III) và chữ viết tắt tên cơ quan, tổ chức hoặc chức danh nhà nước ban hành văn bản. Chữ viết tắt tên loại phải khớp với tên loại ở ô 5a: KẾ HOẠCH → "KH", TỜ TRÌNH → "TTr". Sai chữ hoa, chữ thường của đúng chữ viết tắt ("TTR", "QD") là ND30-VT-01.',
      'The symbol is the type abbreviation (Appendix III) and the abbreviation of the issuing body or state title. The type abbreviation must match the tên loại in box 5a: KẾ HOẠCH → "KH", TỜ TRÌNH → "TTr". A right abbreviation in the wrong case ("TTR", "QD") is ND30-VT-01.',
    ),
    fixable: false,
    examples: {
      correct: ['QUYẾT ĐỊNH … Số: 15/QĐ-BNV', 'KẾ HOẠCH … Số: 40/KH-UBND'],
      incorrect: ['KẾ HOẠCH … Số: 40/QĐ-UBND', 'TỜ TRÌNH … Số: 09/TT-UBND', 'KẾ HOẠCH … Số: 40/UBND'],
    },
  },
  check(ctx) {
    // No fix: the number is the fact, the title may be the mistake (fixable: false).
    reportIssues(ctx, 'ND30-SO-04', false);
  },
};
