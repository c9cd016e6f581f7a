// ND30-NN-03: the last line of Nơi nhận is "- Lưu: VT, <unit>[ (copies)]."

import type { Rule, RuleContext } from '../../rule';
import { canon } from '../../text';
import { PL1, t } from '../util';
import {
  BULLET_RE,
  Entry,
  cellCutShort,
  inTextColumn,
  NOI_NHAN_BARE,
  Span,
  endMark,
  insertLineAfter,
  lastPart,
  listEntries,
  mergeEdits,
  movableSource,
  removeLine,
  spanText,
} from './common';

/** The unit to propose in a new Lưu line. */
export function proposedUnit(ctx: RuleContext): string | undefined {
  const m = ctx.model;
  if (m.type?.key === 'bien_ban') return 'Hồ sơ';
  if (m.type?.key === 'giay_gioi_thieu') return undefined;
  if (m.type?.key === 'cong_van' && m.so) {
    const g = /\/[^\s/]*-([^\s\-/.]+)\s*$/u.exec(m.so.text.trim());
    if (g) return g[1];
  }
  const dv = ctx.settings.coQuan?.donVi;
  const first = dv ? Object.keys(dv)[0] : undefined;
  return first ?? '…';
}

const HEAD = /^([-+•*–—·▪◦‐‑−]?)(\s*)(lưu)(\s*)([:.;,]?)(\s*)/iu;

/** What may follow the closing period without a space: the drafter's initials ("HH", "PL.(300)"), the number of copies ("12", "(5b)"). */
const DRAFTER_TAIL = /^(?:\p{Lu}\p{L}{0,2}\.?(?:\s*\(\d+\s*b?\))?|\(?\d+\s*b?\)?)\.?$/u;

/** The list part of a Lưu line: [from, to) in line text, the closing mark, the tail (drafter's ký hiệu). */
function parseList(s: Span, from: number): { from: number; to: number; end: number; mark: string } {
  const tx = s.line.text;
  // The closing period: the first "." followed by a space or the end ("VT, P.TCHC." keeps its inner dot).
  for (let k = from; k < s.to; k++) {
    if (tx[k] === '.' && (k + 1 >= s.to || /\s/.test(tx[k + 1]))) return { from, to: k, end: k + 1, mark: '.' };
  }
  // "VT, NCTH.HH", "VT, QHQT (3b).12": the period, then the drafter's
  // initials or the number of copies without a space (ô 12 of the layout).
  // Only after a unit's abbreviation (two capitals or more): not after a
  // one-letter prefix ("VT, P.TCHC" lacks its period) or initials ("md.21").
  for (let k = from + 1; k < s.to; k++) {
    if (tx[k] !== '.' || !DRAFTER_TAIL.test(tx.slice(k + 1, s.to))) continue;
    const item = tx.slice(Math.max(from, tx.lastIndexOf(',', k) + 1), k);
    if (item.replace(/[^\p{Lu}]/gu, '').length >= 2) return { from, to: k, end: k + 1, mark: '.' };
  }
  let to = s.to;
  let mark = '';
  if (/[;,:]/.test(tx[to - 1])) {
    mark = tx[to - 1];
    to--;
  }
  return { from, to, end: s.to, mark };
}

