// ND30-VT-01: the type abbreviation in the ký hiệu is the PL III one, in its
// exact case ("TTr", not "TTR"; "QĐ", not "QD").

import type { Rule } from '../../rule';
import { PL3, t } from '../util';
import { reportIssues } from './parse';

export const vt01: Rule = {
  meta: {
    id: 'ND30-VT-01',
    component: 'so-ky-hieu',
    severity: 'error',
    clause: PL3('mục I'),
    title: t('Chữ viết tắt tên loại theo Phụ lục III, đúng chữ hoa, chữ thường', 'Type abbreviation from Appendix III, in its exact case'),
    description: t(
      'Chữ viết tắt tên loại văn bản trong ký hiệu lấy theo bảng của Phụ lục III, đúng từng chữ hoa, chữ thường: "QĐ" (không phải "QD"), "TTr" (không phải "TTR"), "QyĐ", "CTr". Viết toàn chữ hoa một chữ viết tắt có chữ thường ("TTR") chỉ là cảnh báo, vì Phụ lục I yêu cầu ký hiệu in hoa.',
      'The type abbreviation in the symbol is the one of the Appendix III table, in its exact case: "QĐ" (not "QD"), "TTr" (not "TTR"), "QyĐ", "CTr". Writing a mixed-case abbreviation in full capitals ("TTR") is only a warning, since Appendix I asks for the symbol in capitals.',
    ),
    fixable: true,
    examples: { correct: ['Số: 09/TTr-UBND', 'Số: 02/QyĐ-SNV', 'Số: 07/CTr-UBND'], incorrect: ['Số: 09/TTR-UBND', 'Số: 15/QD-UBND', 'Số: 15/QĐi-UBND'] },
  },
  check(ctx) {
    reportIssues(ctx, 'ND30-VT-01');
  },
};
