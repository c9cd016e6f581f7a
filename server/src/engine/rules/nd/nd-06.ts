// ND30-ND-06: điểm are lettered a), b), c) … in the order of the Vietnamese alphabet.

import type { Line } from '../../markdown';
import type { Rule, RuleContext } from '../../rule';
import { quotedLines } from './quotation';
import { PL1, t } from '../util';
import { textFact } from '../../textMemo';
import { bodyLines, KHOAN, ROMAN_MUC, STRUCTURE } from './common';

/** The Vietnamese alphabet as used for điểm: no f, j, w, z; đ after d. */
export const DIEM_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** "a) …", "a. …", "(a) …". Group 1 the marker, group 2 the letter. */
const DIEM = /^(\(([a-zđ])\)|([a-zđ])[).])(?=\s+\S)/u;
/** A khoản numbered "1)", "1/" or "1 -" instead of "1." (PL I §II.6.đ: "sau số thứ tự có dấu chấm"). */
const KHOAN_WRONG = /^(\d{1,3})([)/]|\s?[-–—])(?=\s+\p{L})/u;

/** What the rule reads of a line's text: a khoản numbered "1)" (KHOAN_WRONG), a unit that starts a new list, a điểm (DIEM), or nothing (most lines). */
type Kind = { kw: RegExpExecArray } | { unit: true } | { diem: RegExpExecArray };
const kindOf = textFact((s): Kind | undefined => {
  const kw = KHOAN_WRONG.exec(s);
  if (kw) return { kw };
  if (KHOAN.test(s) || STRUCTURE.test(s) || ROMAN_MUC.test(s)) return { unit: true };
  const diem = DIEM.exec(s);
  return diem ? { diem } : undefined;
});
/** Lists numbered i), ii), iii) (lower-case Roman) are not điểm. */
const isRomanII = textFact((s) => /^\(?ii\)\s/u.test(s));

export const nd06: Rule = {
  meta: {
    id: 'ND30-ND-06',
    component: 'noi-dung',
    severity: 'error',
    clause: PL1('II.6.đ'),
    title: t('Điểm: chữ cái tiếng Việt theo thứ tự, sau có dấu đóng ngoặc đơn', 'Điểm: Vietnamese letters in order, followed by ")"'),
    description: t(
      'Thứ tự các điểm trong mỗi khoản dùng các chữ cái tiếng Việt theo thứ tự bảng chữ cái tiếng Việt, sau có dấu đóng ngoặc đơn: a), b), c), d), đ), e), g), h), i), k)… (không dùng f, j, w, z). Thứ tự được tính lại từ a) ở mỗi khoản, mỗi điều. Số thứ tự của khoản là chữ số Ả Rập, sau có dấu chấm: "1.", không phải "1)", "1/" hay "1 -".',
      'The points of each clause are lettered with Vietnamese letters in the order of the Vietnamese alphabet, followed by a closing parenthesis: a), b), c), d), đ), e), g), h), i), k)… (no f, j, w, z). The sequence restarts at a) in each clause and article. A clause (khoản) is numbered with an Arabic number and a period: "1.", not "1)", "1/" or "1 -".',
    ),
    fixable: true,
    examples: {
      correct: ['a) Đối với …\nb) …\nc) …\nd) …\nđ) …\ne) …'],
      incorrect: ['a. Đối với …', '(a) Đối với …', 'a) …\nb) …\nc) …\nd) …\ne) …', 'a) …\nb) …\nc) …\nd) …\nđ) …\ne) …\nf) …', '1) Tổ chức trưng bày sách …', '1 - Mức trợ cấp hằng tháng …'],
    },
  },
  check(ctx) {
    const lines = bodyLines(ctx.model);
    const quoted = quotedLines(ctx.model);
    const kind = kindOf.of(ctx.model.lines);
    // Lists numbered i), ii), iii) (lower-case Roman) are not điểm.
    const romanList = lines.some(isRomanII.of(ctx.model.lines));
    // The điểm of the letter's own text, split into lists (a khoản, an article or a heading starts a new one).
    const lists: Point[][] = [];
    let cur: Point[] = [];
    const flush = () => {
      if (cur.length) lists.push(cur);
      cur = [];
    };
    for (const l of lines) {
      const k = kind(l);
      // Quoted legal text ("… quy định: “c) …”") is the cited document's, not the letter's.
      if (!k || quoted.has(l)) continue;
      // A khoản numbered "1)" / "1/": report it; it starts a new sequence of điểm too.
      if ('kw' in k) {
        const kw = k.kw;
        const marker = kw[0];
        const want = `${kw[1]}.`;
        ctx.report({
          line: l,
          from: 0,
          to: marker.length,
          message: t(`Số thứ tự của khoản là chữ số Ả Rập, sau có dấu chấm: "${marker}" → "${want}"`, `A clause is numbered with an Arabic number and a period: "${marker}" → "${want}"`),
          fix: { title: t(`Sửa thành "${want}"`, `Change to "${want}"`), edits: [ctx.edit(l, 0, marker.length, want)] },
        });
        flush();
        continue;
      }
      if ('unit' in k) {
        flush();
        continue;
      }
      const m = k.diem;
      if (romanList && /^\(?[ivx]\)/u.test(l.text)) continue;
      const letter = m[2] ?? m[3];
      // "a" always (re)starts a list.
      if (letter === 'a') flush();
      cur.push({ line: l, letter, marker: m[1], idx: DIEM_LETTERS.indexOf(letter), pos: position(letter) });
    }
    flush();
    for (const list of lists) checkList(ctx, list);
  },
};

