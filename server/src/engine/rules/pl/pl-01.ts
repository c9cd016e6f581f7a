// ND30-PL-01: a document with an appendix points to it in its text.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { textFact } from '../../textMemo';

/** The appendix heading: "Phụ lục", "Phụ lục I", "PHỤ LỤC 2" alone on its line. */
const HEADING = /^ph[ụu]\s+l[ụu]c(\s+(?:s[ốo]\s+)?([IVXLCDM]+|\d+))?\s*[.:]?$/iu;
/** Words that point to an appendix or an attachment in the text. */
const POINTER = /(?<![\p{L}])(ph[ụu]\s+l[ụu]c|kèm\s+theo|đính\s+kèm|gửi\s+kèm|kèm\s+văn\s+bản)(?![\p{L}])/iu;
const isHeading = textFact((s) => HEADING.test(s.trim()));
const points = textFact((s) => POINTER.test(s));

export const pl01: Rule = {
  meta: {
    id: 'ND30-PL-01',
    component: 'document',
    severity: 'error',
    clause: PL1('III.1.a'),
    title: t('Văn bản có phụ lục phải có chỉ dẫn về phụ lục', 'A document with an appendix refers to it'),
    description: t(
      'Trường hợp văn bản có Phụ lục kèm theo thì trong văn bản phải có chỉ dẫn về Phụ lục đó (ví dụ "… theo Phụ lục kèm theo", "… tại Phụ lục I"). Quy tắc báo khi văn bản có phụ lục ở cuối nhưng nội dung không nhắc tới phụ lục hay tài liệu kèm theo.',
      'When a document has an appendix, its text must refer to that appendix (e.g. "… theo Phụ lục kèm theo", "… tại Phụ lục I"). The rule reports an appendix at the end of a document whose text mentions no appendix or attachment.',
    ),
    fixable: false,
    examples: {
      correct: ['Danh sách các đơn vị tại Phụ lục kèm theo.\n…\nPhụ lục\nDANH SÁCH CÁC ĐƠN VỊ'],
      incorrect: ['Đề nghị các đơn vị thực hiện.\n…\nPhụ lục\nDANH SÁCH CÁC ĐƠN VỊ'],
    },
  },
  check(ctx) {
    const m = ctx.model;
    const heading = m.annex.find(isHeading.of(m.lines));
    if (!heading) return;
    const text = [...m.trichYeu, ...m.canCu, ...(m.enact ? [m.enact] : []), ...m.body, ...(m.title ? [m.title] : [])];
    // Lines of the annex before its heading (an attached quy chế) may point to it too.
    const before = m.annex.filter((l) => l.i < heading.i);
    if ([...text, ...before].some(points.of(m.lines))) return;
    ctx.report({
      line: heading,
      message: t(
        `Văn bản có "${heading.text.trim()}" nhưng nội dung không có chỉ dẫn về phụ lục: ghi ví dụ "… tại ${heading.text.trim().replace(/^PH[ỤU]\s+L[ỤU]C/u, 'Phụ lục')} kèm theo"`,
        `The document has "${heading.text.trim()}" but its text does not refer to it: write e.g. "… tại Phụ lục … kèm theo"`,
      ),
    });
  },
};
