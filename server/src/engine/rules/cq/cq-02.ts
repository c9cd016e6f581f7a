// ND30-CQ-02: the issuing agency's name is its official, full name; only the
// chủ quản may abbreviate common phrases.

import type { Rule } from '../../rule';
import { bare } from '../../text';
import { PL1, t } from '../util';
import { abbreviations, agencyBlock } from './agency';

export const cq02: Rule = {
  meta: {
    id: 'ND30-CQ-02',
    component: 'co-quan',
    severity: 'warning',
    clause: PL1('II.2.a'),
    title: t('Tên cơ quan ban hành viết đầy đủ, không viết tắt', 'Issuing agency named in full, without abbreviations'),
    description: t(
      'Tên cơ quan, tổ chức ban hành văn bản là tên chính thức, đầy đủ của cơ quan, tổ chức hoặc chức danh nhà nước của người có thẩm quyền. Chỉ tên cơ quan, tổ chức chủ quản trực tiếp được viết tắt những cụm từ thông dụng ("UBND TỈNH LAI CHÂU" / "SỞ NỘI VỤ"). Khi Ủy ban nhân dân tự ban hành, thực tiễn ghi đầy đủ "ỦY BAN NHÂN DÂN" / "TỈNH LAI CHÂU" (nhắc ở mức thông tin). Chữ viết tắt được nhận biết theo danh sách thông dụng và các nhóm chữ in hoa không có nguyên âm; tên doanh nghiệp không bị xét.',
      "The issuing agency's name is its official, full name (or the state title of the issuing official). Only the direct parent agency (chủ quản) may abbreviate common phrases (\"UBND TỈNH LAI CHÂU\" / \"SỞ NỘI VỤ\"). When a People's Committee issues in its own name, practice writes \"ỦY BAN NHÂN DÂN\" / \"TỈNH LAI CHÂU\" in full (information only). Abbreviations are recognised from a list of common ones and capital groups with no vowel; enterprise names are not checked.",
    ),
    fixable: true,
    examples: { correct: ['UBND TỈNH LAI CHÂU / SỞ NỘI VỤ', 'ỦY BAN NHÂN DÂN / TỈNH LAI CHÂU'], incorrect: ['UBND TỈNH LAI CHÂU / SỞ NV', 'SỞ GD&ĐT'] },
  },
  check(ctx) {
    const b = agencyBlock(ctx.model);
    if (!b || !b.confident) return;
    for (const l of b.issuer) {
      const abbrs = abbreviations(l);
      if (!abbrs.length) continue;
      // A UBND/HĐND letterhead with no chủ quản line: it may be the People's
      // Committee itself, written the short way (practice), or a chủ quản whose
      // issuer line is missing. Information only.
      const practice = !b.chuQuan.length && l === b.issuer[0] && /^(ubnd|hdnd)(?![a-z])/.test(bare(l.text));
      const from = abbrs[0].from;
      const to = abbrs[abbrs.length - 1].to;
      const list = abbrs.map((a) => `"${a.text}"`).join(', ');
      const canFix = abbrs.every((a) => a.expansion);
      let fixed = '';
      let p = from;
      for (const a of abbrs) {
        fixed += l.text.slice(p, a.from) + (a.expansion ?? a.text);
        p = a.to;
      }
      const fullLine = l.text.slice(0, from) + fixed + l.text.slice(to);
      ctx.report({
        line: l,
        from,
        to,
        severity: practice ? 'information' : undefined,
        message: practice
          ? t(
              `Tên cơ quan ban hành nên ghi đầy đủ, không viết tắt (${list}): Ủy ban nhân dân, Hội đồng nhân dân tự ban hành văn bản ghi "${fullLine}"; chỉ tên cơ quan chủ quản mới được viết tắt`,
              `The issuing body is best named in full (${list}): a People's Committee or Council issuing in its own name writes "${fullLine}"; only the parent agency may be abbreviated`,
            )
          : t(
              `Tên cơ quan ban hành là tên chính thức, đầy đủ, không viết tắt (${list})${canFix ? `: "${l.text.slice(from, to)}" → "${fixed}"` : ''}; chỉ tên cơ quan chủ quản mới được viết tắt`,
              `The issuing agency is named by its official, full name, without abbreviations (${list})${canFix ? `: "${l.text.slice(from, to)}" → "${fixed}"` : ''}; only the parent agency may be abbreviated`,
            ),
        fix: canFix
          ? { title: t(`Viết đầy đủ "${fixed}"`, `Write in full "${fixed}"`), edits: abbrs.map((a) => ctx.edit(l, a.from, a.to, a.expansion!)) }
          : undefined,
      });
    }
  },
};
