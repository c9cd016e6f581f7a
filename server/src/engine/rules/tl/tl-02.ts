// ND30-TL-02: the trích yếu is written in lower case (sentence case), not in
// capitals and not with Every Word Capitalised.

import type { Line } from '../../markdown';
import { lineRange } from '../../markdown';
import type { Rule } from '../../rule';
import { bare, upperRatio } from '../../text';
import { PL1, t } from '../util';
import { runEdits } from '../nd/common';
import { properNameIn } from './proper';

/** "V/v " in front of a công văn summary is not part of the sentence. */
const VV = /^(v\s*\/\s*v|về\s+việc)(\s*[:.\-–]+)?\s*/iu;

/** A Vietnamese syllable (bare: no diacritics, lower case). */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

/** Acronyms stay in capitals when the line is lowered: "UBND", "HĐND", "ASEAN" (not a syllable). */
function isAcronym(w: string): boolean {
  return w.length >= 2 && !SYLLABLE.test(bare(w));
}

/** Sentence case for an ALL-CAPS line; acronyms and words with digits are kept. */
function lowerLine(s: string, first: boolean): string {
  let seenLetter = !first;
  return s.replace(/[\p{L}\p{N}]+/gu, (w) => {
    let out = w;
    if (!isAcronym(w) && !/\d/.test(w)) out = w.toLowerCase();
    if (!seenLetter && /\p{L}/u.test(w)) {
      seenLetter = true;
      if (!isAcronym(w)) out = out.charAt(0).toUpperCase() + out.slice(1);
    }
    return out;
  });
}

function words(s: string): string[] {
  return s.match(/[\p{L}][\p{L}\p{N}]*/gu) ?? [];
}

export const tl02: Rule = {
  meta: {
    id: 'ND30-TL-02',
    component: 'ten-loai-trich-yeu',
    severity: 'error',
    clause: PL1('II.5.b'),
    title: t('Trích yếu viết bằng chữ in thường', 'The summary is written in lower case'),
    description: t(
      'Trích yếu nội dung văn bản trình bày bằng chữ in thường (chỉ viết hoa chữ cái đầu câu và danh từ riêng): "Về công tác phòng, chống lụt bão". Viết toàn bộ bằng chữ in hoa là sai (lỗi). Viết hoa chữ cái đầu của mọi từ ("Về Công Tác Phòng, Chống Lụt Bão") cũng trái quy định, nhưng vì có thể lẫn danh từ riêng nên chỉ cảnh báo, và chỉ khi trích yếu có từ 4 từ trở lên. Sửa nhanh (chuyển thành chữ thường) chỉ được đề xuất khi trích yếu in hoa không có tên riêng, tên cơ quan, địa danh hay ký hiệu nào: khi có, công cụ chỉ báo để người soạn tự sửa.',
      'The summary is in lower case (capitals only for the first letter and proper nouns): "Về công tác phòng, chống lụt bão". A summary in capitals is an error. Every Word Capitalised ("Về Công Tác Phòng, Chống Lụt Bão") breaks the rule too, but proper nouns make it a heuristic: a warning, and only from 4 words up. The quick fix (to lower case) is offered only when a summary in capitals holds no proper name, agency or place name or symbol; otherwise the finding is reported for the drafter to fix.',
    ),
    fixable: true,
    examples: { correct: ['Về công tác phòng, chống lụt bão', 'V/v nâng bậc lương năm 2019'], incorrect: ['VỀ CÔNG TÁC PHÒNG, CHỐNG LỤT BÃO', 'Về Công Tác Phòng, Chống Lụt Bão'] },
  },
  check(ctx) {
    const m = ctx.model;
    const lines = m.trichYeu;
    if (!lines.length) return;
    // The part of each line that is the sentence (after "V/v " on the first line of a công văn).
    const parts: { l: Line; from: number; text: string }[] = lines.map((l, i) => {
      const p = i === 0 ? VV.exec(l.text) : null;
      const from = p && (m.trichYeuInHeader || /^v\s*\//iu.test(l.text)) ? p[0].length : 0;
      return { l, from, text: l.text.slice(from) };
    });
    const all = parts.map((p) => p.text).join(' ');
    const ws = words(all);
    if (!ws.length) return;
    const letters = all.replace(/[^\p{L}]/gu, '').length;

    // ALL CAPS (the "V/v"/"Về việc" prefix is checked by TL-04/05, so a capitalised
    // prefix alone does not count).
    if (ws.length >= 2 && letters >= 6 && upperRatio(all) >= 0.9 && !ws.every(isAcronym)) {
      // One finding for the whole trích yếu, however many lines it is wrapped over (issue 9).
      const caps = parts.filter((p) => upperRatio(p.text) >= 0.9);
      if (!caps.length) return;
      const text = caps.map((p) => p.text.trim()).join(' ');
      // After a stripped "V/v" prefix the sentence goes on in lower case.
      const fixedParts = caps.map((p) => lowerLine(p.text, p === parts[0] && p.from === 0));
      const fixed = fixedParts.map((x) => x.trim()).join(' ');
      // Lowering would damage a proper name, an agency or place name or a ký hiệu
      // ("THÀNH PHỐ HÀ NỘI", "BỘ NỘI VỤ", "119-KH/TU"): then no fix (issue 9).
      const proper = properNameIn(text);
      const edits = proper
        ? []
        : caps.flatMap((p, k) =>
            fixedParts[k].length === p.text.length ? runEdits(ctx, p.l, p.from, p.l.text.length, fixedParts[k]) : [ctx.edit(p.l, p.from, p.l.text.length, fixedParts[k])],
          );
      const first = caps[0];
      const last = caps[caps.length - 1];
      const start = lineRange(first.l, first.from, first.l.text.length).start;
      const end = lineRange(last.l, last.from, last.l.text.length).end;
      ctx.report({
        start,
        end,
        message: proper
          ? t(
              `Trích yếu viết bằng chữ in thường, không viết in hoa: "${text}" (chỉ viết hoa chữ cái đầu câu và danh từ riêng; có tên riêng hoặc ký hiệu "${proper}" nên không tự sửa)`,
              `The summary is written in lower case, not in capitals: "${text}" (capitals only for the first letter and proper nouns; it has the proper name or symbol "${proper}", so no automatic fix)`,
            )
          : t(`Trích yếu viết bằng chữ in thường, không viết in hoa: "${text}" → "${fixed}"`, `The summary is written in lower case, not in capitals: "${text}" → "${fixed}"`),
        fix: proper || !edits.length ? undefined : { title: t('Chuyển thành chữ in thường', 'Change to lower case'), edits },
      });
      return;
    }

    // Title Case: at least 4 words, every word capitalised (and not all in capitals).
    if (ws.length >= 4 && ws.every((w) => /^\p{Lu}/u.test(w)) && upperRatio(all) < 0.9) {
      const first = parts[0];
      const last = parts[parts.length - 1];
      ctx.report({
        line: first.l,
        from: first.from,
        to: first.l === last.l ? first.l.text.length : first.l.text.length,
        severity: 'warning',
        message: t(
          `Trích yếu viết bằng chữ in thường, chỉ viết hoa chữ cái đầu câu và danh từ riêng, không viết hoa mọi từ: "${all.length > 80 ? all.slice(0, 80) + '…' : all}"`,
          `The summary is in lower case with capitals only for the first letter and proper nouns, not on every word: "${all.length > 80 ? all.slice(0, 80) + '…' : all}"`,
        ),
      });
    }
  },
};
