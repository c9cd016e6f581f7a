// ND30-CK-01: authority prefixes are exactly "TM.", "KT.", "TL.", "TUQ.", "Q." (upper case, period, one space).

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { prefixOf } from './common';

export const ck01: Rule = {
  meta: {
    id: 'ND30-CK-01',
    component: 'chu-ky',
    severity: 'error',
    clause: PL1('II.7.b'),
    title: t('Chữ viết tắt quyền hạn: TM., KT., TL., TUQ., Q.', 'Authority prefixes: TM., KT., TL., TUQ., Q.'),
    description: t(
      'Ký thay mặt tập thể ghi "TM." trước tên tập thể hoặc tên cơ quan; được giao quyền cấp trưởng ghi "Q." trước chức vụ người đứng đầu; ký thay ghi "KT."; ký thừa lệnh ghi "TL."; ký thừa ủy quyền ghi "TUQ.". Các chữ viết tắt này viết in hoa, có dấu chấm, không viết "T/M", "K/T", "KT GIÁM ĐỐC", "Kt.", "T.L", "TUQ CHỦ TỊCH" hay viết đầy đủ "THAY MẶT".',
      'Signing for a collective takes "TM." before its name; an acting head "Q." before the head\'s title; signing for the head "KT."; by order "TL."; by authorisation "TUQ.". They are upper case with a period: not "T/M", "K/T", "KT GIÁM ĐỐC", "Kt.", "T.L", "TUQ CHỦ TỊCH", nor spelt out ("THAY MẶT").',
    ),
    fixable: true,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: {
      correct: ['TM. ỦY BAN NHÂN DÂN', 'KT. BỘ TRƯỞNG', 'TL. BỘ TRƯỞNG', 'TUQ. CHỦ TỊCH', 'Q. GIÁM ĐỐC'],
      incorrect: ['T/M UBND', 'K/T GIÁM ĐỐC', 'KT GIÁM ĐỐC', 'Kt. Giám đốc', 'T.L BỘ TRƯỞNG', 'TUQ CHỦ TỊCH', 'P. CHỦ TỊCH'],
    },
  },
  check(ctx) {
    for (const s of ctx.model.signers) {
      for (const l of s.titles) {
        // "P. CHỦ TỊCH", "P.GIÁM ĐỐC": "Phó" abbreviated like a prefix. Only TM., Q., KT., TL.
        // and TUQ. are abbreviations; the title itself is written in full (PL I §II.7.b–c).
        const pho = /^(P\.\s*)(?=\p{Lu}{2})/u.exec(l.text);
        if (pho) {
          const fixed = l.text.slice(0, pho[0].length).replace(/^P\.\s*/u, 'PHÓ ');
          ctx.report({
            line: l,
            from: 0,
            to: pho[0].length,
            message: t(
              `Chỉ "TM.", "Q.", "KT.", "TL.", "TUQ." được viết tắt; chức vụ của người ký viết đầy đủ: "${pho[0].trim()}" → "PHÓ"`,
              `Only "TM.", "Q.", "KT.", "TL.", "TUQ." are abbreviated; the signer's title is written in full: "${pho[0].trim()}" → "PHÓ"`,
            ),
            fix: { title: t('Sửa thành "PHÓ"', 'Change to "PHÓ"'), edits: [ctx.edit(l, 0, pho[0].length, fixed)] },
          });
          continue;
        }
        const p = prefixOf(l);
        if (!p) continue;
        const want = p.prefix + ' ';
        if (l.text.slice(0, p.restStart) === want) continue;
        // Shown with the word after it: "KT.CHỦ" → "KT. CHỦ" (the prefix alone reads the same written right or wrong).
        const next = /^\S*/u.exec(l.text.slice(p.restStart))![0];
        const found = (l.text.slice(0, p.restStart) + next).trim();
        const fixed = (want + next).trim();
        ctx.report({
          line: l,
          from: 0,
          to: p.tokenEnd,
          message: t(
            `Chữ viết tắt quyền hạn của người ký phải là "${p.prefix}" (in hoa, có dấu chấm, sau là một dấu cách): "${found}" → "${fixed}"`,
            `The signer's authority prefix must be "${p.prefix}" (upper case, a period, then one space): "${found}" → "${fixed}"`,
          ),
          fix: { title: t(`Sửa thành "${p.prefix}"`, `Change to "${p.prefix}"`), edits: [ctx.edit(l, 0, p.restStart, want)] },
        });
      }
    }
  },
};
