// The signer blocks (ô 7a–7c, 8): authority prefix and position lines (UPPER,
// or "Kt. Giám đốc"), signature placeholders, the signer's name; and the notes
// that may follow the signature ("Ghi chú: …", an italic line on what is sent
// with the letter).

import type { Line } from '../markdown';
import { bare, canon, isUpper } from '../text';
import { isUpperLine, POSITION_WORDS, RE } from './common';
import type { DocModel, SignerBlock } from './doc-model';
import { isTitleLine } from './title';

const SURNAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong lam mai cao chu chau ta luong luu la thai tong quach ha kieu doan van tang khuc kim lai lo mac thach tieu ung vuong yen giang hua nong lu thao nghiem phung quan'.split(
    ' ',
  ),
);

/** Lines searched upwards from the end of the main document for the signer. */
const SIGNER_WINDOW = 40;

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

/**
 * "Hùng", "Ông Hùng", "Bà Lan": a signer's name without surname (ND30-CK-04
 * asks for the full name). Only taken as the name under a signature
 * placeholder or a position line.
 */
export function isShortName(text: string): boolean {
  const t = text.trim().replace(/\.$/, '');
  return /^((ông|bà|Ông|Bà)\s+)?\p{Lu}\p{Ll}{1,10}$/u.test(t) && !/^(ông|bà)$/iu.test(t);
}

/** The template's placeholder for the signer's name: "Họ và tên", "[Họ và tên]", "…". */
export function isNamePlaceholder(text: string): boolean {
  return /^[([]?\s*(họ\s+và\s+tên|họ\s+tên)(\s+người\s+ký)?\s*[)\]]?$/iu.test(text.trim()) || /^(…+|\.{3,}|_{3,})$/u.test(text.trim());
}

export function isSignaturePlaceholder(l: Line): boolean {
  const t = l.text.trim();
  return (/^[([](.{0,120})[)\]]$/u.test(t) && /(ký|dấu|signature|chữ ký|đã ký)/iu.test(t)) || /^(đã\s+ký|\(đã\s+ký\)|\[đã\s+ký\]|ký\s+tên|\(ký.*\))\.?$/iu.test(t);
}

/** A signer title not in capitals: "Kt. Giám đốc", "Phó Giám đốc". */
export function isLowerSignerTitle(l: Line): boolean {
  const t = l.text;
  if (t.length > 60 || /[.;:,!?)]$/.test(t) || !/^\p{Lu}/u.test(t)) return false;
  return RE.signPrefix.test(t) || POSITION_WORDS.test(canon(t.toUpperCase()));
}

function isSignerTitle(l: Line): boolean {
  return (isUpperLine(l) || isLowerSignerTitle(l)) && l.text.length <= 90 && !/\.\/\.$/.test(l.text) && !isTitleLine(l);
}

function isContact(t: Line): boolean {
  return /^(địa chỉ|điện thoại|đt|fax|e-?mail|website)(?![\p{L}\p{N}])/iu.test(t.text);
}

/** The first line of a note after the signature: "Ghi chú:", "Lưu ý:", "*Gửi kèm …*", "(Kèm theo …)". */
export function isNoteStart(l: Line): boolean {
  if (/^(ghi\s+chú|lưu\s+ý|chú\s+thích|chú\s+ý|nb|gửi\s+kèm|đính\s+kèm|kèm\s+theo|tài\s+liệu\s+kèm\s+theo)(?![\p{L}\p{N}])/iu.test(l.text.replace(/^\(\s*/, ''))) return true;
  // A whole italic sentence (not a placeholder, not a name).
  return l.italic && !l.bold && l.text.length >= 15 && /\s/.test(l.text) && !isSignaturePlaceholder(l) && !looksLikeName(l.text) && !isUpperLine(l);
}

/**
 * Notes at the end of the main document (after the signature): the note's
 * first line and the lines under it, within the last lines before `end`.
 * Returns the index of the note's first line, or `end` when there is none.
 */
export function notesStart(lines: Line[], from: number, end: number, skip: Set<number> = new Set()): number {
  let start = end;
  for (let i = end - 1; i >= Math.max(from, end - 20); i--) {
    const l = lines[i];
    if (skip.has(i)) continue;
    if (isNoteStart(l)) {
      start = i;
      continue;
    }
    // Lines of a note: bullets or lower-case continuations under a note start.
    if (RE.bullet.test(l.text) || /^\p{Ll}/u.test(l.text) || /^\d+[.)]\s/.test(l.text)) continue;
    break;
  }
  return start;
}

