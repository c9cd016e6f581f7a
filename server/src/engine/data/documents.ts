// Document types and names of laws and codes for ND30-VH-18 (Phụ lục II §V.6).
//
// source: Điều 7 of Nghị định 30/2020/NĐ-CP (29 administrative document types);
//   Điều 4 of Luật Ban hành văn bản quy phạm pháp luật 2025 (legal document types);
//   the official names of laws and codes as in their titles (Luật …, Bộ luật …).
// version: 2025.1

export const DOCUMENTS_VERSION = '2025.1';
export const DOCUMENTS_SOURCE = 'Điều 7 NĐ 30/2020/NĐ-CP; Luật Ban hành văn bản quy phạm pháp luật 2025; tên chính thức của các luật, bộ luật';

/** Types that are cited with "số" + number (capitalised first letter). */
export const CITED_TYPES = [
  'Nghị quyết liên tịch', 'Thông tư liên tịch', 'Nghị quyết', 'Quyết định', 'Nghị định', 'Thông tư', 'Chỉ thị', 'Pháp lệnh',
  'Luật', 'Bộ luật', 'Lệnh', 'Công văn', 'Công điện', 'Kế hoạch', 'Thông báo', 'Tờ trình', 'Báo cáo', 'Hướng dẫn',
  'Chương trình', 'Quy chế', 'Quy định', 'Đề án', 'Phương án', 'Biên bản', 'Giấy mời', 'Kết luận', 'Thông cáo',
];
/** Types referred to as "<type> này" meaning the document itself. */
export const SELF_TYPES = ['Nghị quyết', 'Quyết định', 'Nghị định', 'Thông tư', 'Thông tư liên tịch', 'Chỉ thị', 'Luật', 'Bộ luật', 'Pháp lệnh'];

/** Names of codes: "Bộ luật " + name. */
export const CODES = ['Hình sự', 'Dân sự', 'Lao động', 'Tố tụng hình sự', 'Tố tụng dân sự', 'Hàng hải Việt Nam'];
/** Names of laws: "Luật " + name (first syllable capitalised, proper nouns kept). */
export const LAWS = [
  'Tổ chức Quốc hội', 'Tổ chức Chính phủ', 'Tổ chức chính quyền địa phương', 'Tổ chức Tòa án nhân dân', 'Tổ chức Viện kiểm sát nhân dân',
  'Ban hành văn bản quy phạm pháp luật', 'Cán bộ, công chức', 'Viên chức', 'Ngân sách nhà nước',
  'Đất đai', 'Xây dựng', 'Đầu tư công', 'Đầu tư', 'Đấu thầu', 'Đấu giá tài sản', 'Doanh nghiệp', 'Thuế thu nhập cá nhân', 'Thuế thu nhập doanh nghiệp',
  'Thuế giá trị gia tăng', 'Quản lý thuế', 'Phí và lệ phí', 'Kế toán', 'Thống kê', 'Lưu trữ', 'Thi đua, khen thưởng',
  'Phòng, chống tham nhũng', 'Khiếu nại', 'Tố cáo', 'Thanh tra', 'Tiếp công dân', 'Xử lý vi phạm hành chính', 'Bảo vệ môi trường',
  'Giáo dục', 'Giáo dục đại học', 'Giáo dục nghề nghiệp', 'Nhà giáo', 'Giao thông đường bộ', 'Trật tự, an toàn giao thông đường bộ',
  'Đường bộ', 'Đường sắt', 'Công chứng', 'Hộ tịch', 'Cư trú', 'Căn cước', 'Căn cước công dân', 'Nhà ở', 'Kinh doanh bất động sản',
  'Quy hoạch', 'Quy hoạch đô thị', 'Quy hoạch đô thị và nông thôn', 'Lâm nghiệp', 'Thủy sản', 'Trồng trọt', 'Chăn nuôi', 'Thú y',
  'Bảo vệ và kiểm dịch thực vật', 'Tài nguyên nước', 'Khoáng sản', 'Địa chất và khoáng sản', 'Phòng cháy và chữa cháy',
  'Phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Bảo hiểm xã hội', 'Bảo hiểm y tế', 'Việc làm', 'An toàn, vệ sinh lao động',
  'Quốc phòng', 'Dân quân tự vệ', 'Nghĩa vụ quân sự', 'Công an nhân dân', 'Tiếp cận thông tin', 'An ninh mạng', 'Giao dịch điện tử',
  'Công nghệ thông tin', 'Viễn thông', 'Báo chí', 'Xuất bản', 'Di sản văn hóa', 'Du lịch', 'Thể dục, thể thao', 'Khám bệnh, chữa bệnh',
  'Dược', 'Phòng, chống bệnh truyền nhiễm', 'Tín ngưỡng, tôn giáo', 'Quản lý, sử dụng tài sản công', 'Hải quan', 'Chứng khoán',
  'Các tổ chức tín dụng', 'Hợp tác xã', 'Thủ đô', 'Điện lực', 'Tiêu chuẩn và quy chuẩn kỹ thuật', 'Đo lường',
  'Chất lượng sản phẩm, hàng hóa', 'Khoa học và công nghệ', 'Khoa học, công nghệ và đổi mới sáng tạo', 'Sở hữu trí tuệ', 'Bình đẳng giới',
  'Trẻ em', 'Người cao tuổi', 'Người khuyết tật', 'Phòng, chống ma túy', 'Hôn nhân và gia đình', 'Thanh niên',
  'Phổ biến, giáo dục pháp luật', 'Hòa giải ở cơ sở', 'Trợ giúp pháp lý', 'Trách nhiệm bồi thường của Nhà nước', 'Tố tụng hành chính',
  'Thực hiện dân chủ ở cơ sở', 'Phòng, chống thiên tai', 'Đê điều', 'Thủy lợi', 'Biển Việt Nam', 'Biên giới quốc gia', 'Kiến trúc',
  'Bảo vệ bí mật nhà nước', 'Phòng, chống rửa tiền', 'Quản lý nợ công', 'Tài nguyên, môi trường biển và hải đảo', 'Đa dạng sinh học',
  'Sử dụng năng lượng tiết kiệm và hiệu quả', 'Bảo vệ quyền lợi người tiêu dùng', 'Cạnh tranh', 'Thương mại', 'Ngân hàng Nhà nước Việt Nam',
  'Mặt trận Tổ quốc Việt Nam', 'Công đoàn', 'Dân số', 'Phòng, chống bạo lực gia đình', 'Phòng, chống tác hại của rượu, bia',
  'Phòng, chống tác hại của thuốc lá', 'An toàn thực phẩm', 'Hóa chất', 'Năng lượng nguyên tử', 'Đầu tư theo phương thức đối tác công tư',
];
