// Citations of other documents in the body ("Công văn số 12/SNV-VP ngày … của …"),
// shared by ND30-ND-01. Precision first: only "<Loại văn bản> số <số>/<ký hiệu>",
// outside quoted text and tables.

import type { Line } from '../../markdown';
import { DOC_TYPE_WORDS } from '../cc/common';

/** Types cited by number (laws and ordinances are cited by name: PL I §II.6.b). */
const TYPES = DOC_TYPE_WORDS.filter((w) => !/^(Bộ luật|Luật|Pháp lệnh|Lệnh)$/.test(w));
const TYPE_ALT = TYPES.map((w) => {
  const [first, ...rest] = w.split(' ');
  // "Quyết định" or "quyết định" (the capitalisation is VH-18's business).
  return `[${first[0]}${first[0].toLowerCase()}]${first.slice(1)}${rest.map((r) => `\\s+${r}`).join('')}`;
}).join('|');

/**
 * "<Type> số 12/SNV-VP": group 1 type, group 2 number and symbol; a match
 * counts only where no letter or digit comes before it (citationsIn): a
 * leading lookbehind would be tested at every position of the text.
 */
const CITATION = new RegExp(`(${TYPE_ALT})\\s+số\\s+(\\d{1,6}[\\p{L}]?(?:\\s*\\/\\s*[\\p{L}\\p{N}Đđ]+(?:-[\\p{L}\\p{N}Đđ]+)*)+)`, 'gu');
/** A letter or digit ends the text (the code point before a match). */
const WORD_END = /[\p{L}\p{N}]$/u;

const SO_DIGIT = /số\s+\d/u;

export interface BodyCitation {
  line: Line;
  from: number;
  to: number;
  type: string;
  key: string;
  missingDate: boolean;
  missingIssuer: boolean;
}

/** The number and symbol as a comparison key: "12/SNV-VP". */
export function citationKey(num: string): string {
  return num.replace(/\s+/g, '').replace(/Đ/g, 'D').replace(/đ/g, 'd').toUpperCase();
}

/** Ranges of quoted text ("…", “…”, «…») in a line. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /“[^”]*”|"[^"]*"|«[^»]*»/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

const DATE = /(?<![\p{L}])(ngày\s*[\d…._]|tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu;
const ISSUER_AFTER = /(?<![\p{L}])(của|do)\s+\S/iu;
/**
 * "Bộ Tài chính có Công văn số …", "UBND tỉnh đã ban hành Kế hoạch số …";
 * also for a second document of the same verb: "Bộ Y tế có Công văn số 627/…
 * ngày … về … Luật Bảo hiểm y tế (BHYT) và Công văn số 666/…" (an
 * abbreviation in brackets allowed between).
 */
const ISSUER_BEFORE = /(?<![\p{L}])(ban\s+hành|có|gửi|ký|phát\s+hành)\s+((?:[^;()]|\([^;()]*\))*\s(và|cùng)\s+)?$/iu;
/**
 * "chỉ đạo của Thủ tướng Chính phủ tại Công điện số …", "báo cáo của Phòng
 * Thương mại và Công nghiệp Việt Nam (công văn số …)", "đề nghị của Bộ
 * trưởng Bộ Y tế tại Tờ trình số 34/… ngày … và Tờ trình số 45/…".
 */
