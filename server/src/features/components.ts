// What each component of a letter is (Điều 8 and Phụ lục I, mục II), for
// hover and the outline: name, explanation, clause, rule component, example.

import type { Line } from '../engine/markdown';
import { coversLine, type DocModel } from '../engine/model';
import type { Component, Text2 } from '../engine';
import { SIGN_PREFIXES } from '../engine/vocab';

export interface ComponentInfo {
  key: string;
  name: Text2;
  what: Text2;
  clause: Text2;
  /** Rule components (RuleMeta.component) that govern it. */
  components: Component[];
  /** Correct examples (Markdown lines). */
  examples: string[];
}

const t = (vi: string, en: string): Text2 => ({ vi, en });
const pl1 = (s: string, box?: string): Text2 =>
  t(`NĐ 30/2020, Phụ lục I, mục ${s}${box ? `; ô số ${box}` : ''}`, `Decree 30/2020, Appendix I, section ${s}${box ? `; box ${box}` : ''}`);

export const COMPONENT_INFO: Record<string, ComponentInfo> = {
  quocHieu: {
    key: 'quocHieu',
    name: t('Quốc hiệu', 'National title'),
    what: t(
      'Dòng đầu tiên bên phải trang đầu: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", chữ in hoa, cỡ chữ 12–13, đứng, đậm.',
      'First line, top right of page 1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", capitals, 12–13 pt, upright, bold.',
    ),
    clause: pl1('II.1.a', '1'),
    components: ['quoc-hieu'],
    examples: ['**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**'],
  },
  tieuNgu: {
    key: 'tieuNgu',
    name: t('Tiêu ngữ', 'Motto'),
    what: t(
      'Dòng ngay dưới Quốc hiệu: "Độc lập - Tự do - Hạnh phúc", chữ in thường, viết hoa chữ đầu mỗi cụm từ, gạch nối (-) có cách chữ, cỡ chữ 13–14, đứng, đậm.',
      'The line right under the national title: "Độc lập - Tự do - Hạnh phúc", lower case with a capital at each phrase, hyphens with spaces, 13–14 pt, upright, bold.',
    ),
    clause: pl1('II.1.b', '1'),
    components: ['quoc-hieu'],
    examples: ['**Độc lập - Tự do - Hạnh phúc**'],
  },
  agency: {
    key: 'agency',
    name: t('Tên cơ quan, tổ chức ban hành văn bản', 'Issuing agency'),
    what: t(
      'Tên chính thức, đầy đủ của cơ quan ban hành (in hoa, đậm) và của cơ quan chủ quản trực tiếp nếu có (in hoa, không đậm, ở dòng trên).',
      'Official full name of the issuing agency (capitals, bold) and of its direct superior if any (capitals, not bold, on the line above).',
    ),
    clause: pl1('II.2', '2'),
    components: ['co-quan'],
    examples: ['UBND TỈNH LAI CHÂU', '**SỞ NỘI VỤ**'],
  },
  so: {
    key: 'so',
    name: t('Số, ký hiệu của văn bản', 'Number and symbol'),
    what: t(
      'Từ "Số" (chữ in thường), dấu hai chấm, số thứ tự trong năm (số nhỏ hơn 10 có số 0 phía trước), "/" và ký hiệu: chữ viết tắt tên loại - tên cơ quan (công văn: tên cơ quan - đơn vị soạn thảo), không cách chữ.',
      'The word "Số", a colon, the number in the year (a leading zero below 10), "/" and the symbol: type abbreviation - agency (công văn: agency - drafting unit), no spaces.',
    ),
    clause: pl1('II.3', '3'),
    components: ['so-ky-hieu'],
    examples: ['Số: 15/QĐ-UBND', 'Số: 05/SNV-VP'],
  },
  date: {
    key: 'date',
    name: t('Địa danh và thời gian ban hành', 'Place and date of issue'),
    what: t(
      'Địa danh, dấu phẩy, rồi "ngày … tháng … năm …" viết đầy đủ bằng chữ số Ả Rập; ngày nhỏ hơn 10 và tháng 1, 2 có số 0 phía trước; chữ nghiêng.',
      'Place name, a comma, then "ngày … tháng … năm …" in full with Arabic digits; days below 10 and months 1, 2 take a leading zero; italic.',
    ),
    clause: pl1('II.4', '4'),
    components: ['dia-danh-ngay'],
    examples: ['*Lai Châu, ngày 05 tháng 3 năm 2026*', '*Hà Nội, ngày 09 tháng 02 năm 2026*'],
  },
  title: {
    key: 'title',
    name: t('Tên loại văn bản', 'Document type'),
    what: t('Tên loại văn bản (Điều 7), chữ in hoa, đậm, canh giữa; công văn không có tên loại.', 'The document type (Article 7), capitals, bold, centred; a công văn has none.'),
    clause: pl1('II.5', '5a'),
    components: ['ten-loai-trich-yeu'],
    examples: ['**QUYẾT ĐỊNH**', '**TỜ TRÌNH**'],
  },
  trichYeu: {
    key: 'trichYeu',
    name: t('Trích yếu nội dung', 'Subject line'),
    what: t(
      'Một câu ngắn hoặc cụm từ phản ánh khái quát nội dung văn bản: đặt ngay dưới tên loại (chữ in thường, đậm); với công văn, sau chữ "V/v" dưới số, ký hiệu.',
      'A short sentence or phrase summing up the content: right under the type (sentence case, bold); for a công văn, after "V/v" under the number.',
    ),
    clause: pl1('II.5', '5a/5b'),
    components: ['ten-loai-trich-yeu'],
    examples: ['V/v hướng dẫn triển khai chữ ký số năm 2026', '**Về việc thành lập Tổ công tác triển khai Đề án 06**'],
  },
  kinhGui: {
    key: 'kinhGui',
    name: t('Kính gửi', 'Addressees (Kính gửi)'),
    what: t(
      'Phần thứ nhất của nơi nhận (công văn; tờ trình, báo cáo gửi cấp trên): "Kính gửi:" rồi tên nơi nhận; một nơi nhận trên cùng dòng, nhiều nơi nhận thì mỗi nơi một dòng bắt đầu "- ", cuối dòng ";", dòng cuối ".".',
      'First part of the recipients (công văn; reports or submissions sent upwards): "Kính gửi:" then the recipients; one recipient on the same line, several ones one per line starting "- ", ending ";", the last ".".',
    ),
    clause: pl1('II.9.b, II.9.d', '9a'),
    components: ['kinh-gui'],
    examples: ['Kính gửi: Bộ Nội vụ', 'Kính gửi:\n\n- Bộ Nội vụ;\n- Bộ Tài chính.'],
  },
  canCu: {
    key: 'canCu',
    name: t('Căn cứ ban hành văn bản', 'Legal basis (căn cứ)'),
    what: t(
      'Văn bản quy định thẩm quyền và văn bản quy định nội dung, ghi đầy đủ tên loại, số, ký hiệu, cơ quan ban hành, ngày tháng năm và trích yếu (Luật, Pháp lệnh: tên loại, tên và ngày); chữ nghiêng; mỗi căn cứ một dòng, cuối dòng ";", dòng cuối ".".',
      'The documents that give the competence and the substance, cited in full: type, number and symbol, issuer, date and subject (Luật, Pháp lệnh: type, name and date); italic; one per line ending ";", the last ".".',
    ),
    clause: pl1('II.6.a', '6'),
    components: ['can-cu'],
    examples: ['*Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;*'],
  },
  enact: {
    key: 'enact',
    name: t('Dòng ban hành', 'Enacting line'),
    what: t('Sau các căn cứ của quyết định, nghị quyết: "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:", in hoa, đậm, canh giữa.', 'After the căn cứ of a decision or resolution: "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:", capitals, bold, centred.'),
    clause: t('NĐ 30/2020, Phụ lục III, Mẫu 1.1–1.3', 'Decree 30/2020, Appendix III, forms 1.1–1.3'),
    components: ['can-cu'],
    examples: ['**QUYẾT ĐỊNH:**'],
  },
  signer: {
    key: 'signer',
    name: t('Quyền hạn, chức vụ của người ký', 'Signing authority and position'),
    what: t(
      'Chữ viết tắt quyền hạn "TM." (thay mặt tập thể, trước tên tập thể/cơ quan), "Q." (quyền), "KT." (ký thay người đứng đầu), "TL." (thừa lệnh), "TUQ." (thừa ủy quyền), rồi chức vụ; in hoa, đậm.',
      'The authority prefix "TM." (on behalf of a collective, before its name), "Q." (acting), "KT." (signing for the head), "TL." (by order), "TUQ." (by authorisation), then the position; capitals, bold.',
    ),
    clause: pl1('II.7.b', '7a'),
    components: ['chu-ky'],
    examples: ['**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**', '**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**'],
  },
  signerName: {
    key: 'signerName',
    name: t('Họ tên người ký', 'Name of the signer'),
    what: t('Họ, tên đệm và tên người ký, chữ in thường, đậm; không ghi học hàm, học vị, danh hiệu trước họ tên.', 'Surname, middle and given name, sentence case, bold; no academic or honorary titles before it.'),
    clause: pl1('II.7.c', '7b'),
    components: ['chu-ky'],
    examples: ['**Nguyễn Văn An**'],
  },
  noiNhan: {
    key: 'noiNhan',
    name: t('Nơi nhận', 'Recipients (Nơi nhận)'),
    what: t(
      'Từ "Nơi nhận:" trên một dòng riêng (nghiêng, đậm), rồi mỗi nơi nhận một dòng bắt đầu "- ", cuối dòng ";"; dòng cuối là "- Lưu: VT, <đơn vị soạn thảo>."; công văn bắt đầu bằng "- Như trên;".',
      'The word "Nơi nhận:" on its own line (bold italic), then one recipient per line starting "- " and ending ";"; the last line is "- Lưu: VT, <drafting unit>."; a công văn starts with "- Như trên;".',
    ),
    clause: pl1('II.9', '9b'),
    components: ['noi-nhan'],
    examples: ['***Nơi nhận:***\n- Như trên;\n- Lưu: VT, VP.'],
  },
  mark: {
    key: 'mark',
    name: t('Dấu chỉ độ mật, mức độ khẩn', 'Secrecy or urgency mark'),
    what: t('Độ mật: TUYỆT MẬT, TỐI MẬT, MẬT; mức độ khẩn: HỎA TỐC, THƯỢNG KHẨN, KHẨN; chỉ dẫn phạm vi lưu hành: XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ.', 'Secrecy: TUYỆT MẬT, TỐI MẬT, MẬT; urgency: HỎA TỐC, THƯỢNG KHẨN, KHẨN; circulation: XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ.'),
    clause: pl1('III.2', '10a/10b/11'),
    components: ['do-mat-khan'],
    examples: ['**KHẨN**'],
  },
};

