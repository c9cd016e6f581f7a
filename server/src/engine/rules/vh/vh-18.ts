// ND30-VH-18: names of documents (Phụ lục II §V.6): when a specific document is meant,
// the document type and the first syllable of its name are capitalised: "Luật Tổ chức
// Quốc hội", "Bộ luật Hình sự", "Quyết định số 15/QĐ-UBND", "Nghị định này". Generic
// references stay lower case ("các nghị định hướng dẫn", "quyết định của …").

import type { Rule } from '../../rule';
import { CITED_TYPES, CODES, LAWS, SELF_TYPES } from '../../data/documents';
import { t } from '../util';
import { alternation, canonicalMap, key, NOT_WORD_AFTER, NOT_WORD_BEFORE, reportCase, scan, lineLocalVh } from './common';
import { vhMeta } from './meta';

const TYPES = canonicalMap(CITED_TYPES);
// "<type> số 15/…" (a document number with its slash) or a placeholder number.
const NUMBERED = new RegExp(`${NOT_WORD_BEFORE}(${alternation(CITED_TYPES)}) số:? ?(?:\\d+ ?/|…|\\.{2,})`, 'gu');
const SELF = new RegExp(`${NOT_WORD_BEFORE}(${alternation(SELF_TYPES)}) này${NOT_WORD_AFTER}`, 'gu');
const LAW_NAMES = canonicalMap([...LAWS.map((n) => 'Luật ' + n), ...CODES.map((n) => 'Bộ luật ' + n)]);
const NAMED = new RegExp(`${NOT_WORD_BEFORE}(${alternation([...LAW_NAMES.values()])})${NOT_WORD_AFTER}`, 'gu');
// A law the dictionary lacks still starts like one it has: "Luật quản lý, sử dụng vốn
// nhà nước …" (the first two syllables of a known name, after a capitalised "Luật").
const LAW_STARTS = [...new Set(LAWS.map((n) => n.split(' ').slice(0, 2).join(' ').replace(/[,;]+$/u, '')).filter((s) => s.includes(' ')))];
const LAW_START = new RegExp(`${NOT_WORD_BEFORE}luật (${alternation(LAW_STARTS)})${NOT_WORD_AFTER}`, 'gu');
// Two-syllable types written in Title Case anywhere ("Nghị Định", "Quyết Định").
const TWO = CITED_TYPES.filter((x) => x.includes(' '));
const TITLE_CASE = new RegExp(`${NOT_WORD_BEFORE}(${alternation(TWO)})${NOT_WORD_AFTER}`, 'gu');

/** "pháp luật …": "luật" there is not a law's name. */
const afterPhap = (lf: string, at: number) => /pháp $/u.test(lf.slice(Math.max(0, at - 5), at));

const WHY_TYPE = t('Tên loại của một văn bản cụ thể viết hoa chữ cái đầu', 'The type of a specific document is capitalised');
const WHY_NAME = t('Tên văn bản viết hoa chữ cái đầu của tên loại và âm tiết thứ nhất của tên gọi', 'A document name capitalises its type and the first syllable of its name');
const WHY_TITLE = t('Tên loại văn bản chỉ viết hoa chữ cái đầu, không viết hoa mọi âm tiết', 'A document type capitalises only its first letter, not every syllable');

