// ND30-DC-01: the address, e-mail, website, telephone and fax of the agency go in
// box 13, at the bottom of page 1 under a full-width rule, not in the header.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';

const CONTACT = /^(địa\s+chỉ|điện\s+thoại|đt|fax|e-?mail|thư\s+điện\s+tử|website|trang\s+thông\s+tin\s+điện\s+tử)\s*:/iu;

export const dc01: Rule = {
  meta: {
    id: 'ND30-DC-01',
    component: 'document',
    severity: 'warning',
    clause: PL1('III.4'),
    title: t('Địa chỉ, điện thoại, thư điện tử của cơ quan ở cuối trang đầu (ô số 13), không ở phần đầu văn bản', "The agency's address, phone and e-mail go at the bottom of page 1 (box 13), not in the header"),
    description: t(
      'Địa chỉ cơ quan, tổ chức; thư điện tử; trang thông tin điện tử; số điện thoại; số Fax được trình bày tại ô số 13, ở trang thứ nhất của văn bản, bằng chữ in thường, cỡ chữ từ 11 đến 12, dưới một đường kẻ nét liền kéo dài hết chiều ngang của vùng trình bày văn bản. Quy tắc báo các dòng này khi chúng nằm trong phần đầu văn bản (giữa tên cơ quan, Quốc hiệu, số, ngày tháng).',
      "The agency's address, e-mail, website, telephone and fax go in box 13 on page 1, lower case, 11–12 pt, under a solid rule across the full width. The rule reports these lines when they sit in the header (among the agency name, national title, number and date).",
    ),
    fixable: false,
    examples: {
      correct: ['… nội dung, chữ ký, nơi nhận …\n---\nĐịa chỉ: số 286 đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai'],
      incorrect: ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nĐịa chỉ: số 286 đường Hoàng Liên\nSố: 12/SNNMT-VP'],
    },
  },
  check(ctx) {
    const lines = ctx.model.lines;
    // A contact line sits in the header when header components (Quốc hiệu,
    // Tiêu ngữ, Số, date) follow it closely: the model may not find them, as
    // the contact line interrupts the header.
    const isHeader = (x: string) => /^(c[ộo]ng\s+h[òoà]a\s+x[ãa]\s+h[ộo]i|độc\s+lập\s*-|s[ốo]\s*:)/iu.test(x) || /^[^,]{0,40},\s*ngày\s+\S+\s+tháng\s+\S+\s+năm/u.test(x);
    for (let i = 0; i < Math.min(lines.length, 20); i++) {
      const l = lines[i];
      const mm = CONTACT.exec(l.text.trim());
      if (!mm) continue;
      if (!lines.slice(i + 1, i + 9).some((x) => isHeader(x.text.trim()))) continue;
      const from = l.text.length - l.text.trimStart().length;
      ctx.report({
        line: l,
        from,
        to: l.text.trimEnd().length,
        message: t(
          `"${mm[1]}" của cơ quan trình bày tại ô số 13, cuối trang thứ nhất, dưới đường kẻ ngang, không đặt ở phần đầu văn bản`,
          `The agency's "${mm[1]}" goes in box 13 at the bottom of page 1 under a rule, not in the header`,
        ),
      });
    }
  },
};
