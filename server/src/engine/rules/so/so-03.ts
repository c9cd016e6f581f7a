// ND30-SO-03: "/" between number and ký hiệu, "-" between groups, no spaces;
// ký hiệu in capitals (except the mixed-case abbreviations of PL III).

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { reportIssues } from './parse';

export const so03: Rule = {
  meta: {
    id: 'ND30-SO-03',
    component: 'so-ky-hieu',
    severity: 'error',
    clause: PL1('II.3.c'),
    title: t('Dấu "/" và "-" trong số, ký hiệu, không cách chữ; ký hiệu in hoa', '"/" and "-" in the number and symbol, without spaces; symbol in capitals'),
    description: t(
      'Giữa số và ký hiệu văn bản có dấu gạch chéo (/), giữa các nhóm chữ viết tắt trong ký hiệu có dấu gạch nối (-), không cách chữ. Ký hiệu văn bản trình bày bằng chữ in hoa; chữ viết tắt tên loại theo Phụ lục III có chữ thường (TTr, QyĐ, CTr, TrS) giữ nguyên. Khoảng trắng giữa số và dấu "/" (số điền sau khi ký) chỉ là cảnh báo.',
      'A slash (/) separates the number from the symbol and a hyphen-minus (-) separates the groups of the symbol, without spaces. The symbol is in capitals; the mixed-case abbreviations of Appendix III (TTr, QyĐ, CTr, TrS) keep their case. A space between the number and "/" (the number is filled in after signing) is only a warning.',
    ),
    fixable: true,
    examples: {
      correct: ['Số: 12/UBND-VX', 'Số: 09/TTr-UBND', 'Số: 05/SGDĐT-GDTrH'],
      incorrect: ['Số: 12/UBND - VX', 'Số: 12/ubnd-vx', 'Số: 12/UBND–VX', 'Số: 1906 /SGDĐT-CTrTT'],
    },
  },
  check(ctx) {
    reportIssues(ctx, 'ND30-SO-03');
  },
};
