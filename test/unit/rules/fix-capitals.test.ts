// Issue 9, class 9: a fix never damages text.
//  - ND30-TL-02 offers a lower-case fix only when every word it changes is a
//    common word; proper names, agency and place names and ký hiệu block it.
//  - Property over every fixture: pass by pass through fix-all, every word that
//    begins with a capital letter outside the fixed ranges still does, and no
//    place or agency name (nor a ký hiệu) inside them loses its capitals.

import { strict as assert } from 'node:assert';
import { selectFixes } from '../../../server/src/engine/fix';
import type { FixEdit } from '../../../server/src/engine/types';
import { properNameIn } from '../../../server/src/engine/rules/tl/proper';
import { applyFix, congVan, expectRule, findingsOf, fixAllOf, fixRemovesOnly, lint, quyetDinh, allFixtures } from '../helpers';

const CV_TY = 'V/v hướng dẫn triển khai chữ ký số năm 2026';

describe('ND30-TL-02 fix keeps proper names (issue 9, class 9)', () => {
  for (const caps of ['KHEN THƯỞNG THÀNH PHỐ HÀ NỘI', 'GÓP Ý DỰ THẢO CỦA BỘ NỘI VỤ', 'THỰC HIỆN KẾ HOẠCH SỐ 119-KH/TU', 'TRIỂN KHAI ĐỀ ÁN 06 NĂM 2026', 'KIỆN TOÀN HỘI ĐỒNG THI ĐUA KHEN THƯỞNG TỈNH']) {
    it(`reports "${caps}" without a fix`, () => {
      const text = congVan(CV_TY, `V/v ${caps}`);
      const [f] = expectRule(text, 'ND30-TL-02', [[5, 4, 5, 4 + caps.length]]);
      assert.equal(f.fix, undefined);
      assert.match(f.message, /không tự sửa/);
    });
  }
  it('fixes a summary of common words, keeping acronyms and the markup', () => {
    const text = congVan(CV_TY, 'V/v HƯỚNG DẪN **TRIỂN KHAI** CCHC NĂM 2026');
    const [f] = lint(text).filter((x) => x.ruleId === 'ND30-TL-02');
    assert.ok(f.fix);
    assert.ok(applyFix(text, f).includes('V/v hướng dẫn **triển khai** CCHC năm 2026'));
  });
  it('a trích yếu wrapped over two lines is one finding, fixed on both lines', () => {
    const text = quyetDinh('**Về việc thành lập Tổ công tác triển khai Đề án 06 năm 2026**', '**VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC**\n**KIỂM TRA CÔNG VỤ NĂM 2026**');
    const [f] = expectRule(text, 'ND30-TL-02', [[6, 2, 7, 27]]);
    assert.match(f.message, /"VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC KIỂM TRA CÔNG VỤ NĂM 2026" → "Về việc thành lập tổ công tác kiểm tra công vụ năm 2026"/);
    assert.ok(fixRemovesOnly(text, f).includes('**Về việc thành lập tổ công tác**\n**kiểm tra công vụ năm 2026**'));
  });
  it('a wrapped trích yếu with a name on its second line gets no fix', () => {
    const text = quyetDinh('**Về việc thành lập Tổ công tác triển khai Đề án 06 năm 2026**', '**VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN**\n**PHÁT TRIỂN DU LỊCH HÀ NỘI ĐẾN NĂM 2040**');
    const fs = lint(text).filter((x) => x.ruleId === 'ND30-TL-02');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].fix, undefined);
  });
  it('properNameIn: names, heads with a name after them, codes; not common words', () => {
    assert.equal(properNameIn('BAN HÀNH QUY CHẾ LÀM VIỆC CỦA UBND TỈNH'), undefined);
    assert.equal(properNameIn('VỀ CÔNG TÁC PHÒNG, CHỐNG LỤT BÃO NĂM 2026'), undefined);
    assert.equal(properNameIn('GIAO CHỈ TIÊU CHO CÁC SỞ, BAN, NGÀNH'), undefined);
    assert.equal(properNameIn('KHEN THƯỞNG THÀNH PHỐ HÀ NỘI'), 'thành phố');
    assert.equal(properNameIn('VỀ VIỆC TẠI HÀ NỘI'), 'hà nội');
    assert.equal(properNameIn('THỰC HIỆN 119-KH/TU'), '119-KH/TU');
    assert.equal(properNameIn('BÁO CÁO CHÍNH PHỦ'), 'chính phủ');
    assert.equal(properNameIn('SANG RAU, MÀU GIAI ĐOẠN 2021 - 2025'), undefined);
  });
});

// ---------------------------------------------------------------- property

