// Shared helpers for rule modules.

import type { Line } from '../markdown';
import type { Text2 } from '../types';

/** English for the Vietnamese words that clause references use. */
export function clauseEn(s: string): string {
  return s
    .replace(/Phụ lục (I{1,3})/g, 'Appendix $1')
    .replace(/các Mẫu/g, 'forms')
    .replace(/Mẫu/g, 'form')
    .replace(/ghi chú/g, 'note')
    .replace(/khoản (\d+)/g, 'clause $1')
    .replace(/điểm ([a-zđ])/g, 'point $1')
    .replace(/mục/g, 'section')
    .replace(/Điều (\d+)/g, 'Article $1')
    .replace(/ và /g, ' and ');
}
export const PL1 = (sect: string): Text2 => ({ vi: `NĐ 30/2020, Phụ lục I, mục ${sect}`, en: `Decree 30/2020, Appendix I, section ${clauseEn(sect)}` });
/** Phụ lục II (capitalisation, abbreviations); "đ" of a point is written "dd" in English. */
export const PL2 = (sect: string): Text2 => ({ vi: `NĐ 30/2020, Phụ lục II, mục ${sect}`, en: `Decree 30/2020, Appendix II, section ${sect.replace(/\.đ/g, '.dd')}` });
export const PL3 = (sect: string): Text2 => ({ vi: `NĐ 30/2020, Phụ lục III, ${sect}`, en: `Decree 30/2020, Appendix III, ${clauseEn(sect)}` });
export const DIEU = (d: string): Text2 => ({ vi: `NĐ 30/2020, Điều ${d}`, en: `Decree 30/2020, Article ${clauseEn(d)}` });
export const PRACTICE = (what: string, whatEn: string): Text2 => ({ vi: `thực tiễn soạn thảo: ${what}`, en: `drafting practice: ${whatEn}` });

export function t(vi: string, en: string): Text2 {
  return { vi, en };
}

/** Index of the first match of re in the line's text, with its length. */
export function find(line: Line, re: RegExp): { index: number; length: number; m: RegExpExecArray } | undefined {
  const m = re.exec(line.text);
  return m ? { index: m.index, length: m[0].length, m } : undefined;
}

/** Is a line's text an unfilled placeholder run? */
export const PLACEHOLDER = /…|\.{3,}|_{3,}|\[CẦN BỔ SUNG[^\]]*\]|\?{3,}/u;
