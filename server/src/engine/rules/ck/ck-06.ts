// ND30-CK-06: chains of authority prefixes (Điều 13): TM. + KT. and TL. + KT. are valid;
// TUQ. cannot be passed on; KT. + KT., TL. + TL. and KT. above TM. are wrong.

import type { Rule } from '../../rule';
import { DIEU, t } from '../util';
import { Prefix, prefixOf } from './common';

export const ck06: Rule = {
  meta: {
    id: 'ND30-CK-06',
    component: 'chu-ky',
    severity: 'error',
    clause: DIEU('13'),
    title: t('Kết hợp quyền hạn ký theo Điều 13', 'Combined signing authority as in Article 13'),
    description: t(
      'Điều 13 cho phép: cấp phó thay mặt tập thể, ký thay người đứng đầu ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", khoản 2); người được ký thừa lệnh giao lại cho cấp phó ký thay ("TL. BỘ TRƯỞNG" / "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG", khoản 4). Người được ký thừa ủy quyền không được ủy quyền lại cho người khác ký (khoản 3): sau "TUQ." không có "KT.", "TL.", "TUQ.". Các kết hợp như "KT." + "KT.", "TL." + "TL.", "KT." phía trên "TM." là sai.',
      'Article 13 provides: a deputy signs on behalf of the collective, for the head ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", clause 2); a person signing by order may hand it to a deputy signing for them ("TL. BỘ TRƯỞNG" / "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG", clause 4). A person signing by authorisation may not delegate again (clause 3): no "KT.", "TL." or "TUQ." after "TUQ.". Combinations such as "KT." + "KT.", "TL." + "TL." or "KT." above "TM." are wrong.',
    ),
    fixable: false,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: {
      correct: ['TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'TL. BỘ TRƯỞNG\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG'],
      incorrect: ['TUQ. CHỦ TỊCH\nKT. GIÁM ĐỐC SỞ NỘI VỤ\nPHÓ GIÁM ĐỐC'],
    },
  },
  check(ctx) {
    const VALID = new Set(['TM.>KT.', 'TL.>KT.', 'TM.>Q.']);
    for (const s of ctx.model.signers) {
      const chain = s.titles.map((l) => ({ l, p: prefixOf(l) })).filter((x) => x.p) as { l: (typeof s.titles)[number]; p: { prefix: Prefix } }[];
      for (let k = 1; k < chain.length; k++) {
        const a = chain[k - 1].p.prefix;
        const b = chain[k].p.prefix;
        const l = chain[k].l;
        const pair = `${a}>${b}`;
        if (VALID.has(pair)) continue;
        if (a === 'TUQ.') {
          ctx.report({
            line: l,
            message: t(
              `Người ký thừa ủy quyền ("TUQ.") không được ủy quyền lại cho người khác ký (Điều 13 khoản 3): không ghi "${b}" dưới "TUQ."`,
              `A person signing by authorisation ("TUQ.") may not delegate again (Article 13.3): no "${b}" under "TUQ."`,
            ),
          });
        } else if (a === b || (a === 'KT.' && b === 'TM.')) {
          ctx.report({
            line: l,
            message: t(
              a === b
                ? `Không ghi hai lần "${a}" trong một khối chữ ký: "${a}" chỉ dùng một lần (Điều 13)`
                : '"KT." không đứng trên "TM.": cấp phó thay mặt tập thể, ký thay người đứng đầu ghi "TM. <tập thể>" rồi "KT. <chức vụ người đứng đầu>" (Điều 13 khoản 2)',
              a === b
                ? `"${a}" appears twice in one signer block: it is used once (Article 13)`
                : '"KT." does not stand above "TM.": a deputy signing on behalf of the collective writes "TM. <collective>" then "KT. <head\'s title>" (Article 13.2)',
            ),
          });
        } else {
          ctx.report({
            line: l,
            severity: 'warning',
            message: t(
              `Kết hợp "${a}" rồi "${b}" không có trong Điều 13 (chỉ có "TM." + "KT." theo khoản 2 và "TL." + "KT." theo khoản 4)`,
              `The combination "${a}" then "${b}" is not provided for by Article 13 (only "TM." + "KT.", clause 2, and "TL." + "KT.", clause 4)`,
            ),
          });
        }
      }
    }
  },
};