/** The component a logical line is, if any. */
export function componentOfLine(model: DocModel, line: Line): ComponentInfo | undefined {
  const is = (l: Line | undefined) => coversLine(l, line);
  if (is(model.quocHieu)) return COMPONENT_INFO.quocHieu;
  if (is(model.tieuNgu)) return COMPONENT_INFO.tieuNgu;
  if (is(model.so)) return COMPONENT_INFO.so;
  if (is(model.date)) return COMPONENT_INFO.date;
  if (model.agency.some(is)) return COMPONENT_INFO.agency;
  if (model.marks.some(is)) return COMPONENT_INFO.mark;
  if (is(model.title)) return COMPONENT_INFO.title;
  if (model.trichYeu.some(is)) return COMPONENT_INFO.trichYeu;
  if (is(model.kinhGui?.label)) return COMPONENT_INFO.kinhGui;
  if (model.canCu.some(is)) return COMPONENT_INFO.canCu;
  if (is(model.enact)) return COMPONENT_INFO.enact;
  if (is(model.noiNhan?.label)) return COMPONENT_INFO.noiNhan;
  for (const s of model.signers) {
    if (s.titles.some(is)) return COMPONENT_INFO.signer;
    if (is(s.name)) return COMPONENT_INFO.signerName;
  }
  return undefined;
}

