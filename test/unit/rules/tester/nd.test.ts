// Rule tester cases of the ND rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester, swap } from '../../rule-tester';
import { correct, incorrect } from './places';

ruleTester.run('ND30-ND-01', {
  valid: [correct('ND30-ND-01', 'Thực hiện Quyết định số 15/QĐ-BNV ngày 05 tháng 01 năm 2020 của Bộ trưởng Bộ Nội vụ về việc …; theo Quyết định số 15/QĐ-BNV, …')],
  invalid: [
    { code: incorrect('ND30-ND-01', 'Thực hiện Quyết định số 15/QĐ-BNV về việc …'), errors: [{ range: [18, 10, 18, 33], message: 'Viện dẫn lần đầu "Quyết định số 15/QĐ-BNV" thiếu ngày ban' }] },
    { code: incorrect('ND30-ND-01', 'Thực hiện Công văn số 12/SNV-VP của Sở Nội vụ về việc …'), errors: [{ range: [18, 10, 18, 31], message: 'Viện dẫn lần đầu "Công văn số 12/SNV-VP" thiếu ngày ban' }] },
  ],
});

ruleTester.run('ND30-ND-02', {
  valid: [correct('ND30-ND-02', 'Điều 1. Phạm vi điều chỉnh'), correct('ND30-ND-02', 'Chương I\nQUY ĐỊNH CHUNG')],
  invalid: [
    { code: incorrect('ND30-ND-02', 'Điều 1. Phạm vi điều chỉnh\n…\nĐiều 2.'), errors: [{ range: [26, 0, 26, 7], message: '"Điều 2." thiếu tiêu đề: ghi "Điều 2. <Tiêu đề>" (cụm từ' }] },
    { code: incorrect('ND30-ND-02', 'Chương I\nĐiều 1. Phạm vi điều chỉnh'), errors: [{ range: [24, 0, 24, 8], message: '"Chương I" thiếu tiêu đề: dòng tiếp theo ghi tiêu đề bằng' }] },
  ],
});

ruleTester.run('ND30-ND-03', {
  valid: [correct('ND30-ND-03', 'Chương I\nQUY ĐỊNH CHUNG'), correct('ND30-ND-03', 'Phần I\nTÌNH HÌNH THỰC HIỆN NHIỆM VỤ')],
  invalid: [
    { code: incorrect('ND30-ND-03', 'Chương 1'), errors: [{ range: [24, 7, 24, 8], message: '"1" → "I"' }], output: swap('Chương 1', 'Chương I') },
    { code: incorrect('ND30-ND-03', 'CHƯƠNG I: QUY ĐỊNH CHUNG'), errors: [{ range: [24, 0, 24, 24], message: '"CHƯƠNG" → "Chương"' }], output: swap('CHƯƠNG I: QUY ĐỊNH CHUNG', 'Chương I\nQUY ĐỊNH CHUNG') },
    { code: incorrect('ND30-ND-03', 'Chương I. Quy định chung'), errors: [{ range: [24, 0, 24, 24], message: 'Dòng "Chương I" chưa đúng: tiêu đề trình bày ở dòng riêng' }], output: swap('Chương I. Quy định chung', 'Chương I\nQUY ĐỊNH CHUNG') },
  ],
});

ruleTester.run('ND30-ND-04', {
  valid: [correct('ND30-ND-04', 'Mục 1\nQUẢN LÝ VĂN BẢN'), correct('ND30-ND-04', 'Tiểu mục 1\nQUẢN LÝ VĂN BẢN ĐI')],
  invalid: [
    { code: incorrect('ND30-ND-04', 'Mục I'), errors: [{ range: [28, 4, 28, 5], message: '"I" → "1"' }], output: swap('Mục I', 'Mục 1') },
    { code: incorrect('ND30-ND-04', 'Mục 1. Quản lý văn bản'), errors: [{ range: [28, 0, 28, 22], message: 'Dòng "Mục 1" chưa đúng: tiêu đề trình bày ở dòng riêng ngay' }], output: swap('Mục 1. Quản lý văn bản', 'Mục 1\nQUẢN LÝ VĂN BẢN') },
    { code: incorrect('ND30-ND-04', 'MỤC 1'), errors: [{ range: [28, 0, 28, 5], message: '"MỤC" → "Mục"' }], output: swap('MỤC 1', 'Mục 1') },
  ],
});

