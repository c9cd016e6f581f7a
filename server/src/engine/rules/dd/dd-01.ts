// ND30-DD-01: the place-date line reads "<Địa danh>, ngày dd tháng m năm yyyy".

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { canonDay, canonMonth, parseDate, placeUnfilled } from './date';

export const dd01: Rule = {
  meta: {
    id: 'ND30-DD-01',
    component: 'dia-danh-ngay',
    severity: 'error',
    clause: PL1('II.4.b–c'),
    title: t('Địa danh và thời gian ban hành viết đầy đủ: "<Địa danh>, ngày … tháng … năm …"', 'Place and date written in full: "<Place>, ngày … tháng … năm …"'),
    description: t(
      'Thời gian ban hành văn bản phải được viết đầy đủ, các số chỉ ngày, tháng, năm dùng chữ số Ả Rập; địa danh và ngày, tháng, năm trình bày bằng chữ in thường, sau địa danh có dấu phẩy: "Hà Nội, ngày 05 tháng 01 năm 2020". Không viết "05/01/2020", không viết hoa "Ngày", "Tháng", "Năm", năm ghi đủ bốn chữ số. Các vị trí chưa điền ("…, ngày … tháng … năm …") không bị coi là sai thể thức.',
      'The date of issue is written in full with Arabic digits; place and date are in lower case with a comma after the place: "Hà Nội, ngày 05 tháng 01 năm 2020". Not "05/01/2020", not "Ngày"/"Tháng"/"Năm" capitalised, the year with four digits. Unfilled placeholders ("…, ngày … tháng … năm …") are not format errors.',
    ),
    fixable: true,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: {
      correct: ['Hà Nội, ngày 05 tháng 01 năm 2020', 'Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019'],
      incorrect: ['Hà Nội, 05/01/2020', 'Hà Nội ngày 05 tháng 01 năm 2020', 'Hà Nội, Ngày 05 Tháng 01 Năm 2020'],
    },
  },
  check(ctx) {
    const l = ctx.model.date;
    if (!l) return;
    const p = parseDate(l);
    if (!p) return;
    if (p.kind === 'numeric') {
      const place = p.place.text.replace(/[\s,]+$/u, '');
      const full = `ngày ${canonDay(p.day)} tháng ${canonMonth(p.month)} năm ${p.year}`;
      const numeric = l.text.slice(p.rest.from).trim().replace(/^,\s*/, '');
      const sep = place ? ', ' : '';
      ctx.report({
        line: l,
        from: p.rest.from + Math.max(0, p.rest.text.search(/[^\s,]/u)),
        to: p.rest.to,
        message: t(
          `Thời gian ban hành phải viết đầy đủ bằng chữ "ngày … tháng … năm …", không viết dạng số: "${numeric}" → "${full}"`,
          `The date of issue is written in full as "ngày … tháng … năm …", not in numeric form: "${numeric}" → "${full}"`,
        ),
        fix: { title: t(`Sửa thành "${full}"`, `Change to "${full}"`), edits: [ctx.edit(l, p.rest.from, p.rest.to, sep + full)] },
      });
      return;
    }

    // Comma after the place name (not checked when the place is a placeholder).
    if (p.place.text && !placeUnfilled(p.place) && p.sep.text !== ', ') {
      const hasComma = p.sep.text.includes(',');
      ctx.report({
        line: l,
        from: hasComma ? p.sep.from : p.place.to,
        to: hasComma ? p.sep.to : p.kwDay.from,
        severity: hasComma ? 'warning' : undefined,
        message: hasComma
          ? t('Sau địa danh là dấu phẩy rồi một dấu cách: "<Địa danh>, ngày …"', 'The place is followed by a comma and one space: "<Place>, ngày …"')
          : t(`Sau địa danh phải có dấu phẩy: "${p.place.text} ngày" → "${p.place.text}, ngày"`, `A comma follows the place name: "${p.place.text} ngày" → "${p.place.text}, ngày"`),
        fix: { title: t('Sửa thành ", "', 'Change to ", "'), edits: [ctx.edit(l, p.sep.from, p.sep.to, ', ')] },
      });
    }

    // The words ngày, tháng, năm in lower case.
    const kws = [p.kwDay, p.kwMonth, p.kwYear].filter((k) => k.text !== k.text.toLowerCase());
    if (kws.length) {
      const shown = kws.map((k) => `"${k.text}"`).join(', ');
      ctx.report({
        line: l,
        from: kws[0].from,
        to: kws[kws.length - 1].to,
        message: t(
          `Các chữ "ngày", "tháng", "năm" viết bằng chữ in thường: ${shown}`,
          `The words "ngày", "tháng", "năm" are written in lower case: ${shown}`,
        ),
        fix: { title: t('Viết thường "ngày", "tháng", "năm"', 'Lower-case "ngày", "tháng", "năm"'), edits: kws.map((k) => ctx.edit(l, k.from, k.to, k.text.toLowerCase())) },
      });
    }

    // The year in full (four digits).
    if (!p.year.unfilled && /^\d{2}$/.test(p.year.text)) {
      const y = '20' + p.year.text;
      ctx.report({
        line: l,
        from: p.year.from,
        to: p.year.to,
        message: t(`Năm phải ghi đầy đủ bốn chữ số: "${p.year.text}" → "${y}"`, `The year is written with four digits: "${p.year.text}" → "${y}"`),
        fix: { title: t(`Sửa thành "${y}"`, `Change to "${y}"`), edits: [ctx.edit(l, p.year.from, p.year.to, y)] },
      });
    }

    // Nothing after the year but the line's end (a final period is not part of the form).
    if (p.tail.text && /^[\s.,;:]+$/u.test(p.tail.text) && !p.year.unfilled) {
      ctx.report({
        line: l,
        from: p.tail.from,
        to: p.tail.to,
        severity: 'warning',
        message: t(`Dòng địa danh, ngày tháng không có dấu câu ở cuối: "${p.tail.text.trim()}"`, `The place-date line has no final punctuation: "${p.tail.text.trim()}"`),
        fix: { title: t('Bỏ dấu câu ở cuối', 'Remove the final punctuation'), edits: [ctx.edit(l, p.tail.from, p.tail.to, '')] },
      });
    }
  },
};
