// ND30-CC-05: a quyết định or nghị quyết (cá biệt) cites its căn cứ: the
// documents that give the issuer its competence and those that ground the
// content. A decision with no căn cứ at all is reported where the block belongs.

import type { Rule } from '../../rule';
import { RE } from '../../model';
import { PL1, t } from '../util';

/** Lines that open a căn cứ block, even when the model did not read them as one. */
const CAN_CU_START = /^[*_“"]?\s*(căn\s+cứ|xét|theo\s+đề\s+nghị|theo\s+đề\s+xuất)(?![\p{L}\p{N}])/iu;

export const cc05: Rule = {
  meta: {
    id: 'ND30-CC-05',
    component: 'can-cu',
    severity: 'warning',
    clause: { vi: `${PL1('II.6.a').vi}; Phụ lục III Mẫu 1.1–1.3`, en: `${PL1('II.6.a').en}; Appendix III forms 1.1–1.3` },
    title: t('Quyết định, nghị quyết có phần căn cứ ban hành', 'A decision or resolution cites its grounds (căn cứ)'),
    description: t(
      'Căn cứ ban hành văn bản "bao gồm văn bản quy định thẩm quyền, chức năng, nhiệm vụ của cơ quan, tổ chức ban hành văn bản và các văn bản quy định nội dung, cơ sở để ban hành văn bản" (PL I mục II.6.a) và được trình bày dưới tên loại, trích yếu (và dòng thẩm quyền ban hành), trước dòng "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" (Mẫu 1.1–1.3). Một quyết định, nghị quyết (cá biệt) không có căn cứ nào thì thiếu cơ sở thẩm quyền. Quy tắc rút ra từ mẫu, mức cảnh báo.',
      'The grounds for issue "comprise the documents that set the competence, functions and tasks of the issuing body and the documents that set the content and basis of the document" (PL I §II.6.a); they come under the type and summary (and the authority line), before "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" (forms 1.1–1.3). An individual decision or resolution with no căn cứ at all lacks its basis of competence. Template-derived, warning.',
    ),
    fixable: false,
    examples: {
      correct: ['QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác …\nGIÁM ĐỐC SỞ NỘI VỤ\nCăn cứ …;\nTheo đề nghị của Chánh Văn phòng.\nQUYẾT ĐỊNH:'],
      incorrect: ['QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác …\nGIÁM ĐỐC SỞ NỘI VỤ\nQUYẾT ĐỊNH:'],
    },
  },
  check(ctx) {
    const m = ctx.model;
    const key = m.type?.key;
    if (key !== 'quyet_dinh' && key !== 'nghi_quyet') return;
    if (m.canCu.length || m.copyForm || !m.title) return;
    // Only a decision whose body is read (an enacting line or articles), not a bare title.
    if (!m.enact && !m.body.some((l) => RE.article.test(l.text))) return;
    // Căn cứ lines the model did not read as a block (before the first article) still count.
    const firstArticle = m.body.find((l) => RE.article.test(l.text));
    const end = m.enact?.i ?? firstArticle?.i ?? m.footerStart;
    for (let i = m.title.i + 1; i < end && i < m.lines.length; i++) if (CAN_CU_START.test(m.lines[i].text)) return;
    const line = m.anchor('canCu');
    const name = key === 'quyet_dinh' ? t('quyết định', 'decision') : t('nghị quyết', 'resolution');
    const message = t(
      `Thiếu phần căn cứ ban hành của ${name.vi}: ghi các văn bản quy định thẩm quyền và cơ sở ban hành ("Căn cứ …;"), trước dòng "${key === 'quyet_dinh' ? 'QUYẾT ĐỊNH:' : 'QUYẾT NGHỊ:'}"`,
      `The ${name.en} cites no grounds for issue: list the documents that give the competence and the basis ("Căn cứ …;") before "${key === 'quyet_dinh' ? 'QUYẾT ĐỊNH:' : 'QUYẾT NGHỊ:'}"`,
    );
    if (line) ctx.report({ line, message });
    else ctx.report({ start: 0, end: 0, message });
  },
};
