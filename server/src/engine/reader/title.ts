// Tên loại and trích yếu (ô 5a / 5b): the title line ("QUYẾT ĐỊNH", "KẾ
// HOẠCH"), the trích yếu under it (lower case, or typed in capitals), the
// "V/v …" line of a công văn, copy forms and VBQPPL titles.

import type { Line } from '../markdown';
import { canon, isUpper } from '../text';
import { textFact } from '../textMemo';
import { COPY_FORMS, DocType, docTypeByTitle, VBQPPL_TITLES } from '../vocab';
import { AGENCY_START_BARE, bareLine, isBullet, isUpperLine, joinLines, letters, POSITION_WORDS, RE, sliceLine, startsLower } from './common';
import type { DocModel } from './doc-model';
import { isSoLine } from './so';
import { isDienLabel, isKinhGui } from './kinh-gui';
import { isEnact } from './can-cu';
import { isNoiNhanLabel } from './noi-nhan';
import { stripTrailingMark } from '../rules/tail';

/** The longest trích yếu line accepted (published QĐ have 300+ characters). */
const TRICH_YEU_MAX = 700;
/** The most lines a trích yếu may wrap over (pasted PDF text wraps long ones over 5 or 6). */
const TRICH_YEU_LINES = 6;

export function isTitleLine(l: Line): DocType | undefined {
  return isTitleText(l.text);
}

/** isTitleLine of a line's text. */
export function isTitleText(s: string): DocType | undefined {
  const t = stripTrailingMark(s, ':').trim();
  if (t.length > 40) return undefined;
  return docTypeByTitle(t);
}

/**
 * A line in capitals that starts with a tên loại and goes on ("BÁO CÁO KẾT
 * QUẢ KHẢO SÁT"): the tên loại and the rest (the start of the trích yếu), or
 * undefined.
 */
export function titleWithMore(l: Line): { title: Line; rest: Line } | undefined {
  if (!isUpperLine(l) || l.text.length > 120) return undefined;
  const words = l.text.trim().split(/\s+/);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const len = words.slice(0, k).join(' ').length;
    const title = sliceLine(l, 0, len);
    const rest = sliceLine(l, len, l.text.length);
    if (title && rest && letters(rest.text) >= 2 && isTitleLine(title)) return { title, rest };
  }
  return undefined;
}

/**
 * titleWithMore where a title is expected: after the Quốc hiệu and the date,
 * or, in a document issued with a quyết định (Mẫu 1.3: no Số, no date),
 * above its "(Ban hành kèm theo …)" line ("QUY CHẾ LÀM VIỆC" / "CỦA …" /
 * "(Ban hành kèm theo Quyết định số …)").
 */
export function titleWithMoreAt(m: DocModel, lines: Line[], k: number): { title: Line; rest: Line } | undefined {
  if (!m.quocHieu || !(m.date || attachedBelow(lines, k))) return undefined;
  return titleWithMore(lines[k]);
}

/** A "(Kèm theo …)" line within a trích yếu's length below line k. */
function attachedBelow(lines: Line[], k: number): boolean {
  for (let i = k + 1; i < lines.length && i <= k + TRICH_YEU_LINES; i++) if (isAttachedToLine(lines[i])) return true;
  return false;
}

export function isVbqpplTitle(l: Line): boolean {
  const t = canon(stripTrailingMark(l.text, ':').trim());
  return isUpper(t) && VBQPPL_CANON.has(t);
}
/** VBQPPL_TITLES in canonical form (computed once, not per line asked). */
const VBQPPL_CANON = new Set(VBQPPL_TITLES.map((v) => canon(v)));

export function isCopyForm(l: Line): boolean {
  return copyForm.text(l.text);
}
/** Remembered per text (the annex reader asks it of every line). */
export const copyForm = textFact((s) => {
  const t = canon(s.trim().toUpperCase());
  return COPY_FORMS.some((c) => t === canon(c.title)) || t === canon('SAO Y BẢN CHÍNH');
});

/** A line in capitals that starts like the trích yếu of a quyết định: "BAN HÀNH …", "PHÊ DUYỆT …", "GIAO …". */
export function startsWithTrichYeuVerb(l: Line): boolean {
  return isUpperLine(l) && TRICH_YEU_VERBS.test(canon(l.text.toUpperCase()));
}

