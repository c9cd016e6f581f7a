// ND30-SO-02: numbers below 10 take a leading zero.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';

export const so02: Rule = {
  meta: {
    id: 'ND30-SO-02',
    component: 'so-ky-hieu',
    severity: 'error',
    clause: PL1('II.3.c'),
    title: t('Số văn bản nhỏ hơn 10 phải có số 0 phía trước', 'Numbers below 10 take a leading zero'),
    description: t(
      'Số của văn bản ghi bằng chữ số Ả Rập; với những số nhỏ hơn 10 phải ghi thêm số 0 phía trước ("05", không phải "5"). Chỉ số nhỏ hơn 10 mới có số 0 phía trước: "12", "125", "1779", không phải "012", "0125", "01779". Số được đánh từ 01 vào ngày 01 tháng 01 hằng năm (Điều 15).',
      'The number is written in Arabic digits; numbers below 10 take a leading zero ("05", not "5"). Only numbers below 10 do: "12", "125", "1779", not "012", "0125", "01779". Numbering restarts at 01 on 1 January (Article 15).',
    ),
    fixable: true,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: { correct: ['Số: 05/BNV-VP', 'Số: 125/UBND-VX'], incorrect: ['Số: 5/BNV-VP', 'Số: 0125/UBND-VX'] },
  },
  check(ctx) {
    const so = ctx.model.so;
    if (!so) return;
    // The word "Số" (letters only: "Số:12/…" has no space after the colon, §11.2), then the number.
    const m = /^\p{L}+\s*[:.;]?\s*(\d+)\s*\//u.exec(so.text);
    if (!m) return;
    const num = m[1];
    const from = m.index + m[0].search(/\d/);
    if (num.length === 1) {
      const fixed = '0' + num;
      ctx.report({
        line: so,
        from,
        to: from + num.length,
        message: t(`Số văn bản nhỏ hơn 10 phải có số 0 phía trước: "${num}" → "${fixed}"`, `A number below 10 takes a leading zero: "${num}" → "${fixed}"`),
        fix: { title: t(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: [ctx.edit(so, from, from + num.length, fixed)] },
      });
      return;
    }
    // Only numbers below 10 take a zero: "012", "0125", "01779", "005" carry superfluous zeros.
    const value = Number(num);
    if (!/^0/.test(num) || value === 0) return;
    const fixed = value < 10 ? `0${value}` : String(value);
    if (fixed === num) return;
    ctx.report({
      line: so,
      from,
      to: from + num.length,
      message: t(
        `Chỉ số nhỏ hơn 10 mới có số 0 phía trước: "${num}" → "${fixed}"`,
        `Only numbers below 10 take a leading zero: "${num}" → "${fixed}"`,
      ),
      fix: { title: t(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: [ctx.edit(so, from, from + num.length, fixed)] },
    });
  },
};