export const nn03: Rule = {
  meta: {
    id: 'ND30-NN-03',
    component: 'noi-nhan',
    severity: 'error',
    clause: PL1('II.9.d'),
    title: t('Dòng cuối Nơi nhận: "- Lưu: VT, <đơn vị soạn thảo>."', 'Last line of Nơi nhận: "- Lưu: VT, <drafting unit>."'),
    description: t(
      'Dòng cuối cùng của phần Nơi nhận gồm chữ "Lưu" sau có dấu hai chấm (:), tiếp theo là chữ viết tắt "VT", dấu phẩy (,), chữ viết tắt tên đơn vị (hoặc bộ phận) soạn thảo và số lượng bản lưu (nếu cần), cuối cùng là dấu chấm (.). Ví dụ: "- Lưu: VT, TCCB.", "- Lưu: VT, HC (2).". Mẫu 1.8 và 3.1 dùng "- Lưu: VT."; ký hiệu người soạn thảo và số lượng bản phát hành có thể đứng sau dấu chấm: "- Lưu: VT, TCCB. PL.(300)", "- Lưu: VT, NCTH.HH".',
      'The last line of Nơi nhận is the word "Lưu", a colon, the abbreviation "VT" (Văn thư), a comma, the drafting unit\'s abbreviation and the number of file copies (if needed), then a period. E.g. "- Lưu: VT, TCCB.", "- Lưu: VT, HC (2).". Templates 1.8 and 3.1 use "- Lưu: VT."; the drafter\'s initials and the number of copies may follow the period: "- Lưu: VT, TCCB. PL.(300)", "- Lưu: VT, NCTH.HH".',
    ),
    fixable: true,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: {
      correct: ['- Lưu: VT, TCCB.', '- Lưu: VT, HC (2).', '- Lưu: VT.', '- Lưu: VT, TCCB. PL.(300)', '- Lưu: VT, NCTH.HH'],
      incorrect: ['- Lưu VT, TCCB.', '- Lưu: VT, TCCB', '- Lưu: TCCB, VT.', '- Lưu: Văn thư.'],
    },
  },
  check(ctx) {
    const nn = ctx.model.noiNhan;
    if (!nn) return;
    const entries = listEntries(nn, NOI_NHAN_BARE);
    const luus = entries.filter((e) => e.luu);
    if (!luus.length) return reportMissing(ctx, entries);
    const luu = luus[luus.length - 1];
    const last = entries[entries.length - 1];
    if (luu !== last) reportNotLast(ctx, luu, last);
    checkForm(ctx, luu);
  },
};

function reportMissing(ctx: RuleContext, entries: Entry[]): void {
  const nn = ctx.model.noiNhan!;
  const unit = proposedUnit(ctx);
  const newLine = unit ? `- Lưu: VT, ${unit}.` : '- Lưu: VT.';
  const edits = [];
  let anchor = nn.label;
  let at: { line: typeof anchor; from: number; to: number } = { line: nn.label, from: 0, to: nn.label.text.length };
  if (entries.length) {
    const lp = lastPart(entries[entries.length - 1]);
    anchor = lp.line;
    at = lp;
    // The entry above the new Lưu line must end with ";".
    const em = endMark(lp);
    if (em.ch !== ';') {
      if (em.index >= 0) edits.push(ctx.edit(lp.line, em.index, em.index + 1, ';'));
      else edits.push(ctx.edit(lp.line, lp.to, lp.to, ';'));
    }
    if (lp.to < lp.line.text.length || lp.line === nn.label) {
      // Items typed on the label's line: continue on that line.
      edits.push(ctx.edit(lp.line, lp.to, lp.to, ' ' + newLine));
    } else edits.push(insertLineAfter(ctx, anchor, newLine));
  } else edits.push(insertLineAfter(ctx, anchor, newLine));
  ctx.report({
    line: at.line,
    from: at.from,
    to: at.to,
    message: t(`Thiếu dòng cuối "${newLine}" của phần Nơi nhận (lưu tại Văn thư và đơn vị soạn thảo)`, `The Nơi nhận list lacks its last line "${newLine}" (copies kept by the records office and the drafting unit)`),
    fix: cellCutShort(ctx.model, nn) || inTextColumn(ctx.model, at.line) ? undefined : { title: t(`Thêm dòng "${newLine}"`, `Add the line "${newLine}"`), edits: mergeEdits(edits) },
  });
}

