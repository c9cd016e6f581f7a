// Holidays, Tết, weekdays, months, lunar years, historical events and works for
// ND30-VH-17, VH-20, VH-21, VH-22 (Phụ lục II §V.5, §V.8, §V.9, §V.10).
//
// source: Phụ lục II §V of Nghị định 30/2020/NĐ-CP (the examples: ngày Quốc khánh 2-9,
//   ngày Tổng tuyển cử đầu tiên, ngày Quốc tế Lao động 1-5, ngày Phụ nữ Việt Nam 20-10;
//   tết Nguyên đán, tết Đoan ngọ, tết Trung thu; thứ Hai, thứ Tư, tháng Năm, tháng Tám;
//   Kỷ Tỵ, Tân Hợi, Mậu Tuất, Mậu Thân; Triều Lý, Triều Trần, Cách mạng tháng Tám;
//   từ điển Bách khoa toàn thư, tạp chí Cộng sản); the list of days of Quyết định
//   1079/QĐ-TTg 2024 on holidays and anniversaries (names written as the decree's rule says).
// version: 2025.1

export const CALENDAR_VERSION = '2025.1';
export const CALENDAR_SOURCE = 'Phụ lục II mục V NĐ 30/2020/NĐ-CP; danh mục ngày lễ, ngày kỷ niệm';

/** Names of holidays after "ngày" (first syllable and proper-name parts capitalised). */
export const HOLIDAYS = [
  'Quốc khánh', 'Tổng tuyển cử đầu tiên', 'Quốc tế Lao động', 'Phụ nữ Việt Nam', 'Quốc tế Phụ nữ', 'Nhà giáo Việt Nam',
  'Thầy thuốc Việt Nam', 'Giải phóng miền Nam', 'Thương binh - Liệt sĩ', 'Thương binh, Liệt sĩ', 'Quốc tế Thiếu nhi',
  'Gia đình Việt Nam', 'Doanh nhân Việt Nam', 'Báo chí cách mạng Việt Nam', 'Quân đội nhân dân Việt Nam',
  'Sách và Văn hóa đọc Việt Nam', 'Chuyển đổi số quốc gia', 'Giỗ Tổ Hùng Vương', 'Dân số Việt Nam', 'Môi trường thế giới',
  'Khoa học và Công nghệ Việt Nam', 'Văn hóa các dân tộc Việt Nam',
];

/** Tết names: "tết" + the name with its first syllable capitalised. */
export const TET_NAMES = ['Nguyên đán', 'Đoan ngọ', 'Trung thu', 'Dương lịch', 'Hàn thực', 'Thanh minh', 'Nguyên tiêu'];

/** Weekdays after "thứ" and months in words after "tháng" (capitalised). */
export const WEEKDAYS = ['Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy'];
/** Month words that cannot be read as anything else after "tháng". */
export const MONTH_WORDS = ['Giêng', 'Tư', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Chạp'];

export const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
export const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];
/** Spelling variants of the branches. */
export const CHI_VARIANTS: Record<string, string> = { Tị: 'Tị', Tí: 'Tí', Mẹo: 'Mẹo' };

/** Historical events and dynasties (§V.9). */
export const EVENTS = [
  'Cách mạng tháng Tám', 'Phong trào Xô viết Nghệ Tĩnh', 'Chiến thắng Điện Biên Phủ', 'Chiến dịch Hồ Chí Minh',
  'Tổng tiến công và nổi dậy Tết Mậu Thân', 'Triều Lý', 'Triều Trần', 'Triều Lê', 'Triều Nguyễn', 'Triều Hồ', 'Triều Đinh',
];

/** Titles of works after their kind noun (§V.10): [kind, title]. */
export const WORKS: [string, string][] = [
  ['tạp chí', 'Cộng sản'], ['từ điển', 'Bách khoa toàn thư'],
  ['tạp chí', 'Tổ chức nhà nước'], ['tạp chí', 'Quản lý nhà nước'],
];
