// Rule tester cases of the CK rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output; with cases in
// the two-column table layout of the quyết định and in unfilled templates.

import { ruleTester, swap } from '../../rule-tester';
import { congVan, quyetDinh } from '../../helpers';
import { correct, incorrect } from './places';

ruleTester.run('ND30-CK-01', {
  valid: [{ name: 'TM. in a two-column table', code: quyetDinh('**CHỦ TỊCH**<br>', '**TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br>') }, correct('ND30-CK-01', 'TM. ỦY BAN NHÂN DÂN'), correct('ND30-CK-01', 'KT. BỘ TRƯỞNG'), correct('ND30-CK-01', 'TL. BỘ TRƯỞNG'), correct('ND30-CK-01', 'TUQ. CHỦ TỊCH'), correct('ND30-CK-01', 'Q. GIÁM ĐỐC')],
  invalid: [
    { name: 'in a two-column table', code: quyetDinh('**CHỦ TỊCH**<br>', '**T/M ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br>'), errors: [{ range: [34, 100, 34, 103] }], output: swap('**T/M ỦY BAN NHÂN DÂN**', '**TM. ỦY BAN NHÂN DÂN**') },
    { code: incorrect('ND30-CK-01', 'T/M UBND'), errors: [{ range: [31, 2, 31, 5], message: 'Chữ viết tắt quyền hạn của người ký phải là "TM." (in hoa,' }], output: swap('**T/M UBND**', '**TM. UBND**') },
    { name: 'no space after the period: the message shows the word after it', code: incorrect('ND30-CK-01', 'KT.GIÁM ĐỐC'), errors: [{ range: [31, 2, 31, 5], message: 'Chữ viết tắt quyền hạn của người ký phải là "KT." (in hoa, có dấu chấm, sau là một dấu cách): "KT.GIÁM" → "KT. GIÁM"' }], output: swap('**KT.GIÁM ĐỐC**', '**KT. GIÁM ĐỐC**') },
    { code: incorrect('ND30-CK-01', 'K/T GIÁM ĐỐC'), errors: [{ range: [31, 2, 31, 5], message: 'Chữ viết tắt quyền hạn của người ký phải là "KT." (in hoa,' }], output: swap('**K/T GIÁM ĐỐC**', '**KT. GIÁM ĐỐC**') },
    { code: incorrect('ND30-CK-01', 'KT GIÁM ĐỐC'), errors: [{ range: [31, 2, 31, 4], message: 'Chữ viết tắt quyền hạn của người ký phải là "KT." (in hoa,' }], output: swap('**KT GIÁM ĐỐC**', '**KT. GIÁM ĐỐC**') },
    { code: incorrect('ND30-CK-01', 'Kt. Giám đốc'), errors: [{ range: [31, 2, 31, 5], message: 'Chữ viết tắt quyền hạn của người ký phải là "KT." (in hoa,' }], output: swap('**Kt. Giám đốc**', '**KT. Giám đốc**') },
    { code: incorrect('ND30-CK-01', 'T.L BỘ TRƯỞNG'), errors: [{ range: [31, 2, 31, 5], message: 'Chữ viết tắt quyền hạn của người ký phải là "TL." (in hoa,' }], output: swap('**T.L BỘ TRƯỞNG**', '**TL. BỘ TRƯỞNG**') },
    { code: incorrect('ND30-CK-01', 'TUQ CHỦ TỊCH'), errors: [{ range: [31, 2, 31, 5], message: 'Chữ viết tắt quyền hạn của người ký phải là "TUQ." (in hoa,' }], output: swap('**TUQ CHỦ TỊCH**', '**TUQ. CHỦ TỊCH**') },
    { code: incorrect('ND30-CK-01', 'P. CHỦ TỊCH'), errors: [{ range: [31, 2, 31, 5], message: '"P." → "PHÓ"' }], output: swap('**P. CHỦ TỊCH**', '**PHÓ CHỦ TỊCH**') },
  ],
});

ruleTester.run('ND30-CK-02', {
  valid: [correct('ND30-CK-02', 'TM. ỦY BAN NHÂN DÂN'), correct('ND30-CK-02', 'KT. GIÁM ĐỐC')],
  invalid: [
    { code: incorrect('ND30-CK-02', 'TM. GIÁM ĐỐC'), errors: [{ range: [31, 2, 31, 14], message: '"TM." (thay mặt) ghi trước tên tập thể lãnh đạo hoặc tên cơ' }] },
    { code: incorrect('ND30-CK-02', 'KT. SỞ NỘI VỤ'), errors: [{ range: [31, 2, 31, 15], message: '"KT." ghi trước chức vụ của người đứng đầu (ví dụ "KT. GIÁM' }] },
  ],
});

ruleTester.run('ND30-CK-03', {
  valid: [correct('ND30-CK-03', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nNguyễn Văn A')],
  invalid: [
    { code: incorrect('ND30-CK-03', 'Kt. Giám đốc'), errors: [{ range: [31, 6, 31, 14], message: '"Giám đốc" → "GIÁM ĐỐC"' }], output: swap('**Kt. Giám đốc**', '**Kt. GIÁM ĐỐC**') },
    { code: incorrect('ND30-CK-03', 'NGUYỄN VĂN A'), errors: [{ range: [36, 2, 36, 14], message: '"NGUYỄN VĂN A" → "Nguyễn Văn A"' }], output: swap('**NGUYỄN VĂN A**', '**Nguyễn Văn A**') },
  ],
});

ruleTester.run('ND30-CK-04', {
  valid: [{ name: 'an unfilled template (placeholders are ND30-DOC-05)', code: congVan('**Nguyễn Văn An**', '**[CẦN BỔ SUNG: họ tên người ký]**') }, correct('ND30-CK-04', 'Nguyễn Văn A')],
  invalid: [
    { code: incorrect('ND30-CK-04', 'TS. Nguyễn Văn A'), errors: [{ range: [36, 2, 36, 5], message: 'Trước họ tên người ký không ghi học hàm, học vị, danh hiệu' }] },
    { code: incorrect('ND30-CK-04', 'PGS.TS Trần Văn B'), errors: [{ range: [36, 2, 36, 8], message: 'Trước họ tên người ký không ghi học hàm, học vị, danh hiệu' }] },
    { code: incorrect('ND30-CK-04', 'NGND Lê Văn C'), errors: [{ range: [36, 2, 36, 6], message: 'Trước họ tên người ký không ghi học hàm, học vị, danh hiệu' }] },
    { code: incorrect('ND30-CK-04', 'N.V. A'), errors: [{ range: [36, 2, 36, 8], message: 'Họ và tên người ký ghi đầy đủ họ, tên đệm và tên, không' }] },
    { code: incorrect('ND30-CK-04', 'Ông Nguyễn Văn A'), errors: [{ range: [36, 2, 36, 5], message: 'Họ và tên người ký gồm họ, tên đệm và tên, không ghi "Ông"' }] },
  ],
});

ruleTester.run('ND30-CK-06', {
  valid: [correct('ND30-CK-06', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'), correct('ND30-CK-06', 'TL. BỘ TRƯỞNG\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG')],
  invalid: [
    { code: incorrect('ND30-CK-06', 'TUQ. CHỦ TỊCH\nKT. GIÁM ĐỐC SỞ NỘI VỤ\nPHÓ GIÁM ĐỐC'), errors: [{ range: [32, 2, 32, 24], message: 'Người ký thừa ủy quyền ("TUQ.") không được ủy quyền lại cho' }] },
  ],
});
