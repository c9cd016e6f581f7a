// Predicates shared by the recognisers of several components: line shape
// (capitals, bullets, wrapping), the patterns of the decree's fixed words, and
// the words a signer's position or an agency name start with.

import type { Line } from '../markdown';
import { bare, casedLetters, upperRatio } from '../text';

export const RE = {
  quocHieu: /^c[ộo]ng\s*h[òo]a\s+x[ãa]\s*h[ộo]i\s+ch[ủu]\s*ngh[ĩi]a\s+vi[ệe]t\s*nam\b/,
  quocHieuBare: /^(cong\s*hoa\s+xa\s*hoi\s+chu\s*nghia\s+viet\s*nam|chxhcn\s+viet\s*nam)\b/,
  tieuNguBare: /^doc\s*lap\s*[-–—‐‑−_,.]*\s*tu\s*do\s*[-–—‐‑−_,.]*\s*hanh\s*phuc\b/,
  partyBare: /^dang\s+cong\s+san\s+viet\s+nam\s*$/,
  so: /^(s[ốốoô]|SỐ|SÔ|SO)(?![\p{L}\p{N}])/iu,
  // Values may be blank or placeholders glued to the words ("ngày      tháng 3", "năm……").
  dateBare: /^[^,;:]{0,60}?,?\s*ngay(\s+\S+\s+|\s*[….]+\s*|\s+)thang(\s+\S+\s+|\s*[….]+\s*|\s+)nam(\s|$|[….])/,
  dateNumeric: /^\p{Lu}[\p{L} .]{1,40},?\s*(ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\.?$/u,
  vv: /^(v\s*\/\s*v|về\s+việc)(?![\p{L}])/iu,
  kinhGuiBare: /^kinh\s+g[uo]i\b/,
  canCu: /^căn\s+cứ(?![\p{L}\p{N}])/iu,
  canCuFollow: /^(căn\s+cứ|xét|theo\s+đề\s+nghị|theo\s+đề\s+xuất|thực\s+hiện|trên\s+cơ\s+sở)(?![\p{L}\p{N}])/iu,
  enactBare: /^(quyet\s+dinh|quyet\s+nghi)(\s*:)?\s*$/,
  noiNhanBare: /^(noi\s+nhan|noi\s+gui)\b/,
  luu: /^[-+•*–—]?\s*lưu(?![\p{L}\p{N}])/iu,
  bullet: /^[-+•*–—·▪◦]\s*/u,
  signPrefix: /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L|T\.M|K\.T|T\.L|TU\.Q|TUQ|Kt|Tm|Tl|Tuq)\s*[./:]?\s+\S/u,
  placeholderSig: /^[([]?\s*(đã\s+ký|chữ\s+ký|ký|ký\s+tên|ký,|ký và|đã ký|signed)/iu,
  drafter: /^\p{Lu}{1,6}\.?\s*\(\d+\)\.?$/u,
  // "Điều 1.", "Chương II", "Mục 2", "Phần thứ nhất"; not "Chương trình …", "Mục tiêu …", "Điều kiện …".
  article: /^(điều|chương|mục|phần|tiểu\s+mục)\s+([ivxlcdm]+|\d+[a-zđ]?|thứ\s+\p{L}+|[a-zđ])(?![\p{L}\p{N}])/iu,
  // A numbered heading or item: "I. …", "2) …".
  numbered: /^([IVXLC]+|\d+)[.)]\s/,
};

/** A position word that starts a signer title line. */
export const POSITION_WORDS =
  /^(TM\.|KT\.|TL\.|TUQ\.|Q\.|CHỦ TỊCH|PHÓ|GIÁM ĐỐC|TỔNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CHÁNH|TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|THỦ TRƯỞNG|CHỦ NHIỆM|BÍ THƯ|THƯ KÝ|CHỦ TỌA|CHỦ TOẠ|NGƯỜI|KẾ TOÁN|THỦ TƯỚNG|CHỦ TỊCH NƯỚC|ĐẠI DIỆN|TRƯỞNG BAN|TRƯỞNG PHÒNG|TRƯỞNG ĐOÀN|TỔ TRƯỞNG|ĐỘI TRƯỞNG|TRƯỞNG KHOA|HIỆU PHÓ|QUYỀN|THAY MẶT|KÝ THAY)/u;

/** Words an agency name starts with (bare: no diacritics, lower case). */
export const AGENCY_START_BARE =
  /^(uy ban|ubnd|hdnd|hoi dong|so|bo|cuc|tong cuc|chi cuc|vu|vien|ban|phong|van phong|trung tam|truong|benh vien|cong ty|tong cong ty|tap doan|thanh tra|kho bac|dai|hoc vien|dai hoc|cong an|bo chi huy|ngan hang|co quan|lien doan|hoi|doan|mat tran|toa an|kiem toan|chinh phu|quoc hoi|bao hiem|tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)(?![a-z])/;

/** Number of letters (characters with a case) in a string. */
export function letters(s: string): number {
  return casedLetters(s);
}

export function isUpperLine(l: Line): boolean {
  return isUpperText(l.text);
}

/** A text in capitals (what isUpperLine reads of a line). */
export function isUpperText(s: string): boolean {
  return letters(s) >= 2 && upperRatio(s) >= 0.9;
}

export function startsLower(l: Line): boolean {
  return LOWER_START.test(l.text);
}
/** Module-level: asked of many lines per analysis (a literal in the function is a new RegExp per call). */
const LOWER_START = /^\p{Ll}/u;

/** A long list line that breaks with no punctuation: the next line continues it (PDF text). */
export function wrapsOn(l: Line): boolean {
  return l.text.length >= 25 && /[\p{L}\p{N}]$/u.test(l.text);
}

export function isBullet(l: Line): boolean {
  return RE.bullet.test(l.text) && !/^\*\*/.test(l.text);
}

/** Bare text with single spaces (no diacritics, lower case). */
export function bareLine(l: Line | string): string {
  return bare(typeof l === 'string' ? l : l.text).replace(/\s+/g, ' ');
}

/**
 * One logical line made of `a` and the line `b` that continues it: the texts
 * joined by `sep` (a space standing for the line break, mapped to the source
 * range between the two lines), each character keeping its own source
 * offsets, so ranges and fixes still map to the source. Keeps `a`'s index,
 * source line and flags.
 */
export function joinLines(a: Line, b: Line, sep: '' | ' ' = ''): JoinedLine {
  const gapS = sep ? [a.end] : [];
  const gapE = sep ? [b.start] : [];
  return {
    ...a,
    text: a.text + sep + b.text,
    fold: a.fold + sep + b.fold,
    starts: [...a.starts, ...gapS, ...b.starts],
    ends: [...a.ends, ...gapE, ...b.ends],
    end: b.end,
    parts: [...partsOf(a), ...partsOf(b)],
  };
}

/** A logical line joined from several lines of the document (`parts`, in order). */
export interface JoinedLine extends Line {
  parts: Line[];
}

/** The document lines a (possibly joined) line is made of. */
export function partsOf(l: Line): Line[] {
  return (l as Partial<JoinedLine>).parts ?? [l];
}

/** Is document line `x` (one of) the line(s) `l` is made of? */
export function coversLine(l: Line | undefined, x: Line): boolean {
  return !!l && partsOf(l).some((p) => p.i === x.i);
}

/** Lines joined in order by spaces (see `joinLines`); undefined for none. */
export function joinAll(ls: Line[]): Line | undefined {
  let out: Line | undefined;
  for (const l of ls) out = out ? joinLines(out, l, ' ') : l;
  return out;
}

/**
 * The part `a`–`b` of a line (trimmed) as a line of its own: same index and
 * flags, each character keeping its source offsets, so ranges and fixes map
 * to the source. Used for a web copy that flattens the two header columns
 * onto one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
 */
export function sliceLine(l: Line, a: number, b: number): Line | undefined {
  while (a < b && /\s/u.test(l.text[a])) a++;
  while (b > a && /\s/u.test(l.text[b - 1])) b--;
  if (a >= b) return undefined;
  const starts = l.starts.slice(a, b);
  const ends = l.ends.slice(a, b);
  return { ...l, text: l.text.slice(a, b), fold: l.fold.slice(a, b), starts, ends, start: starts[0], end: ends[ends.length - 1] };
}
