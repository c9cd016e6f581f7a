// The check shared by ND30-ND-03 (Phần, Chương: Roman numerals) and ND30-ND-04
// (Mục, Tiểu mục: Arabic numerals): "<Word> <number>" on its own line, in
// lower case with a capital initial, the title on the next line in capitals.

import { lineBreakOf } from '../tail';
import type { Line } from '../../markdown';
import type { RuleContext } from '../../rule';
import type { FixEdit, Text2 } from '../../types';
import { bare, isUpper } from '../../text';
import { lineWrap } from '../cc/common';
import { t } from '../util';
import { textFact } from '../../textMemo';
import { bodyLines, fromRoman, KHOAN, needsUpper, ROMAN_MUC, runEdits, STRUCTURE, toRoman } from './common';

export interface HeadingKind {
  /** Canonical words, e.g. ["Phần", "Chương"]. */
  words: string[];
  roman: boolean;
}

const HEAD = /^(tiểu\s+mục|phần|chương|mục)\s+(\d{1,3}|[IVXLC]{1,8})(?![\p{L}\p{N}])(.*)$/iu;
const isHead = textFact((s) => HEAD.test(s));

export function checkHeadings(ctx: RuleContext, kind: HeadingKind): void {
  const lines = bodyLines(ctx.model);
  const headLike = isHead.of(ctx.model.lines);
  const canonWord = (w: string) => kind.words.find((k) => bare(k) === bare(w).replace(/\s+/g, ' '));
  lines.forEach((l, idx) => {
    const m = headLike(l) ? HEAD.exec(l.text) : null;
    if (!m) return;
    const word = canonWord(m[1]);
    if (!word) return;
    const numTok = m[2];
    const rest = m[3];
    // Prose that starts with the word ("Mục 1 của Quy chế này quy định …") is not a heading.
    const restTrim = rest.trim();
    if (/^[,;]/.test(restTrim) || /^\p{Ll}/u.test(restTrim)) return;
    // A line starting "mục 2 …" in lower case continues a sentence (OCR line breaks).
    if (/^\p{Ll}/u.test(m[1])) return;
    // "Chương II Luật Lưu trữ …": without a separator only an UPPER title makes a heading.
    if (restTrim.length && !/^\s*[:.\-–—]/u.test(rest) && !isUpper(restTrim)) return;
    // The number.
    let value: number | undefined;
    if (/^\d+$/.test(numTok)) value = Number(numTok);
    else value = fromRoman(numTok);
    // "Phần C", "Mục D": letters, not numerals.
    if (value === undefined || value === 0 || value > 40) return;
    const wantNum = kind.roman ? toRoman(value) : String(value);
    const numFrom = m[1].length + (l.text.slice(m[1].length).length - l.text.slice(m[1].length).trimStart().length);
    const numTo = numFrom + numTok.length;
    const problems: Text2[] = [];
    const edits: FixEdit[] = [];
    let fixable = true;
    let from = 0;
    let to = numTo;
    if (m[1] !== word) {
      problems.push(t(`chữ "${word}" viết thường, chữ cái đầu viết hoa ("${m[1]}" → "${word}")`, `the word "${word}" in lower case with a capital initial ("${m[1]}" → "${word}")`));
      if (m[1].length === word.length) edits.push(...runEdits(ctx, l, 0, m[1].length, word));
      else edits.push(ctx.edit(l, 0, m[1].length, word));
    }
    if (numTok !== wantNum) {
      problems.push(
        kind.roman
          ? t(`số thứ tự của ${word.toLowerCase()} dùng chữ số La Mã ("${numTok}" → "${wantNum}")`, `the ${word} number is a Roman numeral ("${numTok}" → "${wantNum}")`)
          : t(`số thứ tự của ${word.toLowerCase()} dùng chữ số Ả Rập ("${numTok}" → "${wantNum}")`, `the ${word} number is an Arabic numeral ("${numTok}" → "${wantNum}")`),
      );
      edits.push(ctx.edit(l, numFrom, numTo, wantNum));
      if (m[1] === word) from = numFrom;
    }
    // Anything after the number: a title on the same line, or stray punctuation.
    if (restTrim.length) {
      const sep = /^\s*[:.\-–—]*\s*/u.exec(rest)![0];
      const titleFrom = numTo + sep.length;
      const title = l.text.slice(titleFrom);
      from = 0;
      to = l.text.length;
      if (!title.trim().length) {
        problems.push(t(`không có dấu câu sau số thứ tự ("${rest.trim()}")`, `no punctuation after the number ("${rest.trim()}")`));
        edits.push(ctx.edit(l, numTo, l.text.length, ''));
      } else {
        problems.push(t('tiêu đề trình bày ở dòng riêng ngay dưới, bằng chữ in hoa', 'the title goes on its own line just below, in capitals'));
        const wrap = lineWrap(ctx.text, l);
        if (!wrap) fixable = false;
        else {
          edits.push(ctx.edit(l, numTo, titleFrom, `${wrap.close}${lineBreakOf(ctx.text)}${wrap.open}`));
          const up = title.toUpperCase();
          if (up !== title && up.length === title.length) edits.push(...runEdits(ctx, l, titleFrom, l.text.length, up));
        }
      }
    } else {
      // The title on the next line is in capitals.
      const next = lines[idx + 1];
      if (next && next.srcLine > l.srcLine && isTitleCandidate(next) && needsUpper(next.text)) {
        const up = next.text.toUpperCase();
        ctx.report({
          line: next,
          message: t(`Tiêu đề của ${word.toLowerCase()} trình bày bằng chữ in hoa: "${next.text}" → "${up}"`, `The title of a ${word} is in capitals: "${next.text}" → "${up}"`),
          fix: up.length === next.text.length ? { title: t('Viết in hoa tiêu đề', 'Upper-case the title'), edits: runEdits(ctx, next, 0, next.text.length, up) } : undefined,
        });
      }
    }
    if (!problems.length) return;
    const head = l.text.slice(0, numTo);
    ctx.report({
      line: l,
      from,
      to,
      message: t(
        `Dòng "${head}" chưa đúng: ${problems.map((p) => p.vi).join('; ')}`,
        `The line "${head}" is not right: ${problems.map((p) => p.en).join('; ')}`,
      ),
      fix: fixable && edits.length ? { title: t(`Sửa thành "${word} ${wantNum}"`, `Change to "${word} ${wantNum}"`), edits } : undefined,
    });
  });
}

/** A line that can be the title under a heading (not an article, khoản or điểm). */
function isTitleCandidate(l: Line): boolean {
  return l.text.length <= 200 && !STRUCTURE.test(l.text) && !KHOAN.test(l.text) && !ROMAN_MUC.test(l.text) && !/^\(?[a-zđ][).]\s/u.test(l.text) && !/[;]$/.test(l.text) && !/^[-+•*]/.test(l.text);
}
