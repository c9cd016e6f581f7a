// ND30-PL-03: the heading "Phụ lục" + number in lower case (capital P), on its own line.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { textFact } from '../../textMemo';

/** A heading line "Phụ lục", "PHỤ LỤC I", "Phụ Lục 2", "PHỤ LỤC SỐ 01:" — nothing else on the line. */
const HEADING = /^(ph[ụu]\s+l[ụu]c)((?:\s+(?:s[ốo]\s+)?[IVXLCDM\d]+)?\s*[.:]?)$/iu;

const isHeading = textFact((s) => HEADING.test(s));

export const pl03: Rule = {
  meta: {
    id: 'ND30-PL-03',
    component: 'document',
    severity: 'error',
    clause: PL1('III.1.b'),
    title: t('Từ "Phụ lục" viết in thường (chữ P hoa), cùng số thứ tự trên một dòng riêng', 'The word "Phụ lục" in lower case (capital P), with its number on a line of its own'),
    description: t(
      'Từ "Phụ lục" và số thứ tự của Phụ lục được trình bày thành một dòng riêng, canh giữa, bằng chữ in thường, cỡ chữ 14, kiểu chữ đứng, đậm; tên Phụ lục (nếu có) ở dòng dưới, in hoa. Viết "PHỤ LỤC I" in hoa là sai.',
      'The word "Phụ lục" and the appendix number stand on a line of their own, centred, in lower case, 14 pt, upright, bold; the appendix title (if any) goes below in capitals. "PHỤ LỤC I" in capitals is wrong.',
    ),
    fixable: true,
    examples: {
      correct: ['Phụ lục I', 'Phụ lục\nBẢNG CHỮ VIẾT TẮT'],
      incorrect: ['PHỤ LỤC I', 'Phụ Lục II'],
    },
  },
  check(ctx) {
    // Only headings of documents attached after the main footer: a "PHỤ LỤC" line
    // inside the content (a table cell, a list) is not the appendix heading.
    const heading = isHeading.of(ctx.model.lines);
    for (const l of ctx.model.annex) {
      if (l.cell || !heading(l)) continue;
      const m = HEADING.exec(l.text);
      if (!m) continue;
      const word = m[1];
      if (word === 'Phụ lục') continue;
      // "Phụ lục" written with decomposed or other-placed marks is VB-UNICODE's business.
      if (word.normalize('NFC') === 'Phụ lục') continue;
      ctx.report({
        line: l,
        from: 0,
        to: word.length,
        message: t(`Từ "Phụ lục" viết bằng chữ in thường, chữ P hoa: "${word}" → "Phụ lục"`, `The word "Phụ lục" is in lower case with a capital P: "${word}" → "Phụ lục"`),
        fix: { title: t('Sửa thành "Phụ lục"', 'Change to "Phụ lục"'), edits: [ctx.edit(l, 0, word.length, 'Phụ lục')] },
      });
    }
  },
};
