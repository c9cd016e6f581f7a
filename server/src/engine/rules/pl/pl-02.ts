// ND30-PL-02: with two or more appendices, they are numbered in Roman numerals.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { textFact } from '../../textMemo';

const HEADING = /^(ph[ụu]\s+l[ụu]c)(\s+(?:s[ốo]\s+)?)([IVXLCDM]+|\d+)\s*[.:]?$/iu;

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

const isHeading = textFact((s) => HEADING.test(s));

export const pl02: Rule = {
  meta: {
    id: 'ND30-PL-02',
    component: 'document',
    severity: 'error',
    clause: PL1('III.1.a'),
    title: t('Từ hai phụ lục trở lên đánh số bằng chữ số La Mã', 'Two or more appendices are numbered in Roman numerals'),
    description: t(
      'Trường hợp văn bản có từ 02 phụ lục trở lên thì phụ lục phải được đánh số thứ tự bằng chữ số La Mã: "Phụ lục I", "Phụ lục II".',
      'When a document has two or more appendices, they are numbered in Roman numerals: "Phụ lục I", "Phụ lục II".',
    ),
    fixable: true,
    examples: { correct: ['Phụ lục I', 'Phụ lục II'], incorrect: ['Phụ lục 1', 'Phụ lục 2', 'Phụ lục số 01'] },
  },
  check(ctx) {
    const headings = ctx.model.annex
      .filter(isHeading.of(ctx.model.lines))
      .filter((l) => !l.cell)
      .map((l) => ({ l, m: HEADING.exec(l.text) }))
      .filter((x): x is { l: typeof x.l; m: RegExpExecArray } => !!x.m);
    if (headings.length < 2) return;
    for (const { l, m } of headings) {
      const num = m[3];
      if (!/^\d+$/.test(num)) continue;
      const value = parseInt(num, 10);
      if (value < 1) continue;
      const from = m[1].length;
      const to = m[1].length + m[2].length + num.length;
      const want = ` ${roman(value)}`;
      ctx.report({
        line: l,
        from,
        to,
        message: t(`Văn bản có ${headings.length} phụ lục: đánh số bằng chữ số La Mã "${num}" → "${roman(value)}"`, `The document has ${headings.length} appendices: number them in Roman numerals "${num}" → "${roman(value)}"`),
        fix: { title: t(`Sửa thành "Phụ lục ${roman(value)}"`, `Change to "Phụ lục ${roman(value)}"`), edits: [ctx.edit(l, from, to, want)] },
      });
    }
  },
};
