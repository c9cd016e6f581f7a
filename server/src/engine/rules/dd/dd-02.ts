// ND30-DD-02: days below 10 and the months 1 and 2 take a leading zero; the
// months 3–12 do not.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { parseDate } from './date';

export const dd02: Rule = {
  meta: {
    id: 'ND30-DD-02',
    component: 'dia-danh-ngay',
    severity: 'error',
    clause: PL1('II.4.b'),
    title: t('Ngày nhỏ hơn 10 và tháng 1, 2 có số 0 phía trước', 'Days below 10 and months 1, 2 take a leading zero'),
    description: t(
      'Đối với những số thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước: "ngày 05 tháng 01", "tháng 02". Các tháng từ 3 đến 12 không ghi số 0 (ví dụ của Nghị định: "ngày 05 tháng 3 năm 2020", "ngày 29 tháng 6 năm 2019"); "tháng 06" là cách viết không chuẩn (cảnh báo).',
      'Days below 10 and the months 1 and 2 take a leading zero: "ngày 05 tháng 01", "tháng 02". Months 3 to 12 take none (the decree writes "ngày 05 tháng 3 năm 2020", "ngày 29 tháng 6 năm 2019"); "tháng 06" is non-canonical (warning).',
    ),
    fixable: true,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: {
      correct: ['Hà Nội, ngày 05 tháng 01 năm 2020', 'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019'],
      incorrect: ['Hà Nội, ngày 5 tháng 1 năm 2020', 'Hà Nội, ngày 05 tháng 06 năm 2019'],
    },
  },
  check(ctx) {
    const l = ctx.model.date;
    if (!l) return;
    const p = parseDate(l);
    if (!p || p.kind !== 'full') return; // the numeric form is ND30-DD-01's
    const { day, month } = p;
    if (!day.unfilled && /^[1-9]$/.test(day.text)) {
      const fixed = '0' + day.text;
      ctx.report({
        line: l,
        from: day.from,
        to: day.to,
        message: t(`Ngày nhỏ hơn 10 phải có số 0 phía trước: "${day.text}" → "${fixed}"`, `A day below 10 takes a leading zero: "${day.text}" → "${fixed}"`),
        fix: { title: t(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: [ctx.edit(l, day.from, day.to, fixed)] },
      });
    }
    if (month.unfilled) return;
    if (/^[12]$/.test(month.text)) {
      const fixed = '0' + month.text;
      ctx.report({
        line: l,
        from: month.from,
        to: month.to,
        message: t(`Tháng 1, 2 phải có số 0 phía trước: "tháng ${month.text}" → "tháng ${fixed}"`, `Months 1 and 2 take a leading zero: "tháng ${month.text}" → "tháng ${fixed}"`),
        fix: { title: t(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: [ctx.edit(l, month.from, month.to, fixed)] },
      });
    } else if (/^0[3-9]$/.test(month.text)) {
      const fixed = month.text.slice(1);
      ctx.report({
        line: l,
        from: month.from,
        to: month.to,
        severity: 'warning',
        message: t(
          `Cách viết không chuẩn: chỉ tháng 1, 2 có số 0 phía trước, "tháng ${month.text}" → "tháng ${fixed}"`,
          `Non-canonical: only months 1 and 2 take a leading zero, "tháng ${month.text}" → "tháng ${fixed}"`,
        ),
        fix: { title: t(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: [ctx.edit(l, month.from, month.to, fixed)] },
      });
    }
  },
};
