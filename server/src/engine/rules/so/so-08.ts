// ND30-SO-08: the number of a copy: "Số: 03/SY-UBND" (SY, SL or TrS).

import type { Rule } from '../../rule';
import { t } from '../util';
import { reportIssues } from './parse';

export const so08: Rule = {
  meta: {
    id: 'ND30-SO-08',
    component: 'so-ky-hieu',
    severity: 'error',
    clause: t('NĐ 30/2020, Phụ lục I, Phần II, mục II.1.c', 'Decree 30/2020, Appendix I, Part II, section II.1.c'),
    title: t('Ký hiệu bản sao: SY, SL hoặc TrS', 'Symbol of a copy: SY, SL or TrS'),
    description: t(
      'Số, ký hiệu bản sao gồm số thứ tự đăng ký và chữ viết tắt hình thức sao theo Phụ lục III ("SY" sao y, "SL" sao lục, "TrS" trích sao), rồi chữ viết tắt tên cơ quan sao văn bản: "Số: 03/SY-UBND".',
      'The number of a copy is its registration number, the abbreviation of the form of copy from Appendix III ("SY" sao y, "SL" sao lục, "TrS" trích sao), then the copying body: "Số: 03/SY-UBND".',
    ),
    fixable: true,
    examples: { correct: ['SAO Y … Số: 03/SY-UBND', 'TRÍCH SAO … Số: 04/TrS-UBND'], incorrect: ['SAO Y … Số: 03/SAO Y-UBND', 'SAO Y … Số: 03/SL-UBND'] },
  },
  check(ctx) {
    reportIssues(ctx, 'ND30-SO-08');
  },
};
