// ND30-CC-03: a date inside a căn cứ is written in words, "ngày 05 tháng 3 năm 2020".

import { decreeDate } from '../../decreeDate';
import type { Rule } from '../../rule';
import { PRACTICE, t } from '../util';

/** "ngày 24/5/2023", ", ngày 05/06/2023", "ngày 24-5-2023", "ngày 24.5.2023". */
const NUMERIC_DATE = /(,\s*)?(?<![\p{L}])(ngày\s*)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\4\s*(\d{4})(?![\p{N}])/gu;
/** "ngày 1 tháng 9 năm 2017": written out, but the day or month may lack its leading zero. */
const WORDS_DATE = /(?<![\p{L}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?![\p{N}])/gu;


export const cc03: Rule = {
  meta: {
    id: 'ND30-CC-03',
    component: 'can-cu',
    severity: 'information',
    clause: PRACTICE('ngày tháng trong căn cứ viết như mẫu (PL I mục II.6.a chỉ yêu cầu ghi ngày tháng năm)', 'dates in a căn cứ written as in the templates (PL I §II.6.a only requires the date)'),
    title: t('Ngày tháng trong căn cứ viết đầy đủ "ngày … tháng … năm …"', 'Dates in a căn cứ written out as "ngày … tháng … năm …"'),
    description: t(
      'Căn cứ phải ghi ngày tháng năm ban hành của văn bản được dẫn. Nghị định không quy định riêng cách viết ngày trong căn cứ, nhưng các mẫu và chính lời căn cứ của Nghị định viết đầy đủ "ngày 05 tháng 3 năm 2020" như ở địa danh, thời gian ban hành (PL I mục II.4.b: ngày nhỏ hơn 10 và tháng 1, 2 ghi thêm số 0). Quy tắc rút ra từ thực tiễn, mức thông tin.',
      'A căn cứ gives the date of the cited document. The decree does not fix the date format inside a căn cứ, but its templates and its own preamble write it out, "ngày 05 tháng 3 năm 2020", as in the place-date line (PL I §II.4.b: a leading zero for days below 10 and for months 1 and 2). Practice-derived, information.',
    ),
    fixable: true,
    examples: {
      correct: ['Căn cứ Quyết định số 701/QĐ-UBND ngày 24 tháng 5 năm 2023 của Ủy ban nhân dân tỉnh về việc …;'],
      incorrect: [
        'Căn cứ Quyết định số 701/QĐ-UBND ngày 24/5/2023 của Ủy ban nhân dân tỉnh về việc …;',
        'Căn cứ Quyết định số 701/QĐ-UBND, ngày 24/5/2023 của …;',
        'Căn cứ Nghị định số 101/2017/NĐ-CP ngày 1 tháng 9 năm 2017 của Chính phủ …;',
      ],
    },
  },
  check(ctx) {
    for (const l of ctx.model.canCu) {
      NUMERIC_DATE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = NUMERIC_DATE.exec(l.text))) {
        const d = Number(m[3]);
        const mo = Number(m[5]);
        if (d < 1 || d > 31 || mo < 1 || mo > 12) continue;
        const written = decreeDate(d, mo, m[6]);
        const from = m.index;
        const to = m.index + m[0].length;
        const newText = m[1] ? ` ${written}` : written;
        const shown = m[0].replace(/^,\s*/, ', ');
        ctx.report({
          line: l,
          from,
          to,
          message: t(
            `Ngày tháng trong căn cứ nên viết đầy đủ: "${shown.trim()}" → "${written}"`,
            `Write the date in the căn cứ out in full: "${shown.trim()}" → "${written}"`,
          ),
          fix: { title: t(`Sửa thành "${written}"`, `Change to "${written}"`), edits: [ctx.edit(l, from, to, newText)] },
        });
      }
      // Written out, but without the leading zero of a day below 10 or of month 1 or 2.
      WORDS_DATE.lastIndex = 0;
      while ((m = WORDS_DATE.exec(l.text))) {
        const d = Number(m[1]);
        const mo = Number(m[2]);
        if (d < 1 || d > 31 || mo < 1 || mo > 12) continue;
        if (!((d < 10 && m[1].length === 1) || (mo <= 2 && m[2].length === 1))) continue;
        const written = decreeDate(d, mo, m[3]);
        const from = m.index;
        const to = m.index + m[0].length;
        ctx.report({
          line: l,
          from,
          to,
          message: t(
            `Ngày nhỏ hơn 10 và tháng 1, 2 ghi thêm số 0 phía trước: "${m[0]}" → "${written}"`,
            `Days below 10 and months 1, 2 take a leading zero: "${m[0]}" → "${written}"`,
          ),
          fix: { title: t(`Sửa thành "${written}"`, `Change to "${written}"`), edits: [ctx.edit(l, from, to, written)] },
        });
      }
    }
  },
};
