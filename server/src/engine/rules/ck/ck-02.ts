// ND30-CK-02: "TM." goes before a collective or agency; "KT.", "Q.", "TL.", "TUQ." before the head's title.

import type { Rule } from '../../rule';
import { DIEU, PL1, t } from '../util';
import { classify, prefixOf } from './common';

export const ck02: Rule = {
  meta: {
    id: 'ND30-CK-02',
    component: 'chu-ky',
    severity: 'warning',
    clause: { vi: `${PL1('II.7.b').vi}; ${DIEU('13').vi.replace('NĐ 30/2020, ', '')}`, en: `${PL1('II.7.b').en}; ${DIEU('13').en.replace('Decree 30/2020, ', '')}` },
    title: t('"TM." trước tên tập thể; "KT.", "Q.", "TL.", "TUQ." trước chức vụ người đứng đầu', '"TM." before a collective; "KT.", "Q.", "TL.", "TUQ." before the head\'s title'),
    description: t(
      '"TM." ghi trước tên tập thể lãnh đạo hoặc tên cơ quan, tổ chức (TM. ỦY BAN NHÂN DÂN, TM. CHÍNH PHỦ). "Q.", "KT.", "TL.", "TUQ." ghi trước chức vụ của người đứng đầu (KT. GIÁM ĐỐC, TL. BỘ TRƯỞNG). Cấp phó được giao phụ trách, điều hành ký như cấp phó ký thay cấp trưởng (KT.).',
      '"TM." goes before the name of the collective or of the agency (TM. ỦY BAN NHÂN DÂN, TM. CHÍNH PHỦ). "Q.", "KT.", "TL." and "TUQ." go before the head\'s title (KT. GIÁM ĐỐC, TL. BỘ TRƯỞNG). A deputy in charge signs as a deputy signing for the head (KT.).',
    ),
    fixable: false,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: { correct: ['TM. ỦY BAN NHÂN DÂN', 'KT. GIÁM ĐỐC'], incorrect: ['TM. GIÁM ĐỐC', 'KT. SỞ NỘI VỤ'] },
  },
  check(ctx) {
    for (const s of ctx.model.signers) {
      for (const l of s.titles) {
        const p = prefixOf(l);
        if (!p) continue;
        const rest = l.text.slice(p.restStart);
        const kind = classify(rest);
        if (p.prefix === 'TM.' && kind === 'head') {
          ctx.report({
            line: l,
            from: 0,
            to: l.text.length,
            message: t(
              `"TM." (thay mặt) ghi trước tên tập thể lãnh đạo hoặc tên cơ quan, tổ chức, không ghi trước chức vụ "${rest}" (người đứng đầu ký thì không có "TM.", cấp phó ký thay thì ghi "KT.")`,
              `"TM." (on behalf of) goes before the name of a collective or agency, not before the title "${rest}" (a head signs without "TM.", a deputy with "KT.")`,
            ),
          });
        } else if (p.prefix !== 'TM.' && kind === 'collective') {
          ctx.report({
            line: l,
            from: 0,
            to: l.text.length,
            message: t(
              `"${p.prefix}" ghi trước chức vụ của người đứng đầu (ví dụ "${p.prefix} GIÁM ĐỐC"), không ghi trước tên cơ quan, tập thể "${rest}"`,
              `"${p.prefix}" goes before the head's title (e.g. "${p.prefix} GIÁM ĐỐC"), not before the name of an agency or collective "${rest}"`,
            ),
          });
        }
      }
    }
  },
};
