// ND30-SO-06: administrative numbers have no year segment (that is the VBQPPL
// pattern, "30/2020/NĐ-CP"). Information: a regime signal, not an error.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { reportIssues } from './parse';

export const so06: Rule = {
  meta: {
    id: 'ND30-SO-06',
    component: 'so-ky-hieu',
    severity: 'information',
    clause: PL1('V'),
    title: t('Số văn bản hành chính không có năm', 'Administrative numbers have no year'),
    description: t(
      'Số, ký hiệu văn bản hành chính trong các ví dụ và mẫu của NĐ 30 không có năm ("Số: 15/QĐ-BNV"); số có năm ("30/2020/NĐ-CP") là cách ghi của văn bản quy phạm pháp luật. Một quyết định, nghị quyết có năm trong số được coi là VBQPPL; các loại văn bản khác (kế hoạch, tờ trình, công văn…) vẫn là văn bản hành chính và được nhắc ở đây.',
      'Administrative numbers in the examples and templates of Decree 30 have no year ("Số: 15/QĐ-BNV"); a number with a year ("30/2020/NĐ-CP") is the pattern of legal normative documents. A decision or resolution with a year is treated as a legal normative document; other types (plan, submission, công văn…) remain administrative and are flagged here.',
    ),
    fixable: true,
    examples: { correct: ['KẾ HOẠCH … Số: 40/KH-UBND'], incorrect: ['KẾ HOẠCH … Số: 40/2026/KH-UBND'] },
  },
  check(ctx) {
    reportIssues(ctx, 'ND30-SO-06');
  },
};
