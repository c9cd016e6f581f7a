// ND30-KG-02: one recipient stands on the same line as "Kính gửi:".

import { stripTrailingMark } from '../tail';
import type { Rule } from '../../rule';
import type { DocModel, ListBlock } from '../../model';
import { PL1, t } from '../util';
import { insertLineAfter, mergeEdits, removeLine, spanText, withoutBullet } from '../nn/common';
import { readLabel, recipients } from './common';

/** A "Kính gửi:" line alone among the first lines of the body, not read as the Kính gửi block. */
function orphanLabel(m: DocModel): ListBlock | undefined {
  for (const l of m.body.slice(0, 5)) {
    const lb = readLabel(l);
    if (lb && !lb.rest && lb.mark === ':') return { label: l, items: [] };
  }
  return undefined;
}

export const kg02: Rule = {
  meta: {
    id: 'ND30-KG-02',
    component: 'kinh-gui',
    severity: 'error',
    clause: PL1('II.9.d'),
    title: t('Gửi một nơi: tên nơi nhận trên cùng dòng với "Kính gửi:"', 'One recipient: on the same line as "Kính gửi:"'),
    description: t(
      'Nếu văn bản gửi cho một cơ quan, tổ chức hoặc một cá nhân thì từ "Kính gửi" và tên cơ quan, tổ chức hoặc cá nhân được trình bày trên cùng một dòng, ví dụ "Kính gửi: Bộ Nội vụ".',
      'When the document goes to one body or person, "Kính gửi" and the recipient stand on the same line, e.g. "Kính gửi: Bộ Nội vụ".',
    ),
    fixable: true,
    examples: { correct: ['Kính gửi: Bộ Nội vụ'], incorrect: ['Kính gửi:\n- Bộ Nội vụ.'] },
  },
  check(ctx) {
    // The model's Kính gửi block or, when the model read "Kính gửi:" as a line of the
    // body (it stands alone, its one recipient on the next line), that line.
    const kg = ctx.model.kinhGui ?? orphanLabel(ctx.model);
    if (!kg) return;
    const lb = readLabel(kg.label);
    if (!lb || lb.rest) return;
    const { entries } = recipients(ctx.model.kinhGui ? ctx.model : { ...ctx.model, kinhGui: kg });
    if (entries.length !== 1) return;
    const e = entries[0];
    const joined = e.parts
      .map((p, k) => (k === 0 ? withoutBullet(spanText(p)) : spanText(p)).trim())
      .join(' ');
    const name = stripTrailingMark(joined, ';.,');
    const first = e.parts[0];
    const last = e.parts[e.parts.length - 1];
    const edits = [];
    // The recipient joins the label's line; its own line(s) go.
    const ins = insertLineAfter(ctx, kg.label, '');
    edits.push({ start: ins.start, end: ins.start, text: ' ' + name });
    for (const p of e.parts) edits.push(removeLine(ctx, p.line));
    // The moved name is plain text: no fix when the removed source holds
    // markup or table cells (it would be lost, issue 13).
    const lc = kg.label.cell;
    const sameCell = (l: typeof first.line) => !l.cell || (!!lc && l.cell.table === lc.table && l.cell.row === lc.row && l.cell.col === lc.col);
    const keepsMarkup = e.parts.every((p) => sameCell(p.line)) && edits.slice(1).every((x) => !/[*_`[\]<|]/.test(ctx.text.slice(x.start, x.end).replace(/<br\s*\/?>/gi, '')));
    ctx.report({
      line: first.line,
      from: first.from,
      to: first.line === last.line ? last.to : first.to,
      message: t(
        `Văn bản gửi một nơi: ghi tên nơi nhận trên cùng dòng với "Kính gửi:" ("Kính gửi: ${name}")`,
        `One recipient: write it on the same line as "Kính gửi:" ("Kính gửi: ${name}")`,
      ),
      fix: keepsMarkup ? { title: t(`Sửa thành "Kính gửi: ${name}"`, `Change to "Kính gửi: ${name}"`), edits: mergeEdits(edits) } : undefined,
    });
  },
};