/** The authority prefix a signer title line starts with ("KT."), if any. */
export function signPrefixOf(text: string): string | undefined {
  return SIGN_PREFIXES.find((p) => text.startsWith(p + ' ') || text === p);
}

/** Explanation of each signing-authority prefix (PL I, mục II.7.b). */
export const SIGN_PREFIX_INFO: Record<string, Text2> = {
  'TM.': t('Thay mặt: ký thay mặt tập thể; ghi trước tên tập thể lãnh đạo hoặc tên cơ quan, tổ chức (TM. ỦY BAN NHÂN DÂN).', 'On behalf of a collective: before the name of the collective or agency (TM. ỦY BAN NHÂN DÂN).'),
  'KT.': t('Ký thay: cấp phó ký thay người đứng đầu; ghi trước chức vụ của người đứng đầu (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC).', 'Signing for the head: a deputy signs for the head; before the head\'s title (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC).'),
  'TL.': t('Thừa lệnh: ghi trước chức vụ của người đứng đầu (TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG).', 'By order: before the head\'s title (TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG).'),
  'TUQ.': t('Thừa ủy quyền: ghi trước chức vụ của người đứng đầu; không được ủy quyền lại (TUQ. CHỦ TỊCH / GIÁM ĐỐC SỞ NỘI VỤ).', 'By authorisation: before the head\'s title; cannot be delegated further (TUQ. CHỦ TỊCH / GIÁM ĐỐC SỞ NỘI VỤ).'),
  'Q.': t('Quyền: người được giao quyền cấp trưởng; ghi trước chức vụ của người đứng đầu (Q. GIÁM ĐỐC).', 'Acting: a person acting as head; before the head\'s title (Q. GIÁM ĐỐC).'),
};
