// False alarms found on published letters (issue 9 QA), rule side: each case in
// the project's own words, reduced to what triggered it.

import { congVan, expectClean, expectRule, quyetDinh } from '../helpers';

const CAN_CU_1 = '*Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;*';

describe('published letters: rule-side false alarms', () => {
  it('CC-01: a căn cứ citing a decree and its amending decree, hard-wrapped over three lines, is one căn cứ', () => {
    const wrapped =
      'Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát\nthủ tục hành chính; Nghị định số 48/2013/NĐ-CP ngày 14 tháng 5 năm 2013 của Chính phủ\nsửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính;';
    expectClean(quyetDinh(CAN_CU_1, wrapped), 'ND30-CC-01');
    // Without the amending words it is two citations on one line, still reported.
    const two = wrapped.replace('sửa đổi, bổ sung một số điều của các nghị định liên quan đến', 'quy định chi tiết về');
    expectRule(quyetDinh(CAN_CU_1, two), 'ND30-CC-01', [[11, 20, 11, 46]]);
  });
  it('DOC-05: an open enumeration ending ",...)" or ",..." is not a blank', () => {
    expectClean(congVan('Sở Nội vụ đề nghị', 'Các tỉnh (Nam Định, Hải Phòng, Yên Bái,...) và các khu dân cư,... Sở Nội vụ đề nghị'), 'ND30-DOC-05');
  });
  it('KG-03: one recipient on the Kính gửi line, then a body that opens with a dash "- Căn cứ … quy định:"', () => {
    const kg = 'Kính gửi:\n\n- Văn phòng Ủy ban nhân dân tỉnh;\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã, phường.';
    const body =
      'Kính gửi: Công ty TNHH Minh Phát\n\n- Căn cứ điểm c khoản 2 Điều 4 Thông tư số 40/2017/TT-BTC ngày 28 tháng 4 năm 2017 của Bộ Tài chính quy định:\n\n“c) Trường hợp đi công tác theo đoàn thì thanh toán theo mức chi của trưởng đoàn.”';
    const text = congVan(kg, body);
    for (const id of ['ND30-KG-02', 'ND30-KG-03', 'ND30-ND-06']) expectClean(text, id);
    // Two real recipients typed after a same-line one are still reported.
    expectRule(congVan(kg, 'Kính gửi: Sở Tài chính;\n- Sở Xây dựng.'), 'ND30-KG-03', [[12, 10, 12, 23]]);
  });
});
