// VB-UNICODE-01: Vietnamese text in decomposed Unicode (NFD).
//
// Text pasted from some PDF readers and macOS tools is decomposed: "ệ" is
// "e" + two combining marks. It looks the same but breaks search, sorting and
// the e-office systems that receive the letter. PL I §I.4 requires the Unicode
// character set of TCVN 6909:2001, whose Vietnamese letters are precomposed.

import type { Rule } from '../../rule';
import { t } from '../util';
import { isMarkAt } from '../../text';

/**
 * Every code unit isMarkAt may accept: a superset (text.ts mayBeMark: U+0300
 * and up, outside the two ranges it skips), found by the regex engine, which
 * scans a long text several times faster than a loop over its code units;
 * isMarkAt decides.
 */
const CANDIDATE = /[\u0300-\u1dff\u1f00-\u1fff\u2070-\uffff]/g;

/** The first index from `from` on with a combining mark, or the text's length (one pass over most texts). */
export function nextMark(text: string, from: number): number {
  CANDIDATE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATE.exec(text))) if (isMarkAt(text, m.index)) return m.index;
  return text.length;
}

export const vbUnicode01: Rule = {
  meta: {
    id: 'VB-UNICODE-01',
    component: 'typography',
    severity: 'information',
    clause: t('NĐ 30/2020, Phụ lục I, mục I.4 (bộ mã Unicode theo TCVN 6909:2001, dựng sẵn)', 'Decree 30/2020, Appendix I, section I.4 (Unicode per TCVN 6909:2001, precomposed)'),
    title: t('Chữ tiếng Việt ở dạng Unicode tổ hợp (NFD)', 'Vietnamese letters in decomposed Unicode (NFD)'),
    description: t(
      'Văn bản có chữ tiếng Việt ở dạng tổ hợp (chữ cái + dấu rời, Unicode NFD), thường do sao chép từ PDF hoặc macOS. Nhìn giống nhau nhưng làm hỏng tìm kiếm, sắp xếp và trao đổi văn bản điện tử. Sửa nhanh chuyển toàn bộ sang dạng dựng sẵn (NFC).',
      'The text has Vietnamese letters in decomposed form (letter + separate marks, Unicode NFD), usually pasted from a PDF or macOS. It looks the same but breaks search, sorting and electronic exchange. The quick fix converts everything to precomposed form (NFC).',
    ),
    fixable: true,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: { correct: ['Số: 05/SNV-VP (chữ "ố" dựng sẵn, U+1ED1)'], incorrect: ['Số: 05/SNV-VP (chữ "ố" = "o" + U+0302 + U+0301)'] },
  },
  check(ctx) {
    const text = ctx.text;
    const edits: { start: number; end: number; text: string }[] = [];
    let count = 0;
    // A cluster: the character before a run of combining marks, and the run.
    let i = nextMark(text, 1) - 1;
    while (i + 1 < text.length) {
      let j = i + 1;
      while (j < text.length && isMarkAt(text, j)) j++;
      const cluster = text.slice(i, j);
      const nfc = cluster.normalize('NFC');
      if (nfc !== cluster) {
        count++;
        const last = edits[edits.length - 1];
        if (last && last.end === i) {
          last.end = j;
          last.text += nfc;
        } else edits.push({ start: i, end: j, text: nfc });
      }
      i = nextMark(text, j + 1) - 1;
    }
    if (!edits.length) return;
    ctx.report({
      start: edits[0].start,
      end: edits[0].end,
      message: t(
        `Văn bản có ${count} chữ tiếng Việt ở dạng Unicode tổ hợp (NFD): nên chuyển sang dạng dựng sẵn (NFC)`,
        `The text has ${count} Vietnamese letter(s) in decomposed Unicode (NFD): convert to precomposed (NFC)`,
      ),
      fix: { title: t('Chuyển toàn văn bản sang Unicode dựng sẵn (NFC)', 'Convert the whole text to precomposed Unicode (NFC)'), edits },
    });
  },
};
