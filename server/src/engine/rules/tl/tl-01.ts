// ND30-TL-01: the tên loại is written in capitals, on its own line, without a colon.

import { trailingMark } from '../tail';
import type { Rule } from '../../rule';
import { PL1, t } from '../util';

export const tl01: Rule = {
  meta: {
    id: 'ND30-TL-01',
    component: 'ten-loai-trich-yeu',
    severity: 'error',
    clause: PL1('II.5.b'),
    title: t('Tên loại văn bản viết bằng chữ in hoa, không có dấu hai chấm', 'Document type in capitals, without a colon'),
    description: t(
      'Tên loại văn bản được trình bày bằng chữ in hoa, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm, canh giữa: "QUYẾT ĐỊNH", "TỜ TRÌNH". Dấu hai chấm chỉ có ở dòng "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" trước phần nội dung, không có ở dòng tên loại.',
      'The document type is in capitals, 13–14 pt, upright, bold, centred: "QUYẾT ĐỊNH", "TỜ TRÌNH". A colon belongs only to the enacting line "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" before the content, not to the type line.',
    ),
    fixable: true,
    examples: { correct: ['**QUYẾT ĐỊNH**'], incorrect: ['**Quyết định**', '**QUYẾT ĐỊNH:**'] },
  },
  check(ctx) {
    const l = ctx.model.title;
    if (!l) return;
    const colonAt = trailingMark(l.text, ':');
    const colon = colonAt < 0 ? undefined : { index: colonAt };
    const end = colon ? colon.index : l.text.length;
    const name = l.text.slice(0, end);
    if (name !== name.toUpperCase()) {
      const up = name.toUpperCase();
      ctx.report({
        line: l,
        from: 0,
        to: end,
        message: t(`Tên loại văn bản viết bằng chữ in hoa: "${name}" → "${up}"`, `The document type is written in capitals: "${name}" → "${up}"`),
        fix: { title: t(`Sửa thành "${up}"`, `Change to "${up}"`), edits: [ctx.edit(l, 0, end, up)] },
      });
    }
    if (colon) {
      ctx.report({
        line: l,
        from: colon.index,
        to: l.text.length,
        message: t(
          `Dòng tên loại không có dấu hai chấm: "${l.text}" → "${name}" (dấu hai chấm chỉ dùng ở dòng "QUYẾT ĐỊNH:" trước nội dung)`,
          `The type line has no colon: "${l.text}" → "${name}" (the colon belongs to the enacting line "QUYẾT ĐỊNH:")`,
        ),
        fix: { title: t('Bỏ dấu hai chấm', 'Remove the colon'), edits: [ctx.edit(l, colon.index, l.text.length, '')] },
      });
    }
  },
};
