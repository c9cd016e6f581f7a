// ND30-VH-19: cited structural units (Phụ lục II §V.7): Phần, Chương, Mục, Tiểu mục
// and Điều are capitalised; khoản and điểm are not ("tại điểm a khoản 2 Điều 5").

import type { Rule } from '../../rule';
import { t } from '../util';
import { atSentenceStart, key, NOT_WORD_AFTER, NOT_WORD_BEFORE, reportCase, scan, lineLocalVh } from './common';
import { vhMeta } from './meta';

const KHOAN = key('khoản');
const UNIT = `(tiểu mục|${KHOAN}|điểm|điều|chương|mục|phần)`;
// Designator: Arabic number (with an optional letter: Điều 5a), Roman numeral, or the letter of a điểm.
const RE = new RegExp(`${NOT_WORD_BEFORE}${UNIT} (\\d+[a-zđ]?|[ivxlc]+|[a-zđ])${NOT_WORD_AFTER}`, 'gu');
const CHAIN_BEFORE = new RegExp(`(?:tiểu mục|${KHOAN}|điểm|điều|chương|mục|phần) (?:\\d+[a-zđ]?|[ivxlc]+|[a-zđ]),? $`, 'u');
const CHAIN_AFTER = /^,? (?:tiểu mục|điều|chương|mục|phần) (?:\d+|[ivxlc]+)(?![\p{L}\p{N}])/u;

const WHY_LOWER = t('Viện dẫn khoản, điểm của văn bản không viết hoa', 'Cited khoản and điểm are not capitalised');
const WHY_UPPER = t('Viện dẫn Phần, Chương, Mục, Tiểu mục, Điều của văn bản viết hoa chữ cái đầu', 'Cited Phần, Chương, Mục, Tiểu mục and Điều are capitalised');

export const vh19: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-19',
    'V.7',
    ['Viện dẫn phần, chương, mục, tiểu mục, điều, khoản, điểm', 'Cited parts, chapters, sections, articles, clauses and points'],
    [
      'Khi viện dẫn phần, chương, mục, tiểu mục, điều, khoản, điểm của một văn bản cụ thể thì viết hoa chữ cái đầu của Phần, Chương, Mục, Tiểu mục, Điều; khoản và điểm viết thường. Ví dụ: "Căn cứ điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự". Chữ viết hoa ở đầu câu không bị báo.',
      'When citing parts of a specific document, Phần, Chương, Mục, Tiểu mục and Điều are capitalised; khoản and điểm are lower case, e.g. "Căn cứ điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự". A capital at the start of a sentence is not reported.',
    ],
    {
      correct: ['Căn cứ điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự.', 'Theo quy định tại điểm a khoản 1 Điều 24 Tiểu mục 1 Mục 1 Chương III của Nghị quyết số 351/2017/UBTVQH14.'],
      incorrect: ['Căn cứ Điểm a Khoản 2 điều 103 của Bộ luật Hình sự.', 'theo khoản 1 điều 5 Nghị định số 30/2020/NĐ-CP'],
    },
  ),
  check(ctx) {
    scan(ctx, RE, (line, m, lf) => {
      const unit = m[1];
      const from = m.index;
      const found = line.text.slice(from, from + unit.length);
      const before = lf.slice(Math.max(0, from - 40), from);
      const after = lf.slice(from + m[0].length, from + m[0].length + 30);
      if (unit === KHOAN || unit === 'điểm') {
        if (!/^\p{Lu}/u.test(found) || found === found.toUpperCase()) return;
        if (atSentenceStart(line.text, from)) return;
        if (unit === KHOAN && !/^\d/.test(m[2])) return;
        // The letter of a điểm is lower case in the text ("Điểm A" is a grade, not a citation).
        const letter = line.text.slice(from + m[0].length - m[2].length, from + m[0].length);
        if (unit === 'điểm' && !/^[a-zđ]$/u.test(letter)) return;
        reportCase(ctx, { line, from, found, want: found.toLowerCase(), why: WHY_LOWER });
        return;
      }
      if (/^\p{Lu}/u.test(found)) return;
      if (/(?:các|những) $/u.test(before)) return;
      if (unit === 'điều' && !/^\d/.test(m[2])) return;
      if (unit === 'chương' && /^[a-zđ]$/u.test(m[2]) && !/^[ivxlc]$/.test(m[2])) return;
      if (unit === 'mục' || unit === 'phần' || unit === 'tiểu mục') {
        if (/^[a-zđ]$/u.test(m[2]) && !/^[ivxlc]$/.test(m[2])) return;
        if (!CHAIN_BEFORE.test(before) && !CHAIN_AFTER.test(after)) return;
      }
      const want = found[0].toUpperCase() + found.slice(1);
      reportCase(ctx, { line, from, found, want, why: WHY_UPPER });
    });
  },
});
