// ND30-DOC-05: unfilled placeholders ("…", "....", "___", "[CẦN BỔ SUNG…]",
// "???", a blank number "Số:      /QĐ-UBND") mean "not filled in yet", not a
// format error.

import type { Line } from '../../markdown';
import type { Rule } from '../../rule';
import { t } from '../util';
import { textFact } from '../../textMemo';
import { isOmissionMark, isQuoted } from '../nd/quotation';

/** One placeholder run: the bracket note first, then ellipsis/dot runs, underscores, question marks. */
const RUN_RE = /\[\s*CẦN\s+BỔ\s+SUNG[^\]]*\]|[….]*…[….]*|\.{3,}|_{3,}|\?{3,}/giu;
/** RUN_RE finds something in the text (most lines: nothing). */
const hasRun = textFact((s) => new RegExp(RUN_RE.source, 'iu').test(s));

/** "Số:      /QĐ-UBND": the number left blank before registration. */
const BLANK_NO_RE = /^(S[ốỐ]\s*:)(\s*)\//u;

/** "ngày      tháng 3": a blank day or month in the place-date line. */
const BLANK_DATE_RE = /(?<![\p{L}])(ngày|tháng|năm)(\s{2,})(?=tháng|năm|$)/giu;

function blankMsg(word: string) {
  const w = word.toLowerCase();
  const en = w === 'ngày' ? 'day' : w === 'tháng' ? 'month' : 'year';
  return t(`Chưa điền ${w}`, `The ${en} is not filled in`);
}

/**
 * A written ellipsis, not a blank: "các sở, ban, ngành…", "tỉnh,… bảo đảm",
 * "thuế,... trong", "v.v...": a short run glued to the word or comma before it.
 */
function isEllipsisInProse(l: Line, from: number, run: string): boolean {
  if (!/^(…|\.\.\.)[.…]?$/u.test(run)) return false;
  const before = l.text.charAt(from - 1);
  return /[\p{L}\p{N},;]/u.test(before);
}

/** A value slot: the run stands where a number, a date part or a label's value belongs. */
function isValueSlot(l: Line, from: number, to: number): boolean {
  const before = l.text.slice(0, from).trimEnd();
  const after = l.text.slice(to).trimStart();
  return /(?<![\p{L}])(số|ngày|tháng|năm)$/iu.test(before) || /:$/.test(before) || /^\//.test(after);
}

export const doc05: Rule = {
  meta: {
    id: 'ND30-DOC-05',
    component: 'document',
    severity: 'information',
    clause: t('NĐ 30/2020, Phụ lục III (các mẫu để trống "…"); Điều 15 (số được cấp sau khi ký)', 'Decree 30/2020, Appendix III (templates with "…" blanks); Article 15 (the number is assigned after signing)'),
    title: t('Chỗ chưa điền', 'Not filled in yet'),
    description: t(
      'Các chỗ để trống của mẫu ("…", "....", "___", "[CẦN BỔ SUNG: …]", "???") là nội dung chưa điền, không phải lỗi thể thức; cần điền trước khi ban hành. Số văn bản để trống ("Số:      /QĐ-UBND") là bình thường ở bản dự thảo: số được cấp sau khi người có thẩm quyền ký (Điều 15).',
      'Template blanks ("…", "....", "___", "[CẦN BỔ SUNG: …]", "???") are content not filled in yet, not format errors; fill them in before issuing. A blank number ("Số:      /QĐ-UBND") is normal in a draft: the number is assigned after signing (Article 15).',
    ),
    fixable: false,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: {
      correct: ['Số: 05/SNV-VP'],
      incorrect: ['Số:      /QĐ-UBND', 'Lai Châu, ngày … tháng … năm 2026', 'Kính gửi: [CẦN BỔ SUNG: nơi nhận]'],
    },
  },
  check(ctx) {
    const m = ctx.model;
    const chua = t('Chưa điền', 'Not filled in');
    for (const l of hasRun.where(m.lines)) {
      // Blanks of one date or number ("…/…/…", "…-…") are one finding.
      let open: { from: number; to: number } | undefined;
      const flush = () => {
        if (!open) return;
        const run = l.text.slice(open.from, open.to);
        ctx.report({ line: l, from: open.from, to: open.to, message: t(`${chua.vi}: "${run}"`, `${chua.en}: "${run}"`) });
        open = undefined;
      };
      // The content's end mark "./." is not a placeholder.
      RUN_RE.lastIndex = 0;
      let r: RegExpExecArray | null;
      while ((r = RUN_RE.exec(l.text))) {
        let from = r.index;
        let run = r[0];
        // A run of dots that ends "./." keeps its last period for the end mark.
        if (/^[.…]+$/u.test(run) && l.text.startsWith('/.', from + run.length) && run.endsWith('.') && run.length > 1) run = run.slice(0, -1);
        if (/^\.+$/.test(run) && run.length < 3) continue;
        if (l !== m.date && isEllipsisInProse(l, from, run)) continue;
        // Omitted text of a quotation ("“…", "…”", a line that is only "…"), and any
        // short ellipsis inside quoted legal text, is not a blank to fill in.
        if (/^[.…]+$/u.test(run) && l !== m.date && l !== m.so && !isValueSlot(l, from, from + run.length)) {
          const short = run.length <= 4;
          if ((short && isOmissionMark(l, from, from + run.length)) || isQuoted(m, l)) continue;
        }
        if (/^\[/.test(run)) {
          flush();
          ctx.report({ line: l, from, to: from + run.length, message: t(`Chưa điền: ${run}`, `Not filled in: ${run}`) });
        } else if (open && from === open.to + 1 && /[/-]/.test(l.text[open.to])) {
          open.to = from + run.length;
        } else {
          flush();
          open = { from, to: from + run.length };
        }
        from += run.length;
      }
      flush();
    }
    // Blank number.
    const so = m.so;
    if (so) {
      const b = BLANK_NO_RE.exec(so.text);
      if (b) {
        const from = b[1].length;
        const to = from + b[2].length;
        const [a, z] = to > from ? [from, to] : [from, from + 1];
        ctx.report({
          line: so,
          from: a,
          to: z,
          message: t('Chưa điền số văn bản (số được cấp sau khi ký ban hành)', 'The number is not filled in (it is assigned after signing)'),
        });
      }
    }
    // Blank day/month/year in the place-date line.
    const d = m.date;
    if (d) {
      BLANK_DATE_RE.lastIndex = 0;
      let r: RegExpExecArray | null;
      while ((r = BLANK_DATE_RE.exec(d.text))) {
        const from = r.index + r[1].length;
        ctx.report({ line: d, from, to: from + r[2].length, message: blankMsg(r[1]) });
      }
      // "… năm" at the end of the line: the year left blank.
      const y = /(?<![\p{L}])năm$/iu.exec(d.text);
      if (y) ctx.report({ line: d, from: y.index, to: d.text.length, message: blankMsg(y[0]) });
    }
  },
};