function reportNotLast(ctx: RuleContext, luu: Entry, last: Entry): void {
  const lp = luu.parts[0];
  const tx = spanText(lp);
  const target = lastPart(last);
  const edits = [];
  const inlineLuu = lp.from > 0 || lp.to < lp.line.text.length;
  if (inlineLuu) {
    let to = lp.to;
    while (to < lp.line.text.length && /\s/.test(lp.line.text[to])) to++;
    edits.push(ctx.edit(lp.line, lp.from, to, ''));
  } else edits.push(removeLine(ctx, lp.line));
  // A whole line moves with its source (markup, a trailing comment); an inline part moves as text.
  const moved = (!inlineLuu && movableSource(ctx.text, lp.line)) || tx;
  if (target.to < target.line.text.length || target.from > 0) edits.push(ctx.edit(target.line, target.to, target.to, ' ' + tx));
  else edits.push(insertLineAfter(ctx, target.line, moved));
  ctx.report({
    line: lp.line,
    from: lp.from,
    to: lp.to,
    message: t('Dòng "Lưu" phải là dòng cuối cùng của phần Nơi nhận', 'The "Lưu" line must be the last line of Nơi nhận'),
    fix: inTextColumn(ctx.model, lp.line) || inTextColumn(ctx.model, target.line) ? undefined : { title: t('Chuyển dòng "Lưu" xuống cuối', 'Move the "Lưu" line to the end'), edits: mergeEdits(edits) },
  });
}

