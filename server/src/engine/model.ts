// The document model: locates each component of Điều 8 on the logical lines.
//
// Recognition is by content, not by position, because drafters lay letters
// out in many ways: one line after another, two-column pipe tables for the
// header and the signature, or OCR text where the header's two columns come
// out one after the other. Components are found in the order of the decree:
// header zone (Quốc hiệu, Tiêu ngữ, agency, Số, date, marks, V/v), title and
// trích yếu, Kính gửi, authority line, căn cứ block, enacting line, body,
// signer block and Nơi nhận.

import { Line, MarkdownDoc } from './markdown';
import { bare, isUpper, upperRatio, canon } from './text';
import { DocType, docTypeByAbbr, docTypeByKey, docTypeByTitle, VBQPPL_TITLES, COPY_FORMS } from './vocab';
import type { Regime } from './types';

export interface SignerBlock {
  /** UPPER lines: authority prefix lines and position titles. */
  titles: Line[];
  /** Placeholders for the signature: "(Đã ký)", "(Chữ ký, dấu)". */
  placeholders: Line[];
  name?: Line;
}

export interface ListBlock {
  label: Line;
  items: Line[];
}

export interface DocModel {
  md: MarkdownDoc;
  lines: Line[];
  /** Is this Markdown file an administrative document at all? */
  isDocument: boolean;
  regime: Regime;
  type?: DocType;
  /** How the type was found. */
  typeSource?: 'front-matter' | 'title' | 'v/v' | 'kinh-gui' | 'so';
  /** Title of a VBQPPL (LUẬT, NGHỊ ĐỊNH…). */
  vbqpplTitle?: Line;
  headerEnd: number;
  quocHieu?: Line;
  tieuNgu?: Line;
  party?: Line;
  agency: Line[];
  so?: Line;
  date?: Line;
  marks: Line[];
  title?: Line;
  /** Copy form line (SAO Y, SAO LỤC, TRÍCH SAO). */
  copyForm?: Line;
  trichYeu: Line[];
  /** The trích yếu is in ô 5b (V/v line of a công văn, or a "Về việc" line in the header). */
  trichYeuInHeader: boolean;
  kinhGui?: ListBlock;
  authority: Line[];
  canCu: Line[];
  enact?: Line;
  body: Line[];
  signers: SignerBlock[];
  noiNhan?: ListBlock;
  /** Drafter's ký hiệu and copies (ô 12), e.g. "PL.(300)". */
  drafter?: Line;
  footerStart: number;
  /** Documents attached after the main footer (a quy chế issued with a QĐ, a phụ lục), header included. */
  annex: Line[];
}

// ---------------------------------------------------------------- recognisers

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
  enactBare: /^(quyet\s+dinh|quyet\s+nghi)\s*:?\s*$/,
  noiNhanBare: /^(noi\s+nhan|noi\s+gui)\b/,
  luu: /^[-+•*–—]?\s*lưu(?![\p{L}\p{N}])/iu,
  bullet: /^[-+•*–—·▪◦]\s*/u,
  signPrefix: /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L|T\.M|K\.T|T\.L|TU\.Q|TUQ|Kt|Tm|Tl|Tuq)\s*[.\/:]?\s+\S/u,
  placeholderSig: /^[([]?\s*(đã\s+ký|chữ\s+ký|ký|ký\s+tên|ký,|ký và|đã ký|signed)/iu,
  drafter: /^\p{Lu}{1,6}\.?\s*\(\d+\)\.?$/u,
  article: /^(điều|chương|mục|phần|tiểu\s+mục)\s+\S+/iu,
};

/** A position word that starts a signer title line. */
const POSITION_WORDS =
  /^(TM\.|KT\.|TL\.|TUQ\.|Q\.|CHỦ TỊCH|PHÓ|GIÁM ĐỐC|TỔNG|BỘ TRƯỞNG|THỨ TRƯỞNG|CHÁNH|TRƯỞNG|CỤC TRƯỞNG|VỤ TRƯỞNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|THỦ TRƯỞNG|CHỦ NHIỆM|BÍ THƯ|THƯ KÝ|CHỦ TỌA|CHỦ TOẠ|NGƯỜI|KẾ TOÁN|THỦ TƯỚNG|CHỦ TỊCH NƯỚC|ĐẠI DIỆN|TRƯỞNG BAN|TRƯỞNG PHÒNG|TRƯỞNG ĐOÀN|TỔ TRƯỞNG|ĐỘI TRƯỞNG|TRƯỞNG KHOA|HIỆU PHÓ|QUYỀN|THAY MẶT|KÝ THAY)/u;

const SURNAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong lam mai cao chu chau ta luong luu la thai tong quach ha kieu doan van tang khuc kim lai lo mac thach tieu ung vuong yen giang hua nong lu thao nghiem phung quan'.split(
    ' ',
  ),
);

