// ND30-ND-05: "Điều <n>. <Tiêu đề>": Arabic number followed by a period.

import type { Rule } from '../../rule';
import type { FixEdit, Text2 } from '../../types';
import { PL1, t } from '../util';
import { textFact } from '../../textMemo';
import { DOC_TYPE_WORDS } from '../cc/common';
import { bodyLines, fromRoman } from './common';

const DIEU = /^(điều)\s+(\d{1,3}[a-zđ]?|[IVXLC]{1,7})(?![\p{L}\p{N}])(.*)$/iu;
/** Words after "Điều 5" that show a citation in prose, not a heading. */
const isDieu = textFact((s) => DIEU.test(s));
/** "Điều 2 Quyết định này có hiệu lực …": the article on entry into force with its period left out, not a citation. */
const IN_FORCE = new RegExp(`^(${spaced([...DOC_TYPE_WORDS, 'Văn bản'])})\\s+này\\s+có\\s+hiệu\\s+lực(?![\\p{L}\\p{N}])`, 'u');
const PROSE_NEXT = new RegExp(`^(${spaced([...DOC_TYPE_WORDS, 'Chương', 'Mục', 'Phần', 'Hiến pháp', 'Điều lệ', 'Tiểu mục'])})(?![\\p{L}\\p{N}])`, 'u');
/** An alternation of phrases whose words may be separated by any white space. */
function spaced(phrases: string[]): string {
  return phrases.map((w) => w.replace(/ /g, '\\s+')).join('|');
}

export const nd05: Rule = {
  meta: {
    id: 'ND30-ND-05',
    component: 'noi-dung',
    severity: 'error',
    clause: PL1('II.6.đ'),
    title: t('Điều: "Điều" + số Ả Rập + dấu chấm + tiêu đề', 'Article: "Điều" + Arabic number + period + title'),
    description: t(
      'Từ "Điều", số thứ tự và tiêu đề của điều được trình bày bằng chữ in thường, lùi đầu dòng 1 cm hoặc 1,27 cm. Số thứ tự của điều dùng chữ số Ả Rập, sau số thứ tự có dấu chấm (.); kiểu chữ đứng, đậm.',
      'The word "Điều", the number and the title of an article are in lower case, indented 1 or 1.27 cm. Articles are numbered in Arabic numerals followed by a period (.); upright, bold.',
    ),
    fixable: true,
    examples: {
      correct: ['Điều 1. Bản sao văn bản'],
      incorrect: ['Điều 1: Bản sao văn bản', 'Điều 1 - Bản sao văn bản', 'Điều I. Bản sao văn bản', 'ĐIỀU 1. BẢN SAO VĂN BẢN'],
    },
  },
  check(ctx) {
    const dieu = isDieu.of(ctx.model.lines);
    for (const l of bodyLines(ctx.model)) {
      const m = dieu(l) ? DIEU.exec(l.text) : null;
      if (!m) continue;
      const [, word, num, rest] = m;
      // "điều 5 …" in lower case continues a sentence (OCR line breaks).
      if (word === 'điều') continue;
      // "Điều 5 của Luật …", "Điều 3 Quyết định số …": a citation in prose.
      const restTrim = rest.trimStart();
      if (/^[\p{Ll},;]/u.test(restTrim) || (PROSE_NEXT.test(restTrim) && !IN_FORCE.test(restTrim)) || /^[/(]/.test(restTrim)) continue;
      const problems: Text2[] = [];
      const edits: FixEdit[] = [];
      if (word !== 'Điều') {
        problems.push(t(`"${word}" → "Điều"`, `"${word}" → "Điều"`));
        edits.push(ctx.edit(l, 0, word.length, 'Điều'));
      }
      const numFrom = l.text.indexOf(num, word.length);
      const numTo = numFrom + num.length;
      let wantNum = num;
      if (/^[IVXLC]+$/.test(num)) {
        const v = fromRoman(num);
        if (v === undefined) continue;
        wantNum = String(v);
        problems.push(t(`số thứ tự của điều dùng chữ số Ả Rập ("${num}" → "${wantNum}")`, `articles are numbered in Arabic numerals ("${num}" → "${wantNum}")`));
        edits.push(ctx.edit(l, numFrom, numTo, wantNum));
      }
      // The separator after the number.
      const sepText = /^\s*([.:\-–—)]+)?/u.exec(rest)![0];
      const after = rest.slice(sepText.length);
      const spaced = after === '' || /^\s/.test(after) || /\s$/.test(sepText);
      const sepEnd = numTo + sepText.trimEnd().length;
      const to = sepEnd;
      if (sepText.trim() !== '.' || /^\s/.test(sepText)) {
        const shown = sepText.trim();
        problems.push(
          t(
            `sau số thứ tự của điều là dấu chấm (.), không phải ${shown ? `"${shown}"` : 'không có dấu'}`,
            `the article number is followed by a period (.), not ${shown ? `"${shown}"` : 'nothing'}`,
          ),
        );
        // Insert right after the number (inside its markup): rewrite its last character.
        if (sepEnd === numTo && wantNum !== num) edits[edits.length - 1] = ctx.edit(l, numFrom, numTo, `${wantNum}.`);
        else if (sepEnd === numTo) edits.push(ctx.edit(l, numTo - 1, numTo, `${num[num.length - 1]}.`));
        else edits.push(ctx.edit(l, numTo, sepEnd, '.'));
      }
      // "Điều 1.Phạm vi": one space before the title.
      if (!spaced) {
        if (sepText.trim() === '.') problems.push(t('có một dấu cách sau "Điều <số>."', 'one space after "Điều <n>."'));
        edits.push(ctx.edit(l, sepEnd, sepEnd, ' '));
      }
      if (!problems.length) continue;
      const want = `Điều ${wantNum}.`;
      ctx.report({
        line: l,
        from: 0,
        to: Math.max(to, numTo),
        message: t(
          `Điều trình bày theo dạng "${want} <Tiêu đề>": ${problems.map((p) => p.vi).join('; ')}`,
          `An article reads "${want} <Title>": ${problems.map((p) => p.en).join('; ')}`,
        ),
        fix: { title: t(`Sửa thành "${want}"`, `Change to "${want}"`), edits },
      });
    }
  },
};
