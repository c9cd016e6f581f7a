// ND30-TL-08 (as corrected by catalogue §11.1): a document issued or approved
// with a quyết định (Mẫu 1.3) carries, under its trích yếu, the italic line
// "(Kèm theo Quyết định số … ngày … tháng … năm … của …)". Appendices (phụ lục)
// follow Mẫu 2.1 instead and are not checked here.

import { decreeDate } from '../../decreeDate';
import type { Line } from '../../markdown';
import { isTitleText } from '../../reader/title';
import { isUpperText } from '../../reader/common';
import type { Rule, RuleContext } from '../../rule';
import { PL3, t } from '../util';
import { textFact } from '../../textMemo';

const KEM_THEO = /^(\(?)(\s*)(kèm\s+theo)(?![\p{L}])/iu;
const NUMERIC_DATE = /(?<![\p{L}])ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})(?!\d)/giu;

function canonDate(d: string, m: string, y: string): string {
  return decreeDate(parseInt(d, 10), parseInt(m, 10), y);
}

export const tl08: Rule = {
  meta: {
    id: 'ND30-TL-08',
    component: 'ten-loai-trich-yeu',
    severity: 'warning',
    clause: PL3('Mẫu 1.3'),
    title: t('Văn bản ban hành kèm theo quyết định: dòng "(Kèm theo Quyết định số …)"', 'Document issued with a decision: the line "(Kèm theo Quyết định số …)"'),
    description: t(
      'Văn bản được ban hành, phê duyệt kèm theo quyết định (mẫu 1.3) trình bày tên loại, trích yếu và ngay dưới đó dòng "(Kèm theo Quyết định số … /QĐ-… ngày … tháng … năm … của …)" trong ngoặc đơn, chữ nghiêng; ngày tháng viết đầy đủ. Với văn bản điện tử tách tệp, các giá trị này để trống. Phụ lục không theo mẫu này (mẫu 2.1).',
      'A document issued or approved with a decision (Mẫu 1.3) shows its type, its summary and right under them the line "(Kèm theo Quyết định số … /QĐ-… ngày … tháng … năm … của …)" in parentheses and italics, the date written in full. In a separate electronic file the values stay blank. Appendices follow Mẫu 2.1 instead.',
    ),
    fixable: true,
    examples: {
      correct: ['QUY CHẾ\nLàm việc của Sở Nội vụ\n*(Kèm theo Quyết định số 15/QĐ-SNV ngày 05 tháng 01 năm 2026 của Giám đốc Sở Nội vụ)*'],
      incorrect: ['Kèm theo Quyết định số 15/QĐ-SNV ngày 05/01/2026 của Giám đốc Sở Nội vụ'],
    },
  },
  check(ctx) {
    const m = ctx.model;
    const targets: Line[] = [];
    // The main document: the line right under its trích yếu (or title).
    if (m.title) {
      const anchor: Line = m.trichYeu.length ? m.trichYeu[m.trichYeu.length - 1] : m.title;
      const l = m.lines[anchor.i + 1];
      if (l && KEM_THEO.test(l.text)) targets.push(l);
    }
    // Documents attached after the footer: a tên loại, its trích yếu, then "(Kèm theo …)".
    const annex = m.annex ?? [];
    const upperTitle = isUpperTitle.of(m.lines);
    for (let i = 0; i < annex.length; i++) {
      if (!upperTitle(annex[i])) continue;
      for (let j = i + 1; j < Math.min(annex.length, i + 5); j++) {
        if (KEM_THEO.test(annex[j].text)) {
          targets.push(annex[j]);
          break;
        }
      }
    }
    for (const l of targets) checkLine(ctx, l);
  },
};

/** A tên loại in capitals (isTitleLine and isUpperLine read the text alone). */
const isUpperTitle = textFact((s) => !!isTitleText(s) && isUpperText(s));

function checkLine(ctx: RuleContext, l: Line): void {
  const k = KEM_THEO.exec(l.text)!;
  const s = l.text;
  // Parentheses around the reference.
  const open = k[1] === '(';
  const close = /\)\s*\.?$/.test(s);
  if (!open || !close) {
    const edits = [];
    if (!open) edits.push(ctx.edit(l, 0, 0, '('));
    if (!close) edits.push(ctx.edit(l, s.length, s.length, ')'));
    ctx.report({
      line: l,
      message: t('Dòng "Kèm theo …" đặt trong ngoặc đơn: "(Kèm theo Quyết định số … của …)"', 'The "Kèm theo …" line is in parentheses: "(Kèm theo Quyết định số … của …)"'),
      fix: { title: t('Thêm ngoặc đơn', 'Add the parentheses'), edits },
    });
  }
  // "Kèm theo" with a capital K.
  if (k[3].charAt(0) !== 'K') {
    const from = k[1].length + k[2].length;
    ctx.report({
      line: l,
      from,
      to: from + k[3].length,
      message: t(`Viết "Kèm theo" (chữ K hoa): "${k[3]}" → "Kèm theo"`, `Write "Kèm theo" with a capital K: "${k[3]}" → "Kèm theo"`),
      fix: { title: t('Sửa thành "Kèm theo"', 'Change to "Kèm theo"'), edits: [ctx.edit(l, from, from + k[3].length, 'K' + k[3].slice(1))] },
    });
  }
  // The date of the decision written in full.
  NUMERIC_DATE.lastIndex = 0;
  let d: RegExpExecArray | null;
  while ((d = NUMERIC_DATE.exec(s))) {
    const full = canonDate(d[1], d[2], d[3]);
    ctx.report({
      line: l,
      from: d.index,
      to: d.index + d[0].length,
      message: t(`Ngày ban hành quyết định viết đầy đủ: "${d[0]}" → "${full}"`, `The decision's date is written in full: "${d[0]}" → "${full}"`),
      fix: { title: t(`Sửa thành "${full}"`, `Change to "${full}"`), edits: [ctx.edit(l, d.index, d.index + d[0].length, full)] },
    });
  }
}
