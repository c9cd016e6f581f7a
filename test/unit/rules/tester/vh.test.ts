// Rule tester cases of the VH rules, from their examples (the catalogue's) placed in a
// minimal correct letter (places.ts): exact ranges, messages and fix output.

import { ruleTester, swap } from '../../rule-tester';
import { correct, incorrect } from './places';

ruleTester.run('ND30-VH-01', {
  valid: [correct('ND30-VH-01', '…đúng quy định. Các đơn vị triển khai thực hiện.')],
  invalid: [
    { code: incorrect('ND30-VH-01', '…đúng quy định. các đơn vị triển khai thực hiện.'), errors: [{ range: [24, 16, 24, 19], message: '"các" → "Các"' }], output: swap('…đúng quy định. các đơn vị triển khai thực hiện.', '…đúng quy định. Các đơn vị triển khai thực hiện.') },
  ],
});

ruleTester.run('ND30-VH-02', {
  valid: [correct('ND30-VH-02', 'ông Nguyễn Văn An'), correct('ND30-VH-02', 'bà Trần Thị Hoa')],
  invalid: [
    { code: incorrect('ND30-VH-02', 'ông Nguyễn văn An'), errors: [{ range: [24, 21, 24, 34], message: '"Nguyễn văn An" → "Nguyễn Văn An"' }], output: swap('Các đơn vị lưu ý ông Nguyễn văn An.', 'Các đơn vị lưu ý ông Nguyễn Văn An.') },
    { code: incorrect('ND30-VH-02', 'bà Trần thị Hoa'), errors: [{ range: [24, 20, 24, 32], message: '"Trần thị Hoa" → "Trần Thị Hoa"' }], output: swap('Các đơn vị lưu ý bà Trần thị Hoa.', 'Các đơn vị lưu ý bà Trần Thị Hoa.') },
  ],
});

ruleTester.run('ND30-VH-04', {
  valid: [correct('ND30-VH-04', 'Ủy ban nhân dân tỉnh Lai Châu'), correct('ND30-VH-04', 'thành phố Thái Nguyên'), correct('ND30-VH-04', 'tỉnh Nam Định')],
  invalid: [
    { code: incorrect('ND30-VH-04', 'Ủy ban nhân dân Tỉnh Lai Châu'), errors: [{ range: [24, 16, 24, 29], message: '"Tỉnh Lai Châu" → "tỉnh Lai Châu"' }], output: swap('Ủy ban nhân dân Tỉnh Lai Châu', 'Ủy ban nhân dân tỉnh Lai Châu') },
    { code: incorrect('ND30-VH-04', 'tỉnh Nam định'), errors: [{ range: [24, 17, 24, 30], message: '"tỉnh Nam định" → "tỉnh Nam Định"' }], output: swap('Các đơn vị lưu ý tỉnh Nam định.', 'Các đơn vị lưu ý tỉnh Nam Định.') },
    { code: incorrect('ND30-VH-04', 'thành phố hải phòng'), errors: [{ range: [24, 17, 24, 36], message: '"thành phố hải phòng" → "thành phố Hải Phòng"' }], output: swap('Các đơn vị lưu ý thành phố hải phòng.', 'Các đơn vị lưu ý thành phố Hải Phòng.') },
  ],
});

ruleTester.run('ND30-VH-05', {
  valid: [correct('ND30-VH-05', 'Ủy ban nhân dân Quận 1'), correct('ND30-VH-05', 'Phường 5')],
  invalid: [
    { code: incorrect('ND30-VH-05', 'Ủy ban nhân dân quận 1'), errors: [{ range: [24, 16, 24, 20], message: '"quận" → "Quận"' }], output: swap('Ủy ban nhân dân quận 1', 'Ủy ban nhân dân Quận 1') },
    { code: incorrect('ND30-VH-05', 'phường 5'), errors: [{ range: [24, 17, 24, 23], message: '"phường" → "Phường"' }], output: swap('Các đơn vị lưu ý phường 5.', 'Các đơn vị lưu ý Phường 5.') },
  ],
});

