// Rule tester cases of the NN rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output; with cases in
// the two-column table layout of the quyết định and in unfilled templates.

import { ruleTester, swap } from '../../rule-tester';
import { quyetDinh } from '../../helpers';
import { correct, incorrect } from './places';

ruleTester.run('ND30-NN-01', {
  valid: [correct('ND30-NN-01', 'Nơi nhận:')],
  invalid: [
    { name: 'in a two-column table', code: quyetDinh('***Nơi nhận:***', '***Nơi nhận***'), errors: [{ range: [34, 5, 34, 13] }], output: quyetDinh() },
    { code: incorrect('ND30-NN-01', 'Nơi nhận :'), errors: [{ range: [26, 0, 26, 10], message: 'Từ "Nơi nhận" phải viết đúng là "Nơi nhận:" (chữ in thường,' }], output: swap('Nơi nhận :', 'Nơi nhận:') },
    { code: incorrect('ND30-NN-01', 'NƠI NHẬN:'), errors: [{ range: [26, 0, 26, 9], message: 'Từ "Nơi nhận" phải viết đúng là "Nơi nhận:" (chữ in thường,' }], output: swap('NƠI NHẬN:', 'Nơi nhận:') },
    { code: incorrect('ND30-NN-01', 'Nơi gửi:'), errors: [{ range: [26, 0, 26, 8], message: 'Từ "Nơi nhận" phải viết đúng là "Nơi nhận:" (chữ in thường,' }], output: swap('Nơi gửi:', 'Nơi nhận:') },
    { code: incorrect('ND30-NN-01', 'Nơi nhận'), errors: [{ range: [26, 0, 26, 8], message: 'Từ "Nơi nhận" phải viết đúng là "Nơi nhận:" (chữ in thường,' }], output: swap('Nơi nhận', 'Nơi nhận:') },
  ],
});

ruleTester.run('ND30-NN-02', {
  valid: [
    correct('ND30-NN-02', '- Các bộ, cơ quan ngang bộ,\n  cơ quan thuộc Chính phủ;'),
    correct('ND30-NN-02', '- Như trên;'),
    // The note of a brace grouping recipients, flattened after the ";" (PDF, OCR).
    { name: 'brace note after the semicolon', code: quyetDinh('- Như Điều 3;<br>', '- Như Điều 3;<br>- Thường trực Tỉnh ủy; (để b/c)<br>') },
  ],
  invalid: [
    { code: incorrect('ND30-NN-02', '+ Các bộ, cơ quan ngang bộ;'), errors: [{ range: [28, 0, 28, 2], message: 'Đầu dòng nơi nhận dùng gạch đầu dòng "- ", không dùng "+"' }], output: swap('+ Các bộ, cơ quan ngang bộ;', '- Các bộ, cơ quan ngang bộ;') },
    { code: incorrect('ND30-NN-02', '• Sở Tài chính;'), errors: [{ range: [28, 0, 28, 2], message: 'Đầu dòng nơi nhận dùng gạch đầu dòng "- ", không dùng "•"' }], output: swap('• Sở Tài chính;', '- Sở Tài chính;') },
    {
      name: 'a note with no semicolon at all',
      code: quyetDinh('- Như Điều 3;<br>', '- Như Điều 3;<br>- Thường trực Tỉnh ủy (để b/c)<br>'),
      errors: [{ range: [34, 38, 34, 68], message: 'Dòng nơi nhận (trừ dòng "Lưu") kết thúc bằng dấu chấm phẩy (;)' }],
      output: quyetDinh('- Như Điều 3;<br>', '- Như Điều 3;<br>- Thường trực Tỉnh ủy (để b/c);<br>'),
    },
    { code: incorrect('ND30-NN-02', '- Sở Tài chính. (before the Lưu line)'), errors: [{ range: [28, 14, 28, 15], message: 'Dòng nơi nhận (trừ dòng "Lưu") kết thúc bằng dấu chấm phẩy' }], output: swap('- Sở Tài chính.', '- Sở Tài chính;') },
  ],
});

