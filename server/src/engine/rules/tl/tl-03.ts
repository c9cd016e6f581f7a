// ND30-TL-03 (information, per catalogue §11.1): the trích yếu of a quyết định
// usually begins "Về việc …" (Mẫu 1.2) or "Ban hành …" / "Phê duyệt …" (Mẫu 1.3).

import type { Rule } from '../../rule';
import { PL3, t } from '../util';

/** Openings of the templates and of common practice. */
const OPENINGS = /^(về|ban\s+hành|phê\s+duyệt|sửa\s+đổi|bổ\s+sung|bãi\s+bỏ|hủy\s+bỏ|huỷ\s+bỏ|đính\s+chính|công\s+bố|quy\s+định|v\s*\/\s*v)(?![\p{L}])/iu;

export const tl03: Rule = {
  meta: {
    id: 'ND30-TL-03',
    component: 'ten-loai-trich-yeu',
    severity: 'information',
    clause: PL3('Mẫu 1.2, 1.3; Phụ lục I mục II.5.a'),
    title: t('Trích yếu quyết định thường bắt đầu bằng "Về việc", "Ban hành", "Phê duyệt"', 'A decision summary usually begins "Về việc", "Ban hành", "Phê duyệt"'),
    description: t(
      'Nghị định không quy định từ mở đầu của trích yếu: trích yếu là "một câu ngắn gọn hoặc một cụm từ phản ánh khái quát nội dung chủ yếu của văn bản" (Phụ lục I mục II.5.a). Mẫu 1.2 (quyết định quy định trực tiếp) viết "Về việc …", mẫu 1.3 (quyết định ban hành, phê duyệt văn bản khác) viết "Ban hành (Phê duyệt) …". Chỉ là gợi ý: "Thành lập Tổ công tác …" vẫn đúng.',
      'The decree prescribes no opening word: the summary is "a short sentence or phrase summing up the main content" (Appendix I II.5.a). Mẫu 1.2 (a decision that rules directly) writes "Về việc …", Mẫu 1.3 (a decision issuing or approving another document) "Ban hành (Phê duyệt) …". A hint only: "Thành lập Tổ công tác …" is correct too.',
    ),
    fixable: false,
    examples: { correct: ['Về việc thành lập Tổ công tác …', 'Ban hành Quy chế làm việc …'], incorrect: ['Thành lập Tổ công tác … (gợi ý: "Về việc thành lập Tổ công tác …")'] },
  },
  check(ctx) {
    const m = ctx.model;
    if (m.type?.key !== 'quyet_dinh' || !m.title) return;
    const l = m.trichYeu[0];
    if (!l || OPENINGS.test(l.text)) return;
    const w = /^\S+/u.exec(l.text)?.[0] ?? '';
    ctx.report({
      line: l,
      from: 0,
      to: w.length,
      message: t(
        'Gợi ý: trích yếu quyết định theo mẫu thường bắt đầu bằng "Về việc …" (Mẫu 1.2) hoặc "Ban hành …", "Phê duyệt …" (Mẫu 1.3); Nghị định không bắt buộc',
        'Hint: a decision summary in the templates begins "Về việc …" (Mẫu 1.2) or "Ban hành …", "Phê duyệt …" (Mẫu 1.3); the decree does not require it',
      ),
    });
  },
};
