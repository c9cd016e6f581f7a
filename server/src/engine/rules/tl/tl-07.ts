// ND30-TL-07: type-specific title lines. A giấy giới thiệu (Mẫu 1.8) and a
// giấy nghỉ phép (Mẫu 1.10) have only the tên loại and a rule: no trích yếu.

import type { Rule } from '../../rule';
import { PL3, t } from '../util';

const NO_SUMMARY = ['giay_gioi_thieu', 'giay_nghi_phep'];

/** Lines of the templates' body that may follow the title directly. */
const BODY_START = /(trân\s+trọng\s+giới\s+thiệu|cấp\s+cho|^xét(?![\p{L}])|^ông(?![\p{L}])|^bà(?![\p{L}])|^căn\s+cứ(?![\p{L}]))/iu;

export const tl07: Rule = {
  meta: {
    id: 'ND30-TL-07',
    component: 'ten-loai-trich-yeu',
    severity: 'warning',
    clause: PL3('Mẫu 1.8, 1.10'),
    title: t('Giấy giới thiệu, giấy nghỉ phép không có trích yếu', 'Giấy giới thiệu and giấy nghỉ phép have no summary'),
    description: t(
      'Theo mẫu 1.8 và 1.10, giấy giới thiệu và giấy nghỉ phép chỉ có tên loại ("GIẤY GIỚI THIỆU", "GIẤY NGHỈ PHÉP") và đường kẻ bên dưới, không có dòng trích yếu; nội dung giới thiệu ("Về việc: …") nằm trong phần nội dung. Công điện, giấy mời, biên bản có dòng trích yếu dưới tên loại (mẫu 1.6, 1.7, 1.9).',
      'Per Mẫu 1.8 and 1.10 a giấy giới thiệu and a giấy nghỉ phép have only the type line ("GIẤY GIỚI THIỆU", "GIẤY NGHỈ PHÉP") and a rule, no summary line; the purpose ("Về việc: …") is part of the content. A công điện, giấy mời and biên bản do have a summary under the type (Mẫu 1.6, 1.7, 1.9).',
    ),
    fixable: false,
    examples: { correct: ['**GIẤY GIỚI THIỆU**\nSở Nội vụ trân trọng giới thiệu:'], incorrect: ['**GIẤY GIỚI THIỆU**\n**Về việc giao nộp hồ sơ lưu trữ**'] },
  },
  check(ctx) {
    const m = ctx.model;
    const title = m.title;
    if (!title || !m.type || !NO_SUMMARY.includes(m.type.key)) return;
    const next = m.lines[title.i + 1];
    if (!next || next.text.length > 200 || /:$/.test(next.text) || BODY_START.test(next.text)) return;
    const vv = /^(v\s*\/\s*v|về\s+việc)(?![\p{L}])\s*(?!:)/iu.test(next.text) && !/^về\s+việc\s*:/iu.test(next.text);
    // A bold line right under a bold title, in the title's style: a trích yếu.
    const boldSummary = title.bold && next.bold && !next.cell && !/[.;]$/.test(next.text);
    if (!vv && !boldSummary) return;
    ctx.report({
      line: next,
      message: t(
        `${m.type.name} không có trích yếu dưới tên loại (Mẫu ${m.type.mau}); nội dung công việc ghi trong phần nội dung, ví dụ "Về việc: …"`,
        `A ${m.type.name} has no summary under its type line (Mẫu ${m.type.mau}); the purpose goes in the content, e.g. "Về việc: …"`,
      ),
    });
  },
};
