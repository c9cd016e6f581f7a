// Type, regime and "is this a document at all": from the front matter, the
// title, the V/v line, Kính gửi or the ký hiệu of the Số.

import { docTypeByAbbr, docTypeByKey } from '../vocab';
import { isUpperLine, RE } from './common';
import type { DocModel } from './doc-model';
import { QH_SO_PREFIX, soTypeAbbr } from './so';
import { isTitleLine } from './title';

function frontMatter(m: DocModel): Record<string, string> {
  return m.md.frontMatter?.data ?? {};
}

/** Sets `m.type` and `m.typeSource`. */
export function readType(m: DocModel): void {
  const fm = frontMatter(m);
  const fmType = fm['loai'] ?? fm['loại'] ?? fm['type'] ?? fm['ten_loai'];
  if (fmType && docTypeByKey(fmType)) {
    m.type = docTypeByKey(fmType);
    m.typeSource = 'front-matter';
  } else if (m.title) {
    m.type = isTitleLine(m.title);
    m.typeSource = 'title';
  } else if (m.trichYeuInHeader && !(isUpperLine(m.trichYeu[0]) && typeOfSo(m))) {
    // A "V/v" line makes a công văn; but a trích yếu in capitals ("VỀ VIỆC PHÊ
    // DUYỆT …") under a Số naming another type ("238/QĐ-UBND") is that type
    // with its title lost (web copies drop the "QUYẾT ĐỊNH" line).
    m.type = docTypeByKey('cong_van');
    m.typeSource = 'v/v';
  } else if (m.kinhGui && !m.vbqpplTitle) {
    m.type = docTypeByKey('cong_van');
    m.typeSource = 'kinh-gui';
  } else if (m.so) {
    const abbr = soTypeAbbr(m.so.text);
    if (abbr && docTypeByAbbr(abbr)) {
      m.type = docTypeByAbbr(abbr);
      m.typeSource = 'so';
    }
  }
}

/** Sets `m.regime`. */
export function readRegime(m: DocModel): void {
  const fm = frontMatter(m);
  const soText = m.so ? m.so.text.replace(QH_SO_PREFIX, '') : '';
  const soYear = !!m.so && /^\S+\s*:?\s*[\d.…_ ]*\/\s*\d{4}\s*\//u.test(soText.replace(RE.so, 'Số'));
  const fmRegime = (fm['che_do'] ?? fm['regime'] ?? '').toLowerCase();
  // A year in the number is the VBQPPL pattern, except for a tên loại that is
  // never a VBQPPL (kế hoạch, tờ trình, công văn…): that stays hành chính and
  // ND30-SO-06 reports the year.
  const neverVbqppl = !!m.type && m.typeSource !== 'so' && !['quyet_dinh', 'nghi_quyet', 'chi_thi'].includes(m.type.key);
  if (m.party || fmRegime === 'dang') m.regime = 'dang';
  else if (m.vbqpplTitle || (soYear && !neverVbqppl) || fmRegime === 'vbqppl') m.regime = 'vbqppl';
  else m.regime = 'hanh-chinh';
}

/** Sets `m.isDocument`: front matter, Quốc hiệu, Party name, or three signals of a letter. */
export function readIsDocument(m: DocModel): void {
  const fm = frontMatter(m);
  const fmType = fm['loai'] ?? fm['loại'] ?? fm['type'] ?? fm['ten_loai'];
  const signals = [
    !!m.quocHieu || !!m.tieuNgu,
    !!m.so,
    !!m.date,
    !!m.title || !!m.vbqpplTitle,
    m.trichYeuInHeader,
    !!m.kinhGui,
    !!m.noiNhan,
    !!m.noiNhan?.items.some((x) => /lưu\s*:?\s*vt/iu.test(x.text)),
    m.signers.length > 0 && !!m.signers[0].name,
    m.canCu.length > 0,
  ].filter(Boolean).length;
  m.isDocument = !!fmType || !!m.party || !!m.quocHieu || !!m.tieuNgu || signals >= 3;
}

/** The type the Số's ký hiệu names ("QĐ" in "Số: 238/QĐ-UBND"), if any. */
function typeOfSo(m: DocModel) {
  const abbr = m.so ? soTypeAbbr(m.so.text) : undefined;
  return abbr ? docTypeByAbbr(abbr) : undefined;
}
