// Rule tester cases of the KG rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester, swap } from '../../rule-tester';
import { correct, incorrect } from './places';

ruleTester.run('ND30-KG-01', {
  valid: [correct('ND30-KG-01', 'Kính gửi: Bộ Nội vụ')],
  invalid: [
    { code: incorrect('ND30-KG-01', 'Kính gởi: Bộ Nội vụ'), errors: [{ range: [12, 0, 12, 9], message: 'Viết "Kính gửi:" (chữ in thường, sau có dấu hai chấm):' }], output: swap('Kính gởi: Bộ Nội vụ', 'Kính gửi: Bộ Nội vụ') },
    { code: incorrect('ND30-KG-01', 'Kính gửi Bộ Nội vụ'), errors: [{ range: [12, 0, 12, 8], message: 'Viết "Kính gửi:" (chữ in thường, sau có dấu hai chấm):' }], output: swap('Kính gửi Bộ Nội vụ', 'Kính gửi: Bộ Nội vụ') },
    { code: incorrect('ND30-KG-01', 'Kính gửi : Bộ Nội vụ'), errors: [{ range: [12, 0, 12, 10], message: 'Viết "Kính gửi:" (chữ in thường, sau có dấu hai chấm):' }], output: swap('Kính gửi : Bộ Nội vụ', 'Kính gửi: Bộ Nội vụ') },
    { code: incorrect('ND30-KG-01', 'KÍNH GỬI:'), errors: [{ range: [12, 0, 12, 9], message: 'Viết "Kính gửi:" (chữ in thường, sau có dấu hai chấm):' }], output: swap('KÍNH GỬI:', 'Kính gửi:') },
  ],
});

ruleTester.run('ND30-KG-02', {
  valid: [correct('ND30-KG-02', 'Kính gửi: Bộ Nội vụ')],
  invalid: [
    { code: incorrect('ND30-KG-02', 'Kính gửi:\n- Bộ Nội vụ.'), errors: [{ range: [13, 0, 13, 12], message: 'Văn bản gửi một nơi: ghi tên nơi nhận trên cùng dòng với' }], output: swap('Kính gửi:\n- Bộ Nội vụ.', 'Kính gửi: Bộ Nội vụ') },
  ],
});

ruleTester.run('ND30-KG-03', {
  valid: [correct('ND30-KG-03', 'Kính gửi:\n- Bộ Nội vụ;\n- Bộ Kế hoạch và Đầu tư;\n- Bộ Tài chính.')],
  invalid: [
    { code: incorrect('ND30-KG-03', 'Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính;'), errors: [{ range: [14, 14, 14, 15], message: 'Danh sách "Kính gửi": dòng cuối cùng kết thúc bằng dấu chấm' }], output: swap('- Bộ Tài chính;', '- Bộ Tài chính.') },
    { code: incorrect('ND30-KG-03', 'Kính gửi: Bộ Nội vụ; Bộ Tài chính.'), errors: [{ range: [12, 10, 12, 34], message: 'Gửi nhiều nơi: xuống dòng sau "Kính gửi:", mỗi nơi nhận một' }], output: swap('Kính gửi: Bộ Nội vụ; Bộ Tài chính.', 'Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính.') },
  ],
});

ruleTester.run('ND30-KG-04', {
  valid: [correct('ND30-KG-04', '- Ủy ban nhân dân các xã, phường;')],
  invalid: [
    { code: incorrect('ND30-KG-04', '- Uỷ Ban Nhân Dân Các Xã;'), errors: [{ range: [16, 2, 16, 24], message: 'Tên nơi nhận không viết hoa mọi âm tiết: "Uỷ Ban Nhân Dân' }] },
  ],
});

ruleTester.run('ND30-KG-05', {
  valid: [correct('ND30-KG-05', 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.')],
  invalid: [
    { code: incorrect('ND30-KG-05', 'Nơi nhận:\n- Sở Tài chính;\n- Lưu: VT, VP.'), errors: [{ range: [26, 3, 26, 12], message: 'Văn bản có "Kính gửi": dòng đầu của Nơi nhận là "- Như' }], output: swap('***Nơi nhận:***', '***Nơi nhận:***\n- Như trên;') },
  ],
});
