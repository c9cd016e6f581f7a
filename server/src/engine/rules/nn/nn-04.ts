// ND30-NN-04: with Kính gửi (công văn, tờ trình and báo cáo sent upward), Nơi nhận starts with "- Như trên;".

import type { Line } from '../../markdown';
import type { Rule, RuleContext } from '../../rule';
import { bare } from '../../text';
import { PL1, PL3, t } from '../util';
import { BULLET_RE, NOI_NHAN_BARE, firstPart, insertLineBefore, isNhuTren, lastPart, listEntries, mergeEdits, removeLine, spanText } from './common';

/** Types whose "Như trên" points back to a Kính gửi part (PL I §II.9.b). */
const KINH_GUI_TYPES = ['cong_van', 'to_trinh', 'bao_cao'];

/**
 * "- Như trên;" stands for the recipients written after "Kính gửi:": a công văn
 * (or a tờ trình, báo cáo sent upward) that has it but no Kính gửi part names
 * nobody.
 */
function reportNoKinhGui(ctx: RuleContext, sp: { line: Line; from: number; to: number }): void {
  const m = ctx.model;
  if (!m.type || !KINH_GUI_TYPES.includes(m.type.key)) return;
  // A "Kính gửi" line the model did not read as the block (e.g. inside the header) still counts.
  const end = m.noiNhan ? m.noiNhan.label.i : m.lines.length;
  for (let i = 0; i < end; i++) if (/^kinh\s+g[uo]i(?![a-z])/.test(bare(m.lines[i].text))) return;
  ctx.report({
    line: sp.line,
    from: sp.from,
    to: sp.to,
    message: t(
      `"Như trên" chỉ các nơi nhận ghi ở phần "Kính gửi", nhưng ${m.type.key === 'cong_van' ? 'công văn' : 'văn bản'} không có phần "Kính gửi:" (ô 9a): ghi "Kính gửi: …" dưới trích yếu, trước nội dung`,
      `"Như trên" stands for the recipients after "Kính gửi", but the document has no "Kính gửi:" part (box 9a): write "Kính gửi: …" under the summary, before the content`,
    ),
  });
}

export const nn04: Rule = {
  meta: {
    id: 'ND30-NN-04',
    component: 'noi-nhan',
    severity: 'error',
    clause: { vi: `${PL1('II.9.b').vi}; ${PL3('Mẫu 1.5').vi.replace('NĐ 30/2020, ', '')}`, en: `${PL1('II.9.b').en}; ${PL3('Template 1.5').en.replace('Decree 30/2020, ', '')}` },
    title: t('Văn bản có "Kính gửi": dòng đầu Nơi nhận là "- Như trên;"', 'With "Kính gửi", Nơi nhận starts with "- Như trên;"'),
    description: t(
      'Đối với công văn, tờ trình và báo cáo gửi cơ quan cấp trên, nơi nhận gồm hai phần: phần "Kính gửi" và phần "Nơi nhận", phía dưới là từ "Như trên", tiếp theo là các nơi nhận khác. "Như trên" phải là dòng đầu tiên của phần Nơi nhận. (Khi thiếu hẳn "Như trên", xem ND30-KG-05.) Ngược lại, "Như trên" chỉ các nơi đã ghi ở "Kính gửi": công văn có "- Như trên;" mà không có phần "Kính gửi:" thì thiếu nơi nhận ở ô 9a.',
      'For công văn, and tờ trình or báo cáo sent upward, the recipients come in two parts: "Kính gửi", and "Nơi nhận" with "Như trên" (as above) directly under it, then the other recipients. "Như trên" is the first line of Nơi nhận. (When it is missing altogether, see ND30-KG-05.) Conversely, "Như trên" stands for the "Kính gửi" recipients: a công văn with "- Như trên;" but no "Kính gửi:" part lacks the recipients of box 9a.',
    ),
    fixable: true,
    examples: { correct: ['Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.'], incorrect: ['Nơi nhận:\n- Sở Tài chính;\n- Như trên;\n- Lưu: VT, VP.'] },
  },
  check(ctx) {
    const m = ctx.model;
    if (!m.noiNhan) return;
    const entries = listEntries(m.noiNhan, NOI_NHAN_BARE);
    const k = entries.findIndex((e) => isNhuTren(spanText(firstPart(e))));
    if (k < 0) return;
    if (!m.kinhGui) {
      reportNoKinhGui(ctx, firstPart(entries[k]));
      return;
    }
    const e = entries[k];
    const sp = firstPart(e);
    const tx = spanText(sp);
    // Wording: "Như trên" (capital N).
    const b = BULLET_RE.exec(tx);
    const wFrom = sp.from + (b ? b[0].length : 0);
    const word = sp.line.text.slice(wFrom, wFrom + 8);
    if (word !== 'Như trên' && bare(word) === 'nhu tren') {
      ctx.report({
        line: sp.line,
        from: wFrom,
        to: wFrom + 8,
        message: t(`Viết "Như trên": "${word}"`, `Write "Như trên": "${word}"`),
        fix: { title: t('Sửa thành "Như trên"', 'Change to "Như trên"'), edits: [ctx.edit(sp.line, wFrom, wFrom + 8, 'Như trên')] },
      });
    }
    if (k === 0) return;
    // Move it to the top (lines of their own only; inline lists are rare).
    const first = firstPart(entries[0]);
    const single = e.parts.length === 1 && sp.from === 0 && sp.to === sp.line.text.length && first.from === 0;
    ctx.report({
      line: sp.line,
      from: sp.from,
      to: lastPart(e).to,
      message: t('"Như trên" phải là dòng đầu tiên của phần Nơi nhận (ngay dưới chữ "Nơi nhận:")', '"Như trên" must be the first line of Nơi nhận (right under "Nơi nhận:")'),
      fix: single
        ? { title: t('Chuyển "Như trên" lên đầu', 'Move "Như trên" to the top'), edits: mergeEdits([insertLineBefore(ctx, first.line, tx), removeLine(ctx, sp.line)]) }
        : undefined,
    });
  },
};
