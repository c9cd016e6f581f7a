// ND30-SAO-01: the form of a copy is exactly "SAO Y", "SAO LỤC" or "TRÍCH SAO", in capitals.

import type { Rule } from '../../rule';
import { canon } from '../../text';
import { textFact } from '../../textMemo';
import { COPY_FORMS } from '../../vocab';
import { runEdits } from '../nd/common';
import { stripTrailingMark } from '../tail';
import { t } from '../util';

const FORM_CANON = COPY_FORMS.map((c) => canon(c.title));
const OLD = /^(sao\s+y)(\s+(?:bản\s+chính|bản\s+gốc))\s*$/iu;

/** The line's text (trimmed, without a trailing "." or ":") is short and reads as a form of copy, old or new: remembered per text. */
const mayBeForm = textFact((s) => {
  const body = stripTrailingMark(s, '.:').trim();
  return body.length <= 20 && (OLD.test(body) || FORM_CANON.includes(canon(body.toUpperCase().replace(/\s+/g, ' '))));
});

export const sao01: Rule = {
  meta: {
    id: 'ND30-SAO-01',
    component: 'document',
    severity: 'error',
    clause: { vi: 'NĐ 30/2020, Phụ lục I, Phần II, mục II.1.a và II.2.b', en: 'Decree 30/2020, Appendix I, Part II, sections II.1.a and II.2.b' },
    title: t('Hình thức sao: "SAO Y", "SAO LỤC" hoặc "TRÍCH SAO", chữ in hoa', 'Form of copy: "SAO Y", "SAO LỤC" or "TRÍCH SAO", in capitals'),
    description: t(
      'Hình thức sao của bản sao sang định dạng giấy ghi "SAO Y" hoặc "SAO LỤC" hoặc "TRÍCH SAO", trình bày bằng chữ in hoa, kiểu chữ đứng, đậm. Cách ghi "SAO Y BẢN CHÍNH" theo quy định cũ (trước năm 2020) được báo ở mức cảnh báo.',
      'The form of a paper copy is "SAO Y", "SAO LỤC" or "TRÍCH SAO", in capitals, upright, bold. The pre-2020 wording "SAO Y BẢN CHÍNH" is reported as a warning.',
    ),
    fixable: true,
    examples: { correct: ['**SAO Y**', '**TRÍCH SAO**'], incorrect: ['**Sao y**', '**SAO Y BẢN CHÍNH**'] },
  },
  check(ctx) {
    const m = ctx.model;
    const annexFrom = m.annex[0]?.i ?? Infinity;
    for (const l of mayBeForm.where(m.lines)) {
      if (!(l.i < m.headerEnd || l.i >= annexFrom || l === m.copyForm)) continue;
      const text = stripTrailingMark(l.text, '.:');
      const lead = text.length - text.trimStart().length;
      const body = text.trim();
      const old = OLD.exec(body);
      if (old) {
        const from = lead + old[1].length;
        const to = lead + body.length;
        const head = old[1].toUpperCase() === old[1] ? [] : runEdits(ctx, l, lead, lead + old[1].length, 'SAO Y');
        ctx.report({
          line: l,
          from: lead,
          to,
          severity: 'warning',
          message: t(`Hình thức sao theo Nghị định 30/2020 là "SAO Y": "${body}" → "SAO Y"`, `The form of copy under Decree 30/2020 is "SAO Y": "${body}" → "SAO Y"`),
          fix: { title: t('Sửa thành "SAO Y"', 'Change to "SAO Y"'), edits: [...head, ctx.edit(l, from, to, '')] },
        });
        continue;
      }
      const folded = canon(body.toUpperCase().replace(/\s+/g, ' '));
      const form = COPY_FORMS.find((c, i) => folded === FORM_CANON[i]);
      if (!form || body === form.title || body.replace(/\s+/g, ' ') === form.title) continue;
      if (body.length !== form.title.length) continue;
      ctx.report({
        line: l,
        from: lead,
        to: lead + body.length,
        message: t(`Hình thức sao trình bày bằng chữ in hoa: "${body}" → "${form.title}"`, `The form of copy is in capitals: "${body}" → "${form.title}"`),
        fix: { title: t(`Sửa thành "${form.title}"`, `Change to "${form.title}"`), edits: runEdits(ctx, l, lead, lead + body.length, form.title) },
      });
    }
  },
};
