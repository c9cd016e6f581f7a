import { strict as assert } from 'node:assert';
import { isCanCuProse, isEnact } from '../../../server/src/engine/reader/can-cu';
import { RE } from '../../../server/src/engine/reader/common';
import { line, model, modelOf, texts } from './util';

describe('reader/can-cu', () => {
  it('recognises the enacting line and căn cứ prose', () => {
    assert.ok(isEnact(line('**QUYẾT ĐỊNH:**')));
    assert.ok(isEnact(line('QUYẾT NGHỊ:')));
    assert.ok(!isEnact(line('Quyết định này có hiệu lực kể từ ngày ký.')));
    assert.ok(isCanCuProse('Căn cứ Kế hoạch số 12/KH-UBND, Sở Nội vụ đề nghị các cơ quan báo cáo.'));
    assert.ok(!isCanCuProse('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;'));
    // A verb after "và" is a noun of the cited title's enumeration, not the verb of a subject.
    assert.ok(!isCanCuProse('Căn cứ Nghị định số 88/2025/NĐ-CP của Chính phủ quy định điều động, cách chức Chủ tịch, Phó Chủ tịch Ủy ban nhân dân và giao quyền Chủ tịch;'));
    assert.ok(isCanCuProse('Căn cứ Kế hoạch số 12/KH-UBND, Sở Nội vụ và Sở Tài chính đề nghị các cơ quan báo cáo.'));
  });

  it('reads authority, căn cứ lines and the enacting line of a quyết định', () => {
    const m = modelOf('model/qd-so-ky-hieu-xuong-dong.md');
    assert.deepEqual(texts(m.authority), ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH']);
    assert.deepEqual(texts(m.canCu), [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Xét đề nghị của Giám đốc Sở Giáo dục và Đào tạo.',
    ]);
    assert.equal(m.enact?.text, 'QUYẾT ĐỊNH:');
  });

  it('a quyết định without căn cứ: canCu is empty and its place is the enacting line', () => {
    const m = modelOf('model/qd-thieu-can-cu.md');
    assert.deepEqual(m.canCu, []);
    assert.equal(m.enact?.text, 'QUYẾT ĐỊNH:');
    assert.equal(m.anchor('canCu'), m.enact);
  });

  it('a wrapped lead-in sentence whose next line starts "thực hiện" is body, not a căn cứ (web copy)', () => {
    const m = modelOf('valid/kh-web-tach-dong.md');
    assert.deepEqual(texts(m.canCu), ['Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;']);
    assert.match(m.body[0].text, /^Thực hiện Công văn số 211/);
  });

  it('text with no blank lines: a căn cứ wrapped before "Chương trình …" or after ";" runs on up to the enacting line', () => {
    const m = modelOf('valid/nq-ocr-khong-dong-trong.md');
    assert.equal(m.canCu.length, 3);
    assert.ok(m.canCu[2].text.endsWith('tại kỳ họp.'), m.canCu[2].text);
    assert.equal(m.enact?.text, 'QUYẾT NGHỊ:');
    for (const a of ['Điều 1. Phạm vi', 'Chương II', 'Mục 2. Tổ chức', 'Phần thứ nhất', 'ĐIỀU 3.', 'Tiểu mục 1']) assert.ok(RE.article.test(a), a);
    for (const a of ['Chương trình phát triển', 'Mục tiêu tổng quát', 'Điều kiện bảo đảm', 'Phần mềm quản lý', 'Mục đích, yêu cầu']) assert.ok(!RE.article.test(a), a);
  });

  it('"Căn" / "cứ Luật …" and "Theo" / "đề nghị …" (a web copy wrapping at a fixed width) are căn cứ lines', () => {
    const m = modelOf('valid/qd-web-can-cu-tach-chu-dau.md');
    assert.deepEqual(
      m.canCu.map((l) => l.text.slice(0, 22)),
      ['Căn cứ Luật Tổ chức ch', 'Căn cứ Luật Ngân sách ', 'Căn cứ Nghị quyết số 8', 'Theo đề nghị của Giám '],
    );
    assert.equal(m.enact?.text, 'QUYẾT ĐỊNH:');
    // Offsets of the joined first word map back to both lines.
    const c = m.canCu[0];
    assert.equal(m.md.text.slice(c.starts[0], c.ends[5]), 'Căn\ncứ');
    // Not across a blank line, nor a capitalised next line.
    assert.deepEqual(model('QUYẾT ĐỊNH\n\nCăn\n\ncứ Luật Ngân sách nhà nước;\n').canCu, []);
    assert.deepEqual(model('QUYẾT ĐỊNH\n\nCăn\nCứ Luật Ngân sách nhà nước;\n').canCu, []);
  });

  it('a lowercase "thực hiện" wrapping a căn cứ does not start a new căn cứ; an amending law on its own line is the same căn cứ', () => {
    const m = modelOf('valid/qd-can-cu-tach-dong.md');
    assert.deepEqual(texts(m.canCu), [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức chính quyền địa phương ngày 25 tháng 11 năm 2025;',
      'Căn cứ Quyết định số 31/QĐ-TTg ngày 24 tháng 02 năm 2026 của Thủ tướng Chính phủ về việc tiếp tục thực hiện Đề án tuyên truyền pháp luật;',
      'Theo đề nghị của Giám đốc Sở Tư pháp.',
    ]);
  });
});
