// ND30-ND-07: in documents laid out as I., II. mục, the mục title is in capitals.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { textFact } from '../../textMemo';
import { bodyLines, fromRoman, needsUpper, runEdits } from './common';

const MUC = /^([IVXLC]{1,6})\.\s+(\S.*)$/u;
const isMuc = textFact((s) => MUC.test(s));

export const nd07: Rule = {
  meta: {
    id: 'ND30-ND-07',
    component: 'noi-dung',
    severity: 'warning',
    clause: PL1('V (mục 6.b)'),
    title: t('Mục "I.", "II." của báo cáo, kế hoạch: tiêu đề in hoa', 'Report and plan sections "I.", "II.": title in capitals'),
    description: t(
      'Văn bản bố cục theo phần, mục, khoản, điểm (báo cáo, kế hoạch, đề án…): số thứ tự và tiêu đề của mục trình bày bằng chữ in hoa, đứng, đậm, ví dụ "I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC" (bảng Mẫu chữ và chi tiết trình bày, mục 6.b). Khoản có tiêu đề viết thường, đậm: "1. Phạm vi và đối tượng áp dụng".',
      'Documents laid out as parts, sections, clauses and points (reports, plans, projects…) write the section number and title in capitals, upright, bold, e.g. "I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC" (font table, row 6.b). A clause with a title is in lower case, bold: "1. Phạm vi và đối tượng áp dụng".',
    ),
    fixable: true,
    examples: {
      correct: ['I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC', 'II. NHIỆM VỤ, GIẢI PHÁP'],
      incorrect: ['I. Những kết quả đạt được'],
    },
  },
  check(ctx) {
    const lines = bodyLines(ctx.model).filter(isMuc.of(ctx.model.lines));
    const muc = lines
      .map((l) => ({ l, m: MUC.exec(l.text) }))
      .filter((x) => x.m && fromRoman(x.m[1]) !== undefined && fromRoman(x.m[1])! <= 30);
    // A layout by mục: at least "I." and "II.".
    const nums = new Set(muc.map((x) => fromRoman(x.m![1])));
    if (!nums.has(1) || !nums.has(2)) return;
    for (const { l, m } of muc) {
      const title = m![2];
      // A sentence of running text after the number is not a title.
      if (title.length > 200 || /[.;]$/.test(title) || !/^[\p{Lu}\p{N}"“(]/u.test(title)) continue;
      if (!needsUpper(title)) continue;
      const from = l.text.length - title.length;
      const up = title.toUpperCase();
      ctx.report({
        line: l,
        from,
        to: l.text.length,
        message: t(`Tiêu đề của mục trình bày bằng chữ in hoa: "${title}" → "${up}"`, `A section title is in capitals: "${title}" → "${up}"`),
        fix: { title: t('Viết in hoa tiêu đề', 'Upper-case the title'), edits: runEdits(ctx, l, from, l.text.length, up) },
      });
    }
  },
};