function letters(s: string): number {
  let n = 0;
  for (const ch of s) if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  return n;
}

export function isUpperLine(l: Line): boolean {
  return letters(l.text) >= 2 && upperRatio(l.text) >= 0.9;
}

/** "Nguyễn Văn A", "Đặng Văn Châu" (proper case) or "NGUYỄN VĂN A". */
export function looksLikeName(text: string): boolean {
  const t = text
    .replace(/^(ông|bà)\s+/iu, '')
    .replace(/^((phó\s+)?giáo\s+sư|tiến\s+sĩ|thạc\s+sĩ|bác\s+sĩ|dược\s+sĩ|kỹ\s+sư|(đại|thượng|trung|thiếu)\s+(tướng|tá|úy|uý))\s+/iu, '')
    .trim();
  if (t.length > 60 || /[,;:!?()\d/]/.test(t)) return false;
  const words = t.replace(/\.$/, '').split(/\s+/);
  // Allow one academic title before the name (reported by ND30-CK-04).
  const core = words.filter((w) => !/\.$/.test(w) && !/^(GS|PGS|TS|ThS|TSKH|BS|KS|CN|NGND|NGƯT|NSND|NSƯT|AHLĐ)+$/u.test(w.replace(/\./g, '')));
  if (core.length < 2 || core.length > 6) return false;
  if (!core.every((w) => /^\p{Lu}[\p{L}]*$/u.test(w))) return false;
  if (isUpper(t)) return SURNAMES.has(bare(core[0]));
  return true;
}

/** "N.V. An", "Nguyễn V. An": a signer's name written with initials. */
export function isAbbreviatedName(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && /^(?:\p{Lu}\p{Ll}*\s+)*(?:\p{Lu}\.\s*)+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)*$/u.test(t);
}

/** A signer title not in capitals: "Kt. Giám đốc", "Phó Giám đốc". */
function isLowerSignerTitle(l: Line): boolean {
  const t = l.text;
  if (t.length > 60 || /[.;:,!?)]$/.test(t) || !/^\p{Lu}/u.test(t)) return false;
  return RE.signPrefix.test(t) || POSITION_WORDS.test(canon(t.toUpperCase()));
}

/** Words an agency name starts with (bare: no diacritics, lower case). */
const AGENCY_START_BARE =
  /^(uy ban|ubnd|hdnd|hoi dong|so|bo|cuc|tong cuc|chi cuc|vu|vien|ban|phong|van phong|trung tam|truong|benh vien|cong ty|tong cong ty|tap doan|thanh tra|kho bac|dai|hoc vien|dai hoc|cong an|bo chi huy|ngan hang|co quan|lien doan|hoi|doan|mat tran|toa an|kiem toan|chinh phu|quoc hoi|bao hiem|tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)(?![a-z])/;

function isAgencyLike(l: Line): boolean {
  const t = l.text;
  const b = bare(t).replace(/\s+/g, ' ');
  // Not an OCR line that merged the agency with the Tiêu ngữ or the date.
  if (/doc lap|tu do|hanh phuc|cong hoa|, ngay /.test(b)) return false;
  return t.length <= 80 && letters(t) >= 2 && !/[.:;!?,]$/.test(t) && /^\p{Lu}/u.test(t) && AGENCY_START_BARE.test(b);
}

