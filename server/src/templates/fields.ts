// The fields the templates share (a template may override any of them) and
// the choices offered in them, from the engine's vocabulary.

import { SNIPPET_NGAY } from '../engine/decreeDate';
import { COPY_FORMS, DOC_TYPES, docTypeByKey, SIGN_PREFIXES } from '../engine/vocab';
import type { FieldDef } from './types';

/**
 * Signing-authority prefixes of PL I §II.7.b, `first` first (the default of
 * the snippet), then KT., TM., TL., TUQ., Q.
 */
export function signPrefixes(first = 'KT.'): string[] {
  const order = ['KT.', ...SIGN_PREFIXES.filter((p) => p !== 'KT.')];
  return [first, ...order.filter((p) => p !== first)];
}

/** Copy forms (PL I Phần II) and their abbreviations in the Số line of the copy. */
export const COPY_FORM_CHOICES: Record<string, string> = Object.fromEntries(COPY_FORMS.map((f) => [f.title, f.abbr]));

/** The document types of the vocabulary (Điều 7) that Phụ lục III gives no template of their own. */
export const NO_TEMPLATE_TYPES: { key: string; why: string }[] = [
  { key: 'hop_dong', why: 'Phụ lục III lists its abbreviation (HĐ) but no Mẫu; Mẫu 1.4 Ghi chú 6 does not name it' },
  { key: 'ban_ghi_nho', why: 'Phụ lục III lists its abbreviation (BGN) but no Mẫu; Mẫu 1.4 Ghi chú 6 does not name it' },
  { key: 'ban_thoa_thuan', why: 'Phụ lục III lists its abbreviation (BTT) but no Mẫu; Mẫu 1.4 Ghi chú 6 does not name it' },
  { key: 'thu_cong', why: 'Điều 7 lists it; Phụ lục III gives it neither an abbreviation nor a Mẫu' },
];
const NO_TEMPLATE = new Set(NO_TEMPLATE_TYPES.map((t) => t.key));

/** Mẫu 1.4 applies to these types (its Ghi chú 6), with their PL III abbreviations: the vocabulary's Mẫu 1.4 types. */
export const MAU_1_4_TYPES: { key: string; title: string; name: string; abbr: string }[] = DOC_TYPES.filter((t) => t.mau === '1.4' && !NO_TEMPLATE.has(t.key)).map(
  ({ key, title, name, abbr }) => ({ key, title, name, abbr }),
);

/** The types a document attached to a QĐ (Mẫu 1.3) usually has. */
export const ATTACHED_TYPES = ['quy_che', 'quy_dinh', 'ke_hoach', 'chuong_trinh', 'de_an', 'phuong_an', 'huong_dan', 'du_an'].map((k) => docTypeByKey(k)!.title);

/**
 * Choices for the Số line: the PL III abbreviations, QĐ first (the most
 * common), then those of the templates in their order, then the types with
 * no template.
 */
export function abbreviationChoices(): string[] {
  const byMau = (mau: string) => DOC_TYPES.filter((t) => t.mau === mau && t.abbr && !NO_TEMPLATE.has(t.key)).map((t) => t.abbr);
  const withTemplate = ['1.2', '1.1', '1.4', '1.6', '1.7', '1.8', '1.9', '1.10'].flatMap(byMau);
  const without = DOC_TYPES.filter((t) => t.abbr && NO_TEMPLATE.has(t.key)).map((t) => t.abbr);
  return [...withTemplate, ...without];
}

/** A field whose placeholder is "…" (what the drafter fills in), with a typical value. */
export function blank(sample: string): Partial<FieldDef> {
  return { def: '…', sample };
}

/** Fields shared by the templates; a template may override any of them. */
export const FIELDS: Record<string, FieldDef> = {
  chuQuan: { def: 'TÊN CQ, TC CHỦ QUẢN', sample: 'UBND TỈNH LAI CHÂU', suffix: '<br>' },
  coQuan: { def: 'TÊN CƠ QUAN, TỔ CHỨC', sample: 'SỞ NỘI VỤ' },
  so: { def: '     ', sample: '15' },
  kyHieu: { def: '…', sample: 'SNV' },
  donVi: { def: '…', sample: 'VP' },
  diaDanh: { def: '…', sample: 'Lai Châu' },
  ngayThang: { def: 'ngày … tháng … năm …', sample: 'ngày 09 tháng 02 năm 2026', snippetDefault: SNIPPET_NGAY },
  trichYeu: { def: 'Trích yếu nội dung …', sample: 'Về việc triển khai chữ ký số năm 2026' },
  noiDung: { def: 'Nội dung …', sample: 'Sở Nội vụ đề nghị các cơ quan, đơn vị triển khai thực hiện đúng tiến độ' },
  noiNhan1: { def: '…', sample: 'Ủy ban nhân dân tỉnh (để báo cáo)' },
  noiNhan2: { def: '…', sample: 'Các sở, ban, ngành tỉnh' },
  quyenHan: { def: '', sample: 'KT.', choices: signPrefixes() },
  thamQuyen: { def: 'CHỨC VỤ NGƯỜI ĐỨNG ĐẦU', sample: 'GIÁM ĐỐC' },
  chucVu: { def: 'CHỨC VỤ CỦA NGƯỜI KÝ', sample: 'PHÓ GIÁM ĐỐC' },
  hoTen: { def: 'Họ và tên', sample: 'Nguyễn Văn An' },
  tenCoQuan: { def: 'Tên cơ quan, tổ chức', sample: 'Sở Nội vụ' },
  canCu1: { def: '…', sample: 'Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư' },
  canCu2: {
    def: '…',
    sample: 'Quyết định số 12/QĐ-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh Lai Châu quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ',
  },
  deNghi: { def: '…', sample: 'Chánh Văn phòng Sở' },
  thamQuyenBanHanh: { def: 'THẨM QUYỀN BAN HÀNH', sample: 'GIÁM ĐỐC SỞ NỘI VỤ' },
};