export const vh18: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-18',
    'V.6',
    ['Viết hoa tên loại và tên văn bản', 'Capitalisation of document types and names'],
    [
      'Viết hoa chữ cái đầu của tên loại văn bản và chữ cái đầu của âm tiết thứ nhất tạo thành tên gọi của văn bản khi nói đến một văn bản cụ thể: "Luật Tổ chức Quốc hội", "Bộ luật Hình sự", "Quyết định số 15/QĐ-UBND", "Nghị định này". Khi nói chung ("các nghị định hướng dẫn", "quyết định của cơ quan") viết thường. Quy tắc báo: tên loại viết thường trước "số" và số văn bản, tên loại viết thường trước "này", tên luật, bộ luật có trong từ điển viết sai, tên loại viết hoa mọi âm tiết.',
      'The type and the first syllable of the name of a specific document are capitalised: "Luật Tổ chức Quốc hội", "Bộ luật Hình sự", "Quyết định số 15/QĐ-UBND", "Nghị định này". Generic references stay lower case. Reported: a lower-case type before "số" and a number, before "này", known law names written wrongly, types in Title Case.',
    ],
    {
      correct: ['Thực hiện Quyết định số 15/QĐ-UBND ngày 05 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;', 'Nghị định này có hiệu lực thi hành kể từ ngày ký.', 'các nghị định, thông tư hướng dẫn'],
      incorrect: ['theo quyết định số 15/QĐ-UBND', 'Luật thuế thu nhập cá nhân', 'Bộ Luật Hình Sự', 'Các Nghị Định hướng dẫn'],
    },
  ),
  check(ctx) {
    const done = new Set<string>();
    const mark = (lineI: number, from: number, to: number) => {
      for (let i = from; i < to; i++) done.add(`${lineI}:${i}`);
    };
    const seen = (lineI: number, from: number) => done.has(`${lineI}:${from}`);
    scan(ctx, NAMED, (line, m, lf) => {
      const found = line.text.slice(m.index, m.index + m[0].length);
      if (found === found.toLowerCase() || found === found.toUpperCase()) return;
      // "pháp luật …" is not a law's name.
      if (afterPhap(lf, m.index)) return;
      const want = LAW_NAMES.get(m[1]);
      if (want && reportCase(ctx, { line, from: m.index, found, want, why: WHY_NAME })) mark(line.i, m.index, m.index + found.length);
      // Only a match with a capital in it is read (found in lower case: nothing).
    }, true);
    scan(ctx, LAW_START, (line, m, lf) => {
      const from = m.index;
      if (seen(line.i, from)) return;
      const found = line.text.slice(from, from + m[0].length);
      // Only "Luật" written as a name's ("Luật quản lý …"), its name's first syllable in lower case.
      if (!found.startsWith('Luật ') || found[5] !== found[5].toLowerCase()) return;
      if (afterPhap(lf, from)) return;
      const want = 'Luật ' + found[5].toUpperCase() + found.slice(6);
      if (reportCase(ctx, { line, from, found, want, why: WHY_NAME })) mark(line.i, from, from + found.length);
    }, true);
    const typed = (re: RegExp, plural: boolean) =>
      scan(ctx, re, (line, m, lf) => {
        const from = m.index;
        if (seen(line.i, from)) return;
        const found = line.text.slice(from, from + m[1].length);
        if (found === found.toUpperCase()) return;
        if (plural && /(?:các|những|mọi|dự thảo) $/u.test(lf.slice(Math.max(0, from - 8), from))) return;
        const want = TYPES.get(m[1]) ?? found[0].toUpperCase() + found.slice(1).toLowerCase();
        if (reportCase(ctx, { line, from, found, want, why: WHY_TYPE })) mark(line.i, from, from + found.length);
      });
    typed(NUMBERED, true);
    typed(SELF, true);
    scan(ctx, TITLE_CASE, (line, m) => {
      const from = m.index;
      if (seen(line.i, from)) return;
      const found = line.text.slice(from, from + m[1].length);
      const words = found.split(' ');
      if (found === found.toUpperCase() || !words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return;
      const want = found[0] + found.slice(1).toLowerCase();
      if (key(want) !== m[1]) return;
      reportCase(ctx, { line, from, found, want, why: WHY_TITLE });
    });
  },
});

/**
 * Laws and codes cited in a letter, in the decree's spelling, first citation first
 * (used by completion after "Luật " / "Bộ luật ").
 */
export function citedLaws(model: import('../../model').DocModel): string[] {
  const out: string[] = [];
  for (const line of model.lines) {
    const lf = line.fold.toLowerCase();
    NAMED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NAMED.exec(lf))) {
      const name = LAW_NAMES.get(m[1]);
      if (name && !out.includes(name)) out.push(name);
    }
  }
  return out;
}