/** "V/v …", "Về việc …". */
export function isVv(l: Line): boolean {
  return RE.vv.test(l.text);
}

/**
 * "Về tăng cường …": a công văn's trích yếu written with "Về" instead of
 * "V/v" (ND30-TL-04 reports the prefix). Only recognised where ô 5b is.
 */
export function isVeTrichYeu(l: Line): boolean {
  return /^[Vv]ề\s+\p{Ll}/u.test(l.text) && l.text.length <= TRICH_YEU_MAX && !/:$/.test(l.text);
}

/** Verbs a trích yếu of a quyết định / nghị quyết starts with (canonical capitals). */
const TRICH_YEU_VERBS = new RegExp(
  '^(' +
    [
      'VỀ', 'BAN HÀNH', 'PHÊ DUYỆT', 'PHÊ CHUẨN', 'CÔNG BỐ', 'GIAO', 'PHÂN BỔ', 'PHÂN CÔNG', 'PHÂN CẤP', 'PHÂN LOẠI', 'QUY ĐỊNH', 'BỔ NHIỆM', 'BỔ SUNG',
      'BỐ TRÍ', 'SỬA ĐỔI', 'THÀNH LẬP', 'KIỆN TOÀN', 'CHO PHÉP', 'CHO THÔI', 'CHO THUÊ', 'ĐIỀU CHỈNH', 'ĐIỀU ĐỘNG', 'ĐIỀU CHUYỂN', 'HỦY BỎ', 'BÃI BỎ',
      'CÔNG NHẬN', 'TẶNG', 'KHEN THƯỞNG', 'CỬ', 'ỦY QUYỀN', 'THU HỒI', 'CHUYỂN', 'NÂNG', 'XẾP', 'CHẤP THUẬN', 'ĐÌNH CHỈ', 'KỶ LUẬT',
      'XỬ PHẠT', 'GIẢI THỂ', 'SÁP NHẬP', 'HỢP NHẤT', 'TỔ CHỨC', 'TRIỂN KHAI', 'THỰC HIỆN', 'HỖ TRỢ', 'CẤP', 'GIA HẠN', 'TIẾP NHẬN', 'TUYỂN DỤNG',
      'MIỄN NHIỆM', 'MIỄN', 'GIẢM', 'ÁP DỤNG', 'THÔNG QUA', 'DUYỆT', 'BẦU', 'BÃI NHIỆM', 'CHO', 'ĐẶT TÊN', 'ĐỔI TÊN', 'XÁC NHẬN', 'XÁC ĐỊNH',
      'ĐIỀU HÀNH', 'QUẢN LÝ', 'HƯỚNG DẪN', 'THÀNH LẬP', 'TẠM', 'GIẢI QUYẾT', 'CÔNG KHAI', 'THANH LÝ', 'MUA SẮM', 'ĐẦU TƯ', 'CHỦ TRƯƠNG', 'DỪNG',
      'KÉO DÀI', 'NGHỈ', 'ĐÀO TẠO', 'CỬ ĐI', 'THÔI', 'LẬP', 'KẾ HOẠCH', 'DANH MỤC', 'DỰ TOÁN', 'QUYẾT TOÁN', 'BẢNG GIÁ', 'GIÁ',
    ]
      .map((v) => canon(v))
      .join('|') +
    ')(?![\\p{L}\\p{N}])',
  'u',
);

/** An authority line under a quyết định / nghị quyết: a position, or an agency name (with its accents). */
const AUTHORITY_START = new RegExp(
  '^(' +
    [
      'ỦY BAN', 'UBND', 'HĐND', 'HỘI ĐỒNG', 'SỞ', 'BỘ', 'CỤC', 'TỔNG CỤC', 'CHI CỤC', 'VỤ', 'VIỆN', 'BAN', 'PHÒNG', 'VĂN PHÒNG', 'TRUNG TÂM', 'TRƯỜNG',
      'BỆNH VIỆN', 'CÔNG TY', 'TỔNG CÔNG TY', 'TẬP ĐOÀN', 'THANH TRA', 'KHO BẠC', 'ĐÀI', 'HỌC VIỆN', 'ĐẠI HỌC', 'CÔNG AN', 'BỘ CHỈ HUY', 'NGÂN HÀNG',
      'CƠ QUAN', 'LIÊN ĐOÀN', 'HỘI', 'ĐOÀN', 'MẶT TRẬN', 'TÒA ÁN', 'KIỂM TOÁN', 'CHÍNH PHỦ', 'QUỐC HỘI', 'BẢO HIỂM', 'THƯỜNG TRỰC', 'BAN CHẤP HÀNH',
      'BAN THƯỜNG VỤ', 'ĐẢNG ỦY', 'TỈNH ỦY', 'THÀNH ỦY', 'HUYỆN ỦY',
    ]
      .map((v) => canon(v))
      .join('|') +
    ')(?![\\p{L}\\p{N}])',
  'u',
);

