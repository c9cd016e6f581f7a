// ND30-NN-06: type-specific filing lines of the templates (Biên bản: "- Lưu: VT, Hồ sơ.").

import type { Rule } from '../../rule';
import { bare } from '../../text';
import { PL3, t } from '../util';
import { NOI_NHAN_BARE, listEntries, spanText } from './common';

export const nn06: Rule = {
  meta: {
    id: 'ND30-NN-06',
    component: 'noi-nhan',
    severity: 'information',
    clause: PL3('Mẫu 1.9'),
    title: t('Biên bản: dòng lưu "- Lưu: VT, Hồ sơ."', 'Minutes: filing line "- Lưu: VT, Hồ sơ."'),
    description: t(
      'Mẫu 1.9 (Biên bản) ghi dòng lưu là "- Lưu: VT, Hồ sơ." (biên bản được lưu vào hồ sơ công việc); Mẫu 1.8 (Giấy giới thiệu) ghi "- Lưu: VT.".',
      'Template 1.9 (minutes) files the document as "- Lưu: VT, Hồ sơ." (kept in the case file); template 1.8 (letter of introduction) uses "- Lưu: VT.".',
    ),
    fixable: false,
    examples: { correct: ['- Lưu: VT, Hồ sơ.'], incorrect: ['- Lưu: VT, VP. (in a biên bản)'] },
  },
  check(ctx) {
    const m = ctx.model;
    if (!m.noiNhan || m.type?.key !== 'bien_ban') return;
    const luu = listEntries(m.noiNhan, NOI_NHAN_BARE).filter((e) => e.luu).pop();
    if (!luu) return; // ND30-NN-03 proposes "- Lưu: VT, Hồ sơ."
    const sp = luu.parts[0];
    if (/ho\s+so/.test(bare(spanText(sp)))) return;
    ctx.report({
      line: sp.line,
      from: sp.from,
      to: sp.to,
      message: t('Mẫu biên bản ghi dòng lưu là "- Lưu: VT, Hồ sơ."', 'The minutes template files the document as "- Lưu: VT, Hồ sơ."'),
    });
  },
};