/**
 * Reads the signer blocks upwards from `end` (skipping the Nơi nhận lines in
 * `skip`, contact lines and the drafter's line); at most 4 blocks. Returns the
 * blocks, top first.
 */
export function readSigners(lines: Line[], from: number, end: number, skip: Set<number>): SignerBlock[] {
  const signers: SignerBlock[] = [];
  let i = end - 1;
  const minIdx = Math.max(from, end - SIGNER_WINDOW);
  while (i >= minIdx) {
    const t = lines[i];
    if (skip.has(i) || isContact(t) || RE.drafter.test(t.text)) {
      i--;
      continue;
    }
    // name, then placeholders, then UPPER titles (reading upwards)
    let j = i;
    let name: Line | undefined;
    const placeholders: Line[] = [];
    const nameText = lines[j].text;
    if ((looksLikeName(nameText) || isAbbreviatedName(nameText) || isNamePlaceholder(nameText)) && !POSITION_WORDS.test(canon(nameText.toUpperCase()))) {
      name = lines[j];
      j--;
    } else if (isShortName(nameText) && j - 1 >= minIdx && !skip.has(j - 1) && (isSignaturePlaceholder(lines[j - 1]) || isSignerTitle(lines[j - 1]))) {
      name = lines[j];
      j--;
    }
    while (j >= minIdx && !skip.has(j) && isSignaturePlaceholder(lines[j])) {
      placeholders.unshift(lines[j]);
      j--;
    }
    const titles: Line[] = [];
    while (j >= minIdx && !skip.has(j) && isSignerTitle(lines[j])) {
      titles.unshift(lines[j]);
      j--;
    }
    if (!titles.length) {
      // The confirmation box under a giấy nghỉ phép (Mẫu 1.10): "Xác nhận của
      // cơ quan … / (Chữ ký, dấu) / Họ và tên" is not the signer: skip it.
      if (j >= minIdx && j < i && /^\(?\s*xác\s+nhận(?![\p{L}])/iu.test(lines[j].text)) {
        i = j - 1;
        continue;
      }
      break;
    }
    // Titles must look like a signer's (prefix or position word), not body capitals.
    if (!titles.some((x) => POSITION_WORDS.test(canon(x.text)) || RE.signPrefix.test(x.text) || titles.length <= 3)) break;
    signers.unshift({ titles, placeholders, name });
    i = j;
    if (signers.length >= 4) break;
  }
  return signers;
}

/** Reads the signers and notes of the main document into `m`; returns the first footer line (signer titles or Nơi nhận). */
export function readSignature(m: DocModel, bodyStart: number, mainEnd: number, nnIdx: number, skip: Set<number>): number {
  let signers = readSigners(m.lines, bodyStart, mainEnd, skip);
  let end = mainEnd;
  if (!signers.length) {
    // Notes after the signature: read the signer above them.
    const ns = notesStart(m.lines, bodyStart, mainEnd, skip);
    if (ns < mainEnd) {
      const withNotes = readSigners(m.lines, bodyStart, ns, skip);
      if (withNotes.length) {
        signers = withNotes;
        end = ns;
        m.notes = m.lines.slice(ns, mainEnd).filter((l) => !skip.has(l.i));
      }
    }
  }
  void end;
  m.signers = signers;
  let lowest = nnIdx >= 0 ? nnIdx : mainEnd;
  for (const s of signers) lowest = Math.min(lowest, s.titles[0].i);
  return lowest;
}
