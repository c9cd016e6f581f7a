// ND30-KG-05: when Kính gửi is used, Nơi nhận starts with "- Như trên;".

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { NOI_NHAN_BARE, cellCutShort, firstPart, insertLineAfter, insertLineBefore, isNhuTren, listEntries, spanText } from '../nn/common';

export const kg05: Rule = {
  meta: {
    id: 'ND30-KG-05',
    component: 'kinh-gui',
    severity: 'error',
    clause: PL1('II.9.b'),
    title: t('Có "Kính gửi" thì Nơi nhận có "- Như trên;"', 'With "Kính gửi", Nơi nhận has "- Như trên;"'),
    description: t(
      'Đối với công văn, tờ trình và báo cáo gửi cấp trên, nơi nhận gồm phần "Kính gửi" và phần "Nơi nhận", phía dưới là từ "Như trên" (chỉ các nơi đã ghi ở "Kính gửi"), tiếp theo là các nơi nhận khác. Không chép lại các nơi nhận đã ghi ở "Kính gửi".',
      'For công văn, and tờ trình or báo cáo sent upward, the recipients are in "Kính gửi" and in "Nơi nhận", which starts with "Như trên" (the recipients named in "Kính gửi"), then the others. The "Kính gửi" recipients are not repeated.',
    ),
    fixable: true,
    examples: { correct: ['Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.'], incorrect: ['Nơi nhận:\n- Sở Tài chính;\n- Lưu: VT, VP.'] },
  },
  check(ctx) {
    const m = ctx.model;
    if (!m.kinhGui || !m.noiNhan) return;
    const entries = listEntries(m.noiNhan, NOI_NHAN_BARE);
    if (entries.some((e) => isNhuTren(spanText(firstPart(e))))) return;
    const label = m.noiNhan.label;
    const first = entries[0] ? firstPart(entries[0]) : undefined;
    const edit = !first
      ? insertLineAfter(ctx, label, '- Như trên;')
      : first.from === 0
        ? insertLineBefore(ctx, first.line, '- Như trên;')
        : ctx.edit(first.line, first.from, first.from, '- Như trên; ');
    ctx.report({
      line: label,
      message: t('Văn bản có "Kính gửi": dòng đầu của Nơi nhận là "- Như trên;" (không chép lại các nơi đã ghi ở "Kính gửi")', 'The document has "Kính gửi": Nơi nhận starts with "- Như trên;" (do not repeat the "Kính gửi" recipients)'),
      fix: cellCutShort(m, m.noiNhan) ? undefined : { title: t('Thêm "- Như trên;"', 'Add "- Như trên;"'), edits: [edit] },
    });
  },
};