ruleTester.run('ND30-VH-06', {
  valid: [correct('ND30-VH-06', 'Thành phố Hồ Chí Minh'), correct('ND30-VH-06', 'Thủ đô Hà Nội')],
  invalid: [
    { code: incorrect('ND30-VH-06', 'thành phố Hồ Chí Minh'), errors: [{ range: [24, 17, 24, 38], message: '"thành phố Hồ Chí Minh" → "Thành phố Hồ Chí Minh"' }], output: swap('Các đơn vị lưu ý thành phố Hồ Chí Minh.', 'Các đơn vị lưu ý Thành phố Hồ Chí Minh.') },
    { code: incorrect('ND30-VH-06', 'thủ đô Hà Nội'), errors: [{ range: [24, 17, 24, 30], message: '"thủ đô Hà Nội" → "Thủ đô Hà Nội"' }], output: swap('Các đơn vị lưu ý thủ đô Hà Nội.', 'Các đơn vị lưu ý Thủ đô Hà Nội.') },
  ],
});

ruleTester.run('ND30-VH-07', {
  valid: [correct('ND30-VH-07', 'biển Cửa Lò'), correct('ND30-VH-07', 'quận Cầu Giấy')],
  invalid: [
    { code: incorrect('ND30-VH-07', 'Cửa lò'), errors: [{ range: [24, 0, 24, 6], message: '"Cửa lò" → "Cửa Lò"' }], output: swap('Cửa lò', 'Cửa Lò') },
    { code: incorrect('ND30-VH-07', 'Vũng tàu'), errors: [{ range: [24, 0, 24, 8], message: '"Vũng tàu" → "Vũng Tàu"' }], output: swap('Vũng tàu', 'Vũng Tàu') },
  ],
});

ruleTester.run('ND30-VH-08', {
  valid: [correct('ND30-VH-08', 'các tỉnh Tây Bắc'), correct('ND30-VH-08', 'Đồng bằng Bắc Bộ')],
  invalid: [
    { code: incorrect('ND30-VH-08', 'Bắc bộ'), errors: [{ range: [24, 0, 24, 6], message: '"Bắc bộ" → "Bắc Bộ"' }], output: swap('Bắc bộ', 'Bắc Bộ') },
    { code: incorrect('ND30-VH-08', 'Tây nguyên'), errors: [{ range: [24, 0, 24, 10], message: '"Tây nguyên" → "Tây Nguyên"' }], output: swap('Tây nguyên', 'Tây Nguyên') },
  ],
});

ruleTester.run('ND30-VH-09', {
  valid: [correct('ND30-VH-09', 'Mát-xcơ-va'), correct('ND30-VH-09', 'Men-bơn')],
  invalid: [
    { code: incorrect('ND30-VH-09', 'Mát-Xcơ-Va'), errors: [{ range: [24, 0, 24, 10], message: '"Mát-Xcơ-Va" → "Mát-xcơ-va"' }], output: swap('Mát-Xcơ-Va', 'Mát-xcơ-va') },
  ],
});

ruleTester.run('ND30-VH-10', {
  valid: [correct('ND30-VH-10', 'Quyết định số 25/QĐ-SNV ngày 05 tháng 6 năm 2023 của Sở Nội vụ'), correct('ND30-VH-10', '- Ủy ban nhân dân các xã, phường;'), correct('ND30-VH-10', 'Chi cục Thuế khu vực V')],
  invalid: [
    { code: incorrect('ND30-VH-10', 'của Sở nội vụ'), errors: [{ range: [24, 21, 24, 30], message: '"Sở nội vụ" → "Sở Nội vụ"' }], output: swap('Các đơn vị lưu ý của Sở nội vụ.', 'Các đơn vị lưu ý của Sở Nội vụ.') },
    { code: incorrect('ND30-VH-10', 'Sở Nội Vụ'), errors: [{ range: [24, 0, 24, 9], message: '"Sở Nội Vụ" → "Sở Nội vụ"' }], output: swap('Sở Nội Vụ', 'Sở Nội vụ') },
    { code: incorrect('ND30-VH-10', 'Ủy Ban Nhân Dân tỉnh'), errors: [{ range: [24, 0, 24, 15], message: '"Ủy Ban Nhân Dân" → "Ủy ban nhân dân"' }], output: swap('Ủy Ban Nhân Dân tỉnh', 'Ủy ban nhân dân tỉnh') },
    { code: incorrect('ND30-VH-10', 'Ủy ban Nhân dân tỉnh'), errors: [{ range: [24, 0, 24, 15], message: '"Ủy ban Nhân dân" → "Ủy ban nhân dân"' }], output: swap('Ủy ban Nhân dân tỉnh', 'Ủy ban nhân dân tỉnh') },
    { code: incorrect('ND30-VH-10', 'Chi Cục Thuế'), errors: [{ range: [24, 0, 24, 12], message: '"Chi Cục Thuế" → "Chi cục Thuế"' }], output: swap('Chi Cục Thuế', 'Chi cục Thuế') },
    { code: incorrect('ND30-VH-10', 'Phòng giáo dục và đào tạo'), errors: [{ range: [24, 0, 24, 25], message: '"Phòng giáo dục và đào tạo" → "Phòng Giáo dục và Đào tạo"' }], output: swap('Phòng giáo dục và đào tạo', 'Phòng Giáo dục và Đào tạo') },
  ],
});

