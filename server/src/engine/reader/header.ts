// The header zone (ô 1–4, 5b, 10): Quốc hiệu and Tiêu ngữ, the Party's name,
// the agency lines, Số, date, marks (MẬT, KHẨN…), copy form and the "V/v" line
// of a công văn. The zone ends at the title, Kính gửi, căn cứ or the first
// line of prose.

import type { Line } from '../markdown';
import { bare } from '../text';
import { textFact } from '../textMemo';
import { AGENCY_START_BARE, bareLine, isUpperLine, letters, RE, sliceLine, startsLower } from './common';
import type { DocModel } from './doc-model';
import { isSoLine, joinLines, soContinuation, soSplitAfterLabel, soTypeAbbr } from './so';
import { isDateLine } from './date';
import { isCopyForm, isTitleLine, isVbqpplTitle, isVeTrichYeu, isVv, startsWithTrichYeuVerb, titleWithMoreAt } from './title';
import { docTypeByAbbr } from '../vocab';
import { isKinhGui } from './kinh-gui';
import { isEnact } from './can-cu';
import { isNoiNhanLabel } from './noi-nhan';

/** Lines searched for the header. */
const HEADER_MAX = 30;

export function isQuocHieu(l: Line): boolean {
  return quocHieu.text(l.text);
}
/** Remembered per text: the bare form is costly, and the annex reader asks it of every line. */
export const quocHieu = textFact((s) => RE.quocHieuBare.test(bare(s)));
export function isTieuNgu(l: Line): boolean {
  return RE.tieuNguBare.test(bare(l.text));
}
export function isPartyLine(l: Line): boolean {
  return RE.partyBare.test(bare(l.text));
}

/** Độ mật / độ khẩn marks (ô 10a, 10b). */
export function isMark(l: Line): boolean {
  const b = bare(l.text).replace(/[^a-z ]/g, '').trim();
  return /^(tuyet mat|toi mat|mat|bi mat|hoa toc|thuong khan|khan|rat khan|khan cap|xem xong tra lai|luu hanh noi bo|noi bo|hoa toc hen gio|thuong khan hen gio)$/.test(b);
}

