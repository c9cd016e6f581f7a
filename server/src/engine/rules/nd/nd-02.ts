// ND30-ND-02: documents structured by phần, chương, mục, tiểu mục or điều give
// each of those units a title.

import type { Rule } from '../../rule';
import { isUpper } from '../../text';
import { PL1, t } from '../util';
import { textFact } from '../../textMemo';
import { bodyLines, KHOAN } from './common';

/** Another unit or an article (proper case: "MỤC TIÊU" is a title, not "Mục"). */
const STRUCTURE = /^(Điều|Chương|Mục|Tiểu\s+mục|Phần)\s+(\d{1,3}|[IVXLC]{1,8})(?![\p{L}\p{N}])/u;

/** "Điều 5." or "Điều 5" with nothing after it. */
const BARE_DIEU = /^Điều\s+\d{1,3}[a-zđ]?(\s*[.:])?\s*$/u;
/** "Điều 5. Phạm vi điều chỉnh": a short title, no final punctuation. */
const TITLED_DIEU = /^Điều\s+\d{1,3}[a-zđ]?\.\s+(\p{Lu}[^.:;!?]{0,120})$/u;
/** "Chương II" (Phần, Mục, Tiểu mục) alone on its line. */
const BARE_HEAD = /^(Phần|Chương|Mục|Tiểu\s+mục)\s+(\d{1,3}|[IVXLC]{1,8})(\s*[.:])?\s*$/u;
/** Every pattern the rule reads a line with starts with one of these words, after spaces. */
const mayBeUnit = textFact((s) => /^\s*(Điều|Phần|Chương|Mục|Tiểu)/u.test(s));

export const nd02: Rule = {
  meta: {
    id: 'ND30-ND-02',
    component: 'noi-dung',
    severity: 'error',
    clause: PL1('II.6.d'),
    title: t('Phần, chương, mục, tiểu mục, điều phải có tiêu đề', 'Parts, chapters, sections, subsections and articles have a title'),
    description: t(
      'Đối với các hình thức văn bản được bố cục theo phần, chương, mục, tiểu mục, điều thì phần, chương, mục, tiểu mục, điều phải có tiêu đề. Tiêu đề là cụm từ chỉ nội dung chính của phần, chương, mục, tiểu mục, điều. Quy tắc báo "Chương I" không có dòng tiêu đề tiếp theo, và "Điều 5." không có tiêu đề trong văn bản mà các điều khác có tiêu đề.',
      'In documents structured by parts, chapters, sections, subsections and articles, each of those units has a title: a phrase naming its main content. The rule reports a "Chương I" line with no title line after it, and an article "Điều 5." without a title in a document whose other articles have titles.',
    ),
    fixable: false,
    examples: {
      correct: ['Điều 1. Phạm vi điều chỉnh', 'Chương I\nQUY ĐỊNH CHUNG'],
      incorrect: ['Điều 1. Phạm vi điều chỉnh\n…\nĐiều 2.', 'Chương I\nĐiều 1. Phạm vi điều chỉnh'],
    },
  },
  check(ctx) {
    const lines = bodyLines(ctx.model).filter((l) => !l.cell);
    const unit = mayBeUnit.of(ctx.model.lines);
    // Structured by titled articles: at least one article carries a short title.
    const titled = lines.some((l) => {
      if (!unit(l)) return false;
      const m = TITLED_DIEU.exec(l.text.trim());
      return !!m && m[1].split(/\s+/).length <= 20;
    });
    lines.forEach((l, idx) => {
      if (!unit(l)) return;
      const text = l.text.trim();
      if (titled && BARE_DIEU.test(text)) {
        ctx.report({
          line: l,
          message: t(`"${text}" thiếu tiêu đề: ghi "${text.replace(/[.:]?\s*$/, '')}. <Tiêu đề>" (cụm từ chỉ nội dung chính của điều)`, `"${text}" has no title: write "${text.replace(/[.:]?\s*$/, '')}. <Title>"`),
        });
        return;
      }
      const h = BARE_HEAD.exec(text);
      if (!h) return;
      const next = lines[idx + 1];
      // The title is the next line (ND30-ND-03/04 check its form); missing when
      // the next line is another unit, an article, a khoản or nothing.
      const nextText = next?.text.trim() ?? '';
      const missing = !next || STRUCTURE.test(nextText) || KHOAN.test(nextText) || (!isUpper(nextText) && /[.:;]$/.test(nextText) && nextText.length > 80);
      if (!missing) return;
      ctx.report({
        line: l,
        message: t(`"${text}" thiếu tiêu đề: dòng tiếp theo ghi tiêu đề bằng chữ in hoa`, `"${text}" has no title: the next line gives its title in capitals`),
      });
    });
  },
};