ruleTester.run('ND30-ND-05', {
  valid: [
    correct('ND30-ND-05', 'Điều 1. Bản sao văn bản'),
    { name: 'a citation in prose: "Điều 2 Quyết định số …"', code: correct('ND30-ND-05', 'Điều 2 Quyết định số 15/QĐ-UBND được sửa đổi như sau:') },
    { name: 'a citation in prose: "Điều 2 Quyết định này quy định …"', code: correct('ND30-ND-05', 'Điều 2 Quyết định này quy định trách nhiệm của các sở.') },
  ],
  invalid: [
    { code: incorrect('ND30-ND-05', 'Điều 1: Bản sao văn bản'), errors: [{ range: [24, 2, 24, 9], message: 'Điều trình bày theo dạng "Điều 1. <Tiêu đề>": sau số thứ tự' }], output: swap('**Điều 1:** Bản sao văn bản Tổ công tác có nhiệm vụ:', '**Điều 1.** Bản sao văn bản Tổ công tác có nhiệm vụ:') },
    { code: incorrect('ND30-ND-05', 'Điều 1 - Bản sao văn bản'), errors: [{ range: [24, 2, 24, 10], message: 'Điều trình bày theo dạng "Điều 1. <Tiêu đề>": sau số thứ tự' }], output: swap('**Điều 1 -** Bản sao văn bản Tổ công tác có nhiệm vụ:', '**Điều 1.** Bản sao văn bản Tổ công tác có nhiệm vụ:') },
    { code: incorrect('ND30-ND-05', 'Điều I. Bản sao văn bản'), errors: [{ range: [24, 2, 24, 9], message: '"I" → "1"' }], output: swap('**Điều I.** Bản sao văn bản Tổ công tác có nhiệm vụ:', '**Điều 1.** Bản sao văn bản Tổ công tác có nhiệm vụ:') },
    { name: 'the article on entry into force without its period (published QĐ)', code: incorrect('ND30-ND-05', 'Điều 2 Quyết định này có hiệu lực kể từ ngày ký.'), errors: [{ range: [24, 0, 24, 6], message: 'Điều trình bày theo dạng "Điều 2. <Tiêu đề>": sau số thứ tự của điều là dấu chấm (.), không phải không có dấu' }], output: swap('Điều 2 Quyết định này có hiệu lực kể từ ngày ký. Tổ công tác có nhiệm vụ:', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Tổ công tác có nhiệm vụ:') },
    { code: incorrect('ND30-ND-05', 'ĐIỀU 1. BẢN SAO VĂN BẢN'), errors: [{ range: [24, 2, 24, 9], message: '"ĐIỀU" → "Điều"' }], output: swap('**ĐIỀU 1.** BẢN SAO VĂN BẢN Tổ công tác có nhiệm vụ:', '**Điều 1.** BẢN SAO VĂN BẢN Tổ công tác có nhiệm vụ:') },
  ],
});

ruleTester.run('ND30-ND-06', {
  valid: [
    correct('ND30-ND-06', 'a) Đối với …\nb) …\nc) …\nd) …\nđ) …\ne) …'),
    { name: 'a range of numbers, a year range: not a khoản', code: correct('ND30-ND-06', '10 - 15 ngày làm việc kể từ ngày nhận hồ sơ.\n2021 - 2025 là giai đoạn thực hiện.') },
  ],
  invalid: [
    { code: incorrect('ND30-ND-06', 'a. Đối với …'), errors: [{ range: [26, 0, 26, 2], message: '"a." → "a)"' }], output: swap('a. Đối với …', 'a) Đối với …') },
    { code: incorrect('ND30-ND-06', '(a) Đối với …'), errors: [{ range: [26, 0, 26, 3], message: '"(a)" → "a)"' }], output: swap('(a) Đối với …', 'a) Đối với …') },
    { code: incorrect('ND30-ND-06', 'a) …\nb) …\nc) …\nd) …\ne) …'), errors: [{ range: [30, 0, 30, 2], message: 'Điểm xếp theo thứ tự bảng chữ cái tiếng Việt: sau "d)" là' }], output: swap('e) …', 'đ) …') },
    { code: incorrect('ND30-ND-06', 'a) …\nb) …\nc) …\nd) …\nđ) …\ne) …\nf) …'), errors: [{ range: [32, 0, 32, 2], message: 'Chữ "f" không có trong bảng chữ cái tiếng Việt; điểm này là' }], output: swap('f) …', 'g) …') },
    { name: 'khoản numbered "1 -" (published QĐ)', code: incorrect('ND30-ND-06', '1 - Mức trợ cấp hằng tháng …'), errors: [{ range: [26, 0, 26, 3], message: 'Số thứ tự của khoản là chữ số Ả Rập, sau có dấu chấm: "1 -" → "1."' }], output: swap('1 - Mức trợ cấp hằng tháng …', '1. Mức trợ cấp hằng tháng …') },
    { name: 'khoản numbered "2- "', code: incorrect('ND30-ND-06', '2- Mức trợ cấp hằng tháng …'), errors: [{ range: [26, 0, 26, 2], message: '"2-" → "2."' }], output: swap('2- Mức trợ cấp hằng tháng …', '2. Mức trợ cấp hằng tháng …') },
    { code: incorrect('ND30-ND-06', '1) Tổ chức trưng bày sách …'), errors: [{ range: [26, 0, 26, 2], message: '"1)" → "1."' }], output: swap('1) Tổ chức trưng bày sách …', '1. Tổ chức trưng bày sách …') },
  ],
});

ruleTester.run('ND30-ND-07', {
  valid: [correct('ND30-ND-07', 'I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC'), correct('ND30-ND-07', 'II. NHIỆM VỤ, GIẢI PHÁP')],
  invalid: [
    { code: incorrect('ND30-ND-07', 'I. Những kết quả đạt được'), errors: [{ range: [12, 5, 12, 43], message: '"Những kết quả đạt đượcKẾT QUẢ ĐẠT ĐƯỢC" → "NHỮNG KẾT QUẢ ĐẠT ĐƯỢCKẾT QUẢ ĐẠT ĐƯỢC"' }], output: swap('**I. Những kết quả đạt đượcKẾT QUẢ ĐẠT ĐƯỢC**', '**I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢCKẾT QUẢ ĐẠT ĐƯỢC**') },
  ],
});
