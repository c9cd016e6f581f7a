// Reading the agency block (ô 2): where the chủ quản ends and the issuing
// agency starts, and which words of a name are abbreviations.

import type { Line } from '../../markdown';
import type { DocModel } from '../../model';
import { bare, canon } from '../../text';

/** Words that start the name of an agency or organisation (bare, lower case). */
const HEAD_BARE =
  /^(uy ban|ubnd|ubmttq|hdnd|hoi dong|so|bo|cuc|tong cuc|chi cuc|vu|vien|ban|phong|van phong|trung tam|truong|khoa|benh vien|cong ty|tong cong ty|tap doan|thanh tra|kho bac|dai|hoc vien|dai hoc|cong an|bo chi huy|ngan hang|co quan|lien doan|hoi|doan|mat tran|toa an|kiem toan|chinh phu|quoc hoi|bao hiem|bhxh|chi nhanh|hoi dong)(?![a-z])/;

/** Enterprises: brand names in capitals are not abbreviations to flag. */
const ENTERPRISE_BARE = /^(cong ty|tong cong ty|tap doan|ngan hang|chi nhanh)(?![a-z])/;

export interface AgencyBlock {
  lines: Line[];
  /** Lines of the chủ quản (may be empty). */
  chuQuan: Line[];
  /** Lines of the issuing agency (the name may wrap). */
  issuer: Line[];
  /** The split was found from agency head words (not a guess). */
  confident: boolean;
}

function headOf(l: Line): boolean {
  return HEAD_BARE.test(bare(l.text).replace(/\s+/g, ' ').trim());
}

/**
 * Split the block: the issuer starts at the last line that begins with an
 * agency word ("SỞ", "CỤC", "ỦY BAN"…); lines after it are its wrapped
 * continuation ("TỈNH LAI CHÂU", "NHÀ NƯỚC"), lines before it the chủ quản.
 * (Bold is not used: drafters often bold only part of a wrapped name.)
 */
export function agencyBlock(m: DocModel): AgencyBlock | undefined {
  // Lines where OCR merged the two header columns are not read as names.
  const lines = m.agency.filter((l) => !/cong hoa xa hoi|doc lap|, ngay /.test(bare(l.text).replace(/\s+/g, ' ')));
  if (!lines.length) return undefined;
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (headOf(lines[i])) {
      start = i;
      break;
    }
  }
  if (start < 0) return { lines, chuQuan: [], issuer: lines, confident: false };
  return { lines, chuQuan: lines.slice(0, start), issuer: lines.slice(start), confident: true };
}

export function isEnterprise(l: Line): boolean {
  return ENTERPRISE_BARE.test(bare(l.text).replace(/\s+/g, ' ').trim());
}

/** Common abbreviations in agency names and their full forms (canonical upper case). */
export const EXPANSIONS = new Map<string, string>(
  (
    [
      ['UBND', 'ỦY BAN NHÂN DÂN'],
      ['HĐND', 'HỘI ĐỒNG NHÂN DÂN'],
      ['UBMTTQVN', 'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM'],
      ['UBMTTQ', 'ỦY BAN MẶT TRẬN TỔ QUỐC'],
      ['MTTQVN', 'MẶT TRẬN TỔ QUỐC VIỆT NAM'],
      ['MTTQ', 'MẶT TRẬN TỔ QUỐC'],
      ['BCĐ', 'BAN CHỈ ĐẠO'],
      ['BQL', 'BAN QUẢN LÝ'],
      ['BQLDA', 'BAN QUẢN LÝ DỰ ÁN'],
      ['TP.', 'THÀNH PHỐ'],
      ['TP', 'THÀNH PHỐ'],
      ['TX.', 'THỊ XÃ'],
      ['GD&ĐT', 'GIÁO DỤC VÀ ĐÀO TẠO'],
      ['GDĐT', 'GIÁO DỤC VÀ ĐÀO TẠO'],
      ['KH&ĐT', 'KẾ HOẠCH VÀ ĐẦU TƯ'],
      ['KHĐT', 'KẾ HOẠCH VÀ ĐẦU TƯ'],
      ['TN&MT', 'TÀI NGUYÊN VÀ MÔI TRƯỜNG'],
      ['TNMT', 'TÀI NGUYÊN VÀ MÔI TRƯỜNG'],
      ['NN&PTNT', 'NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN'],
      ['NNPTNT', 'NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN'],
      ['NN&MT', 'NÔNG NGHIỆP VÀ MÔI TRƯỜNG'],
      ['LĐTB&XH', 'LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
      ['LĐTBXH', 'LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
      ['KH&CN', 'KHOA HỌC VÀ CÔNG NGHỆ'],
      ['KHCN', 'KHOA HỌC VÀ CÔNG NGHỆ'],
      ['TT&TT', 'THÔNG TIN VÀ TRUYỀN THÔNG'],
      ['GTVT', 'GIAO THÔNG VẬN TẢI'],
      ['THPT', 'TRUNG HỌC PHỔ THÔNG'],
      ['THCS', 'TRUNG HỌC CƠ SỞ'],
      ['TNHH', 'TRÁCH NHIỆM HỮU HẠN'],
      ['BHXH', 'BẢO HIỂM XÃ HỘI'],
      ['NV', 'NỘI VỤ'],
    ] as [string, string][]
  ).map(([a, b]) => [canon(a), b]),
);

export interface Abbr {
  from: number;
  to: number;
  text: string;
  expansion?: string;
}

/**
 * Abbreviations in a name line: a known one (UBND, GD&ĐT…), or, outside
 * enterprise names, a short capital token with "&" or with no vowel at all
 * (no Vietnamese syllable lacks a vowel: "NV", "BHXH").
 */
export function abbreviations(l: Line): Abbr[] {
  const out: Abbr[] = [];
  const enterprise = isEnterprise(l);
  const re = /[^\s,;()]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(l.text))) {
    const tok = m[0];
    const known = EXPANSIONS.get(canon(tok)) ?? EXPANSIONS.get(canon(tok.replace(/\.$/, '')));
    if (known) {
      const text = EXPANSIONS.has(canon(tok)) ? tok : tok.replace(/\.$/, '');
      out.push({ from: m.index, to: m.index + text.length, text, expansion: known });
      continue;
    }
    if (enterprise) continue;
    const core = tok.replace(/\.$/, '');
    if (!/^[\p{Lu}&]{2,6}$/u.test(core) || /^[IVXLC]+$/.test(core)) continue;
    if (core.includes('&') || !/[aeiouy]/.test(bare(core))) out.push({ from: m.index, to: m.index + core.length, text: core });
  }
  return out;
}
