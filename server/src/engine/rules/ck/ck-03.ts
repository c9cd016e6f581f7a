// ND30-CK-03: authority and title lines in capitals; the signer's name in proper case.

import type { Rule } from '../../rule';
import { isUpper } from '../../text';
import { PL1, PLACEHOLDER, t } from '../util';
import { prefixOf } from './common';
import { titlesBefore } from './ck-04';

/** "NGUYỄN VĂN AN" → "Nguyễn Văn An". */
export function properCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export const ck03: Rule = {
  meta: {
    id: 'ND30-CK-03',
    component: 'chu-ky',
    severity: 'error',
    clause: PL1('II.7.đ'),
    title: t('Quyền hạn, chức vụ in hoa; họ tên người ký in thường', 'Authority and title in capitals; the name in proper case'),
    description: t(
      'Các chữ viết tắt quyền hạn ("TM.", "Q.", "KT.", "TL.", "TUQ.") và quyền hạn, chức vụ của người ký trình bày bằng chữ in hoa, cỡ chữ 13–14, đứng, đậm. Họ và tên người ký trình bày bằng chữ in thường (viết hoa chữ cái đầu mỗi âm tiết), cỡ chữ 13–14, đứng, đậm. Người đứng đầu ký văn bản của cơ quan theo chế độ thủ trưởng thì không ghi chữ viết tắt quyền hạn (ví dụ "GIÁM ĐỐC").',
      'The authority prefixes ("TM.", "Q.", "KT.", "TL.", "TUQ.") and the signer\'s authority and title are in capitals, 13–14 pt, upright, bold. The signer\'s name is in lower case with initial capitals, 13–14 pt, upright, bold. A head signing in their own name has no prefix (e.g. "GIÁM ĐỐC").',
    ),
    fixable: true,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: { correct: ['KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nNguyễn Văn A'], incorrect: ['Kt. Giám đốc', 'NGUYỄN VĂN A'] },
  },
  check(ctx) {
    for (const s of ctx.model.signers) {
      for (const l of s.titles) {
        if (PLACEHOLDER.test(l.text)) continue;
        const p = prefixOf(l);
        const from = p ? p.restStart : 0;
        const rest = l.text.slice(from);
        if (rest === rest.toUpperCase()) continue;
        const up = rest.toUpperCase();
        ctx.report({
          line: l,
          from,
          to: l.text.length,
          message: t(`Quyền hạn, chức vụ của người ký viết bằng chữ in hoa: "${rest}" → "${up}"`, `The signer's authority and title are in capitals: "${rest}" → "${up}"`),
          fix: { title: t(`Sửa thành "${up}"`, `Change to "${up}"`), edits: [ctx.edit(l, from, l.text.length, up)] },
        });
      }
      const n = s.name;
      if (!n) continue;
      // Titles before the name (ND30-CK-04's business) are left as they are.
      const tb = titlesBefore(n.text);
      const from = tb.length ? tb[tb.length - 1].to : 0;
      const core = n.text.slice(from);
      const letters = core.replace(/[^\p{L}]/gu, '');
      if (letters.length < 2 || !isUpper(core)) continue;
      const fixed = properCase(core);
      if (fixed === core) continue;
      ctx.report({
        line: n,
        from,
        to: n.text.length,
        message: t(`Họ và tên người ký viết bằng chữ in thường (viết hoa chữ cái đầu), không viết in hoa toàn bộ: "${core}" → "${fixed}"`, `The signer's name is in lower case with initial capitals, not all capitals: "${core}" → "${fixed}"`),
        fix: { title: t(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: [ctx.edit(n, from, n.text.length, fixed)] },
      });
    }
  },
};
