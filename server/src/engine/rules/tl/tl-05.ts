// ND30-TL-05: "V/v" belongs to the công văn; a typed document writes "Về việc".

import type { Rule } from '../../rule';
import { PL3, t } from '../util';

const VV = /^(v\s*\/\s*v)(\s*[:.\-–]+)?/iu;

export const tl05: Rule = {
  meta: {
    id: 'ND30-TL-05',
    component: 'ten-loai-trich-yeu',
    severity: 'warning',
    clause: PL3('Mẫu 1.2 và 1.5; Phụ lục I mục II.5.b'),
    title: t('"V/v" chỉ dùng trong trích yếu công văn; văn bản có tên loại viết "Về việc"', '"V/v" is for a công văn; a typed document writes "Về việc"'),
    description: t(
      'Chữ viết tắt "V/v" được quy định cho trích yếu của công văn (ô số 5b). Trích yếu của văn bản có tên loại (quyết định, tờ trình, báo cáo…) viết đầy đủ, như mẫu 1.2: "Về việc …". Quy định lấy từ mẫu, nên mức cảnh báo.',
      'The abbreviation "V/v" is prescribed for the summary of a công văn (box 5b). A typed document (decision, submission, report…) writes the summary in full, as in Mẫu 1.2: "Về việc …". The rule comes from the templates, hence a warning.',
    ),
    fixable: true,
    examples: { correct: ['QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác'], incorrect: ['TỜ TRÌNH\nV/v đề nghị phê duyệt Đề án'] },
  },
  check(ctx) {
    const m = ctx.model;
    if (!m.type || m.type.key === 'cong_van') return;
    const l = m.trichYeu[0];
    if (!l) return;
    const p = VV.exec(l.text);
    if (!p) return;
    const to = p[0].length;
    const spaced = l.text.charAt(to) === ' ' || to === l.text.length;
    const repl = spaced ? 'Về việc' : 'Về việc ';
    ctx.report({
      line: l,
      from: 0,
      to,
      message: t(
        `"V/v" chỉ dùng cho trích yếu công văn; trích yếu của ${m.type.name.toLowerCase()} viết "Về việc": "${p[0]}" → "Về việc"`,
        `"V/v" is for a công văn; the summary of a ${m.type.name} writes "Về việc": "${p[0]}" → "Về việc"`,
      ),
      fix: { title: t('Sửa thành "Về việc"', 'Change to "Về việc"'), edits: [ctx.edit(l, 0, to, repl)] },
    });
  },
};
