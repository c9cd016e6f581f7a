// ND30-NN-02: each recipient of the Nơi nhận list on its own line, "- " … ";".

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { BULLET_RE, NOI_NHAN_BARE, endMark, firstPart, lastPart, listEntries, spanText, withoutBullet } from './common';

/** An unfilled template entry ("- …;", "- ………"): left to the placeholder rule. */
const PLACEHOLDER_ONLY = /^[\s….·_]*$/u;

export const nn02: Rule = {
  meta: {
    id: 'ND30-NN-02',
    component: 'noi-nhan',
    severity: 'error',
    clause: PL1('II.9.d'),
    title: t('Mỗi nơi nhận một dòng: đầu dòng "- ", cuối dòng ";"', 'One recipient per line: starting "- ", ending ";"'),
    description: t(
      'Tên mỗi cơ quan, tổ chức, đơn vị, cá nhân hoặc mỗi nhóm nhận văn bản trình bày trên một dòng riêng, đầu dòng có gạch đầu dòng (-) sát lề trái, cuối dòng có dấu chấm phẩy (;); dòng cuối cùng là dòng "Lưu". Một nơi nhận dài có thể xuống dòng: dòng tiếp theo thụt vào, không có gạch đầu dòng (như chính Nghị định trình bày).',
      'Each recipient (or group) stands on its own line, starting with a dash (-) flush left and ending with a semicolon (;); the last line is the "Lưu" line. A long entry may wrap: the continuation line is indented and has no dash (as the decree itself does).',
    ),
    fixable: true,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: {
      correct: ['- Các bộ, cơ quan ngang bộ,\n  cơ quan thuộc Chính phủ;', '- Như trên;'],
      incorrect: ['+ Các bộ, cơ quan ngang bộ;', '• Sở Tài chính;', '- Sở Tài chính. (before the Lưu line)'],
    },
  },
  check(ctx) {
    const nn = ctx.model.noiNhan;
    if (!nn) return;
    const entries = listEntries(nn, NOI_NHAN_BARE);
    const hasLuu = entries.some((e) => e.luu);
    entries.forEach((e, k) => {
      if (e.luu) return;
      // Without a Lưu line the last entry's end is ND30-NN-03's business.
      const isLast = k === entries.length - 1;
      const first = firstPart(e);
      const tx = spanText(first);
      if (PLACEHOLDER_ONLY.test(withoutBullet(tx)) || PLACEHOLDER_ONLY.test(tx)) return;
      const b = BULLET_RE.exec(tx);
      if (!b) {
        ctx.report({
          line: first.line,
          from: first.from,
          to: first.to,
          message: t(`Nơi nhận phải bắt đầu bằng gạch đầu dòng "- ": "${tx}"`, `A recipient line starts with a dash "- ": "${tx}"`),
          fix: { title: t('Thêm "- " ở đầu dòng', 'Add "- " at the start'), edits: [ctx.edit(first.line, first.from, first.from, '- ')] },
        });
      } else if (b[1] !== '-' || b[2] === '') {
        ctx.report({
          line: first.line,
          from: first.from,
          to: first.from + b[0].length,
          message: t(`Đầu dòng nơi nhận dùng gạch đầu dòng "- ", không dùng "${b[1]}"`, `A recipient line starts with a dash "- ", not "${b[1]}"`),
          fix: { title: t('Sửa thành "- "', 'Change to "- "'), edits: [ctx.edit(first.line, first.from, first.from + b[0].length, '- ')] },
        });
      }
      if (isLast && !hasLuu) return;
      const last = lastPart(e);
      const em = endMark(last);
      if (em.ch === ';') return;
      const ltx = spanText(last);
      if (/(…|\.{3,})$/u.test(ltx)) return;
      // "- Thường trực Thành ủy; (để b/c)": the note of a brace grouping several
      // recipients, flattened after the entry's ";" (PDF, OCR); the entry ends with ";".
      if (/;\s*\([^()]{1,30}\)$/u.test(ltx)) return;
      if (em.index >= 0) {
        ctx.report({
          line: last.line,
          from: em.index,
          to: em.index + 1,
          message: t(`Dòng nơi nhận (trừ dòng "Lưu") kết thúc bằng dấu chấm phẩy (;), không phải "${em.ch}"`, `A recipient line (other than the "Lưu" line) ends with a semicolon (;), not "${em.ch}"`),
          fix: { title: t('Sửa thành ";"', 'Change to ";"'), edits: [ctx.edit(last.line, em.index, em.index + 1, ';')] },
        });
      } else {
        ctx.report({
          line: last.line,
          from: last.from,
          to: last.to,
          message: t('Dòng nơi nhận (trừ dòng "Lưu") kết thúc bằng dấu chấm phẩy (;)', 'A recipient line (other than the "Lưu" line) ends with a semicolon (;)'),
          fix: { title: t('Thêm ";" cuối dòng', 'Add ";" at the end'), edits: [ctx.edit(last.line, last.to, last.to, ';')] },
        });
      }
    });
  },
};
