// ND30-VT-07: acronyms of foreign organisations are written in capitals as in
// the original language (WTO, UNDP, UNESCO, ASEAN).

import type { Rule } from '../../rule';
import { textFact } from '../../textMemo';
import { PL2, t } from '../util';

/** Acronyms of foreign and international organisations (Phụ lục II §IV.2.b and common ones). */
const ACRONYMS = [
  'ASEAN', 'UNESCO', 'UNICEF', 'UNDP', 'WTO', 'APEC', 'OECD', 'IMF', 'FAO', 'ILO', 'WIPO', 'UNFPA', 'UNHCR', 'UNIDO',
  'IAEA', 'ICAO', 'UNEP', 'UNCTAD', 'UNAIDS', 'OPEC', 'NATO', 'JICA', 'KOICA', 'USAID', 'INTERPOL', 'ASEM', 'UNCITRAL',
];
const BY_LOWER = new Map(ACRONYMS.map((a) => [a.toLowerCase(), a]));
/** A capitalised word not inside a URL, an e-mail address or a file name. */
const WORD = /(?<![\p{L}\p{N}./@_#-])(\p{Lu}\p{Ll}{2,8})(?![\p{L}\p{N}@_]|[./-]\p{L})/gu;
/**
 * Lines where an acronym can be found at all (WORD on every capitalised word
 * of every line showed in the profile). Case-insensitive with Unicode case
 * folding: a superset of the words whose lower case is an acronym (the Kelvin
 * sign folds to "k" as it lower-cases to it).
 */
const ANY = new RegExp(ACRONYMS.join('|'), 'iu');
/** ANY on a line's text, remembered: after a keystroke, only changed lines are tested again. */
const mayHaveAcronym = textFact((s) => ANY.test(s));

export const vt07: Rule = {
  meta: {
    id: 'ND30-VT-07',
    component: 'noi-dung',
    severity: 'error',
    clause: PL2('IV.2.b'),
    title: t('Tên viết tắt của tổ chức nước ngoài viết bằng chữ in hoa', 'Acronyms of foreign organisations are in capitals'),
    description: t(
      'Tên cơ quan, tổ chức nước ngoài được sử dụng trong văn bản ở dạng viết tắt: viết bằng chữ in hoa như nguyên ngữ hoặc chuyển tự La-tinh nếu nguyên ngữ không thuộc hệ La-tinh. Ví dụ: WTO, UNDP, UNESCO, ASEAN.',
      'Foreign organisations named by their acronym are written in capitals as in the original language (or its Latin transliteration), e.g. WTO, UNDP, UNESCO, ASEAN.',
    ),
    fixable: true,
    examples: { correct: ['các nước ASEAN', 'tổ chức UNESCO'], incorrect: ['các nước Asean', 'tổ chức Unesco'] },
    // Reads each line's text alone.
    lineLocal: true,
  },
  check(ctx) {
    // Only the lines that may hold an acronym are asked for (a line's findings depend on its text alone).
    for (const l of ctx.lines(mayHaveAcronym.where(ctx.model.lines))) {
      WORD.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = WORD.exec(l.text))) {
        const want = BY_LOWER.get(m[1].toLowerCase());
        if (!want) continue;
        const from = m.index;
        const to = from + m[1].length;
        ctx.report({
          line: l,
          from,
          to,
          message: t(`Tên viết tắt của tổ chức nước ngoài viết bằng chữ in hoa: "${m[1]}" → "${want}"`, `A foreign organisation's acronym is in capitals: "${m[1]}" → "${want}"`),
          fix: { title: t(`Sửa thành "${want}"`, `Change to "${want}"`), edits: [ctx.edit(l, from, to, want)] },
        });
      }
    }
  },
};
