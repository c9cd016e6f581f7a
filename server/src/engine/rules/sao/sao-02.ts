// ND30-SAO-02: a paper copy carries its components: form of copy, copying body,
// number and symbol, place and date, signer, seal, Nơi nhận.

import type { Line } from '../../markdown';
import type { Rule } from '../../rule';
import { canon } from '../../text';
import { textFact } from '../../textMemo';
import { COPY_FORMS } from '../../vocab';
import { t } from '../util';

const FORM = new Set([...COPY_FORMS.map((c) => canon(c.title)), canon('SAO Y BẢN CHÍNH')]);
/** Non-space characters of the longest form, three per letter (decomposed): a line with more is no form. */
const MAX_FORM = 3 * Math.max(...[...FORM].map((f) => f.replace(/\s/g, '').length)) + 2;
function mayBeForm(s: string): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c > 32 && c < 128) || (c >= 128 && !/\s/.test(s[i]))) if (++n > MAX_FORM) return false;
  }
  return true;
}
/** A line's text is a form of copy ("SAO Y", "Sao lục."), remembered per text (a scan of the whole annex otherwise). */
const isForm = textFact((s) => mayBeForm(s) && FORM.has(canon(s.trim().replace(/\s*[.:]$/, '').toUpperCase().replace(/\s+/g, ' '))));
const SO = /^s[ốo]\s*[:.]?\s*[\d…._\s]*\//iu;
const DATE = /ngày\s*\S*\s*tháng\s*\S*\s*năm/iu;
const NOI_NHAN = /^nơi\s+nhận\s*:?/iu;
/** A signer's name ("Ma Thị Thủy"), the template's "Họ và tên", or a signature placeholder. */
const SIGNER_NAME = /^(\p{Lu}\p{Ll}+\s+){1,5}\p{Lu}\p{Ll}*$/u;
const SIGNER_PLACEHOLDER = /^(họ\s+và\s+tên|[([](đã\s+ký|chữ\s+ký)[^)\]]*[)\]])$/iu;

export const sao02: Rule = {
  meta: {
    id: 'ND30-SAO-02',
    component: 'document',
    severity: 'error',
    clause: { vi: 'NĐ 30/2020, Phụ lục I, Phần II, mục II.1', en: 'Decree 30/2020, Appendix I, Part II, section II.1' },
    title: t('Bản sao có đủ các thành phần thể thức', 'A copy carries all its components'),
    description: t(
      'Thể thức bản sao sang định dạng giấy gồm: hình thức sao ("SAO Y", "SAO LỤC", "TRÍCH SAO"); tên cơ quan, tổ chức sao văn bản; số, ký hiệu bản sao; địa danh và thời gian sao văn bản; chức vụ, họ tên và chữ ký của người có thẩm quyền; dấu của cơ quan, tổ chức sao văn bản; nơi nhận. Quy tắc báo phần sao (sau văn bản được sao) thiếu số, ký hiệu bản sao, ngày sao, nơi nhận hoặc người ký.',
      'A paper copy carries: the form of copy ("SAO Y", "SAO LỤC", "TRÍCH SAO"); the copying body; the copy number and symbol; place and date of copying; position, name and signature of the authorised person; the seal; the recipients. The rule reports a copy block (after the copied document) that lacks the number, the date, the Nơi nhận or the signer.',
    ),
    fixable: false,
    examples: {
      correct: ['SỞ NỘI VỤ | SAO Y\nSố: 21/SY-SNV | Tuyên Quang, ngày 29 tháng 5 năm 2026\nNơi nhận: - Lưu: VT. | GIÁM ĐỐC … Ma Thị Thủy'],
      incorrect: ['SỞ NỘI VỤ | SAO Y\nNơi nhận: - Lưu: VT. | GIÁM ĐỐC … Ma Thị Thủy'],
    },
  },
  check(ctx) {
    const m = ctx.model;
    const annex = m.annex;
    const k = annex.findIndex(isForm.of(m.lines));
    if (k < 0) return;
    const form = annex[k];
    // The copy block: a few lines before the form (agency, Số in a line-by-line layout) to the end.
    const block: Line[] = annex.slice(Math.max(0, k - 6));
    const after = annex.slice(k);
    const missing: [string, string][] = [];
    if (!block.some((l) => SO.test(l.text.trim()))) missing.push(['số, ký hiệu bản sao', 'the copy number and symbol']);
    if (!block.some((l) => DATE.test(l.text))) missing.push(['địa danh và thời gian sao', 'the place and date of copying']);
    if (!after.some((l) => NOI_NHAN.test(l.text.trim()))) missing.push(['nơi nhận', 'the recipients']);
    if (!after.some((l) => SIGNER_NAME.test(l.text.trim()) || SIGNER_PLACEHOLDER.test(l.text.trim()))) missing.push(['chức vụ, họ tên, chữ ký người sao', "the signer's position, name and signature"]);
    if (!missing.length) return;
    ctx.report({
      line: form,
      message: t(`Bản sao "${form.text.trim()}" thiếu ${missing.map((x) => x[0]).join(', ')}`, `The copy "${form.text.trim()}" lacks ${missing.map((x) => x[1]).join(', ')}`),
    });
  },
};
