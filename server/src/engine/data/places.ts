// Place names for the capitalisation rules of Phụ lục II §III (ND30-VH-04…09).
//
// source: Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp
//   đơn vị hành chính cấp tỉnh (34 provincial units from 12 June 2025); the 63
//   provincial units before it (Nghị quyết 1211/2016/UBTVQH13 list, as in force until
//   11 June 2025); Phụ lục II of Nghị định 30/2020/NĐ-CP for the examples.
// version: 2025.06.12

export const PLACES_VERSION = '2025.06.12';
export const PLACES_SOURCE = 'Nghị quyết 202/2025/QH15 (34 đơn vị cấp tỉnh từ 12/6/2025) và danh sách 63 đơn vị cấp tỉnh trước đó; Phụ lục II NĐ 30/2020/NĐ-CP';

/** Provincial units from 12 June 2025: [name, kind]. */
export const PROVINCES_2025: [string, 'tỉnh' | 'thành phố'][] = [
  ['Hà Nội', 'thành phố'], ['Huế', 'thành phố'], ['Hải Phòng', 'thành phố'], ['Đà Nẵng', 'thành phố'],
  ['Hồ Chí Minh', 'thành phố'], ['Cần Thơ', 'thành phố'],
  ['Lai Châu', 'tỉnh'], ['Điện Biên', 'tỉnh'], ['Sơn La', 'tỉnh'], ['Lạng Sơn', 'tỉnh'], ['Quảng Ninh', 'tỉnh'],
  ['Thanh Hóa', 'tỉnh'], ['Nghệ An', 'tỉnh'], ['Hà Tĩnh', 'tỉnh'], ['Cao Bằng', 'tỉnh'], ['Tuyên Quang', 'tỉnh'],
  ['Lào Cai', 'tỉnh'], ['Thái Nguyên', 'tỉnh'], ['Phú Thọ', 'tỉnh'], ['Bắc Ninh', 'tỉnh'], ['Hưng Yên', 'tỉnh'],
  ['Ninh Bình', 'tỉnh'], ['Quảng Trị', 'tỉnh'], ['Quảng Ngãi', 'tỉnh'], ['Gia Lai', 'tỉnh'], ['Khánh Hòa', 'tỉnh'],
  ['Lâm Đồng', 'tỉnh'], ['Đắk Lắk', 'tỉnh'], ['Đồng Nai', 'tỉnh'], ['Tây Ninh', 'tỉnh'], ['Vĩnh Long', 'tỉnh'],
  ['Đồng Tháp', 'tỉnh'], ['Cà Mau', 'tỉnh'], ['An Giang', 'tỉnh'],
];

/** Provincial units until 11 June 2025 (63). */
export const PROVINCES_BEFORE_2025: [string, 'tỉnh' | 'thành phố'][] = [
  ['Hà Nội', 'thành phố'], ['Hải Phòng', 'thành phố'], ['Đà Nẵng', 'thành phố'], ['Hồ Chí Minh', 'thành phố'], ['Cần Thơ', 'thành phố'],
  ...[
    'An Giang', 'Bà Rịa - Vũng Tàu', 'Bạc Liêu', 'Bắc Giang', 'Bắc Kạn', 'Bắc Ninh', 'Bến Tre', 'Bình Dương', 'Bình Định',
    'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai',
    'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum',
    'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ',
    'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
    'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long',
    'Vĩnh Phúc', 'Yên Bái',
  ].map((n): [string, 'tỉnh'] => [n, 'tỉnh']),
];

/** Special capitalisations of Phụ lục II §III.1.c. */
export const SPECIAL_PLACES = ['Thủ đô Hà Nội', 'Thành phố Hồ Chí Minh'];

/** Regions (Phụ lục II §III.1.đ): every syllable capitalised. */
export const REGIONS = [
  'Tây Bắc', 'Đông Bắc', 'Bắc Bộ', 'Trung Bộ', 'Nam Bộ', 'Tây Nguyên', 'Đông Nam Bộ', 'Tây Nam Bộ', 'Bắc Trung Bộ',
  'Nam Trung Bộ', 'Đông Bắc Bộ', 'Tây Bắc Bộ',
];

/** Names made of a terrain noun + a one-syllable name that became the place name (§III.1.d). */
export const TERRAIN_NAMES = ['Cửa Lò', 'Vũng Tàu', 'Lạch Trường', 'Vàm Cỏ', 'Cầu Giấy', 'Cửa Tùng', 'Cửa Việt', 'Bến Tre', 'Cửa Đại', 'Cầu Ngang', 'Bến Lức', 'Bến Cát'];

/** Foreign places and names transliterated directly (§III.2.b, §II.2.b): only the first syllable of each part is capitalised. */
export const TRANSLITERATED = ['Mát-xcơ-va', 'Men-bơn', 'Oa-sinh-tơn', 'Vla-đi-mia', 'I-lích', 'Lê-nin', 'Phri-đrích', 'Ăng-ghen', 'Xin-ga-po', 'Pa-ri', 'Béc-lin', 'Luân Đôn'];