const ISSUER_OF_BEFORE = /(?<![\p{L}])của\s+\p{Lu}[^,;()]*(\s(tại|theo|bằng)\s+([^;()]*\s(và|cùng)\s+)?|\s\(\s*)$/u;
const PROVISION_BEFORE = /(?<![\p{L}])(điều|khoản|điểm|chương|mục|phần)\s+[\p{L}\p{N}]{1,6}\s+(của\s+)?$/iu;
/** End of the sentence or clause the citation belongs to. */
const CLAUSE_END = /[;:]|\.(?=\s|$)/gu;

/**
 * Citations of one line, with what the text around each says. `prev` and `next`
 * are the lines the same sentence wraps from and onto (hard-wrapped text).
 */
export function lineCitations(line: Line, prev = '', next = ''): BodyCitation[] {
  const off = prev ? prev.length + 1 : 0;
  const text = (prev ? prev + ' ' : '') + line.text + (next ? ' ' + next : '');
  // Every citation has "số" and a digit: most lines have none (exact prefilter, no lookbehind at every position).
  if (!SO_DIGIT.test(text)) return [];
  const lineEnd = off + line.text.length;
  const quoted = quotedRanges(text);
  const found: { from: number; to: number; type: string; num: string }[] = [];
  CITATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CITATION.exec(text))) {
    const from = m.index;
    if (from > 0 && WORD_END.test(text.slice(Math.max(0, from - 2), from))) {
      // Not a word start: look again from the next position, as the lookbehind would.
      CITATION.lastIndex = from + 1;
      continue;
    }
    if (quoted.some(([a, b]) => from >= a && from < b)) continue;
    // Keep the number inside this line: a symbol cut by a line break ("02/2024/TT-").
    let num = m[2].replace(/[.-]+$/, '');
    const numFrom = from + m[0].length - m[2].length;
    if (numFrom < lineEnd && numFrom + num.length > lineEnd) num = num.slice(0, lineEnd - numFrom).replace(/[.\-\s]+$/, '');
    found.push({ from, to: numFrom + num.length, type: m[1], num });
  }
  const clauseEnd = (from: number): number => {
    CLAUSE_END.lastIndex = from;
    const e = CLAUSE_END.exec(text);
    return e ? e.index : text.length;
  };
  const clauseStart = (before: number): number => {
    let s = 0;
    CLAUSE_END.lastIndex = 0;
    let e: RegExpExecArray | null;
    while ((e = CLAUSE_END.exec(text)) && e.index < before) s = e.index + 1;
    return s;
  };
  const out: BodyCitation[] = [];
  for (const c of found) {
    if (c.from < off || c.from >= lineEnd) continue;
    // The rest of the clause: "A ngày …, B ngày … của …" and "A và B ngày … của …"
    // give A the date and issuer written once for all of them.
    // "Thông tư số 46/2018/TT-BYT": a legal normative document's symbol carries its
    // year and issuer; precision first, only symbols without them are checked.
    if (/^\d+[\p{L}]?\s*\/\s*(19|20)\d\d\s*\//u.test(c.num)) continue;
    const after = text.slice(c.to, clauseEnd(c.to));
    const before = text.slice(clauseStart(c.from), c.from);
    // "điểm a khoản 1 Điều 24 … của Nghị quyết số 351/2017/UBTVQH14" (PL II §II.7's
    // own example): a pointer to a provision, not a citation of the whole document.
    if (PROVISION_BEFORE.test(before)) continue;
    const missingDate = !DATE.test(after) && !DATE.test(before);
    // The issuer is named close before the citation: 300 characters bound the patterns' work.
    const near = before.slice(-300);
    const missingIssuer = !ISSUER_AFTER.test(after) && !(ISSUER_BEFORE.test(near) && /\p{Lu}/u.test(before)) && !ISSUER_OF_BEFORE.test(near);
    out.push({ line, from: c.from - off, to: c.to - off, type: c.type, key: citationKey(c.num), missingDate, missingIssuer });
  }
  return out;
}

/** "số 12/SNV-VP" in any form: group 1 the number and symbol. */
const ANY_CITATION = /(?<![\p{L}\p{N}])số\s+(\d{1,6}[\p{L}]?(?:\s*\/\s*[\p{L}\p{N}Đđ]+(?:-[\p{L}\p{N}Đđ]+)*)+)/gu;

/** Keys of every citation in some lines, any form (căn cứ lines included). */
export function citedKeys(lines: Line[]): Set<string> {
  const keys = new Set<string>();
  const any = ANY_CITATION;
  for (const l of lines) {
    if (!l.text.includes('số')) continue;
    any.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = any.exec(l.text))) keys.add(citationKey(m[1].replace(/[.-]+$/, '')));
  }
  return keys;
}
