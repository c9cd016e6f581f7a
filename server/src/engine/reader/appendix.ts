// Documents attached after the main one: a quy chế / quy định issued with a
// quyết định, a kế hoạch, a phụ lục, a danh mục. They start after the main
// footer, at a new Quốc hiệu, at the heading of the attached document (a type
// title, "Phụ lục …", "DANH MỤC …"), or at the heading lines above
// "(Kèm theo …)" / "(Ban hành kèm theo …)".

import type { Line } from '../markdown';
import { canon } from '../text';
import { textFact } from '../textMemo';
import { isUpperLine, isUpperText, POSITION_WORDS, RE, startsLower } from './common';
import type { Annex, DocModel } from './doc-model';
import { isAgencyLike, isQuocHieu, quocHieu } from './header';
import { isSoLine } from './so';
import { isNoiNhanLabel } from './noi-nhan';
import { copyForm, isAttachedToLine, isCopyForm, isTitleText } from './title';
import { isSignaturePlaceholder, looksLikeName } from './signature';

/** "Phụ lục", "PHỤ LỤC I", "Phụ lục 02: …": the heading of an appendix. */
export function isPhuLucHeading(l: Line): boolean {
  return isPhuLucText(l.text);
}
// Module-level patterns: a regex literal in a function is a new RegExp object
// at each call, and these are tested on every line of every analysis.
const PHU_LUC = /^phụ\s+lục(?![\p{L}])/iu;
const PHU_LUC_ATTACHED = /^phụ\s+lục\s+(kèm|đính|gửi)/iu;
const LIST_END = /[;,]$/;
const OPEN_PAREN = /^\(/;
function isPhuLucText(s: string): boolean {
  // "p" or "P" first (PHU_LUC's first letter): most lines are answered without the pattern.
  return (s.charCodeAt(0) | 32) === 112 && PHU_LUC.test(s) && s.length <= 160 && !LIST_END.test(s) && !PHU_LUC_ATTACHED.test(s);
}

/** Headings of attached documents that are not among the 29 types, or are (QUY CHẾ, KẾ HOẠCH…). */
const ATTACHED_TITLE = new RegExp(
  '^(' + ['QUY ĐỊNH', 'QUY CHẾ', 'KẾ HOẠCH', 'CHƯƠNG TRÌNH', 'DANH MỤC', 'DANH SÁCH', 'ĐIỀU LỆ', 'HƯỚNG DẪN', 'PHƯƠNG ÁN', 'ĐỀ ÁN', 'QUY TRÌNH', 'NỘI QUY', 'BẢNG', 'BIỂU', 'TIÊU CHÍ', 'CHỈ TIÊU'].map((v) => canon(v)).join('|') + ')(?![\\p{L}\\p{N}])',
  'u',
);

/** The UPPER heading of an attached document: "QUY ĐỊNH", "KẾ HOẠCH", "DANH MỤC THỦ TỤC …". */
export function isAttachedTitle(l: Line): boolean {
  return attachedTitle.text(l.text);
}
/** Remembered per text (the annex reader asks it of every line). */
const attachedTitle = textFact((s) => isUpperText(s) && s.length <= 250 && (isTitleText(s) !== undefined || ATTACHED_TITLE.test(canon(s.toUpperCase()))));
/** A Quốc hiệu, an attached document's title, a "Phụ lục" heading or a copy form: where nextAnnexStart stops. */
const startLike = textFact((s) => quocHieu.text(s) || attachedTitle.text(s) || isPhuLucText(s) || copyForm.text(s));

/** A heading line above "(Kèm theo …)" (bold or UPPER, not the signer's). */
function isHeadingLine(x: Line): boolean {
  return (x.bold || isUpperLine(x)) && !x.cell && !looksLikeName(x.text) && !isSignaturePlaceholder(x) && !POSITION_WORDS.test(canon(x.text)) && !RE.signPrefix.test(x.text) && !isNoiNhanLabel(x);
}

/**
 * Where an annex starting at or after `from` begins (its header included), or
 * -1. `floor` is the lowest index its header may climb to.
 */
function nextAnnexStart(lines: Line[], from: number, floor: number): number {
  const n = lines.length;
  const mayStart = startLike.of(lines);
  for (let i = from; i < n; i++) {
    const l = lines[i];
    if (isAttachedToLine(l) && OPEN_PAREN.test(l.text)) {
      let s = i;
      while (s > floor && i - s < 3 && isHeadingLine(lines[s - 1])) s--;
      if (s < i) return s;
    }
    if (!mayStart(l)) continue;
    let s = i;
    if (l.cell) while (s > floor && lines[s - 1].cell?.table === l.cell.table) s--;
    else if (isQuocHieu(l)) while (s > floor && isUpperLine(lines[s - 1]) && !looksLikeName(lines[s - 1].text) && !isNoiNhanLabel(lines[s - 1])) s--;
    else if (isCopyForm(l)) {
      // A copy block laid out line by line (Mẫu 3.1): the copier's agency
      // lines and its "Số: …/SL-…" line come before "SAO LỤC".
      const copyHead = (x: Line) =>
        isSoLine(x) || (isUpperLine(x) && !looksLikeName(x.text) && !isNoiNhanLabel(x) && !RE.signPrefix.test(x.text) && !POSITION_WORDS.test(canon(x.text)));
      while (s > floor && !lines[s - 1].cell && copyHead(lines[s - 1])) s--;
    } else {
      // The attached document's own header (agency lines) above its title.
      while (s > floor && i - s < 3 && !lines[s - 1].cell && isUpperLine(lines[s - 1]) && isAgencyLike(lines[s - 1]) && isHeadingLine(lines[s - 1])) s--;
    }
    return s;
  }
  return -1;
}

/**
 * Start of the documents attached after the main footer: after the main
 * "Nơi nhận:" label (or, without one, after the signer's name), the first
 * annex start. The number of lines when none.
 */
export function annexStart(lines: Line[], from: number): number {
  const n = lines.length;
  let nn = -1;
  for (let i = from; i < n && nn < 0; i++) if (isNoiNhanLabel(lines[i])) nn = i;
  if (nn < 0) {
    // No Nơi nhận: after the first signer block (a position line, the name a few lines below).
    const after = signerEnd(lines, from);
    if (after < 0) return n;
    const s = nextAnnexStart(lines, after, after);
    return s < 0 ? n : s;
  }
  // A label in a table cell (a signature table, or a row GFM joined to it):
  // the other cells of that table (the signer's column) are the main
  // footer, never the start of an annex.
  let from2 = nn + 1;
  const table = lines[nn].cell?.table;
  if (table !== undefined) while (from2 < n && lines[from2].cell?.table === table) from2++;
  const s = nextAnnexStart(lines, from2, from2);
  return s < 0 ? n : s;
}

/** The line after the first signer block from `from` (position line, then the name within 5 lines), or -1. */
function signerEnd(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    const t = lines[i];
    if (!(isUpperLine(t) && t.text.length <= 60 && (POSITION_WORDS.test(canon(t.text)) || RE.signPrefix.test(t.text)))) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) if (looksLikeName(lines[j].text)) return j + 1;
  }
  return -1;
}