ruleTester.run('ND30-NN-03', {
  valid: [
    // A Lưu line ending with "." closes the list: a lower-case line after a blank line is not its continuation.
    { name: 'a lower-case line after the closed list', code: correct('ND30-NN-03', '- Lưu: VT, TCCB.\n\ntệp kèm theo: danh sách |') },
    correct('ND30-NN-03', '- Lưu: VT, TCCB.'), correct('ND30-NN-03', '- Lưu: VT, HC (2).'), correct('ND30-NN-03', '- Lưu: VT.'), correct('ND30-NN-03', '- Lưu: VT, TCCB. PL.(300)'), { name: '"VT" with its copy count or the drafter\'s mark', code: correct('ND30-NN-03', '- Lưu: VT (2b), TCCB (1b).') }, correct('ND30-NN-03', '- Lưu: VT (H1.25).')],
  invalid: [
    { name: 'in a two-column table', code: quyetDinh('- Lưu: VT, NC.', '- Lưu VT, NC.'), errors: [{ range: [34, 81, 34, 86] }], output: quyetDinh() },
    { name: 'VT moved first with its copy count (never dropped)', code: incorrect('ND30-NN-03', '- Lưu: TCCB, VT (2b).'), errors: [{ range: [29, 7, 29, 20], message: 'Sau "Lưu:" ghi "VT" (Văn thư) trước, rồi dấu phẩy và chữ viết tắt tên đơn vị soạn thảo (VT phải đứng đầu): "TCCB, VT (2b)" → "VT (2b), TCCB"' }], output: swap('- Lưu: TCCB, VT (2b).', '- Lưu: VT (2b), TCCB.') },
    { code: incorrect('ND30-NN-03', '- Lưu VT, TCCB.'), errors: [{ range: [29, 0, 29, 5], message: 'Dòng lưu phải bắt đầu bằng "- Lưu:" (gạch đầu dòng, chữ' }], output: swap('- Lưu VT, TCCB.', '- Lưu: VT, TCCB.') },
    { code: incorrect('ND30-NN-03', '- Lưu: VT, TCCB'), errors: [{ range: [29, 0, 29, 15], message: 'Dòng "Lưu" kết thúc bằng dấu chấm (.)' }], output: swap('- Lưu: VT, TCCB', '- Lưu: VT, TCCB.') },
    { code: incorrect('ND30-NN-03', '- Lưu: TCCB, VT.'), errors: [{ range: [29, 7, 29, 15], message: '"TCCB, VT" → "VT, TCCB"' }], output: swap('- Lưu: TCCB, VT.', '- Lưu: VT, TCCB.') },
    {
      name: 'the Lưu line moves with its source: a trailing comment is kept',
      code: incorrect('ND30-NN-03', '- Lưu: VT, TCCB. <!-- 02 bản -->\n- Sở Tài chính;'),
      errors: [{ range: [29, 0, 29, 16], message: 'Dòng "Lưu" phải là dòng cuối cùng của phần Nơi nhận' }],
      output: swap('- Lưu: VT, TCCB. <!-- 02 bản -->\n- Sở Tài chính;', '- Sở Tài chính;\n- Lưu: VT, TCCB. <!-- 02 bản -->'),
    },
    { code: incorrect('ND30-NN-03', '- Lưu: Văn thư.'), errors: [{ range: [29, 7, 29, 14], message: '"Văn thư" → "VT"' }], output: swap('- Lưu: Văn thư.', '- Lưu: VT.') },
  ],
});

ruleTester.run('ND30-NN-04', {
  valid: [correct('ND30-NN-04', 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.')],
  invalid: [
    { code: incorrect('ND30-NN-04', 'Nơi nhận:\n- Sở Tài chính;\n- Như trên;\n- Lưu: VT, VP.'), errors: [{ range: [28, 0, 28, 11], message: '"Như trên" phải là dòng đầu tiên của phần Nơi nhận (ngay' }], output: swap('- Sở Tài chính;\n- Như trên;', '- Như trên;\n- Sở Tài chính;') },
  ],
});

ruleTester.run('ND30-NN-05', {
  valid: [correct('ND30-NN-05', 'Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, NC.')],
  invalid: [
    { code: incorrect('ND30-NN-05', 'Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, NC.'), errors: [{ range: [34, 5, 34, 14], message: 'Quyết định, nghị quyết thường ghi nơi nhận thi hành là "-' }] },
  ],
});

ruleTester.run('ND30-NN-06', {
  valid: [correct('ND30-NN-06', '- Lưu: VT, Hồ sơ.')],
  invalid: [
    { code: incorrect('ND30-NN-06', '- Lưu: VT, VP. (in a biên bản)'), errors: [{ range: [29, 0, 29, 14], message: 'Mẫu biên bản ghi dòng lưu là "- Lưu: VT, Hồ sơ."' }] },
  ],
});