function checkForm(ctx: RuleContext, luu: Entry): void {
  const s = luu.parts[0];
  const tx = s.line.text;
  const h = HEAD.exec(tx.slice(s.from, s.to));
  if (!h) return;
  const [all, bullet, bsp, word, wsp, mark, msp] = h;
  const base = s.from;
  const wordFrom = base + bullet.length + bsp.length;
  const wordTo = wordFrom + word.length;
  const headEnd = base + all.length;
  // 1. "- Lưu:" itself.
  const bulletOk = bullet === '-' && bsp.length > 0;
  const colonOk = mark === ':' && wsp === '' && (msp.length > 0 || headEnd >= s.to);
  const wordOk = word === 'Lưu';
  if (!bulletOk || !colonOk || !wordOk) {
    const edits = [];
    if (!bulletOk) edits.push(ctx.edit(s.line, base, wordFrom, '- '));
    if (!wordOk) edits.push(ctx.edit(s.line, wordFrom, wordTo, 'Lưu'));
    if (!colonOk) edits.push(ctx.edit(s.line, wordTo, headEnd, headEnd < s.to ? ': ' : ':'));
    const found = tx.slice(base, headEnd).trim();
    ctx.report({
      line: s.line,
      from: base,
      to: Math.max(wordTo, base + found.length),
      message: t(`Dòng lưu phải bắt đầu bằng "- Lưu:" (gạch đầu dòng, chữ "Lưu", dấu hai chấm): "${found}"`, `The filing line starts with "- Lưu:" (dash, the word "Lưu", a colon): "${found}"`),
      fix: { title: t('Sửa thành "- Lưu:"', 'Change to "- Lưu:"'), edits },
    });
  }
  // 2. The list: "VT" first, then the unit(s).
  const lastSpan = lastPart(luu);
  const single = luu.parts.length === 1;
  const list = parseList(single ? s : lastSpan, single ? headEnd : lastSpan.from);
  if (single && list.to <= list.from && list.mark !== '.') {
    // "- Lưu:" with nothing after it.
    const ins = msp.length || headEnd < s.to ? 'VT.' : ' VT.';
    ctx.report({
      line: s.line,
      from: base,
      to: s.to,
      message: t('Sau "Lưu:" ghi "VT" (Văn thư), dấu phẩy, chữ viết tắt tên đơn vị soạn thảo, cuối cùng là dấu chấm', 'After "Lưu:" come "VT" (records office), a comma, the drafting unit\'s abbreviation, then a period'),
      fix: { title: t('Thêm "VT."', 'Add "VT."'), edits: [ctx.edit(s.line, list.from, list.end, ins)] },
    });
    return;
  }
  if (single && list.to > list.from) {
    const raw = tx.slice(list.from, list.to);
    const parts = raw.split(',').map((p) => p.trim()).filter(Boolean);
    // "VT (2b)", "VT (H1.25)": "VT" with its copy count or the drafter's mark.
    const isVT = (p: string) => canon(p.replace(/\s*\([^()]{1,20}\)$/u, '')) === 'VT';
    const isVTLoose = (p: string) => /^(v\.?\s*t\.?|văn\s+thư)$/iu.test(p);
    let fixed: string[] | undefined;
    let why = '';
    if (parts.length && /^VT(\s*[;:]\s*|\s+)[^\s(]/u.test(parts[0])) {
      // "VT TCCB", "VT; TCCB": the comma after "VT" is missing (not a missing "VT").
      // "VT (H1.25)": a parenthesised drafter's mark or copy count, not a unit to separate with a comma.
      fixed = ['VT', parts[0].replace(/^VT(\s*[;:]\s*|\s+)/u, ''), ...parts.slice(1)];
      why = t('thiếu dấu phẩy sau "VT"', 'comma missing after "VT"').vi;
    } else if (parts.length && isVT(parts[0])) {
      // fine
    } else if (parts.length && isVTLoose(parts[0])) {
      fixed = ['VT', ...parts.slice(1)];
      why = `"${parts[0]}" → "VT"`;
    } else if (parts.length && /^VT[-.]?\p{Lu}{1,8}$/u.test(parts[0])) {
      // "VTUB", "VT-UB": the records office written with the agency's letters: it is "VT".
      fixed = ['VT', ...parts.slice(1)];
      why = `"${parts[0]}" → "VT"`;
    } else {
      const k = parts.findIndex((p) => isVT(p) || isVTLoose(p));
      if (k > 0) {
        fixed = [isVT(parts[k]) ? parts[k] : 'VT', ...parts.filter((_, i) => i !== k)];
        why = 'VT phải đứng đầu';
      } else {
        fixed = ['VT', ...parts];
        why = 'thiếu "VT"';
      }
    }
    if (fixed) {
      const fixedText = fixed.join(', ');
      ctx.report({
        line: s.line,
        from: list.from,
        to: list.to,
        message: t(
          `Sau "Lưu:" ghi "VT" (Văn thư) trước, rồi dấu phẩy và chữ viết tắt tên đơn vị soạn thảo (${why}): "${raw.trim()}" → "${fixedText}"`,
          `After "Lưu:" comes "VT" (records office) first, then a comma and the drafting unit's abbreviation: "${raw.trim()}" → "${fixedText}"`,
        ),
        fix: { title: t(`Sửa thành "${fixedText}"`, `Change to "${fixedText}"`), edits: [ctx.edit(s.line, list.from, list.to, fixedText)] },
      });
    }
  }
  // 3. The closing period.
  if (list.mark !== '.') {
    const ls = single ? s : lastSpan;
    if (list.mark) {
      ctx.report({
        line: ls.line,
        from: list.to,
        to: list.to + 1,
        message: t(`Dòng "Lưu" kết thúc bằng dấu chấm (.), không phải "${list.mark}"`, `The "Lưu" line ends with a period (.), not "${list.mark}"`),
        fix: { title: t('Sửa thành "."', 'Change to "."'), edits: [ctx.edit(ls.line, list.to, list.to + 1, '.')] },
      });
    } else {
      ctx.report({
        line: ls.line,
        from: ls.from,
        to: ls.to,
        message: t('Dòng "Lưu" kết thúc bằng dấu chấm (.)', 'The "Lưu" line ends with a period (.)'),
        fix: { title: t('Thêm dấu chấm', 'Add the period'), edits: [ctx.edit(ls.line, list.to, list.to, '.')] },
      });
    }
  }
  void BULLET_RE;
}
