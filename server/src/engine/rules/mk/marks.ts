// Reading the marks of ô 10a, 10b and 11 (model.marks): which family a mark
// belongs to, the canonical form, and the shared check.

import type { Line } from '../../markdown';
import type { RuleContext } from '../../rule';
import { bare, canon } from '../../text';
import { CIRCULATION_MARKS, SECRECY_MARKS, URGENCY_MARKS } from '../../vocab';
import { t } from '../util';

export type Family = 'secrecy' | 'urgency' | 'circulation';

interface Known {
  family: Family;
  /** Canonical form, or undefined when the mark is not in ND30's vocabulary. */
  canonical?: string;
}

/** Marks by their bare letters (no diacritics, lower case). */
const KNOWN = new Map<string, Known>([
  ['tuyet mat', { family: 'secrecy', canonical: 'TUYỆT MẬT' }],
  ['toi mat', { family: 'secrecy', canonical: 'TỐI MẬT' }],
  ['mat', { family: 'secrecy', canonical: 'MẬT' }],
  ['bi mat', { family: 'secrecy' }],
  ['hoa toc', { family: 'urgency', canonical: 'HỎA TỐC' }],
  ['thuong khan', { family: 'urgency', canonical: 'THƯỢNG KHẨN' }],
  ['khan', { family: 'urgency', canonical: 'KHẨN' }],
  ['rat khan', { family: 'urgency' }],
  ['khan cap', { family: 'urgency' }],
  ['hoa toc hen gio', { family: 'urgency' }],
  ['thuong khan hen gio', { family: 'urgency' }],
  ['xem xong tra lai', { family: 'circulation', canonical: 'XEM XONG TRẢ LẠI' }],
  ['luu hanh noi bo', { family: 'circulation', canonical: 'LƯU HÀNH NỘI BỘ' }],
  // "NỘI BỘ" alone: the decree's note is "LƯU HÀNH NỘI BỘ".
  ['noi bo', { family: 'circulation', canonical: 'LƯU HÀNH NỘI BỘ' }],
]);

const LISTS: Record<Family, string[]> = { secrecy: SECRECY_MARKS, urgency: URGENCY_MARKS, circulation: CIRCULATION_MARKS };

export interface MarkInfo extends Known {
  line: Line;
  /** [from, to) of the mark's letters in line.text (brackets of a frame excluded). */
  from: number;
  to: number;
  text: string;
}

export function readMark(line: Line): MarkInfo | undefined {
  const m = /\p{L}[\p{L}\s]*\p{L}|\p{L}/u.exec(line.text);
  if (!m) return undefined;
  const text = m[0];
  const key = bare(text).replace(/\s+/g, ' ').trim();
  const k = KNOWN.get(key);
  if (!k) return undefined;
  return { ...k, line, from: m.index, to: m.index + text.length, text };
}

/** Report the marks of one family that are not written as the decree writes them. */
export function checkMarks(ctx: RuleContext, family: Family): void {
  const allowed = LISTS[family];
  const listVi = allowed.map((a) => `"${a}"`).join(', ');
  for (const l of ctx.model.marks) {
    const mk = readMark(l);
    if (!mk || mk.family !== family) continue;
    const typed = mk.text.replace(/\s+/g, ' ');
    if (mk.canonical && canon(typed) === canon(mk.canonical)) continue;
    if (!mk.canonical) {
      // Not in ND30's vocabulary ("BÍ MẬT", "RẤT KHẨN"): the right level is the drafter's decision.
      ctx.report({
        line: l,
        from: mk.from,
        to: mk.to,
        message: t(
          `${familyVi(family)} chỉ dùng ${listVi}: "${mk.text}" không có trong NĐ 30`,
          `${familyEn(family)} are only ${listVi}: "${mk.text}" is not in Decree 30`,
        ),
      });
      continue;
    }
    // Same words, wrong case or no diacritics: keep the user's tone placement when only the case differs.
    const up = mk.text.toUpperCase().replace(/\s+/g, ' ');
    const fixed = canon(up) === canon(mk.canonical) ? up : mk.canonical;
    const sameWords = bare(typed) === bare(mk.canonical);
    ctx.report({
      line: l,
      from: mk.from,
      to: mk.to,
      message: sameWords
        ? t(`${familyVi(family)} trình bày bằng chữ in hoa: "${mk.text}" → "${fixed}"`, `${familyEn(family)} are written in capitals: "${mk.text}" → "${fixed}"`)
        : t(`${familyVi(family)} ghi đúng như NĐ 30 (${listVi}): "${mk.text}" → "${fixed}"`, `${familyEn(family)} are written as in Decree 30 (${listVi}): "${mk.text}" → "${fixed}"`),
      fix: { title: t(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: [ctx.edit(l, mk.from, mk.to, fixed)] },
    });
  }
}

function familyVi(f: Family): string {
  return f === 'secrecy' ? 'Dấu chỉ độ mật' : f === 'urgency' ? 'Dấu chỉ mức độ khẩn' : 'Chỉ dẫn về phạm vi lưu hành';
}
function familyEn(f: Family): string {
  return f === 'secrecy' ? 'Secrecy marks' : f === 'urgency' ? 'Urgency marks' : 'Circulation notes';
}
