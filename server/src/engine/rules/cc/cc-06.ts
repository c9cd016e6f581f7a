// ND30-CC-06: a Quyết định or Nghị quyết names the issuing authority on a line before the căn cứ.

import type { Rule } from '../../rule';
import { PL3, t } from '../util';

export const cc06: Rule = {
  meta: {
    id: 'ND30-CC-06',
    component: 'can-cu',
    severity: 'warning',
    clause: PL3('Mẫu 1.1, 1.2, 1.3 (ghi chú 6)'),
    title: t('Quyết định, nghị quyết có dòng thẩm quyền ban hành trước căn cứ', 'A decision or resolution names the issuing authority before the căn cứ'),
    description: t(
      'Trong mẫu nghị quyết, quyết định (cá biệt), dòng "THẨM QUYỀN BAN HÀNH" (chữ in hoa, đậm, canh giữa) đặt dưới trích yếu, trước các căn cứ: "thẩm quyền ban hành quyết định thuộc về người đứng đầu cơ quan, tổ chức thì ghi chức vụ của người đứng đầu; nếu thẩm quyền ban hành quyết định thuộc về tập thể lãnh đạo hoặc cơ quan, tổ chức thì ghi tên tập thể hoặc tên cơ quan, tổ chức đó". Quy tắc rút ra từ mẫu, mức cảnh báo.',
      'In the templates of a resolution or (individual) decision, an UPPER, bold, centred "ISSUING AUTHORITY" line comes under the summary, before the căn cứ: the head\'s title when the head holds the power, otherwise the name of the collective or the agency. Template-derived, warning.',
    ),
    fixable: false,
    examples: {
      correct: ['GIÁM ĐỐC SỞ NỘI VỤ\nCăn cứ …;'],
      incorrect: ['QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác …\nCăn cứ …;'],
    },
  },
  check(ctx) {
    const m = ctx.model;
    const key = m.type?.key;
    if (key !== 'quyet_dinh' && key !== 'nghi_quyet') return;
    if (!m.canCu.length || m.authority.length) return;
    const first = m.canCu[0];
    const name = key === 'quyet_dinh' ? t('quyết định', 'decision') : t('nghị quyết', 'resolution');
    ctx.report({
      line: first,
      message: t(
        `Thiếu dòng thẩm quyền ban hành trước phần căn cứ của ${name.vi}: ghi chức vụ người đứng đầu hoặc tên tập thể, cơ quan, bằng chữ in hoa (ví dụ "GIÁM ĐỐC SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU")`,
        `The ${name.en} has no issuing-authority line before the căn cứ: the head's title or the name of the collective or agency, in capitals (e.g. "GIÁM ĐỐC SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU")`,
      ),
    });
  },
};
