// Fixed vocabulary of the decree: the 29 document types of Điều 7 with their
// Phụ lục III abbreviations, copy forms, marks, signer prefixes.

import { canon } from './text';

export interface DocType {
  /** Stable key (front matter `loai`). */
  key: string;
  /** Tên loại as written in the title line (UPPER). */
  title: string;
  /** Name in running text. */
  name: string;
  /** Phụ lục III abbreviation, exact case ('' when none: công văn, thư công). */
  abbr: string;
  /** Template of Phụ lục III (none for hợp đồng, bản ghi nhớ, bản thỏa thuận, thư công: Mẫu 1.4 Ghi chú 6 does not list them). */
  mau?: string;
}

export const DOC_TYPES: DocType[] = [
  { key: 'nghi_quyet', title: 'NGHỊ QUYẾT', name: 'Nghị quyết', abbr: 'NQ', mau: '1.1' },
  { key: 'quyet_dinh', title: 'QUYẾT ĐỊNH', name: 'Quyết định', abbr: 'QĐ', mau: '1.2' },
  { key: 'chi_thi', title: 'CHỈ THỊ', name: 'Chỉ thị', abbr: 'CT', mau: '1.4' },
  { key: 'quy_che', title: 'QUY CHẾ', name: 'Quy chế', abbr: 'QC', mau: '1.4' },
  { key: 'quy_dinh', title: 'QUY ĐỊNH', name: 'Quy định', abbr: 'QyĐ', mau: '1.4' },
  { key: 'thong_cao', title: 'THÔNG CÁO', name: 'Thông cáo', abbr: 'TC', mau: '1.4' },
  { key: 'thong_bao', title: 'THÔNG BÁO', name: 'Thông báo', abbr: 'TB', mau: '1.4' },
  { key: 'huong_dan', title: 'HƯỚNG DẪN', name: 'Hướng dẫn', abbr: 'HD', mau: '1.4' },
  { key: 'chuong_trinh', title: 'CHƯƠNG TRÌNH', name: 'Chương trình', abbr: 'CTr', mau: '1.4' },
  { key: 'ke_hoach', title: 'KẾ HOẠCH', name: 'Kế hoạch', abbr: 'KH', mau: '1.4' },
  { key: 'phuong_an', title: 'PHƯƠNG ÁN', name: 'Phương án', abbr: 'PA', mau: '1.4' },
  { key: 'de_an', title: 'ĐỀ ÁN', name: 'Đề án', abbr: 'ĐA', mau: '1.4' },
  { key: 'du_an', title: 'DỰ ÁN', name: 'Dự án', abbr: 'DA', mau: '1.4' },
  { key: 'bao_cao', title: 'BÁO CÁO', name: 'Báo cáo', abbr: 'BC', mau: '1.4' },
  { key: 'bien_ban', title: 'BIÊN BẢN', name: 'Biên bản', abbr: 'BB', mau: '1.9' },
  { key: 'to_trinh', title: 'TỜ TRÌNH', name: 'Tờ trình', abbr: 'TTr', mau: '1.4' },
  { key: 'hop_dong', title: 'HỢP ĐỒNG', name: 'Hợp đồng', abbr: 'HĐ' },
  { key: 'cong_van', title: 'CÔNG VĂN', name: 'Công văn', abbr: '', mau: '1.5' },
  { key: 'cong_dien', title: 'CÔNG ĐIỆN', name: 'Công điện', abbr: 'CĐ', mau: '1.6' },
  { key: 'ban_ghi_nho', title: 'BẢN GHI NHỚ', name: 'Bản ghi nhớ', abbr: 'BGN' },
  { key: 'ban_thoa_thuan', title: 'BẢN THỎA THUẬN', name: 'Bản thỏa thuận', abbr: 'BTT' },
  { key: 'giay_uy_quyen', title: 'GIẤY ỦY QUYỀN', name: 'Giấy ủy quyền', abbr: 'GUQ', mau: '1.4' },
  { key: 'giay_moi', title: 'GIẤY MỜI', name: 'Giấy mời', abbr: 'GM', mau: '1.7' },
  { key: 'giay_gioi_thieu', title: 'GIẤY GIỚI THIỆU', name: 'Giấy giới thiệu', abbr: 'GGT', mau: '1.8' },
  { key: 'giay_nghi_phep', title: 'GIẤY NGHỈ PHÉP', name: 'Giấy nghỉ phép', abbr: 'GNP', mau: '1.10' },
  { key: 'phieu_gui', title: 'PHIẾU GỬI', name: 'Phiếu gửi', abbr: 'PG', mau: '1.4' },
  { key: 'phieu_chuyen', title: 'PHIẾU CHUYỂN', name: 'Phiếu chuyển', abbr: 'PC', mau: '1.4' },
  { key: 'phieu_bao', title: 'PHIẾU BÁO', name: 'Phiếu báo', abbr: 'PB', mau: '1.4' },
  { key: 'thu_cong', title: 'THƯ CÔNG', name: 'Thư công', abbr: '' },
];

