// Số and ký hiệu (ô 3): "Số: 15/QĐ-BNV", "Số:    /TTr-UBND", "Số 15/QĐ-BNV".

import type { Line } from '../markdown';
import { joinLines, RE } from './common';

export { joinLines };

/**
 * The Quốc hội and Ủy ban thường vụ Quốc hội name the type before the number
 * ("Luật số: 57/2014/QH13", "Nghị quyết số: 653/2019/UBTVQH14"): that prefix,
 * only before "số:" followed by a number and a slash.
 */
export const QH_SO_PREFIX = /^(?:luật|bộ\s+luật|nghị\s+quyết|pháp\s+lệnh)\s+(?=số\s*:\s*[\d.…_ ]*\/)/iu;

export function isSoLine(l: Line): boolean {
  const text = l.text.replace(QH_SO_PREFIX, '');
  const m = RE.so.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length);
  // "Số: 15/QĐ-BNV", "Số 15/QĐ-BNV", "Số:    /TTr-UBND", "Số: …/GM-UBND", "Số: 15"
  // Written so that no two runs of spaces meet (each split would be tried: quadratic).
  return /^(?:\s*[:.;])?[\d.…_\s]*\//u.test(rest) || /^(?:\s*[:.;])?\s*\d+-\p{Lu}/u.test(rest) || /^\s*:[\d.…_\s]*$/u.test(rest) || /^\s*:\s*\d+\s*$/.test(rest);
}

/**
 * The rest of a ký hiệu broken after a hyphen onto the next line:
 * "Số: 15/QĐ-" then "UBND" (an UPPER group of letters, digits, "Đ", "-").
 * Returns that next line, or undefined.
 */
export function soContinuation(so: Line, next: Line | undefined): Line | undefined {
  if (!next || !/[-–]\s*$/u.test(so.text)) return undefined;
  return /^[\p{Lu}\d][\p{Lu}\d.-]{0,20}$/u.test(next.text) ? next : undefined;
}

/** The first group of the ký hiệu ("QĐ" in "Số: 15/QĐ-BNV"). */
export function soTypeAbbr(text: string): string | undefined {
  const mm = /\/\s*(?:\d{4}\s*\/\s*)?([^\s/-]+)/u.exec(text);
  return mm?.[1];
}

/** "Số:" alone on its line, the number on the next ("65/2024/QĐ-UBND"): the joined line, or undefined. */
export function soSplitAfterLabel(so: Line, next: Line | undefined): Line | undefined {
  if (!next || !/^(s[ốoô]|SỐ|SÔ|SO)(\s*:)?\s*$/iu.test(so.text)) return undefined;
  if (!/^[\d…._ ]*\/\s*\S/u.test(next.text) && !/^\d+[-/]\p{Lu}/u.test(next.text)) return undefined;
  const j = joinLines(so, next, ' ');
  return isSoLine(j) ? j : undefined;
}