/**
 * A header line not in capitals that is an agency name ("Sở Nội vụ",
 * "Ủy ban nhân dân tỉnh Lai Châu"): it starts with an agency word and the Số
 * line follows within a few lines, with only agency, Quốc hiệu or Tiêu ngữ
 * lines between (sequential or two-column table layout).
 */
function isLowerAgencyLine(lines: Line[], k: number): boolean {
  if (!isAgencyLike(lines[k])) return false;
  for (let j = k + 1; j < Math.min(lines.length, k + 7); j++) {
    const lj = lines[j];
    if (isSoLine(lj)) return true;
    if (isQuocHieu(lj) || isTieuNgu(lj) || isUpperLine(lj) || isAgencyLike(lj)) continue;
    return false;
  }
  return false;
}

/**
 * A trích yếu typed in capitals (ND30-TL-02 reports it) rather than an
 * authority line: not a position or agency name; under a quyết định or nghị
 * quyết (which have an authority line) only the template openings "VỀ …",
 * "BAN HÀNH …", "PHÊ DUYỆT …". Without `title`: a continuation line.
 */
function isCapsTrichYeu(t: Line, title?: Line): boolean {
  if (!isUpperLine(t) || isSoLine(t)) return false;
  const b = bare(t.text).replace(/\s+/g, ' ');
  const key = title ? isTitleLine(title)?.key : undefined;
  if ((key === 'quyet_dinh' || key === 'nghi_quyet') && !/^(ve|ban hanh|phe duyet) /.test(b)) return false;
  if (/^(ban hanh|phe duyet) /.test(b)) return true;
  return !POSITION_WORDS.test(canon(t.text)) && !AGENCY_START_BARE.test(b);
}

/** The template's placeholder for the signer's name: "Họ và tên", "[Họ và tên]", "…". */
export function isNamePlaceholder(text: string): boolean {
  return /^[([]?\s*(họ\s+và\s+tên|họ\s+tên)(\s+người\s+ký)?\s*[)\]]?$/iu.test(text.trim()) || /^(…+|\.{3,}|_{3,})$/u.test(text.trim());
}

export function isSignaturePlaceholder(l: Line): boolean {
  const t = l.text.trim();
  return (
    /^[([](.{0,120})[)\]]$/u.test(t) && /(ký|dấu|signature|chữ ký|đã ký)/iu.test(t)
  ) || /^(đã\s+ký|\(đã\s+ký\)|\[đã\s+ký\]|ký\s+tên|\(ký.*\))\.?$/iu.test(t);
}

export function isTitleLine(l: Line): DocType | undefined {
  const t = l.text.replace(/\s*:\s*$/, '').trim();
  if (t.length > 40) return undefined;
  return docTypeByTitle(t);
}
function isVbqpplTitle(l: Line): boolean {
  const t = canon(l.text.replace(/\s*:\s*$/, '').trim());
  return isUpper(t) && VBQPPL_TITLES.some((v) => canon(v) === t);
}
function isCopyForm(l: Line): boolean {
  const t = canon(l.text.trim().toUpperCase());
  return COPY_FORMS.some((c) => t === canon(c.title)) || t === canon('SAO Y BẢN CHÍNH');
}

export function isSoLine(l: Line): boolean {
  const m = RE.so.exec(l.text);
  if (!m) return false;
  const rest = l.text.slice(m[0].length);
  // "Số: 15/QĐ-BNV", "Số 15/QĐ-BNV", "Số:    /TTr-UBND", "Số: …/GM-UBND", "Số: 15"
  return /^\s*[:.;]?\s*[\d.…_\s]*\s*\//u.test(rest) || /^\s*[:.;]?\s*\d+-\p{Lu}/u.test(rest) || /^\s*:\s*[\d.…_ ]*$/u.test(rest) || /^\s*:\s*\d+\s*$/.test(rest);
}