export function isAgencyLike(l: Line): boolean {
  const t = l.text;
  const b = bareLine(t);
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
export function isLowerAgencyLine(lines: Line[], k: number): boolean {
  if (!isAgencyLike(lines[k])) return false;
  for (let j = k + 1; j < Math.min(lines.length, k + 7); j++) {
    const lj = lines[j];
    if (isSoLine(lj)) return true;
    if (isQuocHieu(lj) || isTieuNgu(lj) || isUpperLine(lj) || isAgencyLike(lj)) continue;
    return false;
  }
  return false;
}

/** A line that ends the header zone: the title, Kính gửi, căn cứ, the enacting line, an article, Nơi nhận. */
function endsHeader(l: Line): boolean {
  return isTitleLine(l) !== undefined || isVbqpplTitle(l) || isKinhGui(l) || RE.canCu.test(l.text) || isEnact(l) || RE.article.test(l.text) || isNoiNhanLabel(l);
}

/**
 * A "Về …" trích yếu of a công văn in the plain-line layout: right after the Số
 * line (or its agency), with the date or Kính gửi still to come a few lines on.
 */
/**
 * A web copy that lost the "QUYẾT ĐỊNH" line: right after the Số (naming a
 * quyết định, nghị quyết or chỉ thị) and the date, a line in capitals starting
 * like its trích yếu ("BAN HÀNH PHƯƠNG ÁN …"), not an agency line.
 */
function isCapsTrichYeuAfterSo(m: DocModel, l: Line): boolean {
  if (!m.so || !m.date || !m.quocHieu || m.trichYeu.length || !startsWithTrichYeuVerb(l)) return false;
  const abbr = soTypeAbbr(m.so.text);
  const key = abbr ? docTypeByAbbr(abbr)?.key : undefined;
  return key === 'quyet_dinh' || key === 'nghi_quyet' || key === 'chi_thi';
}

function isVeInHeader(m: DocModel, lines: Line[], k: number): boolean {
  if (!m.so || m.trichYeu.length || !isVeTrichYeu(lines[k])) return false;
  for (let j = k + 1; j < Math.min(lines.length, k + 5); j++) {
    const lj = lines[j];
    if (isDateLine(lj) || isKinhGui(lj)) return true;
    if (startsLower(lj) && !lj.blankBefore) continue; // the trích yếu wraps
    if (isMark(lj) || isQuocHieu(lj) || isTieuNgu(lj)) continue;
    return false;
  }
  return false;
}

/** The start of a Quốc hiệu wrapped onto the next line: "CỘNG HÒA XÃ HỘI", "CỘNG HÒA XÃ", "CỘNG". */
function isQuocHieuStart(l: Line): boolean {
  return /^cong( hoa( xa( hoi( chu( nghia( viet)?)?)?)?)?)?$/.test(bareLine(l).trim().replace(/\s+/g, ' '));
}

/** The start of a Tiêu ngữ wrapped onto the next line: "Độc lập -", "Độc lập - Tự do -", "Độc lập". */
function isTieuNguStart(l: Line): boolean {
  return /^doc\s*lap(\s*[-–—‐‑−_,.]*\s*tu\s*do)?\s*[-–—‐‑−_,.]*$/.test(bareLine(l).trim());
}

/** A Quốc hiệu or Tiêu ngữ wrapped over `l` and `next`: sets it joined and returns true. */
function readWrappedNational(m: DocModel, l: Line, next: Line): boolean {
  if (!m.quocHieu && isQuocHieuStart(l) && isQuocHieu(joinLines(l, next, ' '))) {
    m.quocHieu = joinLines(l, next, ' ');
    return true;
  }
  if (!m.tieuNgu && isTieuNguStart(l) && isTieuNgu(joinLines(l, next, ' '))) {
    m.tieuNgu = joinLines(l, next, ' ');
    return true;
  }
  return false;
}

/** Two lines of the same paragraph or table cell (no blank line between). */
function sameBlock(a: Line, b: Line | undefined): boolean {
  if (!b || b.blankBefore) return false;
  if (!a.cell !== !b.cell) return false;
  return !a.cell || (a.cell.table === b.cell!.table && a.cell.row === b.cell!.row && a.cell.col === b.cell!.col);
}

/**
 * A place-date line wrapped over two or three lines ("Lạng Sơn, ngày 13" /
 * "tháng 01 năm 2020"): the joined line and the number of lines added.
 */
function wrappedDate(lines: Line[], k: number): { line: Line; extra: number } | undefined {
  const l = lines[k];
  const next = lines[k + 1];
  // "Quảng Bình," / "ngày 25 tháng 5 năm 2015": the place alone, the date (a
  // date line by itself) on the next line of the same cell or paragraph.
  const placeAlone = /^\p{Lu}[\p{L} .-]{0,30},$/u.test(l.text) && !!next && /^ngày\s/iu.test(next.text) && sameBlock(l, next);
  const placeSplit = !!next && /^[\p{L} ]{1,20},\s*ngày(\s|$)/u.test(next.text) && /^\p{Lu}[\p{L} ]{0,30}$/u.test(l.text) && sameBlock(l, next);
  // "Yên" / "Bái, ngày 21 tháng 6 năm" / "2019": the second line is a date
  // line by itself but lost the first syllable of the place and its year.
  if (!next || (isDateLine(next) && !placeAlone && !(placeSplit && yearLine(lines, k + 2, next)))) return undefined;
  if (l.text.length > 60 || (!placeSplit && !/(^|[\s,])(ngay|thang)(\s|$)|,$/.test(bareLine(l)))) return undefined;
  let j = l;
  for (let e = 1; e <= 2; e++) {
    const nx = lines[k + e];
    // A PDF copy with blanks left for the day and month puts "tháng" and "năm
    // 2026" in paragraphs of their own.
    const blankPart = !!nx && nx.text.length <= 14 && /^(tháng|năm)(\s|$)/iu.test(nx.text) && /(ngày|tháng)\s*$/iu.test(lines[k + e - 1].text);
    if ((!sameBlock(lines[k + e - 1], nx) && !blankPart) || nx.text.length > 40 || !(/^(ngày|tháng|năm|\d)/iu.test(nx.text) || (e === 1 && placeSplit))) return undefined;
    j = joinLines(j, nx, ' ');
    if (isDateLine(j)) return yearLine(lines, k + e + 1, j) ? { line: joinLines(j, lines[k + e + 1], ' '), extra: e + 1 } : { line: j, extra: e };
  }
  return undefined;
}

/**
 * The year of a date wrapped alone onto the next line of the same cell or
 * paragraph ("… tháng 6 năm" / "2019"): true when `lines[k]` is that year.
 */
function yearLine(lines: Line[], k: number, date: Line): boolean {
  const y = lines[k];
  return !!y && /^\d{4}\.?$/.test(y.text.trim()) && /(^|\s)năm\s*$/iu.test(date.text) && sameBlock(lines[k - 1], y);
}

/**
 * A web copy that flattens the two header columns onto one line: "ỦY BAN NHÂN
 * DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH HẬU GIANG Độc lập - Tự do -
 * Hạnh phúc", "Số: 454/UBND-NCTH Vị Thanh, ngày 06 tháng 4 năm 2011", or the
 * whole table on one line with "|" and "-----" left between the cells. The
 * parts of the line (each a slice keeping its source offsets), or undefined
 * when the line is not such a line.
 */
export function flatHeaderParts(l: Line): Line[] | undefined {
  const t = l.text;
  if (t.length > 400 || l.cell) return undefined;
  const cuts = new Set<number>();
  // Cell separators and rules left by the copy.
  for (const mm of t.matchAll(/\s*(\||[-–—_]{3,})\s*/gu)) {
    cuts.add(mm.index);
    cuts.add(mm.index + mm[0].length);
  }
  const fold = bare(t);
  // The Quốc hiệu or the Tiêu ngữ after something else on the line.
  for (const mm of fold.matchAll(/(?<=\S\s+)(cong\s*hoa\s+xa\s*hoi\s+chu\s*nghia\s+viet\s*nam|doc\s*lap\s*[-–]\s*tu\s*do\s*[-–]\s*hanh\s*phuc)/g)) cuts.add(mm.index);
  // The Số before the date: "Số: 454/UBND-NCTH Vị Thanh, ngày …".
  const so = /(?:^|\s)(S[ốỐ]\s*:?\s*[\d….\s]*\/\s*[^\s|/]+(?:\/[^\s|/]+)*)\s+(?=\p{Lu}[^,|]{0,40},\s*(ngày|\d))/u.exec(t);
  if (so) {
    cuts.add(so.index + so[0].indexOf(so[1]));
    cuts.add(so.index + so[0].length);
  }
  // "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN Số: 52/2018/QĐ-UBND": the Số after the agency.
  const so2 = /(?<=\p{Lu}\s+)S[ốỐ]\s*:\s*[\d…. ]*\//u.exec(t);
  if (so2) cuts.add(so2.index);
  const bounds = [0, ...[...cuts].filter((c) => c > 0 && c < t.length).sort((a, b) => a - b), t.length];
  const parts: Line[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const p = sliceLine(l, bounds[k], bounds[k + 1]);
    if (p && !/^(\||[-–—_]{3,})$/u.test(p.text)) parts.push(p);
  }
  if (parts.length < 2) return undefined;
  // At least two header parts (Quốc hiệu, Tiêu ngữ, Số, date), or one of them beside an agency.
  const known = parts.filter((p) => isQuocHieu(p) || isTieuNgu(p) || isSoLine(p) || isDateLine(p)).length;
  const agencies = parts.filter((p) => isUpperLine(p) && !isQuocHieu(p) && AGENCY_START_BARE.test(bareLine(p))).length;
  if (known + agencies < parts.length || known === 0 || (known < 2 && agencies === 0)) return undefined;
  return parts;
}

/** The parts of a header laid out on one line, each in its component. */
function placeFlatParts(m: DocModel, parts: Line[]): void {
  for (const p of parts) {
    if (isQuocHieu(p)) m.quocHieu ??= p;
    else if (isTieuNgu(p)) m.tieuNgu ??= p;
    else if (isSoLine(p)) m.so ??= p;
    else if (isDateLine(p)) m.date ??= p;
    else m.agency.push(p);
  }
}

/** Reads the header zone from the first line; sets `m.headerEnd` and returns the next position. */
export function readHeader(m: DocModel): number {
  const lines = m.lines;
  const n = lines.length;
  const max = Math.min(n, HEADER_MAX);
  let k = 0;
  let inVv = false;
  for (; k < max; k++) {
    const l = lines[k];
    if (endsHeader(l) && !(isCopyForm(l) && l.cell)) break;
    const flat = k < 6 ? flatHeaderParts(l) : undefined;
    if (flat) {
      placeFlatParts(m, flat);
      inVv = false;
      continue;
    }
    // Text pasted from a PDF or web page wraps header parts over two or three lines.
    const next = sameBlock(l, lines[k + 1]) ? lines[k + 1] : undefined;
    if (next && readWrappedNational(m, l, next)) {
      k++;
      inVv = false;
      continue;
    }
    if (!m.so && next && soSplitAfterLabel(l, next)) {
      m.so = soSplitAfterLabel(l, next);
      m.soCont = next;
      k++;
      inVv = false;
      continue;
    }
    if (!m.date && !isDateLine(l)) {
      const d = wrappedDate(lines, k);
      if (d) {
        m.date = d.line;
        k += d.extra;
        inVv = false;
        continue;
      }
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
    if (isPartyLine(l)) {
      m.party ??= l;
      continue;
    }
    if (isSoLine(l) && !m.so) {
      m.so = l;
      inVv = false;
      const cont = soContinuation(l, lines[k + 1]);
      if (cont && !cont.cell === !l.cell && (!l.cell || (cont.cell!.table === l.cell.table && cont.cell!.col === l.cell.col))) {
        // One Số: the rules read the joined line, offsets still map to the source.
        m.soCont = cont;
        m.so = joinLines(l, cont);
        k++;
      }
      continue;
    }
    if (isDateLine(l) && !m.date) {
      m.date = l;
      // "Hà Nội, ngày 21 tháng 6 năm" / "2019": the year wrapped alone.
      if (yearLine(lines, k + 1, l)) m.date = joinLines(l, lines[++k], ' ');
      inVv = false;
      continue;
    }
    // A PDF copy of a draft: "Số:" alone, the Quốc hiệu column, then the rest
    // of the number ("/TTr-VPCP") on a line of its own.
    if (m.so && /^s[ốoô]\s*:?\s*$/iu.test(m.so.text) && /^[\s….\d_]*\/\s*\p{Lu}[\p{L}\d.-]*$/u.test(l.text)) {
      m.soCont = l;
      m.so = joinLines(m.so, l, ' ');
      continue;
    }
    // "DỰ THẢO" (or "DỰ THẢO 2") above the title of a draft.
    if (/^du thao( (lan )?\d+)?$/.test(bareLine(l).trim())) continue;
    if (isMark(l)) {
      m.marks.push(l);
      continue;
    }
    if (isCopyForm(l)) {
      m.copyForm = l;
      continue;
    }
    if ((isVv(l) || isVeInHeader(m, lines, k) || isCapsTrichYeuAfterSo(m, l)) && m.trichYeu.length === 0) {
      m.trichYeu.push(l);
      m.trichYeuInHeader = true;
      inVv = true;
      continue;
    }
    // A wrapped V/v line goes on, also with an acronym alone on the next line ("GTGT").
    if (inVv && (startsLower(l) || (!l.blankBefore && (!isUpperLine(l) || /^[\p{Lu}\d-]{2,10}[,.]?$/u.test(l.text)))) && !isSoLine(l)) {
      m.trichYeu.push(l);
      continue;
    }
    if (isUpperLine(l) && letters(l.text) >= 2 && l.text.length <= 120) {
      // After the Số, the date and a trích yếu, a line in capitals is the
      // authority of a document whose title a web copy lost, not an agency.
      if (m.trichYeuInHeader && m.so && m.date && isUpperLine(m.trichYeu[0])) break;
      // After the Quốc hiệu and the date (or above "(Kèm theo …)"), "BÁO CÁO KẾT QUẢ KHẢO SÁT": a title
      // with words after the tên loại, not an agency line.
      if (titleWithMoreAt(m, lines, k)) break;
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
  return k;
}