/** Copy forms (bản sao) and their abbreviations. */
export const COPY_FORMS = [
  { title: 'SAO Y', abbr: 'SY' },
  { title: 'SAO LỤC', abbr: 'SL' },
  { title: 'TRÍCH SAO', abbr: 'TrS' },
];

/** Titles of VBQPPL (legal normative documents), not governed by ND30's thể thức. */
export const VBQPPL_TITLES = ['LUẬT', 'BỘ LUẬT', 'PHÁP LỆNH', 'NGHỊ ĐỊNH', 'THÔNG TƯ', 'THÔNG TƯ LIÊN TỊCH', 'LỆNH', 'HIẾN PHÁP'];

const byCanonTitle = new Map<string, DocType>();
for (const t of DOC_TYPES) byCanonTitle.set(canon(t.title), t);
/** Results of docTypeByTitle for short strings (every short line of every version asks; bounded). */
const byTitleCache = new Map<string, DocType | null>();
/** Also the "(cá biệt)" form and ủy/uỷ variants. */
export function docTypeByTitle(title: string): DocType | undefined {
  if (title.length > 64) return docTypeOf(title);
  let r = byTitleCache.get(title);
  if (r === undefined) {
    if (byTitleCache.size >= 4096) byTitleCache.clear();
    byTitleCache.set(title, (r = docTypeOf(title) ?? null));
  }
  return r ?? undefined;
}
function docTypeOf(title: string): DocType | undefined {
  const c = canon(title.toUpperCase())
    .replace(/\(CÁ BIỆT\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return byCanonTitle.get(c) ?? (THU_CONG_TITLE.test(c) ? byCanonTitle.get(canon('THƯ CÔNG')) : undefined);
}
/** A thư công is titled by its purpose ("THƯ CHÚC MỪNG", "THƯ KHEN", "THƯ CẢM ƠN"…):
 * Điều 7 lists it, Phụ lục III gives it no template (catalogue §11.1: never flag its
 * title). Not "THƯ KÝ" (a signer) nor "THƯ VIỆN" (an agency); "THƯ MỜI" is left out
 * (an invitation is a giấy mời). Matched on canon() text. */
const THU_CONG_TITLE = new RegExp(
  '^' + canon('THƯ') + ' (' + ['CHÚC MỪNG', 'CHÚC TẾT', 'KHEN', 'CẢM ƠN', 'THĂM HỎI', 'CHIA BUỒN', 'NGỎ', 'KÊU GỌI', 'ĐỘNG VIÊN'].map((w) => canon(w)).join('|') + ')$',
  'u',
);
export function docTypeByKey(key: string): DocType | undefined {
  const k = key
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return DOC_TYPES.find((t) => t.key === k) ?? docTypeByTitle(key);
}
const byAbbr = new Map<string, DocType>();
for (const t of DOC_TYPES) if (t.abbr) byAbbr.set(t.abbr, t);
export function docTypeByAbbr(abbr: string): DocType | undefined {
  return byAbbr.get(abbr.normalize('NFC'));
}
export function looseAbbr(s: string): string {
  return s.normalize('NFC').toUpperCase().replace(/Đ/g, 'D');
}
export const ALL_ABBRS = DOC_TYPES.filter((t) => t.abbr).map((t) => t.abbr);

export const SECRECY_MARKS = ['TUYỆT MẬT', 'TỐI MẬT', 'MẬT'];
export const URGENCY_MARKS = ['HỎA TỐC', 'THƯỢNG KHẨN', 'KHẨN'];
export const CIRCULATION_MARKS = ['XEM XONG TRẢ LẠI', 'LƯU HÀNH NỘI BỘ'];

/** Signing-authority prefixes (PL I §II.7.b). */
export const SIGN_PREFIXES = ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.'];

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** Điểm letters in Vietnamese alphabet order, as used in practice (ND30-ND-06). */
export const DIEM_LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y'];

/** Document types that open a citation. Longest first. */
export const DOC_TYPE_WORDS = [
  'Thông tư liên tịch',
  'Nghị quyết liên tịch',
  'Văn bản hợp nhất',
  'Bộ luật',
  'Pháp lệnh',
  'Luật',
  'Nghị quyết',
  'Nghị định',
  'Quyết định',
  'Thông tư',
  'Chỉ thị',
  'Kế hoạch',
  'Công văn',
  'Công điện',
  'Văn bản',
  'Thông báo',
  'Hướng dẫn',
  'Quy chế',
  'Quy định',
  'Chương trình',
  'Đề án',
  'Phương án',
  'Tờ trình',
  'Báo cáo',
  'Lệnh',
];