export function isDateLine(l: Line): boolean {
  if (l.text.length > 90) return false;
  const b = bare(l.text);
  return RE.dateBare.test(b) || RE.dateNumeric.test(l.text);
}

function isMark(l: Line): boolean {
  const b = bare(l.text).replace(/[^a-z ]/g, '').trim();
  return /^(tuyet mat|toi mat|mat|bi mat|hoa toc|thuong khan|khan|rat khan|khan cap|xem xong tra lai|luu hanh noi bo|noi bo|hoa toc hen gio|thuong khan hen gio)$/.test(b);
}

function isQuocHieu(l: Line): boolean {
  return RE.quocHieuBare.test(bare(l.text));
}
function isTieuNgu(l: Line): boolean {
  return RE.tieuNguBare.test(bare(l.text));
}
export function isKinhGui(l: Line): boolean {
  return RE.kinhGuiBare.test(bare(l.text));
}
export function isNoiNhanLabel(l: Line): boolean {
  const b = bare(l.text);
  return RE.noiNhanBare.test(b) && (l.text.length < 40 || /^noi\s+(nhan|gui)\s*:?\s*[-+•*]\s/.test(b));
}
function isEnact(l: Line): boolean {
  return RE.enactBare.test(bare(l.text));
}
function isVv(l: Line): boolean {
  return RE.vv.test(l.text);
}
function startsLower(l: Line): boolean {
  return /^\p{Ll}/u.test(l.text);
}
/** A long list line that breaks with no punctuation: the next line continues it (PDF text). */
function wrapsOn(l: Line): boolean {
  return l.text.length >= 25 && /[\p{L}\p{N}]$/u.test(l.text);
}
function isBullet(l: Line): boolean {
  return RE.bullet.test(l.text) && !/^\*\*/.test(l.text);
}

// ---------------------------------------------------------------- builder

