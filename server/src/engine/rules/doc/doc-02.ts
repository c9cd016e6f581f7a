// ND30-DOC-02: every administrative document has the main components of Điều 8.2.

import type { Rule } from '../../rule';
import type { DocModel } from '../../model';
import { DIEU, t } from '../util';
import type { AnchorComponent } from '../../model';

const NO_DATE = ['bien_ban'];

/**
 * Mẫu 1.3: a tên loại and trích yếu followed by "(Kèm theo Quyết định …)", with
 * no Số line. Agencies often write "(Ban hành kèm theo Quyết định số …)" or
 * "(Được ban hành kèm theo …)"; the same document.
 */
function isAttachedDocument(m: DocModel): boolean {
  if (m.so || !m.trichYeu.length) return false;
  const last = m.trichYeu[m.trichYeu.length - 1];
  const k = m.lines.indexOf(last);
  const next = k >= 0 ? m.lines[k + 1] : undefined;
  return !!next && /^\(?\s*(?:được\s+)?(?:ban\s+hành\s+)?kèm\s+theo\s+(quyết\s+định|nghị\s+quyết)(?![\p{L}])/iu.test(next.text);
}
/** Mẫu 1.8, 1.10 have no trích yếu; a thư công has no template at all (Phụ lục III),
 * and its title ("THƯ CHÚC MỪNG") already says what it is about. */
const NO_TRICH_YEU = ['giay_gioi_thieu', 'giay_nghi_phep', 'thu_cong'];
/** Two-party documents with no template in Phụ lục III (hợp đồng, bản ghi nhớ,
 * bản thỏa thuận): the parties sign and keep copies; no Nơi nhận is expected. */
const NO_NOI_NHAN = ['hop_dong', 'ban_ghi_nho', 'ban_thoa_thuan'];

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
      correct: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'],
      incorrect: ['(một công văn không có dòng "Số:")'],
    },
  },
  check(ctx) {
    const m = ctx.model;
    const key = m.type?.key ?? '';
    // Reported on the line where the component belongs, spanning it (issue 9).
    const report = (what: { vi: string; en: string; at: AnchorComponent }) => {
      const message = t(`Thiếu thành phần thể thức: ${what.vi}`, `Missing component: ${what.en}`);
      let line = m.anchor(what.at);
      // The signer's name belongs under the signer's titles: the last of them.
      if (what.at === 'signature' && m.signers.length) {
        const s = m.signers[m.signers.length - 1];
        line = s.placeholders[s.placeholders.length - 1] ?? s.titles[s.titles.length - 1] ?? line;
      }
      if (line) ctx.report({ line, message });
      else ctx.report({ start: 0, end: 0, message });
    };
    const missing: { vi: string; en: string; at: AnchorComponent }[] = [];
    const t3 = (vi: string, en: string, at: AnchorComponent) => ({ vi, en, at });
    if (!m.quocHieu && !m.tieuNgu) missing.push(t3('Quốc hiệu và Tiêu ngữ', 'national title and motto', 'quocHieu'));
    else if (!m.quocHieu) missing.push(t3('Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"', 'national title', 'quocHieu'));
    else if (!m.tieuNgu) missing.push(t3('Tiêu ngữ "Độc lập - Tự do - Hạnh phúc"', 'motto', 'tieuNgu'));
    if (!m.agency.length) missing.push(t3('tên cơ quan, tổ chức ban hành văn bản', 'issuing agency name', 'agency'));
    // A document issued with a decision, in its own file (Mẫu 1.3: tên loại, trích yếu,
    // "(Kèm theo Quyết định số …)"): no Số, no date, no signature and no Nơi nhận of its own.
    if (isAttachedDocument(m)) {
      if (!m.title) missing.push(t3('tên loại văn bản', 'document type title', 'title'));
      for (const what of missing) report(what);
      return;
    }
    if (!m.so) missing.push(t3('số, ký hiệu văn bản ("Số: …/…")', 'number and symbol ("Số: …/…")', 'so'));
    if (!m.date && !NO_DATE.includes(key)) missing.push(t3('địa danh và thời gian ban hành', 'place and date of issue', 'date'));
    // A trích yếu in the header makes a công văn; under a Số naming another type
    // ("238/QĐ-UBND", the type then comes from the Số) the title is missing.
    if (!m.title && (!m.trichYeuInHeader || m.typeSource === 'so') && key !== 'cong_van') missing.push(t3('tên loại văn bản', 'document type title', 'title'));
    if (!m.trichYeu.length && !NO_TRICH_YEU.includes(key)) {
      missing.push(key === 'cong_van' ? t3('trích yếu nội dung ("V/v …")', 'summary ("V/v …")', 'trichYeu') : t3('trích yếu nội dung văn bản', 'summary of the content', 'trichYeu'));
    }
    if (!m.body.length) missing.push(t3('nội dung văn bản', 'content', 'body'));
    if (!m.signers.length) missing.push(t3('chức vụ, họ tên và chữ ký của người có thẩm quyền', "signer's position, name and signature", 'signature'));
    else if (!m.signers.some((s) => s.name)) missing.push(t3('họ tên người ký', "signer's name", 'signature'));
    if (!m.noiNhan && !NO_NOI_NHAN.includes(key)) missing.push(t3('nơi nhận ("Nơi nhận:")', 'recipients ("Nơi nhận:")', 'noiNhan'));
    for (const what of missing) report(what);
  },
};
