// ND30-VH-12: foreign organisations (Phụ lục II §IV.2): translated names follow the
// Vietnamese rule ("Liên hợp quốc", "Tổ chức Y tế thế giới"); acronyms are written in
// capitals as in the original language ("ASEAN", "UNESCO", not "Asean").

import type { Rule } from '../../rule';
import { FOREIGN_ACRONYMS, FOREIGN_NAMES } from '../../data/agencies';
import { t } from '../util';
import { NOT_WORD_AFTER, NOT_WORD_BEFORE, phraseMatcher, reportCase, scan, lineLocalVh } from './common';
import { vhMeta } from './meta';

const names = phraseMatcher(FOREIGN_NAMES, { upperFirst: true });
const ACR = new RegExp(`${NOT_WORD_BEFORE}(${FOREIGN_ACRONYMS.map((a) => a.toLowerCase()).join('|')})${NOT_WORD_AFTER}`, 'gu');

export const vh12: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-12',
    'IV.2',
    ['Viết hoa tên cơ quan, tổ chức nước ngoài', 'Capitalisation of foreign organisations'],
    [
      'Tên cơ quan, tổ chức nước ngoài đã dịch nghĩa viết hoa theo quy tắc tên cơ quan Việt Nam ("Liên hợp quốc", "Tổ chức Y tế thế giới"); dạng viết tắt viết bằng chữ in hoa như nguyên ngữ ("WTO", "UNESCO", "ASEAN").',
      'Translated names of foreign organisations follow the Vietnamese rule ("Liên hợp quốc", "Tổ chức Y tế thế giới"); acronyms are in capitals as in the original ("WTO", "UNESCO", "ASEAN").',
    ],
    { correct: ['Liên hợp quốc (UN)', 'Tổ chức Y tế thế giới (WHO)', 'các nước ASEAN'], incorrect: ['Liên Hợp Quốc', 'các nước Asean'] },
  ),
  check(ctx) {
    names(ctx, t('Viết hoa tên tổ chức nước ngoài chưa đúng', 'Foreign organisation name capitalised wrongly'));
    scan(ctx, ACR, (line, m) => {
      const found = line.text.slice(m.index, m.index + m[0].length);
      // Only the mixed "Asean", "Unesco" form: a capital then lower case.
      if (!/^\p{Lu}\p{Ll}+$/u.test(found)) return;
      reportCase(ctx, { line, from: m.index, found, want: found.toUpperCase(), why: t('Tên tổ chức nước ngoài viết tắt viết bằng chữ in hoa', 'Acronyms of foreign organisations are written in capitals') });
    });
  },
});
