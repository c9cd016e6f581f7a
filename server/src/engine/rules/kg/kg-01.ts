// ND30-KG-01: "Kính gửi" is written so, followed by a colon.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { readLabel } from './common';

const WORDS = 'Kính gửi';

export const kg01: Rule = {
  meta: {
    id: 'ND30-KG-01',
    component: 'kinh-gui',
    severity: 'error',
    clause: PL1('II.9.d'),
    title: t('"Kính gửi" viết đúng, in thường, sau có dấu hai chấm', '"Kính gửi" spelt so, in lower case, followed by a colon'),
    description: t(
      'Công văn, tờ trình và báo cáo gửi cơ quan cấp trên có phần "Kính gửi" (ô 9a): từ "Kính gửi" và tên nơi nhận trình bày bằng chữ in thường, cỡ chữ 13–14, kiểu chữ đứng; sau từ "Kính gửi" có dấu hai chấm (:).',
      'A công văn, and a tờ trình or báo cáo sent upward, has a "Kính gửi" part (box 9a): the words "Kính gửi" and the recipients in lower case, 13–14 pt, upright; the words "Kính gửi" are followed by a colon.',
    ),
    fixable: true,
    examples: { correct: ['Kính gửi: Bộ Nội vụ'], incorrect: ['Kính gởi: Bộ Nội vụ', 'Kính gửi Bộ Nội vụ', 'Kính gửi : Bộ Nội vụ', 'KÍNH GỬI:'] },
  },
  check(ctx) {
    const kg = ctx.model.kinhGui;
    if (!kg) return;
    const lb = readLabel(kg.label);
    if (!lb) return;
    const l = kg.label;
    const words = l.text.slice(0, lb.wordEnd);
    const wordsOk = words === WORDS;
    const colonOk = lb.mark === ':' && lb.spaceBefore === '';
    if (wordsOk && colonOk) return;
    // The replacement of the words' punctuation: a colon, and a space before a recipient on the same line.
    const sp = lb.mark === '' && lb.rest ? ' ' : '';
    const edit = wordsOk ? ctx.edit(l, lb.wordEnd, lb.punctEnd, ':' + sp) : ctx.edit(l, 0, lb.punctEnd, WORDS + ':' + sp);
    const found = l.text.slice(0, lb.punctEnd).trim();
    ctx.report({
      line: l,
      from: 0,
      to: lb.wordEnd + (lb.mark ? lb.punctEnd - lb.wordEnd : 0),
      message: t(`Viết "Kính gửi:" (chữ in thường, sau có dấu hai chấm): "${found}"`, `Write "Kính gửi:" (lower case, followed by a colon): "${found}"`),
      fix: { title: t('Sửa thành "Kính gửi:"', 'Change to "Kính gửi:"'), edits: [edit] },
    });
  },
};
