// ND30-DD-06 (plausibility, not in the decree): a real calendar date, not after today.

import type { Rule } from '../../rule';
import { t } from '../util';
import { isRealDate, parseDate, todayVN } from './date';

export const dd06: Rule = {
  meta: {
    id: 'ND30-DD-06',
    component: 'dia-danh-ngay',
    severity: 'information',
    clause: t('kiểm tra hợp lý (ngoài NĐ 30/2020): ngày ban hành có thật, không sau ngày hiện tại', 'plausibility check (beyond Decree 30/2020): a real date, not after today'),
    title: t('Ngày ban hành không có thật hoặc sau ngày hiện tại', 'Date of issue does not exist or is after today'),
    description: t(
      'Kiểm tra thêm, không phải quy định của Nghị định 30/2020: ngày ban hành phải là một ngày có thật trong lịch (không có "ngày 31 tháng 02") và, khi văn bản đã có số (đã đăng ký, ban hành), không muộn hơn ngày hiện tại. Bản dự thảo chưa có số ("Số:      /…") có thể ghi ngày dự kiến ký.',
      'An extra check, not a rule of Decree 30/2020: the date of issue must exist in the calendar (no "ngày 31 tháng 02") and, once the document has its number (registered, issued), must not be after today. A draft without a number ("Số:      /…") may carry the planned date of signing.',
    ),
    fixable: false,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: { correct: ['Hà Nội, ngày 05 tháng 01 năm 2020'], incorrect: ['Hà Nội, ngày 31 tháng 02 năm 2020'] },
  },
  check(ctx) {
    const l = ctx.model.date;
    if (!l) return;
    const p = parseDate(l);
    if (!p) return;
    let d: string, m: string, y: string, from: number, to: number;
    if (p.kind === 'numeric') {
      [d, m, y] = [p.day, p.month, p.year];
      from = p.rest.from + Math.max(0, p.rest.text.search(/[^\s,]/u));
      to = p.rest.to;
    } else {
      if (p.day.unfilled || p.month.unfilled || p.year.unfilled) return;
      if (![p.day.text, p.month.text, p.year.text].every((x) => /^\d+$/.test(x))) return;
      [d, m, y] = [p.day.text, p.month.text, p.year.text];
      from = p.kwDay.from;
      to = p.year.to;
    }
    const [dn, mn, yn] = [parseInt(d, 10), parseInt(m, 10), parseInt(y, 10)];
    if (y.length !== 4) return; // ND30-DD-01 reports a short year
    if (!isRealDate(yn, mn, dn)) {
      ctx.report({
        line: l,
        from,
        to,
        message: t(`Ngày ${d} tháng ${m} năm ${y} không có trong lịch`, `${d}/${m}/${y} is not a calendar date`),
      });
      return;
    }
    // "Not after today" only for a registered document: its number is filled in
    // (a draft with "Số:      /…" may carry the planned date of signing).
    const so = ctx.model.so;
    if (!so || !/^\S+\s*[:.;]?\s*\d+\s*\//u.test(so.text.slice(0, 200))) return;
    const now = todayVN(ctx.settings.today ?? new Date());
    const later = yn * 10000 + mn * 100 + dn > now.y * 10000 + now.m * 100 + now.d;
    if (later) {
      const today = `${String(now.d).padStart(2, '0')}/${String(now.m).padStart(2, '0')}/${now.y}`;
      ctx.report({
        line: l,
        from,
        to,
        message: t(`Ngày ban hành sau ngày hiện tại (${today}): kiểm tra lại ngày, tháng, năm`, `The date of issue is after today (${today}): check the day, month and year`),
      });
    }
  },
};
