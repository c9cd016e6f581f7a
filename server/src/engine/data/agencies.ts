// Agency and organisation names for ND30-VH-10/11/12 (Phụ lục II §IV).
//
// source: Phụ lục II §IV of Nghị định 30/2020/NĐ-CP (examples); Nghị định số
//   25/2025/NĐ-CP and the Government decrees of February–March 2025 on the 14
//   ministries and 3 ministry-level agencies after the 2025 restructure; the names
//   before it (Nghị định 123/2016, 101/2020); Nghị định 45/2025 and 150/2025 on the
//   specialised departments (sở) of provinces and rooms (phòng) of communes.
// version: 2025.07

export const AGENCIES_VERSION = '2025.07';
export const AGENCIES_SOURCE = 'Phụ lục II mục IV NĐ 30/2020/NĐ-CP; cơ cấu tổ chức Chính phủ năm 2025 (14 bộ, 3 cơ quan ngang bộ) và trước đó; NĐ 45/2025, 150/2025 (sở, phòng)';

/** Ministries and ministry-level agencies from March 2025 (field part after "Bộ "). */
export const MINISTRIES_2025 = [
  'Quốc phòng', 'Công an', 'Ngoại giao', 'Nội vụ', 'Tư pháp', 'Tài chính', 'Công Thương', 'Nông nghiệp và Môi trường',
  'Xây dựng', 'Văn hóa, Thể thao và Du lịch', 'Khoa học và Công nghệ', 'Giáo dục và Đào tạo', 'Y tế', 'Dân tộc và Tôn giáo',
];
export const MINISTRY_LEVEL_2025 = ['Ngân hàng Nhà nước Việt Nam', 'Thanh tra Chính phủ', 'Văn phòng Chính phủ'];

/** Ministries that existed before the 2025 restructure. */
export const MINISTRIES_BEFORE_2025 = [
  'Kế hoạch và Đầu tư', 'Tài nguyên và Môi trường', 'Nông nghiệp và Phát triển nông thôn', 'Giao thông vận tải',
  'Thông tin và Truyền thông', 'Lao động - Thương binh và Xã hội', 'Lao động - Thương binh và Xã hội', 'Ủy ban Dân tộc',
];

/** Fields of departments (sở), rooms (phòng), offices (chi cục, cục) — the part capitalised after the kind. */
export const FIELDS = [
  ...MINISTRIES_2025,
  'Kế hoạch và Đầu tư', 'Tài nguyên và Môi trường', 'Nông nghiệp và Phát triển nông thôn', 'Giao thông vận tải',
  'Thông tin và Truyền thông', 'Lao động - Thương binh và Xã hội', 'Ngoại vụ', 'Dân tộc', 'Giao thông vận tải',
  'Văn hóa và Thể thao', 'Văn hóa - Thông tin', 'Văn hóa - Xã hội', 'Văn hóa, Khoa học và Thông tin', 'Kinh tế',
  'Kinh tế - Hạ tầng', 'Kinh tế, Hạ tầng và Đô thị', 'Quản lý đô thị', 'Tài chính - Kế hoạch', 'Thuế', 'Hải quan', 'Thống kê',
  'Kiểm lâm', 'Thủy lợi', 'Chăn nuôi và Thú y', 'Trồng trọt và Bảo vệ thực vật', 'Quản lý chất lượng', 'Thủy sản',
  'Quản lý thị trường', 'Pháp chế', 'Tổ chức cán bộ', 'Kế hoạch - Tài chính', 'Hợp tác quốc tế', 'Văn thư và Lưu trữ nhà nước',
  'Dạy nghề', 'Giáo dục nghề nghiệp',
];

/** Fields that name offices of a cục / chi cục / tổng cục only ("Chi cục Thuế", "Cục Hải quan"). */
export const OFFICE_FIELDS = ['Thuế', 'Hải quan', 'Thống kê', 'Kiểm lâm', 'Quản lý thị trường', 'Thủy lợi', 'Chăn nuôi và Thú y', 'Trồng trọt và Bảo vệ thực vật', 'Quản lý chất lượng', 'Thủy sản', 'Văn thư và Lưu trữ nhà nước', 'Dạy nghề', 'Giáo dục nghề nghiệp'];

/** Kinds of body placed before a field, capitalised as written here. */
export const FIELD_KINDS = ['Bộ', 'Sở', 'Phòng', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ'];

/** Whole names with a fixed spelling (kind + function, or the special cases of §IV.1.b). */
export const FIXED_NAMES = [
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Văn phòng Ủy ban nhân dân', 'Văn phòng Hội đồng nhân dân',
  'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân', 'Đoàn đại biểu Quốc hội',
  'Ban Chỉ đạo trung ương về Phòng chống tham nhũng', 'Văn phòng Chủ tịch nước', 'Tập đoàn Điện lực Việt Nam',
  'Ngân hàng Nhà nước Việt Nam',
  'Kho bạc Nhà nước', 'Bảo hiểm xã hội Việt Nam', 'Tòa án nhân dân', 'Viện kiểm sát nhân dân', 'Công an nhân dân',
  'Quân đội nhân dân Việt Nam',
];

/** Party and mass organisations, special cases of §IV.1.b (ND30-VH-11). */
export const PARTY_NAMES = [
  'Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', 'Ban Chấp hành Trung ương Đảng', 'Văn phòng Trung ương Đảng',
  'Ban Tổ chức Trung ương', 'Ban Tuyên giáo và Dân vận Trung ương', 'Ủy ban Kiểm tra Trung ương', 'Bộ Chính trị', 'Ban Bí thư',
  'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc Việt Nam', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Hội Liên hiệp Phụ nữ Việt Nam', 'Hội Cựu chiến binh Việt Nam', 'Hội Nông dân Việt Nam', 'Tổng Liên đoàn Lao động Việt Nam',
  'Đảng Cộng sản Việt Nam',
];

/** Foreign organisations (§IV.2.a): translated names follow the Vietnamese rule. */
// Only the decree's own examples: usage of other translated names varies in official texts.
export const FOREIGN_NAMES = ['Liên hợp quốc', 'Tổ chức Y tế thế giới'];
/** Acronyms written in capitals as in the original language (§IV.2.b). */
export const FOREIGN_ACRONYMS = ['ASEAN', 'UNESCO', 'UNICEF', 'UNDP', 'APEC', 'WTO', 'WHO', 'FAO', 'UNFPA', 'USAID', 'JICA', 'KOICA'];
