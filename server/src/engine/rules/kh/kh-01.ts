// ND30-KH-01: the drafter's ký hiệu in capitals and the number of copies in
// Arabic numerals (ô 12, under the Nơi nhận or after the period of the Lưu line).

import type { Line } from '../../markdown';
import type { Rule } from '../../rule';
import { runEdits } from '../nd/common';
import { PL1, t } from '../util';

/** "PL.(300)", "pl.(300)", "PL (ba trăm)": group 1 initials, group 2 the count. */
const DRAFTER = /^([\p{L}]{1,6})(\s*\.?\s*)\(\s*([^()]{1,20}?)\s*\)\s*\.?$/u;
/** The part after the Lưu line's period: "- Lưu: VT, TCCB. PL.(300)". */
const LUU_TAIL = /^[-+•*–—]?\s*lưu\s*:[^]*?\.\s+([\p{L}]{1,6}\s*\.?\s*\([^()]{1,20}\)\s*\.?)$/iu;

interface Candidate {
  line: Line;
  from: number;
  text: string;
}

export const kh01: Rule = {
  meta: {
    id: 'ND30-KH-01',
    component: 'noi-nhan',
    severity: 'warning',
    clause: PL1('III.3'),
    title: t('Ký hiệu người soạn thảo in hoa, số lượng bản bằng chữ số Ả Rập', "Drafter's initials in capitals, number of copies in Arabic numerals"),
    description: t(
      'Ký hiệu người soạn thảo văn bản và số lượng bản phát hành (ô số 12, dưới Nơi nhận hoặc sau dấu chấm của dòng "Lưu") được trình bày: ký hiệu bằng chữ in hoa, số lượng bản bằng chữ số Ả Rập, ví dụ "PL.(300)". Mức cảnh báo: bảng phông chữ của Phụ lục I (mục V) ghi "in thường" cho thành phần này, dạng ".(300)" lấy từ ví dụ.',
      'The drafter\'s ký hiệu and the number of copies (box 12, under the Nơi nhận or after the period of the "Lưu" line): initials in capitals, the number of copies in Arabic numerals, e.g. "PL.(300)". Warning: the font table of Appendix I (section V) says lower case for this component, and the ".(300)" form comes from the example.',
    ),
    fixable: true,
    examples: { correct: ['- Lưu: VT, TCCB.\nPL.(300)', '- Lưu: VT, TCCB. PL.(300)'], incorrect: ['pl.(300)', 'PL.(ba trăm)'] },
  },
  check(ctx) {
    const m = ctx.model;
    if (!m.noiNhan) return;
    const cands: Candidate[] = [];
    const items = m.noiNhan.items;
    const last = items[items.length - 1];
    for (const l of [...(m.drafter ? [m.drafter] : []), ...(last && !m.drafter ? [last, m.lines[last.i + 1]].filter(Boolean) : [])]) {
      cands.push({ line: l, from: 0, text: l.text });
    }
    for (const it of items) {
      const mm = LUU_TAIL.exec(it.text);
      if (mm) cands.push({ line: it, from: it.text.length - mm[1].length, text: mm[1] });
    }
    const done = new Set<string>();
    for (const c of cands) {
      const mm = DRAFTER.exec(c.text.trim());
      if (!mm) continue;
      const key = `${c.line.i}:${c.from}`;
      if (done.has(key)) continue;
      done.add(key);
      const lead = c.text.length - c.text.trimStart().length;
      const [, initials, , count] = mm;
      const badCase = initials !== initials.toUpperCase();
      const badCount = !/^\d+$/.test(count);
      // A lower-case word in brackets that is not a count ("Văn (thư)") is not ô 12.
      if (!badCount && !badCase) continue;
      if (badCount && !/^(\d|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|trăm|nghìn|ngàn|[\p{L}\s]*bản)/iu.test(count)) continue;
      const from = c.from + lead;
      if (badCase && !badCount) {
        ctx.report({
          line: c.line,
          from,
          to: from + initials.length,
          message: t(`Ký hiệu người soạn thảo viết bằng chữ in hoa: "${initials}" → "${initials.toUpperCase()}"`, `The drafter's initials are in capitals: "${initials}" → "${initials.toUpperCase()}"`),
          fix: { title: t(`Sửa thành "${initials.toUpperCase()}"`, `Change to "${initials.toUpperCase()}"`), edits: runEdits(ctx, c.line, from, from + initials.length, initials.toUpperCase()) },
        });
        continue;
      }
      ctx.report({
        line: c.line,
        from,
        to: from + c.text.trim().length,
        message: t(
          `Số lượng bản phát hành viết bằng chữ số Ả Rập${badCase ? ', ký hiệu người soạn thảo bằng chữ in hoa' : ''}: "${c.text.trim()}" → dạng "${initials.toUpperCase()}.(300)"`,
          `The number of copies is in Arabic numerals${badCase ? ' and the initials in capitals' : ''}: "${c.text.trim()}" → the form "${initials.toUpperCase()}.(300)"`,
        ),
      });
    }
  },
};
