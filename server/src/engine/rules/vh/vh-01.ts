// ND30-VH-01: capitalisation of the sentence (Phụ lục II §I): the first syllable of a
// complete sentence is capitalised after ".", "?", "!" and on a new line.
//
// Conservative: inside a line, only a lower-case word after the full stop that ends a
// sentence of ordinary words (not an abbreviation, a number, "v.v.", an ellipsis); on a
// new line, only a new paragraph of the body after a paragraph that ended with ".".
// List items, continuation lines and the entries of Kính gửi / Nơi nhận are not read.

import type { Rule } from '../../rule';
import type { Line } from '../../markdown';
import { textFact } from '../../textMemo';
import { t } from '../util';
import { isProtected, reportCase, vhLineKey, vhLines } from './common';
import type { RuleContext } from '../../rule';
import { vhMeta } from './meta';

const ABBR = new Set(['tr', 'th', 'ths', 'ts', 'gs', 'pgs', 'ks', 'bs', 'cn', 'tp', 'st', 'vd', 'tt', 'ncs', 'sđt', 'đt', 'vv', 'v.v', 'tk', 'ck', 'ông', 'bà', 'đ', 'đc', 'tx', 'tt', 'kt', 'tl', 'tm', 'tuq', 'q', 'ttg', 'cp']);
const AFTER_STOP = /([.?!])(\s+)(\p{Ll})/gu;
/** A line's text has a lower-case letter after a full stop (first loop) or starts with a lower-case word (second loop). */
const mayReport = textFact((s) => /[.?!]\s+\p{Ll}/u.test(s) || /^\p{Ll}\p{L}/u.test(s));
const WHY = t('Viết hoa chữ cái đầu âm tiết thứ nhất của câu', 'Capitalise the first syllable of a sentence');

export const vh01: Rule = {
  meta: {
    ...vhMeta(
      'ND30-VH-01',
      'I',
      ['Viết hoa đầu câu', 'Capital at the start of a sentence'],
      [
        'Viết hoa chữ cái đầu âm tiết thứ nhất của một câu hoàn chỉnh: sau dấu chấm, dấu chấm hỏi, dấu chấm than và khi xuống dòng. Quy tắc chỉ báo những trường hợp rõ ràng: chữ thường ngay sau dấu kết thúc một câu, hoặc đoạn văn mới của phần nội dung bắt đầu bằng chữ thường sau đoạn kết thúc bằng dấu chấm; không báo các mục liệt kê, dòng nối tiếp, các dòng Kính gửi, Nơi nhận.',
        'The first syllable of a complete sentence is capitalised: after ".", "?", "!" and on a new line. Only clear cases are reported: a lower-case word right after the end of a sentence, or a new body paragraph starting in lower case after one that ended with "."; list items, continuation lines, Kính gửi and Nơi nhận entries are not read.',
      ],
      { correct: ['…đúng quy định. Các đơn vị triển khai thực hiện.'], incorrect: ['…đúng quy định. các đơn vị triển khai thực hiện.'] },
    ),
    lineLocal: true,
  },
  check(ctx) {
    const { lists, prevBody } = paragraphs(ctx);
    // Line-local (the line key holds what the paragraph test reads of the line before).
    const lines = ctx.lines(candidates(ctx));
    for (const line of lines) {
      if (lists.has(line)) continue;
      const s = line.text;
      AFTER_STOP.lastIndex = 0;
      let mm: RegExpExecArray | null;
      while ((mm = AFTER_STOP.exec(s))) {
        const p = mm.index;
        const at = p + mm[1].length + mm[2].length;
        if (mm[1] === '.' && (s[p - 1] === '.' || s[p + 1] === '.')) continue;
        const prev = /([\p{L}\p{N}.]+)[)"”’]?$/u.exec(s.slice(Math.max(0, p - 40), p));
        if (!prev || !/^\p{L}{2,}$/u.test(prev[1]) || prev[1] === prev[1].toUpperCase() || ABBR.has(prev[1].toLowerCase())) continue;
        // At least three words in the sentence that ends here.
        const sentence = s.slice(Math.max(0, p - 200), p).split(/[.?!:;]\s/u).pop() ?? '';
        if (sentence.trim().split(/\s+/).length < 3) continue;
        const word = /^\p{L}+/u.exec(s.slice(at, at + 60))![0];
        // "v.v", units, a lone letter (a list marker "a)") are not sentences.
        if (word.length < 2 || /^[a-zđ][.)]/u.test(s.slice(at, at + 2))) continue;
        if (isProtected(line, ctx.text, p, at + word.length)) continue;
        reportCase(ctx, { line, from: at, found: word, want: word[0].toUpperCase() + word.slice(1), why: WHY });
      }
    }
    // A new paragraph of the body after one that ended a sentence.
    for (const line of lines) {
      if (lists.has(line) || !line.blankBefore || line.indent > 0 || line.cell) continue;
      for (const prev of prevBody.get(line) ?? []) {
        if (prev.cell || prev.i !== line.i - 1 || !endsSentence(prev)) continue;
        const w = /^(\p{Ll}\p{L}+)(?![.)])/u.exec(line.text);
        if (!w) continue;
        reportCase(ctx, { line, from: 0, found: w[1], want: w[1][0].toUpperCase() + w[1].slice(1), why: WHY });
      }
    }
  },
  lineKey(ctx, line) {
    const { lists, prevBody } = paragraphs(ctx);
    const para = (prevBody.get(line) ?? []).map((prev) => `${prev.cell ? 1 : 0}${prev.i === line.i - 1 ? 1 : 0}${endsSentence(prev) ? 1 : 0}`).join(',');
    return `${vhLineKey(ctx.model, line)}\u0000${lists.has(line) ? 1 : 0}${para}`;
  },
};

const CANDIDATES = {};
/** The lines the rule asks for: the VH lines whose text either loop can report on. */
function candidates(ctx: RuleContext): Line[] {
  return ctx.memo.get(CANDIDATES, () => vhLines(ctx.model).filter(mayReport.of(ctx.model.lines)));
}

const PARAGRAPHS = {};
/** The Kính gửi and Nơi nhận lines (not read), and the body line before each body line asked for (candidates). */
function paragraphs(ctx: RuleContext): { lists: Set<Line>; prevBody: Map<Line, Line[]> } {
  return ctx.memo.get(PARAGRAPHS, () => {
    const m = ctx.model;
    const lists = new Set<Line>([...(m.kinhGui ? [m.kinhGui.label, ...m.kinhGui.items] : []), ...(m.noiNhan ? [m.noiNhan.label, ...m.noiNhan.items] : [])]);
    const asked = new Set(candidates(ctx));
    const prevBody = new Map<Line, Line[]>();
    for (let i = 1; i < m.body.length; i++) {
      if (!asked.has(m.body[i])) continue;
      const list = prevBody.get(m.body[i]);
      if (list) list.push(m.body[i - 1]);
      else prevBody.set(m.body[i], [m.body[i - 1]]);
    }
    return { lists, prevBody };
  });
}

/** A paragraph that ends a sentence (not with an ellipsis). */
function endsSentence(l: Line): boolean {
  return /[.!?]$/u.test(l.text) && !/\.\.$|…$/u.test(l.text);
}
