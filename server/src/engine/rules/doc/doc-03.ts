// ND30-DOC-03: the tên loại is one of the 29 types of Điều 7; a công văn has no
// tên loại line.

import type { Line } from '../../markdown';
import { isUpperLine } from '../../model';
import type { Rule, RuleContext } from '../../rule';
import { canon } from '../../text';
import { DOC_TYPES, docTypeByTitle } from '../../vocab';
import { stripTrailingMark } from '../tail';
import { DIEU, t } from '../util';

/** Words that start an agency, a position or a signer line, never a tên loại. */
const NOT_A_TYPE =
  /^(TM\.|KT\.|TL\.|TUQ\.|Q\.|ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|SỞ|BỘ|BAN|CỤC|VỤ|VIỆN|VĂN PHÒNG|PHÒNG|TỔNG CỤC|TRUNG TÂM|TRƯỜNG|BỆNH VIỆN|CÔNG TY|TẬP ĐOÀN|CHI CỤC|THANH TRA|KHO BẠC|ĐẠI HỌC|HỌC VIỆN|TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG|THỊ XÃ|THỊ TRẤN|ĐẶC KHU|CHỦ TỊCH|PHÓ|GIÁM ĐỐC|TRƯỞNG|CHÁNH|THỦ TƯỚNG|BỘ TRƯỞNG|CỤC TRƯỞNG|HIỆU TRƯỞNG|BÍ THƯ|ĐẢNG|ĐOÀN|MẶT TRẬN|LIÊN ĐOÀN|HỘI|TÒA ÁN|VIỆN KIỂM SÁT|QUỐC HỘI|CHÍNH PHỦ|CÔNG AN|BỘ CHỈ HUY|BỘ ĐỘI|QUÂN|SAO Y|SAO LỤC|TRÍCH SAO|MẬT|TỐI MẬT|TUYỆT MẬT|KHẨN|HỎA TỐC|THƯỢNG KHẨN|DỰ THẢO|LƯU HÀNH|XEM XONG)(?![\p{L}])/u;

const TYPE_LIST = DOC_TYPES.map((d) => d.name).join(', ');

/** An UPPER line in title position (after Số and date, before any trích yếu) that is no known type. */
export function inventedTitle(ctx: Pick<RuleContext, 'model'>): Line | undefined {
  const m = ctx.model;
  if (m.title || m.vbqpplTitle || m.copyForm) return undefined;
  const after = Math.max(m.so?.i ?? -1, m.date?.i ?? -1);
  if (after < 0) return undefined;
  const firstTy = m.trichYeu.find((l) => l.i > after)?.i ?? Infinity;
  const cand = m.agency.find((l) => l.i > after && l.i < firstTy);
  if (!cand || cand.cell) return undefined;
  const c = canon(stripTrailingMark(cand.text, ':.').trim());
  if (!isUpperLine(cand) || c.length > 40 || c.split(/\s+/).length > 5 || !/^\p{L}+(\s+\p{L}+)+$/u.test(c)) return undefined;
  if (NOT_A_TYPE.test(c)) return undefined;
  // A known type followed by more words is a trích yếu on the title line, not an invented type.
  if (DOC_TYPES.some((d) => c.startsWith(canon(d.title) + ' '))) return undefined;
  if (docTypeByTitle(c)) return undefined;
  return cand;
}

export const doc03: Rule = {
  meta: {
    id: 'ND30-DOC-03',
    component: 'ten-loai-trich-yeu',
    severity: 'error',
    clause: DIEU('7; Phụ lục I mục II.5.b; Phụ lục III Mẫu 1.5'),
    title: t('Tên loại là một trong 29 loại văn bản hành chính; công văn không có tên loại', 'The document type is one of the 29 types; a công văn has no type line'),
    description: t(
      `Điều 7 quy định 29 loại văn bản hành chính: ${TYPE_LIST}. Công văn không có dòng tên loại: trích yếu của công văn trình bày tại ô số 5b, sau chữ "V/v" (Phụ lục I mục II.5.b, Mẫu 1.5), nên dòng "CÔNG VĂN" là sai. Một tên loại không có trong Điều 7 (ví dụ "PHIẾU TRÌNH") được cảnh báo.`,
      `Article 7 lists 29 types of administrative document: ${TYPE_LIST}. A công văn has no type line: its summary goes in box 5b after "V/v" (Appendix I II.5.b, Mẫu 1.5), so a "CÔNG VĂN" line is wrong. A type that is not in Article 7 (e.g. "PHIẾU TRÌNH") is a warning.`,
    ),
    fixable: false,
    examples: { correct: ['QUYẾT ĐỊNH', 'TỜ TRÌNH', 'KẾ HOẠCH'], incorrect: ['CÔNG VĂN', 'PHIẾU TRÌNH'] },
  },
  check(ctx) {
    const m = ctx.model;
    const title = m.title;
    if (title && docTypeByTitle(stripTrailingMark(title.text, ':'))?.key === 'cong_van') {
      ctx.report({
        line: title,
        message: t(
          `Công văn không có dòng tên loại "${title.text}": trích yếu trình bày sau chữ "V/v" dưới số, ký hiệu`,
          `A công văn has no type line "${title.text}": its summary follows "V/v" under the number`,
        ),
        // No fix: the title may be right and the type wrong (fixable: false).
      });
      return;
    }
    const inv = inventedTitle(ctx);
    if (inv) {
      ctx.report({
        line: inv,
        severity: 'warning',
        message: t(
          `"${inv.text}" không phải tên loại văn bản hành chính của Điều 7 (${TYPE_LIST})`,
          `"${inv.text}" is not one of the administrative document types of Article 7 (${TYPE_LIST})`,
        ),
      });
    }
  },
};