/** Splits the annex lines [start, n) into attached documents, each with its heading and trích yếu. */
export function readAnnexes(m: DocModel, start: number): void {
  const lines = m.lines;
  const n = lines.length;
  m.annex = lines.slice(start);
  m.annexes = [];
  let s = start;
  const qh = quocHieu.of(lines);
  while (s < n) {
    // The next attached document starts at a "Phụ lục" heading or a Quốc hiệu, a few lines on.
    let e = n;
    for (let i = s + 4; i < n; i++) {
      if (isPhuLucHeading(lines[i]) && !lines[i].cell && (lines[i].bold || isUpperLine(lines[i]) || lines[i].heading > 0)) {
        e = i;
        break;
      }
      if (qh(lines[i])) {
        const q = nextAnnexStart(lines, i, s + 1);
        e = q < 0 ? i : q;
        break;
      }
    }
    m.annexes.push(readAnnex(lines, s, e));
    s = e;
  }
}

function readAnnex(lines: Line[], s: number, e: number): Annex {
  const a: Annex = { lines: lines.slice(s, e), trichYeu: [] };
  for (let i = s; i < Math.min(e, s + 12); i++) {
    const l = lines[i];
    if (isAttachedToLine(l) && OPEN_PAREN.test(l.text)) {
      a.attachedTo = l;
      // Without a heading recognised above: the heading lines above are its title.
      if (!a.title && i > s) {
        a.title = lines[s];
        a.trichYeu = lines.slice(s + 1, i);
      }
      break;
    }
    if (!a.title && (isPhuLucHeading(l) || isAttachedTitle(l))) {
      a.title = l;
      i = readAnnexTrichYeu(lines, i + 1, e, a.trichYeu) - 1;
    }
  }
  return a;
}

/**
 * The lines naming an annex's content under its heading ("DANH MỤC THỦ TỤC …",
 * "Tiếp nhận và xử lý …"): at most 3 bold or UPPER lines (or lines wrapping
 * them), up to "(Kèm theo …)", a table, a numbered heading or an article.
 */
function readAnnexTrichYeu(lines: Line[], from: number, end: number, out: Line[]): number {
  let p = from;
  while (p < end && out.length < 3) {
    const l = lines[p];
    if (l.cell || isAttachedToLine(l) || RE.article.test(l.text) || RE.numbered.test(l.text) || isPhuLucHeading(l) || isQuocHieu(l)) break;
    const wraps = out.length > 0 && !l.blankBefore && startsLower(l);
    if (!(l.bold || isUpperLine(l) || wraps) || l.text.length > 400) break;
    out.push(l);
    p++;
  }
  return p;
}
