// Shared reading of the signer block (ô 7a/7b/7c): authority prefixes and titles.

import type { Line } from '../../markdown';
import type { DocModel, SignerBlock } from '../../model';
import { isAbbreviatedName } from '../../model';
import { bare, canon } from '../../text';

export type Prefix = 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.';

export interface PrefixMatch {
  prefix: Prefix;
  /** End of the prefix token with its punctuation (before the spaces). */
  tokenEnd: number;
  /** Start of the title after the prefix. */
  restStart: number;
}

// Abbreviated forms (T/M, K.T, TUQ, Kt.) and spelt-out forms (THAY MẶT, KÝ THAY…).
const PREFIX_RE =
  /^(t\s*[/.]?\s*m|k\s*[/.]?\s*t|t\s*[/.]?\s*l|t\s*[/.]?\s*u\s*[/.]?\s*q|q|thay\s+mặt|ký\s+thay|thừa\s+lệnh|thừa\s+(?:ủy|uỷ)\s+quyền|quyền(?!\s+hạn))(?![\p{L}\p{N}])(\s*[.:/]?)(\s*)/iu;

export function prefixOf(l: Line): PrefixMatch | undefined {
  const m = PREFIX_RE.exec(l.text);
  if (!m) return undefined;
  const key = bare(m[1]).replace(/[\s/.]/g, '');
  const prefix: Prefix | undefined = ({ tm: 'TM.', thaymat: 'TM.', kt: 'KT.', kythay: 'KT.', tl: 'TL.', thualenh: 'TL.', tuq: 'TUQ.', thuauyquyen: 'TUQ.', q: 'Q.', quyen: 'Q.' } as Record<string, Prefix>)[key];
  if (!prefix) return undefined;
  const restStart = m[0].length;
  // A prefix needs a title after it; "Q" alone on a line is not one.
  if (restStart >= l.text.length) return undefined;
  return { prefix, tokenEnd: m[1].length + m[2].trimEnd().length, restStart };
}

/** Head's titles (chức vụ của người đứng đầu) and collective or agency names. */
const HEAD =
  /^(PHÓ\s+)?(CHỦ TỊCH|TỔNG GIÁM ĐỐC|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|CHI CỤC TRƯỞNG|VỤ TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|CHÁNH|TRƯỞNG|THỦ TRƯỞNG|THỦ TƯỚNG|CHỦ NHIỆM|TỔNG THƯ KÝ|TỔNG KIỂM TOÁN|KIỂM TOÁN TRƯỞNG|THỐNG ĐỐC|TỔNG BIÊN TẬP|ĐẠI SỨ|TƯ LỆNH|CHỈ HUY TRƯỞNG|TỔ TRƯỞNG|ĐỘI TRƯỞNG|HẠT TRƯỞNG|BÍ THƯ|GIÁM ĐỐC)(?![\p{L}])/u;
const COLLECTIVE =
  /^(ỦY BAN|UBND|HĐND|HỘI ĐỒNG|CHÍNH PHỦ|BAN|SỞ|BỘ(?! TRƯỞNG)|TỔNG CỤC(?! TRƯỞNG)|CỤC(?! TRƯỞNG)|CHI CỤC(?! TRƯỞNG)|VỤ(?! TRƯỞNG)|VIỆN(?! TRƯỞNG)|TRƯỜNG|TỔNG CÔNG TY|CÔNG TY|TẬP ĐOÀN|THƯỜNG TRỰC|ĐOÀN|TỔ(?! TRƯỞNG)|HỘI|LIÊN ĐOÀN|ĐẢNG ỦY|ĐẢNG ĐOÀN|CHI BỘ|TRUNG TÂM|PHÒNG|VĂN PHÒNG|TÒA ÁN|VIỆN KIỂM SÁT|KHO BẠC|HỌC VIỆN|ĐẠI HỌC|BỆNH VIỆN|TẬP THỂ|MẶT TRẬN|NGÂN HÀNG|HỢP TÁC XÃ|THANH TRA|QUỸ|ĐẠI HỘI|HỘI NGHỊ)(?![\p{L}])/u;

export function classify(title: string): 'head' | 'collective' | undefined {
  const c = canon(title.toUpperCase().trim());
  if (HEAD.test(c)) return 'head';
  if (COLLECTIVE.test(c)) return 'collective';
  return undefined;
}

/** The name line of a signer: the model's, or the line right under the block when it carries a title or initials. */
export function nameLine(m: DocModel, s: SignerBlock, looks: (text: string) => boolean): Line | undefined {
  if (s.name) return s.name;
  const last = s.placeholders[s.placeholders.length - 1] ?? s.titles[s.titles.length - 1];
  if (!last) return undefined;
  const next = m.lines[last.i + 1];
  if (!next || next.text.length > 60) return undefined;
  if (last.cell && (!next.cell || next.cell.table !== last.cell.table || next.cell.col !== last.cell.col)) return undefined;
  return looks(next.text) || isAbbreviatedName(next.text) ? next : undefined;
}