ruleTester.run('ND30-VH-11', {
  valid: [correct('ND30-VH-11', 'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam'), correct('ND30-VH-11', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh')],
  invalid: [
    { code: incorrect('ND30-VH-11', 'Ban chấp hành trung ương Đảng'), errors: [{ range: [24, 0, 24, 29], message: '"Ban chấp hành trung ương Đảng" → "Ban Chấp hành Trung ương Đảng"' }], output: swap('Ban chấp hành trung ương Đảng', 'Ban Chấp hành Trung ương Đảng') },
    { code: incorrect('ND30-VH-11', 'phối hợp với Mặt Trận Tổ Quốc Việt Nam'), errors: [{ range: [24, 30, 24, 55], message: '"Mặt Trận Tổ Quốc Việt Nam" → "Mặt trận Tổ quốc Việt Nam"' }], output: swap('Các đơn vị lưu ý phối hợp với Mặt Trận Tổ Quốc Việt Nam.', 'Các đơn vị lưu ý phối hợp với Mặt trận Tổ quốc Việt Nam.') },
  ],
});

ruleTester.run('ND30-VH-12', {
  valid: [correct('ND30-VH-12', 'Liên hợp quốc (UN)'), correct('ND30-VH-12', 'Tổ chức Y tế thế giới (WHO)'), correct('ND30-VH-12', 'các nước ASEAN')],
  invalid: [
    { code: incorrect('ND30-VH-12', 'Liên Hợp Quốc'), errors: [{ range: [24, 0, 24, 13], message: '"Liên Hợp Quốc" → "Liên hợp quốc"' }], output: swap('Liên Hợp Quốc', 'Liên hợp quốc') },
    { code: incorrect('ND30-VH-12', 'các nước Asean'), errors: [{ range: [24, 26, 24, 31], message: '"Asean" → "ASEAN"' }], output: swap('Các đơn vị lưu ý các nước Asean.', 'Các đơn vị lưu ý các nước ASEAN.') },
  ],
});

ruleTester.run('ND30-VH-15', {
  valid: [correct('ND30-VH-15', 'Phó Chủ tịch Ủy ban nhân dân tỉnh'), correct('ND30-VH-15', 'Bộ trưởng Bộ Tài chính'), correct('ND30-VH-15', 'các phó chủ tịch')],
  invalid: [
    { code: incorrect('ND30-VH-15', 'Phó chủ tịch Ủy ban nhân dân tỉnh'), errors: [{ range: [24, 0, 24, 12], message: '"Phó chủ tịch" → "Phó Chủ tịch"' }], output: swap('Phó chủ tịch Ủy ban nhân dân tỉnh', 'Phó Chủ tịch Ủy ban nhân dân tỉnh') },
    { code: incorrect('ND30-VH-15', 'giám đốc Sở Nội vụ'), errors: [{ range: [24, 17, 24, 25], message: '"giám đốc" → "Giám đốc"' }], output: swap('Các đơn vị lưu ý giám đốc Sở Nội vụ.', 'Các đơn vị lưu ý Giám đốc Sở Nội vụ.') },
    { code: incorrect('ND30-VH-15', 'Phó Chủ Tịch'), errors: [{ range: [24, 0, 24, 12], message: '"Phó Chủ Tịch" → "Phó Chủ tịch"' }], output: swap('Phó Chủ Tịch', 'Phó Chủ tịch') },
  ],
});

ruleTester.run('ND30-VH-17', {
  valid: [correct('ND30-VH-17', 'ngày Quốc khánh 2-9'), correct('ND30-VH-17', 'ngày Quốc tế Lao động 1-5'), correct('ND30-VH-17', 'ngày Nhà giáo Việt Nam 20-11')],
  invalid: [
    { code: incorrect('ND30-VH-17', 'ngày quốc khánh 2-9'), errors: [{ range: [24, 22, 24, 32], message: '"quốc khánh" → "Quốc khánh"' }], output: swap('Các đơn vị lưu ý ngày quốc khánh 2-9.', 'Các đơn vị lưu ý ngày Quốc khánh 2-9.') },
    { code: incorrect('ND30-VH-17', 'Ngày Quốc Khánh'), errors: [{ range: [24, 5, 24, 15], message: '"Quốc Khánh" → "Quốc khánh"' }], output: swap('Ngày Quốc Khánh', 'Ngày Quốc khánh') },
    { code: incorrect('ND30-VH-17', 'ngày nhà giáo Việt Nam'), errors: [{ range: [24, 22, 24, 39], message: '"nhà giáo Việt Nam" → "Nhà giáo Việt Nam"' }], output: swap('Các đơn vị lưu ý ngày nhà giáo Việt Nam.', 'Các đơn vị lưu ý ngày Nhà giáo Việt Nam.') },
  ],
});

ruleTester.run('ND30-VH-18', {
  valid: [correct('ND30-VH-18', 'Thực hiện Quyết định số 15/QĐ-UBND ngày 05 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh'), correct('ND30-VH-18', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;'), correct('ND30-VH-18', 'Nghị định này có hiệu lực thi hành kể từ ngày ký.'), correct('ND30-VH-18', 'các nghị định, thông tư hướng dẫn'), { name: 'not a law\'s name: "pháp luật quản lý", "Luật sư", "luật quản lý" in lower case, "LUẬT QUẢN LÝ"', code: correct('ND30-VH-18', 'Tuân thủ pháp luật quản lý đất đai. Luật sư tư vấn. Các luật quản lý chuyên ngành. LUẬT QUẢN LÝ THUẾ') }],
  invalid: [
    { code: incorrect('ND30-VH-18', 'theo quyết định số 15/QĐ-UBND'), errors: [{ range: [24, 22, 24, 32], message: '"quyết định" → "Quyết định"' }], output: swap('Các đơn vị lưu ý theo quyết định số 15/QĐ-UBND.', 'Các đơn vị lưu ý theo Quyết định số 15/QĐ-UBND.') },
    { code: incorrect('ND30-VH-18', 'Luật thuế thu nhập cá nhân'), errors: [{ range: [24, 0, 24, 26], message: '"Luật thuế thu nhập cá nhân" → "Luật Thuế thu nhập cá nhân"' }], output: swap('Luật thuế thu nhập cá nhân', 'Luật Thuế thu nhập cá nhân') },
    { name: 'a law missing from the dictionary that starts like a known one (published công văn)', code: incorrect('ND30-VH-18', 'Điều 49 Luật quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp'), errors: [{ range: [24, 8, 24, 20], message: '"Luật quản lý" → "Luật Quản lý"' }], output: swap('Điều 49 Luật quản lý, sử dụng vốn', 'Điều 49 Luật Quản lý, sử dụng vốn') },
    { code: incorrect('ND30-VH-18', 'theo Luật đấu giá tài sản'), errors: [{ range: [24, 22, 24, 42], message: '"Luật đấu giá tài sản" → "Luật Đấu giá tài sản"' }], output: swap('theo Luật đấu giá tài sản', 'theo Luật Đấu giá tài sản') },
    { code: incorrect('ND30-VH-18', 'Bộ Luật Hình Sự'), errors: [{ range: [24, 0, 24, 15], message: '"Bộ Luật Hình Sự" → "Bộ luật Hình sự"' }], output: swap('Bộ Luật Hình Sự', 'Bộ luật Hình sự') },
    { code: incorrect('ND30-VH-18', 'Các Nghị Định hướng dẫn'), errors: [{ range: [24, 4, 24, 13], message: '"Nghị Định" → "Nghị định"' }], output: swap('Các Nghị Định hướng dẫn', 'Các Nghị định hướng dẫn') },
  ],
});

ruleTester.run('ND30-VH-19', {
  valid: [correct('ND30-VH-19', 'Căn cứ điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự.'), correct('ND30-VH-19', 'Theo quy định tại điểm a khoản 1 Điều 24 Tiểu mục 1 Mục 1 Chương III của Nghị quyết số 351/2017/UBTVQH14.')],
  invalid: [
    { code: incorrect('ND30-VH-19', 'Căn cứ Điểm a Khoản 2 điều 103 của Bộ luật Hình sự.'), errors: [{ range: [24, 7, 24, 11], message: '"Điểm" → "điểm"' }, { range: [24, 14, 24, 19], message: '"Khoản" → "khoản"' }, { range: [24, 22, 24, 26], message: '"điều" → "Điều"' }], output: swap('Căn cứ Điểm a Khoản 2 điều 103 của Bộ luật Hình sự.', 'Căn cứ điểm a khoản 2 Điều 103 của Bộ luật Hình sự.') },
    { code: incorrect('ND30-VH-19', 'theo khoản 1 điều 5 Nghị định số 30/2020/NĐ-CP'), errors: [{ range: [24, 30, 24, 34], message: '"điều" → "Điều"' }], output: swap('Các đơn vị lưu ý theo khoản 1 điều 5 Nghị định số 30/2020/NĐ-CP.', 'Các đơn vị lưu ý theo khoản 1 Điều 5 Nghị định số 30/2020/NĐ-CP.') },
  ],
});

ruleTester.run('ND30-VH-20', {
  valid: [correct('ND30-VH-20', 'tết Nguyên đán'), correct('ND30-VH-20', 'nghỉ Tết'), correct('ND30-VH-20', 'thứ Hai, ngày 05/01/2026'), correct('ND30-VH-20', 'tháng Tám'), correct('ND30-VH-20', 'Xuân Ất Tỵ')],
  invalid: [
    { code: incorrect('ND30-VH-20', 'Tết nguyên đán'), errors: [{ range: [24, 4, 24, 14], message: '"nguyên đán" → "Nguyên đán"' }], output: swap('Tết nguyên đán', 'Tết Nguyên đán') },
    { code: incorrect('ND30-VH-20', 'họp vào Thứ Bảy'), errors: [{ range: [24, 25, 24, 32], message: '"Thứ Bảy" → "thứ Bảy"' }], output: swap('Các đơn vị lưu ý họp vào Thứ Bảy.', 'Các đơn vị lưu ý họp vào thứ Bảy.') },
    { code: incorrect('ND30-VH-20', 'vào thứ bảy, ngày 10/01/2026'), errors: [{ range: [24, 21, 24, 28], message: '"thứ bảy" → "thứ Bảy"' }], output: swap('Các đơn vị lưu ý vào thứ bảy, ngày 10/01/2026.', 'Các đơn vị lưu ý vào thứ Bảy, ngày 10/01/2026.') },
    { code: incorrect('ND30-VH-20', 'xuân ất tỵ'), errors: [{ range: [24, 22, 24, 27], message: '"ất tỵ" → "Ất Tỵ"' }], output: swap('Các đơn vị lưu ý xuân ất tỵ.', 'Các đơn vị lưu ý xuân Ất Tỵ.') },
    { code: incorrect('ND30-VH-20', 'nghỉ tết'), errors: [{ range: [24, 22, 24, 25], message: '"tết" → "Tết"' }], output: swap('Các đơn vị lưu ý nghỉ tết.', 'Các đơn vị lưu ý nghỉ Tết.') },
  ],
});

ruleTester.run('ND30-VH-21', {
  valid: [correct('ND30-VH-21', 'Cách mạng tháng Tám'), correct('ND30-VH-21', 'Triều Lý')],
  invalid: [
    { code: incorrect('ND30-VH-21', 'Cách mạng Tháng Tám'), errors: [{ range: [24, 0, 24, 19], message: '"Cách mạng Tháng Tám" → "Cách mạng tháng Tám"' }], output: swap('Cách mạng Tháng Tám', 'Cách mạng tháng Tám') },
    { code: incorrect('ND30-VH-21', 'Cách mạng tháng 8'), errors: [{ range: [24, 0, 24, 17], message: '"Cách mạng tháng 8" → "Cách mạng tháng Tám"' }], output: swap('Cách mạng tháng 8', 'Cách mạng tháng Tám') },
    { code: incorrect('ND30-VH-21', 'kỷ niệm Phong trào Xô Viết Nghệ Tĩnh'), errors: [{ range: [24, 25, 24, 53], message: '"Phong trào Xô Viết Nghệ Tĩnh" → "Phong trào Xô viết Nghệ Tĩnh"' }], output: swap('Các đơn vị lưu ý kỷ niệm Phong trào Xô Viết Nghệ Tĩnh.', 'Các đơn vị lưu ý kỷ niệm Phong trào Xô viết Nghệ Tĩnh.') },
  ],
});

ruleTester.run('ND30-VH-22', {
  valid: [correct('ND30-VH-22', 'tạp chí Cộng sản'), correct('ND30-VH-22', 'từ điển Bách khoa toàn thư')],
  invalid: [
    { code: incorrect('ND30-VH-22', 'tạp chí Cộng Sản'), errors: [{ range: [24, 25, 24, 33], message: '"Cộng Sản" → "Cộng sản"' }], output: swap('Các đơn vị lưu ý tạp chí Cộng Sản.', 'Các đơn vị lưu ý tạp chí Cộng sản.') },
  ],
});
