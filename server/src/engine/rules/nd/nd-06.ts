// ND30-ND-06: điểm are lettered a), b), c) … in the order of the Vietnamese alphabet.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { bodyLines, KHOAN, ROMAN_MUC, STRUCTURE } from './common';

/** The Vietnamese alphabet as used for điểm: no f, j, w, z; đ after d. */
export const DIEM_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];
const FOREIGN = ['f', 'j', 'w', 'z'];

/** "a) …", "a. …", "(a) …". Group 1 the marker, group 2 the letter. */
const DIEM = /^(\(([a-zđ])\)|([a-zđ])[).])(?=\s+\S)/u;
/** A khoản numbered "1)" or "1/" instead of "1." (PL I §II.6.đ: "sau số thứ tự có dấu chấm"). */
const KHOAN_WRONG = /^(\d{1,3})([)/])(?=\s+\p{L})/u;

export const nd06: Rule = {
  meta: {
    id: 'ND30-ND-06',
    component: 'noi-dung',
    severity: 'error',
    clause: PL1('II.6.đ'),
    title: t('Điểm: chữ cái tiếng Việt theo thứ tự, sau có dấu đóng ngoặc đơn', 'Điểm: Vietnamese letters in order, followed by ")"'),
    description: t(
      'Thứ tự các điểm trong mỗi khoản dùng các chữ cái tiếng Việt theo thứ tự bảng chữ cái tiếng Việt, sau có dấu đóng ngoặc đơn: a), b), c), d), đ), e), g), h), i), k)… (không dùng f, j, w, z). Thứ tự được tính lại từ a) ở mỗi khoản, mỗi điều. Số thứ tự của khoản là chữ số Ả Rập, sau có dấu chấm: "1.", không phải "1)" hay "1/".',
      'The points of each clause are lettered with Vietnamese letters in the order of the Vietnamese alphabet, followed by a closing parenthesis: a), b), c), d), đ), e), g), h), i), k)… (no f, j, w, z). The sequence restarts at a) in each clause and article. A clause (khoản) is numbered with an Arabic number and a period: "1.", not "1)" or "1/".',
    ),
    fixable: true,
    examples: {
      correct: ['a) Đối với …', 'b) …', 'c) …', 'd) …', 'đ) …', 'e) …'],
      incorrect: ['a. Đối với …', '(a) Đối với …', 'e) … (ngay sau d))', 'f) …', '1) Tổ chức trưng bày sách …'],
    },
  },
  check(ctx) {
    let pos = -1;
    const lines = bodyLines(ctx.model);
    // Lists numbered i), ii), iii) (lower-case Roman) are not điểm.
    const romanList = lines.some((l) => /^\(?ii\)\s/u.test(l.text));
    for (const l of lines) {
      // A khoản numbered "1)" / "1/": report it; it starts a new sequence of điểm too.
      const kw = KHOAN_WRONG.exec(l.text);
      if (kw) {
        const marker = kw[0];
        const want = `${kw[1]}.`;
        ctx.report({
          line: l,
          from: 0,
          to: marker.length,
          message: t(`Số thứ tự của khoản là chữ số Ả Rập, sau có dấu chấm: "${marker}" → "${want}"`, `A clause is numbered with an Arabic number and a period: "${marker}" → "${want}"`),
          fix: { title: t(`Sửa thành "${want}"`, `Change to "${want}"`), edits: [ctx.edit(l, 0, marker.length, want)] },
        });
        pos = -1;
        continue;
      }
      // A khoản, an article or a heading starts a new sequence.
      if (KHOAN.test(l.text) || STRUCTURE.test(l.text) || ROMAN_MUC.test(l.text)) {
        pos = -1;
        continue;
      }
      const m = DIEM.exec(l.text);
      if (!m) continue;
      if (romanList && /^\(?[ivx]\)/u.test(l.text)) continue;
      const letter = m[2] ?? m[3];
      const marker = m[1];
      // "a" always (re)starts a list; otherwise the next letter is expected.
      const expectPos = letter === 'a' ? 0 : pos + 1;
      if (expectPos >= DIEM_LETTERS.length) {
        pos = expectPos;
        continue;
      }
      const want = DIEM_LETTERS[expectPos];
      const wantMarker = `${want})`;
      pos = expectPos;
      if (marker === wantMarker) continue;
      let msg;
      if (FOREIGN.includes(letter)) {
        msg = t(`Chữ "${letter}" không có trong bảng chữ cái tiếng Việt; điểm này là "${wantMarker}"`, `"${letter}" is not a letter of the Vietnamese alphabet; this point is "${wantMarker}"`);
      } else if (letter !== want) {
        const prev = expectPos > 0 ? DIEM_LETTERS[expectPos - 1] : undefined;
        msg = prev
          ? t(`Điểm xếp theo thứ tự bảng chữ cái tiếng Việt: sau "${prev})" là "${wantMarker}", không phải "${marker}"`, `Points follow the Vietnamese alphabet: "${prev})" is followed by "${wantMarker}", not "${marker}"`)
          : t(`Điểm đầu tiên của khoản là "${wantMarker}", không phải "${marker}"`, `The first point of a clause is "${wantMarker}", not "${marker}"`);
      } else {
        msg = t(`Sau chữ cái của điểm là dấu đóng ngoặc đơn: "${marker}" → "${wantMarker}"`, `A point letter is followed by a closing parenthesis: "${marker}" → "${wantMarker}"`);
      }
      ctx.report({
        line: l,
        from: 0,
        to: marker.length,
        message: msg,
        fix: { title: t(`Sửa thành "${wantMarker}"`, `Change to "${wantMarker}"`), edits: [ctx.edit(l, 0, marker.length, wantMarker)] },
      });
    }
  },
};
