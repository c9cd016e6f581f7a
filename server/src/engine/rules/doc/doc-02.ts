// ND30-DOC-02: every administrative document has the main components of Điều 8.2.

import type { Rule } from '../../rule';
import { DIEU, t } from '../util';

const NO_DATE = ['bien_ban'];
const NO_TRICH_YEU = ['giay_gioi_thieu', 'giay_nghi_phep'];

export const doc02: Rule = {
  meta: {
    id: 'ND30-DOC-02',
    component: 'document',
    severity: 'error',
    clause: DIEU('8 khoản 2; Phụ lục III Mẫu 1.5, 1.8–1.10'),
    title: t('Thiếu thành phần thể thức chính', 'Missing main component'),
    description: t(
      'Văn bản hành chính phải có đủ các thành phần chính của Điều 8 khoản 2: Quốc hiệu và Tiêu ngữ; tên cơ quan, tổ chức ban hành; số, ký hiệu; địa danh và thời gian ban hành; tên loại và trích yếu nội dung (công văn: trích yếu sau "V/v"); nội dung; chức vụ, họ tên và chữ ký của người có thẩm quyền; nơi nhận. Giấy giới thiệu và giấy nghỉ phép không có trích yếu; biên bản không có địa danh, ngày tháng ở phần đầu.',
      'An administrative document has all main components of Article 8.2: national title and motto; issuing agency; number and symbol; place and date; document type and summary (a công văn: the summary after "V/v"); content; signer position, name and signature; recipients. Giấy giới thiệu and giấy nghỉ phép have no summary; a biên bản has no place-date line in its header.',
    ),
    fixable: false,
    examples: {
      correct: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      incorrect: ['(một công văn không có dòng "Số:")'],
    },
  },
  check(ctx) {
    const m = ctx.model;
    const key = m.type?.key ?? '';
    const missing: { vi: string; en: string }[] = [];
    if (!m.quocHieu && !m.tieuNgu) missing.push(t('Quốc hiệu và Tiêu ngữ', 'national title and motto'));
    else if (!m.quocHieu) missing.push(t('Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"', 'national title'));
    else if (!m.tieuNgu) missing.push(t('Tiêu ngữ "Độc lập - Tự do - Hạnh phúc"', 'motto'));
    if (!m.agency.length) missing.push(t('tên cơ quan, tổ chức ban hành văn bản', 'issuing agency name'));
    if (!m.so) missing.push(t('số, ký hiệu văn bản ("Số: …/…")', 'number and symbol ("Số: …/…")'));
    if (!m.date && !NO_DATE.includes(key)) missing.push(t('địa danh và thời gian ban hành', 'place and date of issue'));
    if (!m.title && !m.trichYeuInHeader && key !== 'cong_van') missing.push(t('tên loại văn bản', 'document type title'));
    if (!m.trichYeu.length && !NO_TRICH_YEU.includes(key)) {
      missing.push(key === 'cong_van' ? t('trích yếu nội dung ("V/v …")', 'summary ("V/v …")') : t('trích yếu nội dung văn bản', 'summary of the content'));
    }
    if (!m.body.length) missing.push(t('nội dung văn bản', 'content'));
    if (!m.signers.length) missing.push(t('chức vụ, họ tên và chữ ký của người có thẩm quyền', "signer's position, name and signature"));
    else if (!m.signers.some((s) => s.name)) missing.push(t('họ tên người ký', "signer's name"));
    if (!m.noiNhan) missing.push(t('nơi nhận ("Nơi nhận:")', 'recipients ("Nơi nhận:")'));
    for (const what of missing) {
      ctx.report({ start: 0, end: 0, message: t(`Thiếu thành phần thể thức: ${what.vi}`, `Missing component: ${what.en}`) });
    }
  },
};