interface Point {
  line: Line;
  letter: string;
  marker: string;
  /** Position in DIEM_LETTERS, -1 for f, j, w, z. */
  idx: number;
  /** Position for resynchronising: f, j, w, z sit just before the letter that follows them in the Latin alphabet. */
  pos: number;
}

function position(letter: string): number {
  const i = DIEM_LETTERS.indexOf(letter);
  if (i >= 0) return i;
  const next = String.fromCharCode(letter.charCodeAt(0) + 1);
  const j = DIEM_LETTERS.indexOf(next);
  return j >= 0 ? j - 1 : DIEM_LETTERS.length - 1;
}

/**
 * One list of điểm. A broken sequence is reported once, where it breaks, and
 * the reading resynchronises on the letter written: "d) e) g)" is one mistake
 * (đ is skipped), not two. The fix relabels the broken point and the points
 * that follow it in order, up to the next break.
 */
function checkList(ctx: RuleContext, list: Point[]): void {
  let prev = -1;
  for (let k = 0; k < list.length; k++) {
    const p = list[k];
    const expectPos = prev + 1;
    if (expectPos >= DIEM_LETTERS.length) return;
    const want = DIEM_LETTERS[expectPos];
    const wantMarker = `${want})`;
    if (p.marker === wantMarker) {
      prev = expectPos;
      continue;
    }
    let msg;
    // The run that follows the broken point in order (resynchronised on the letter written).
    const run: Point[] = [p];
    if (p.letter !== want) {
      for (let j = k + 1; j < list.length; j++) {
        const q = list[j];
        if (q.idx !== run[run.length - 1].pos + 1 || q.marker !== `${q.letter})`) break;
        run.push(q);
      }
    }
    if (p.idx < 0) {
      msg = t(`Chữ "${p.letter}" không có trong bảng chữ cái tiếng Việt; điểm này là "${wantMarker}"`, `"${p.letter}" is not a letter of the Vietnamese alphabet; this point is "${wantMarker}"`);
    } else if (p.letter !== want) {
      const before = expectPos > 0 ? DIEM_LETTERS[expectPos - 1] : undefined;
      msg = before
        ? t(`Điểm xếp theo thứ tự bảng chữ cái tiếng Việt: sau "${before})" là "${wantMarker}", không phải "${p.marker}"`, `Points follow the Vietnamese alphabet: "${before})" is followed by "${wantMarker}", not "${p.marker}"`)
        : t(`Điểm đầu tiên của khoản là "${wantMarker}", không phải "${p.marker}"`, `The first point of a clause is "${wantMarker}", not "${p.marker}"`);
    } else {
      msg = t(`Sau chữ cái của điểm là dấu đóng ngoặc đơn: "${p.marker}" → "${wantMarker}"`, `A point letter is followed by a closing parenthesis: "${p.marker}" → "${wantMarker}"`);
    }
    const edits = run
      .map((q, j) => ({ q, to: DIEM_LETTERS[expectPos + j] }))
      .filter((x) => x.to !== undefined)
      .map((x) => ctx.edit(x.q.line, 0, x.q.marker.length, `${x.to})`));
    const title =
      run.length > 1
        ? t(`Sửa thành "${wantMarker}" và đánh lại ${run.length - 1} điểm tiếp theo`, `Change to "${wantMarker}" and relabel the ${run.length - 1} points that follow`)
        : t(`Sửa thành "${wantMarker}"`, `Change to "${wantMarker}"`);
    ctx.report({ line: p.line, from: 0, to: p.marker.length, message: msg, fix: { title, edits } });
    // Resynchronise on the letter written (a foreign letter or a bad marker stands where it was expected).
    prev = p.pos;
  }
}
