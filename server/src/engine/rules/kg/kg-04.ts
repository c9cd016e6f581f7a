// ND30-KG-04: recipients under Kính gửi are written in lower case (Phụ lục II capitalisation),
// not in English-style Title Case. Conservative: only long Title-Case runs made of
// common words of agency names ("Uỷ Ban Nhân Dân Các Xã") are reported.

import type { Rule } from '../../rule';
import { bare } from '../../text';
import { t } from '../util';
import { spanText, withoutBullet } from '../nn/common';
import type { Line } from '../../markdown';
import type { DocModel } from '../../model';
import { readLabel, recipients } from './common';

/** Pairs of syllables of agency and unit names that are never both capitalised
 * ("Ủy ban", "nhân dân", "các xã"); personal names do not contain them. */
const PAIRS = new Set(
  ['uy ban', 'ban nhan', 'nhan dan', 'hoi dong', 'cac xa', 'cac so', 'cac phong', 'cac don', 'don vi', 'co quan', 'truc thuoc', 'cong ty', 'nha nuoc', 'thi xa', 'thi tran', 'thanh pho', 'van phong', 'cac bo', 'nganh tinh'],
);

/** Title-Case runs: words starting with a capital and going on in lower case. */
function titleCaseRuns(s: string): { from: number; to: number; words: string[] }[] {
  const runs: { from: number; to: number; words: string[] }[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  let cur: { from: number; to: number; words: string[] } | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const w = m[0];
    const title = /^\p{Lu}[\p{Ll}]*$/u.test(w);
    const gapOk = cur && /^\s+$/.test(s.slice(cur.to, m.index));
    if (title && cur && gapOk) {
      cur.words.push(w);
      cur.to = m.index + w.length;
    } else if (title) {
      cur = { from: m.index, to: m.index + w.length, words: [w] };
      runs.push(cur);
    } else cur = undefined;
  }
  return runs;
}

export const kg04: Rule = {
  meta: {
    id: 'ND30-KG-04',
    component: 'kinh-gui',
    severity: 'warning',
    clause: t('NĐ 30/2020, Phụ lục I, mục II.9.d; Phụ lục II', 'Decree 30/2020, Appendix I, section II.9.d; Appendix II'),
    title: t('Tên nơi nhận viết hoa theo Phụ lục II, không viết hoa mọi chữ đầu', 'Recipient names capitalised per Appendix II, not in Title Case'),
    description: t(
      'Từ "Kính gửi" và tên các cơ quan, tổ chức, cá nhân nhận văn bản trình bày bằng chữ in thường; tên cơ quan, tổ chức viết hoa chữ cái đầu của các từ, cụm từ chỉ loại hình và chức năng (Phụ lục II), ví dụ "Ủy ban nhân dân các xã, phường", không viết hoa mọi âm tiết như "Uỷ Ban Nhân Dân Các Xã". Quy tắc chỉ báo những trường hợp rõ ràng.',
      'The recipients are in lower case; an agency name capitalises the first letter of the words naming its type and function (Appendix II), e.g. "Ủy ban nhân dân các xã, phường", not every syllable as in "Uỷ Ban Nhân Dân Các Xã". Only clear cases are reported.',
    ),
    fixable: false,
    examples: { correct: ['- Ủy ban nhân dân các xã, phường;'], incorrect: ['- Uỷ Ban Nhân Dân Các Xã;'] },
  },
  check(ctx) {
    for (const { line, from, to, found } of titleCaseRecipients(ctx.model)) {
      ctx.report({
        line,
        from,
        to,
        message: t(
          `Tên nơi nhận không viết hoa mọi âm tiết: "${found}" (viết hoa theo Phụ lục II, ví dụ "Ủy ban nhân dân các xã")`,
          `Do not capitalise every syllable of a recipient: "${found}" (capitalise per Appendix II, e.g. "Ủy ban nhân dân các xã")`,
        ),
      });
    }
  },
};

/**
 * The recipient names of "Kính gửi" written in Title Case (the runs this rule
 * reports). ND30-VH-10 leaves these runs to this rule, so that one mistake gets
 * one finding.
 */
export function titleCaseRecipients(m: DocModel): { line: Line; from: number; to: number; found: string }[] {
  const out: { line: Line; from: number; to: number; found: string }[] = [];
  const kg = m.kinhGui;
  if (!kg) return out;
  const spans: { line: Line; from: number; to: number }[] = [];
  const lb = readLabel(kg.label);
  if (lb?.rest) spans.push({ line: kg.label, from: lb.restStart, to: kg.label.text.length });
  for (const e of recipients(m).entries) for (const p of e.parts) spans.push(p);
  for (const sp of spans) {
    const tx = spanText(sp);
    const off = sp.from + (tx.length - withoutBullet(tx).length);
    for (const r of titleCaseRuns(withoutBullet(tx))) {
      if (r.words.length < 4) continue;
      let pairs = 0;
      for (let k = 0; k + 1 < r.words.length; k++) if (PAIRS.has(bare(r.words[k] + ' ' + r.words[k + 1]))) pairs++;
      if (pairs < 2) continue;
      out.push({ line: sp.line, from: off + r.from, to: off + r.to, found: withoutBullet(tx).slice(r.from, r.to) });
    }
  }
  return out;
}
