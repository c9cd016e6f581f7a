// VB-UNICODE-01: Vietnamese text in decomposed Unicode (NFD).
//
// Text pasted from some PDF readers and macOS tools is decomposed: "ệ" is
// "e" + two combining marks. It looks the same but breaks search, sorting and
// the e-office systems that receive the letter. PL I §I.4 requires the Unicode
// character set of TCVN 6909:2001, whose Vietnamese letters are precomposed.

import type { Rule } from '../../rule';
import { t } from '../util';

const COMBINING = /\p{M}/u;

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
    // Most texts have no combining mark at all: one scan, not a test per character.
    if (!COMBINING.test(text)) return;
    const edits: { start: number; end: number; text: string }[] = [];
    let count = 0;
    let i = 0;
    while (i < text.length) {
      // No combining mark below U+0300: skip the test for those.
      if (i + 1 < text.length && text.charCodeAt(i + 1) >= 0x300 && COMBINING.test(text[i + 1])) {
        let j = i + 1;
        while (j < text.length && COMBINING.test(text[j])) j++;
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
        i = j;
      } else i++;
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