export function buildModel(md: MarkdownDoc): DocModel {
  const lines = md.lines;
  const n = lines.length;
  const m: DocModel = {
    md,
    lines,
    isDocument: false,
    regime: 'hanh-chinh',
    headerEnd: 0,
    agency: [],
    marks: [],
    trichYeu: [],
    trichYeuInHeader: false,
    authority: [],
    canCu: [],
    body: [],
    signers: [],
    footerStart: n,
    annex: [],
  };

  // ---- header zone
  const HEADER_MAX = Math.min(n, 30);
  let k = 0;
  let inVv = false;
  for (; k < HEADER_MAX; k++) {
    const l = lines[k];
    if (isTitleLine(l) || isVbqpplTitle(l) || isKinhGui(l) || RE.canCu.test(l.text) || isEnact(l) || RE.article.test(l.text) || isNoiNhanLabel(l)) {
      if (!(isCopyForm(l) && l.cell)) break;
    }
    if (isQuocHieu(l)) {
      m.quocHieu ??= l;
      inVv = false;
      continue;
    }
    if (isTieuNgu(l)) {
      m.tieuNgu ??= l;
      inVv = false;
      continue;
    }
    if (RE.partyBare.test(bare(l.text))) {
      m.party ??= l;
      continue;
    }
    if (isSoLine(l) && !m.so) {
      m.so = l;
      inVv = false;
      continue;
    }
    if (isDateLine(l) && !m.date) {
      m.date = l;
      inVv = false;
      continue;
    }
    if (isMark(l)) {
      m.marks.push(l);
      continue;
    }
    if (isCopyForm(l)) {
      m.copyForm = l;
      continue;
    }
    if (isVv(l) && m.trichYeu.length === 0) {
      m.trichYeu.push(l);
      m.trichYeuInHeader = true;
      inVv = true;
      continue;
    }
    if (inVv && (startsLower(l) || (!l.blankBefore && !isUpperLine(l))) && !isSoLine(l)) {
      m.trichYeu.push(l);
      continue;
    }
    if (isUpperLine(l) && letters(l.text) >= 2 && l.text.length <= 120) {
      // Agency lines (ô 2); a signer title here would be odd but harmless.
      m.agency.push(l);
      inVv = false;
      continue;
    }
    if (!m.so && !m.date && isLowerAgencyLine(lines, k)) {
      // An agency line not in capitals ("Sở Nội vụ") right above the Số line:
      // still ô 2 (ND30-CQ-01 reports the case).
      m.agency.push(l);
      inVv = false;
      continue;
    }
    // In a header table (the first table, at the top), an unknown line does
    // not end the header: the other column still follows.
    if (l.cell && l.cell.table === 0 && lines[0].cell?.table === 0) continue;
    // Anything else is prose: the header ends.
    break;
  }
  m.headerEnd = k;
  // A header made only of agency-like UPPER lines (no Quốc hiệu, Số or date)
  // is not a header: e.g. a README title in capitals.
  if (!m.quocHieu && !m.tieuNgu && !m.so && !m.date && !m.party) {
    m.agency = [];
    m.marks = [];
    m.headerEnd = m.trichYeu.length ? k : 0;
    if (!m.trichYeu.length) k = 0;
  }

  // ---- title and trích yếu
  let pos = k;
  if (pos < n && (isTitleLine(lines[pos]) || isVbqpplTitle(lines[pos]))) {
    const l = lines[pos];
    if (isVbqpplTitle(l)) m.vbqpplTitle = l;
    else m.title = l;
    pos++;
    const noTrichYeu = m.title && ['giay_gioi_thieu', 'giay_nghi_phep'].includes(isTitleLine(m.title)!.key);
    if (!noTrichYeu) {
      while (pos < n && m.trichYeu.length < 4) {
        const t = lines[pos];
        if (isKinhGui(t) || RE.canCu.test(t.text) || isEnact(t) || RE.article.test(t.text) || isNoiNhanLabel(t)) break;
        if (/^\(?\s*kèm theo\b/iu.test(t.text)) break;
        if (/^(\d+|[IVXLC]+)[.)]\s/.test(t.text) || isBullet(t)) break;
        if (t.text.length > 300) break;
        if (m.trichYeu.length === 0) {
          if (isUpperLine(t) && !(isVv(t)) && !isCapsTrichYeu(t, m.title)) break; // authority line, no trích yếu
          m.trichYeu.push(t);
          pos++;
          continue;
        }
        const prev = m.trichYeu[m.trichYeu.length - 1];
        const cont = !t.blankBefore && (!isUpperLine(t) || (isUpperLine(prev) && isCapsTrichYeu(t))) && (startsLower(t) || (t.bold && prev.bold) || !/[.:;!?]$/.test(prev.text));
        if (!cont) break;
        // In OCR text a capitalised sentence right after is the body, unless bold.
        if (!t.bold && !startsLower(t) && /[.:;]$/.test(t.text)) break;
        m.trichYeu.push(t);
        pos++;
      }
    }
    // "(Kèm theo Quyết định số …)" under the trích yếu of an attached document.
    if (pos < n && /^\(?\s*kèm theo\b/iu.test(lines[pos].text)) pos++;
  } else if (pos < n && !m.trichYeu.length && isVv(lines[pos]) && m.headerEnd > 0) {
    m.trichYeu.push(lines[pos]);
    m.trichYeuInHeader = true;
    pos++;
    while (pos < n && startsLower(lines[pos]) && !lines[pos].blankBefore) m.trichYeu.push(lines[pos++]);
  }

  // ---- Kính gửi
  const readList = (label: Line, from: number): { items: Line[]; next: number } => {
    const items: Line[] = [];
    let p = from;
    while (p < n) {
      const t = lines[p];
      if (isBullet(t)) {
        items.push(t);
        p++;
        continue;
      }
      // A wrapped item: indented or lowercase line right under an item, or
      // (text pasted from a PDF) any line right under a long item that breaks
      // with no punctuation.
      if (items.length && !t.blankBefore && (t.indent > 0 || startsLower(t) || wrapsOn(items[items.length - 1])) && !isUpperLine(t)) {
        items.push(t);
        p++;
        continue;
      }
      break;
    }
    void label;
    return { items, next: p };
  };
  if (pos < n && isKinhGui(lines[pos])) {
    const label = lines[pos];
    const r = readList(label, pos + 1);
    m.kinhGui = { label, items: r.items };
    pos = r.next;
  }

  // ---- authority line(s) (QĐ, NQ: "GIÁM ĐỐC SỞ NỘI VỤ")
  while (pos < n && isUpperLine(lines[pos]) && !isEnact(lines[pos]) && !RE.article.test(lines[pos].text) && !/^([IVXLC]+|\d+)[.)]\s/.test(lines[pos].text) && m.authority.length < 3) {
    if (isNoiNhanLabel(lines[pos])) break;
    m.authority.push(lines[pos]);
    pos++;
  }
  if (pos < n && isKinhGui(lines[pos]) && !m.kinhGui) {
    const label = lines[pos];
    const r = readList(label, pos + 1);
    m.kinhGui = { label, items: r.items };
    pos = r.next;
  }

  // ---- căn cứ block
  if (pos < n && RE.canCu.test(lines[pos].text) && !/(:|như sau[:.]?)$/u.test(lines[pos].text) && !isCanCuProse(lines[pos].text)) {
    while (pos < n) {
      const t = lines[pos];
      if (RE.canCuFollow.test(t.text) && !/(như sau\s*:?|:)$/u.test(t.text) && !isCanCuProse(t.text)) {
        m.canCu.push(t);
        pos++;
        continue;
      }
      // A căn cứ wrapped over two source lines (no blank line, lowercase start).
      if (m.canCu.length && !t.blankBefore && !isEnact(t) && (startsLower(t) || (!/[;.:]$/.test(m.canCu[m.canCu.length - 1].text) && !isUpperLine(t) && !RE.article.test(t.text)))) {
        m.canCu.push(t);
        pos++;
        continue;
      }
      break;
    }
  }

  // ---- enacting line
  if (pos < n && isEnact(lines[pos]) && (m.canCu.length || m.authority.length || m.title)) {
    m.enact = lines[pos];
    pos++;
  }
  const bodyStart = pos;
  // Documents attached after the footer: the footer is searched before them.
  const mainEnd = annexStart(lines, bodyStart);
  m.annex = lines.slice(mainEnd);

  // ---- footer: Nơi nhận and signer blocks, found from the end
  let nnIdx = -1;
  for (let i = mainEnd - 1; i >= bodyStart; i--) {
    if (isNoiNhanLabel(lines[i])) {
      nnIdx = i;
      break;
    }
  }
  const inNoiNhan = new Set<number>();
  if (nnIdx >= 0) {
    const label = lines[nnIdx];
    const items: Line[] = [];
    // Same-line items: "Nơi nhận: - Như trên; - Lưu: VT." are kept on the label.
    let p = nnIdx + 1;
    while (p < mainEnd) {
      const t = lines[p];
      const bullet = isBullet(t) || RE.luu.test(t.text);
      const sameCell = label.cell && t.cell && label.cell.table === t.cell.table && label.cell.col === t.cell.col;
      if (bullet && (!label.cell || sameCell || !t.cell)) {
        items.push(t);
        p++;
        continue;
      }
      if ((items.length && (t.indent > 0 || startsLower(t) || (!t.blankBefore && wrapsOn(items[items.length - 1]))) || (/;$/.test(t.text) && t.text.length <= 200)) && !isUpperLine(t) && !isBullet(t) && (!label.cell || sameCell) && !RE.drafter.test(t.text)) {
        items.push(t);
        p++;
        continue;
      }
      break;
    }
    m.noiNhan = { label, items };
    inNoiNhan.add(nnIdx);
    for (const it of items) inNoiNhan.add(it.i);
    // ô 12 right after: "PL.(300)"
    if (p < mainEnd && RE.drafter.test(lines[p].text)) {
      m.drafter = lines[p];
      inNoiNhan.add(p);
    }
  }

  // Signer blocks: scanning backwards from the end, skipping the Nơi nhận block.
  const signers: SignerBlock[] = [];
  let i = mainEnd - 1;
  let lowestFooter = nnIdx >= 0 ? nnIdx : mainEnd;
  const isContact = (t: Line) => /^(địa chỉ|điện thoại|đt|fax|e-?mail|website)(?![\p{L}\p{N}])/iu.test(t.text);
  const minSignerIdx = Math.max(bodyStart, mainEnd - 40);
  while (i >= minSignerIdx) {
    const t = lines[i];
    if (inNoiNhan.has(i) || isContact(t) || RE.drafter.test(t.text)) {
      i--;
      continue;
    }
    // name, then placeholders, then UPPER titles (reading upwards)
    let j = i;
    let name: Line | undefined;
    const placeholders: Line[] = [];
    if ((looksLikeName(lines[j].text) || isAbbreviatedName(lines[j].text) || isNamePlaceholder(lines[j].text)) && !POSITION_WORDS.test(canon(lines[j].text.toUpperCase()))) {
      name = lines[j];
      j--;
    }
    while (j >= minSignerIdx && !inNoiNhan.has(j) && isSignaturePlaceholder(lines[j])) {
      placeholders.unshift(lines[j]);
      j--;
    }
    const titles: Line[] = [];
    while (j >= minSignerIdx && !inNoiNhan.has(j) && (isUpperLine(lines[j]) || isLowerSignerTitle(lines[j])) && lines[j].text.length <= 90 && !/\.\/\.$/.test(lines[j].text) && !isTitleLine(lines[j])) {
      titles.unshift(lines[j]);
      j--;
    }
    if (!titles.length) {
      // The confirmation box under a giấy nghỉ phép (Mẫu 1.10): "Xác nhận của
      // cơ quan … / (Chữ ký, dấu) / Họ và tên" is not the signer: skip it.
      if (j >= minSignerIdx && j < i && /^\(?\s*xác\s+nhận(?![\p{L}])/iu.test(lines[j].text)) {
        i = j - 1;
        continue;
      }
      break;
    }
    // Titles must look like a signer's (prefix or position word), not body capitals.
    if (!titles.some((x) => POSITION_WORDS.test(canon(x.text)) || RE.signPrefix.test(x.text) || titles.length <= 3)) break;
    signers.unshift({ titles, placeholders, name });
    lowestFooter = Math.min(lowestFooter, titles[0].i);
    i = j;
    if (signers.length >= 4) break;
  }
  // A body paragraph that ends in "./." cannot be part of the footer.
  m.signers = signers;
  m.footerStart = Math.max(bodyStart, Math.min(lowestFooter, mainEnd));
  m.body = lines.slice(bodyStart, m.footerStart).filter((l) => !inNoiNhan.has(l.i));

  // ---- document type
  const fm = md.frontMatter?.data ?? {};
  const fmType = fm['loai'] ?? fm['loại'] ?? fm['type'] ?? fm['ten_loai'];
  if (fmType && docTypeByKey(fmType)) {
    m.type = docTypeByKey(fmType);
    m.typeSource = 'front-matter';
  } else if (m.title) {
    m.type = isTitleLine(m.title);
    m.typeSource = 'title';
  } else if (m.trichYeuInHeader) {
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

  // ---- regime
  const soYear = m.so && /^\S+\s*:?\s*[\d.…_ ]*\/\s*\d{4}\s*\//u.test(m.so.text.replace(RE.so, 'Số'));
  const fmRegime = (fm['che_do'] ?? fm['regime'] ?? '').toLowerCase();
  // A year in the number is the VBQPPL pattern, except for a tên loại that is
  // never a VBQPPL (kế hoạch, tờ trình, công văn…): that stays hành chính and
  // ND30-SO-06 reports the year.
  const neverVbqppl = !!m.type && m.typeSource !== 'so' && !['quyet_dinh', 'nghi_quyet', 'chi_thi'].includes(m.type.key);
  if (m.party || fmRegime === 'dang') m.regime = 'dang';
  else if (m.vbqpplTitle || (soYear && !neverVbqppl) || fmRegime === 'vbqppl') m.regime = 'vbqppl';
  else m.regime = 'hanh-chinh';

  // ---- is it a document?
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
  return m;
}

/** "Căn cứ Kế hoạch số …, Sở Nội vụ đề nghị …": a sentence of the body, not a căn cứ line. */
export function isCanCuProse(text: string): boolean {
  return /,\s+\p{Lu}[^,;]{0,60}?\s(kính\s+trình|trình|đề\s+nghị|yêu\s+cầu|trân\s+trọng|xây\s+dựng|thông\s+báo|báo\s+cáo|chỉ\s+đạo|đề\s+xuất|giao|xin)(?![\p{L}\p{N}])/u.test(text);
}

/**
 * Start of a document attached after the main footer: after a "Nơi nhận:" label,
 * a new Quốc hiệu, an UPPER type title (QUY CHẾ) or a "Phụ lục" heading, with the
 * attached header's agency lines before it. The number of lines when none.
 */
function annexStart(lines: Line[], from: number): number {
  const n = lines.length;
  let nn = -1;
  for (let i = from; i < n && nn < 0; i++) if (isNoiNhanLabel(lines[i])) nn = i;
  if (nn < 0) return n;
  for (let i = nn + 1; i < n; i++) {
    const l = lines[i];
    const phuLuc = /^phụ\s+lục(?![\p{L}])/iu.test(l.text) && l.text.length <= 80 && !/[;,]$/.test(l.text);
    // "(Kèm theo Quyết định số …)" under the heading of an attached list
    // ("DANH SÁCH …", "DANH MỤC …") that is not one of the 29 types: the
    // annex starts at its heading lines (bold or UPPER, at most 3, not the signer's).
    if (/^\(\s*kèm\s+theo(?![\p{L}])/iu.test(l.text)) {
      let s = i;
      const heading = (x: Line) => (x.bold || isUpperLine(x)) && !x.cell && !looksLikeName(x.text) && !isSignaturePlaceholder(x) && !POSITION_WORDS.test(canon(x.text)) && !RE.signPrefix.test(x.text) && !isNoiNhanLabel(x);
      while (s > nn + 1 && i - s < 3 && heading(lines[s - 1])) s--;
      if (s < i) return s;
    }
    if (!isQuocHieu(l) && !(isTitleLine(l) && isUpperLine(l)) && !phuLuc && !isCopyForm(l)) continue;
    let s = i;
    if (l.cell) while (s > nn + 1 && lines[s - 1].cell?.table === l.cell.table) s--;
    else if (isQuocHieu(l)) while (s > nn + 1 && isUpperLine(lines[s - 1]) && !looksLikeName(lines[s - 1].text) && !isNoiNhanLabel(lines[s - 1])) s--;
    else if (isCopyForm(l)) {
      // A copy block laid out line by line (Mẫu 3.1): the copier's agency
      // lines and its "Số: …/SL-…" line come before "SAO LỤC".
      const copyHead = (x: Line) =>
        isSoLine(x) || (isUpperLine(x) && !looksLikeName(x.text) && !isNoiNhanLabel(x) && !RE.signPrefix.test(x.text) && !POSITION_WORDS.test(canon(x.text)));
      while (s > nn + 1 && !lines[s - 1].cell && copyHead(lines[s - 1])) s--;
    }
    return s;
  }
  return n;
}

/** The first group of the ký hiệu ("QĐ" in "Số: 15/QĐ-BNV"). */
export function soTypeAbbr(text: string): string | undefined {
  const mm = /\/\s*(?:\d{4}\s*\/\s*)?([^\s/-]+)/u.exec(text);
  return mm?.[1];
}