/**
 * A trích yếu typed in capitals (ND30-TL-02 reports it) rather than an
 * authority line. Under a quyết định or nghị quyết (which have an authority
 * line): a line that starts with a verb of a trích yếu ("CÔNG BỐ", "GIAO",
 * "PHÂN BỔ", "VỀ"…), or that names neither a position nor an agency. Without
 * `title`: a continuation line.
 */
export function isCapsTrichYeu(t: Line, title?: Line): boolean {
  if (!isUpperLine(t) || isSoLine(t)) return false;
  const b = bareLine(t);
  const c = canon(t.text.toUpperCase());
  const key = title ? isTitleLine(title)?.key : undefined;
  if (key === 'quyet_dinh' || key === 'nghi_quyet') {
    if (TRICH_YEU_VERBS.test(c)) return true;
    return !POSITION_WORDS.test(c) && !AUTHORITY_START.test(c) && !RE.signPrefix.test(t.text);
  }
  if (/^(ban hanh|phe duyet) /.test(b)) return true;
  return !POSITION_WORDS.test(c) && !AGENCY_START_BARE.test(b);
}

/** "(Kèm theo …)", "(Ban hành kèm theo …)", typo "(kem theo …)", "(Gửi kèm Công văn số …)": the line naming the document an annex is attached to. */
export function isAttachedToLine(l: Line): boolean {
  return ATTACHED_TO.test(l.text);
}
/** Module-level: asked of every line by the annex reader (a literal in the function is a new RegExp per call). */
const ATTACHED_TO = /^\(?\s*((ban\s+hành\s+)?k[èe]m\s+theo|(gửi|đính)\s+kèm(\s+theo)?)(?![\p{L}])/iu;

/**
 * Reads the title (or VBQPPL title) at `pos` and its trích yếu; or, without a
 * title, a "V/v" line right after the header. Returns the next position.
 */
export function readTitle(m: DocModel, pos: number): number {
  const lines = m.lines;
  const n = lines.length;
  if (pos < n && (isTitleLine(lines[pos]) || isVbqpplTitle(lines[pos]))) {
    const l = lines[pos];
    if (isVbqpplTitle(l)) m.vbqpplTitle = l;
    else m.title = l;
    pos++;
    const noTrichYeu = m.title && ['giay_gioi_thieu', 'giay_nghi_phep'].includes(isTitleLine(m.title)!.key);
    if (!noTrichYeu) pos = readTrichYeu(lines, pos, m.trichYeu, m.title);
    // "(Kèm theo Quyết định số …)" under the trích yếu of an attached document.
    if (pos < n && isAttachedToLine(lines[pos])) pos++;
  } else if (pos < n && pos === m.headerEnd && !m.trichYeu.length && titleWithMoreAt(m, lines, pos)) {
    // "BÁO CÁO KẾT QUẢ KHẢO SÁT": the tên loại, then the words after it start the trích yếu.
    const split = titleWithMoreAt(m, lines, pos)!;
    m.title = split.title;
    m.trichYeu.push(split.rest);
    // Mẫu 1.3 (no date): everything down to "(Ban hành kèm theo …)" is the trích yếu.
    const attached = !m.date && attachedBelow(lines, pos);
    pos++;
    // The trích yếu begun on the title line goes on on the lines in capitals
    // under it, also after a blank line (Markdown's paragraph break between
    // the bold lines of a title block: "QUY CHẾ LÀM VIỆC" / "CỦA ỦY BAN …");
    // above "(Ban hành kèm theo …)" (Mẫu 1.3), every line up to it
    // ("QUY CHẾ LÀM VIỆC" / "của Ủy ban nhân dân xã …").
    while (pos < n && m.trichYeu.length < TRICH_YEU_LINES && !endsTrichYeu(lines[pos]) && (attached || isCapsTrichYeu(lines[pos], m.title))) m.trichYeu.push(lines[pos++]);
    pos = readTrichYeu(lines, pos, m.trichYeu, m.title);
    if (pos < n && isAttachedToLine(lines[pos])) pos++;
  } else if (pos < n && !m.trichYeu.length && isVv(lines[pos]) && m.headerEnd > 0) {
    m.trichYeu.push(lines[pos]);
    m.trichYeuInHeader = true;
    pos++;
    while (pos < n && startsLower(lines[pos]) && !lines[pos].blankBefore) m.trichYeu.push(lines[pos++]);
  }
  return pos;
}

/**
 * A capitals line that cannot end there: it stops on a preposition or on a
 * word whose name goes on ("… CỦA BAN" / "BÍ THƯ VỀ …", "… NGÀY" / "03/9/2019"),
 * so the next capitals line is the same trích yếu, not an authority line.
 */
const DANGLING_END = /(?<![\p{L}\p{N}])(CỦA|VÀ|VỀ|CHO|TẠI|TRONG|VỚI|NGÀY|SỐ|BAN|CÁC|NHỮNG|THEO|TRÊN|ĐỂ|DO|ĐẾN|TỪ|GIỮA|ĐỐI VỚI)$/u;

/** A line that is never part of a trích yếu: Kính gửi, căn cứ, an article, a list item, "(Kèm theo …)"… */
function endsTrichYeu(t: Line): boolean {
  if (isKinhGui(t) || isDienLabel(t) || RE.canCu.test(t.text) || isEnact(t) || RE.article.test(t.text) || isNoiNhanLabel(t)) return true;
  if (isAttachedToLine(t)) return true;
  if (RE.numbered.test(t.text) || isBullet(t)) return true;
  return t.text.length > TRICH_YEU_MAX;
}

/** The trích yếu lines under a title, from `pos`, pushed to `out`; returns the next position. */
export function readTrichYeu(lines: Line[], pos: number, out: Line[], title?: Line): number {
  const n = lines.length;
  while (pos < n && out.length < TRICH_YEU_LINES) {
    const t = lines[pos];
    if (endsTrichYeu(t)) break;
    if (out.length === 0) {
      // An authority line, no trích yếu; but not a trích yếu whose first word a
      // web copy left alone on its line ("BAN" / "HÀNH QUY CHẾ …").
      if (isUpperLine(t) && !isVv(t) && !isCapsTrichYeu(t, title) && !firstWordAlone(t, lines[pos + 1], title)) break;
      out.push(t);
      pos++;
      continue;
    }
    const prev = out[out.length - 1];
    // A trích yếu typed in capitals does not go on in mixed case; a line that
    // opens a căn cứ or lead-in ("Thực hiện …", "Căn cứ …") starts the next part.
    if (out.some(isUpperLine) && letters(t.text) >= 2 && !isUpperLine(t)) break;
    if (RE.canCuFollow.test(t.text) && /^\p{Lu}/u.test(t.text)) break;
    const cont = !t.blankBefore && (!isUpperLine(t) || (isUpperLine(prev) && (isCapsTrichYeu(t) || /[,–-]$/u.test(prev.text) || DANGLING_END.test(prev.text)))) && (startsLower(t) || (t.bold && prev.bold) || !/[.:;!?]$/.test(prev.text));
    if (!cont) break;
    // In OCR text a capitalised sentence right after is the body, unless bold.
    if (!t.bold && !startsLower(t) && /[.:;]$/.test(t.text)) break;
    out.push(t);
    pos++;
  }
  return pos;
}

/** "BAN" then "HÀNH QUY CHẾ …" (same paragraph): a capitals trích yếu wrapped after its first word. */
function firstWordAlone(t: Line, next: Line | undefined, title?: Line): boolean {
  return !!next && !next.blankBefore && /^\p{Lu}+$/u.test(t.text) && isUpperLine(next) && isCapsTrichYeu(joinLines(t, next, ' '), title);
}