const CAP_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*/gu;
/** Head words of agency and place names; the first word of the name follows ("BỘ NỘI VỤ", "tỉnh Lai Châu"). */
const HEADS = ['sở', 'bộ', 'cục', 'chi cục', 'tổng cục', 'viện', 'ủy ban nhân dân', 'uỷ ban nhân dân', 'hội đồng nhân dân', 'ubnd', 'hđnd', 'tỉnh', 'thành phố', 'huyện', 'xã', 'phường', 'quận', 'thị xã', 'công ty', 'bệnh viện', 'ngân hàng', 'kho bạc', 'văn phòng', 'trung tâm'];
const caseForms = (h: string) => [h, h.charAt(0).toUpperCase() + h.slice(1), h.toUpperCase()];
const NAMED = new RegExp(`(?<![\\p{L}])(?:${HEADS.flatMap(caseForms).join('|')})\\s+(\\p{Lu}[\\p{L}]*)`, 'gu');
const HEAD_FIRST = new Set(HEADS.map((h) => h.split(' ')[0]));
const PLACES = ['Hà Nội', 'Việt Nam', 'Hồ Chí Minh', 'Lai Châu', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ'];
/** A ký hiệu: letters and digits joined by "/" or "-", with capitals ("119-KH/TU", "QĐ-UBND"). */
const CODE = /[\p{L}\p{N}]+(?:[/-][\p{L}\p{N}]+)+/gu;

/** Words of names in line[from, to): initial capital to keep; ký hiệu: to keep exactly. */
function protectedWords(line: string, from: number, to: number): { word: string; exact: boolean }[] {
  const out: { word: string; exact: boolean }[] = [];
  const inRange = (i: number) => i < to && i >= from;
  for (const m of line.matchAll(NAMED)) {
    const start = m.index! + m[0].length - m[1].length;
    // "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI": the word after the head is another head, lowered rightly.
    if (inRange(start) && !HEAD_FIRST.has(m[1].toLowerCase())) out.push({ word: m[1], exact: false });
  }
  const up = line.toUpperCase();
  for (const p of PLACES) {
    for (let i = up.indexOf(p.toUpperCase()); i >= 0; i = up.indexOf(p.toUpperCase(), i + 1)) {
      if (inRange(i)) for (const w of line.slice(i, i + p.length).split(' ')) out.push({ word: w, exact: false });
    }
  }
  // ("V/V" → "V/v" is the trích yếu prefix, not a ký hiệu.)
  for (const m of line.matchAll(CODE)) if (/\p{Lu}/u.test(m[0]) && !/^v\/v$/iu.test(m[0]) && inRange(m.index!)) out.push({ word: m[0], exact: true });
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The occurrences of `word` in `text`, ignoring case, as whole words. */
function occurrences(text: string, word: string): string[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(word)}(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].map((m) => m[0]);
}

describe('fix-all never lowers a capital outside its edits, nor a name inside them (every fixture)', () => {
  for (const { name, text } of allFixtures()) {
    it(name, () => {
      let cur = text;
      for (let pass = 0; pass < 10; pass++) {
        // The run's shared analyses and fix-all passes (the fix-all suite walks the same passes).
        const fs = findingsOf(cur).filter((f) => f.fix && f.fix.edits.length);
        if (!fs.length) break;
        const edits: FixEdit[] = [...selectFixes(cur, fs).edits].sort((a, b) => a.start - b.start);
        const next = fixAllOf(cur, { maxPasses: 1 }).text;
        if (next === cur) break;
        // Outside the edits: each capitalised word is still there, shifted by the edits before it.
        for (const m of cur.matchAll(CAP_WORD)) {
          const s = m.index!;
          const e = s + m[0].length;
          if (edits.some((x) => x.start < e && x.end > s) || edits.some((x) => x.start === x.end && x.start > s && x.start < e)) continue;
          let delta = 0;
          for (const x of edits) if (x.end <= s) delta += x.text.length - (x.end - x.start);
          assert.equal(next.slice(s + delta, s + delta + m[0].length), m[0], `pass ${pass + 1}: "${m[0]}" at ${s} changed outside the fixed ranges`);
        }
        // Inside the edits: the words of agency and place names and ký hiệu keep their capitals.
        for (const x of edits) {
          const ls = cur.lastIndexOf('\n', x.start - 1) + 1;
          let le = cur.indexOf('\n', x.end);
          if (le < 0) le = cur.length;
          const line = cur.slice(ls, le);
          for (const { word, exact } of protectedWords(line, x.start - ls, x.end - ls)) {
            for (const o of occurrences(x.text, word)) {
              const ok = exact ? o === word : /^\p{Lu}/u.test(o);
              assert.ok(ok, `pass ${pass + 1}: a fix lowers "${word}" (→ "${o}") in: ${line}\n→ ${JSON.stringify(x.text)}`);
            }
          }
        }
        cur = next;
      }
    });
  }
});
