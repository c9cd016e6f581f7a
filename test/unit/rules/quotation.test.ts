// Issue 9, class 1: quoted legal text and running-text ellipses are not the
// letter's own list (ND30-ND-06) nor blanks to fill in (ND30-DOC-05); a broken
// point sequence is reported once.

import { strict as assert } from 'node:assert';
import { congVan, expectClean, expectRule, fixRemovesOnly, fixture, lint, replaceOnce } from '../helpers';
import { analyze } from '../../../server/src/engine';
import { quotedLines } from '../../../server/src/engine/rules/nd/quotation';

const QUOTE = 'valid/cong-van-trich-dan.md';
const Q = (from?: string, to?: string) => replaceOnce(fixture(QUOTE), from, to);

describe('quotations (issue 9, class 1)', () => {
  it('a letter quoting provisions from "c)" and "đ)" has no error or warning', () => {
    const bad = lint(Q()).filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(bad.map((f) => `${f.ruleId} ${f.message}`), []);
    expectClean(Q(), 'ND30-ND-06');
    expectClean(Q(), 'ND30-DOC-05');
  });
  it('reads the quoted lines: in quotation marks, and unmarked after "… quy định như sau:"', () => {
    const q = [...quotedLines(analyze(Q()).model)].map((l) => l.srcLine);
    assert.deepEqual(q, [18, 20, 22, 26, 28, 30]);
  });
  it('the letter\'s own list after the quotation is still checked', () => {
    expectRule(Q('b) Báo cáo kết quả', 'c) Báo cáo kết quả'), 'ND30-ND-06', [[38, 0, 38, 2]]);
  });
  it('an unmarked list that starts at "c)" with no introducing line is the letter\'s (reported once)', () => {
    const text = Q('quy định như sau:', 'có các nội dung.');
    expectRule(text, 'ND30-ND-06', [[26, 0, 26, 2]]);
  });
  it('"a) … theo quy định:" followed by "b)" is the letter\'s own list, still checked', () => {
    const text = congVan(
      '2. Sử dụng chữ ký số trên văn bản điện tử gửi, nhận qua hệ thống quản lý văn bản và điều hành.',
      '2. Sử dụng chữ ký số:\na) Ký số văn bản đi theo quy định:\nb) Lưu trữ văn bản điện tử;\nd) Báo cáo kết quả.',
    );
    expectRule(text, 'ND30-ND-06', [[25, 0, 25, 2]]);
  });
  it('a single straight-quoted line is a quotation', () => {
    const text = congVan('2. Sử dụng chữ ký số', '"d) Sử dụng chữ ký số').replace('hệ thống quản lý văn bản và điều hành.', 'hệ thống quản lý văn bản và điều hành."');
    expectClean(text, 'ND30-ND-06');
  });
});

describe('ND30-ND-06 reports a broken sequence once and resynchronises (issue 9)', () => {
  const list = (letters: string[]) =>
    congVan(
      '2. Sử dụng chữ ký số trên văn bản điện tử gửi, nhận qua hệ thống quản lý văn bản và điều hành.',
      '2. Sử dụng chữ ký số:\n' + letters.map((x, k) => `${x}) Nội dung thứ ${k + 1};`).join('\n'),
    );
  it('"a) b) d) đ) e)" is one finding at "d)"; the fix relabels d, đ, e', () => {
    const text = list(['a', 'b', 'd', 'đ', 'e']);
    const [f] = expectRule(text, 'ND30-ND-06', [[25, 0, 25, 2]]);
    assert.match(f.message, /sau "b\)" là "c\)", không phải "d\)"/);
    const fixed = fixRemovesOnly(text, f);
    assert.ok(fixed.includes('c) Nội dung thứ 3;\nd) Nội dung thứ 4;\nđ) Nội dung thứ 5;'), fixed);
  });
  it('a repeated letter "a) b) b) c)" is one finding', () => {
    const text = list(['a', 'b', 'b', 'c']);
    const [f] = expectRule(text, 'ND30-ND-06', [[25, 0, 25, 2]]);
    assert.ok(fixRemovesOnly(text, f).includes('c) Nội dung thứ 3;\nd) Nội dung thứ 4;'));
  });
  it('the Latin alphabet "d) e) f) g)" is one finding at "e)" and one at "f)"', () => {
    const text = list(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expectRule(text, 'ND30-ND-06', [
      [27, 0, 27, 2],
      [28, 0, 28, 2],
    ]);
  });
  it('"a) b) c) d) đ) e) f) g)" is one finding at "f)"', () => {
    const text = list(['a', 'b', 'c', 'd', 'đ', 'e', 'f', 'g']);
    const [f] = expectRule(text, 'ND30-ND-06', [[29, 0, 29, 2]]);
    assert.ok(fixRemovesOnly(text, f).includes('g) Nội dung thứ 7;\nh) Nội dung thứ 8;'));
  });
});

describe('ND30-DOC-05 keeps real blanks, not ellipses (issue 9)', () => {
  it('running-text ellipses "xã,… đúng" and "thuế,... trong" are not blanks', () => {
    expectClean(congVan('các cơ quan, đơn vị thực hiện', 'các cơ quan,… đơn vị, thuế,... thực hiện'), 'ND30-DOC-05');
  });
  it('a blank number, date parts and "[CẦN BỔ SUNG]" are still reported', () => {
    expectRule(Q('Số: 128/STC-QLNS', 'Số: …/STC-QLNS'), 'ND30-DOC-05', [[3, 4, 3, 5]]);
    expectRule(Q('ngày 12 tháng 3 năm 2026', 'ngày … tháng … năm 2026'), 'ND30-DOC-05', [
      [10, 16, 10, 17],
      [10, 24, 10, 25],
    ]);
    expectRule(Q('- Giám đốc Sở (để báo cáo);', '- [CẦN BỔ SUNG];'), 'ND30-DOC-05', [[44, 2, 44, 15]]);
    expectRule(Q('Kính gửi: Ủy ban nhân dân xã Tân Uyên.', 'Kính gửi: ………………'), 'ND30-DOC-05', [[12, 10, 12, 16]]);
  });
  it('an ellipsis standing for a value in a quoted line is still skipped, one in the letter\'s text is not', () => {
    expectRule(Q('bảo đảm các khoản chi', 'bảo đảm … khoản chi'), 'ND30-DOC-05', [[32, 94, 32, 95]]);
  });
});
