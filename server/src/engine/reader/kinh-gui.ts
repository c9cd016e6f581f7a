// Kính gửi (ô 9a) and the recipients of a công điện.

import type { Line } from '../markdown';
import { bare, canon, isUpper } from '../text';
import { AGENCY_START_BARE, bareLine, isBullet, isUpperLine, POSITION_WORDS, RE, startsLower, wrapsOn } from './common';
import type { DocModel, ListBlock } from './doc-model';

export function isKinhGui(l: Line): boolean {
  return RE.kinhGuiBare.test(bare(l.text));
}

/** "Kính gửi:" with nothing after it on its line. */
export function isBareKinhGuiLabel(l: Line): boolean {
  return /^kinh\s+g[uo]i(\s*:)?\s*$/.test(bare(l.text));
}

/** "THỦ TƯỚNG CHÍNH PHỦ điện:", "BỘ TRƯỞNG BỘ Y TẾ điện:": the label of a công điện's recipients. */
export function isDienLabel(l: Line): boolean {
  const m = /^(\p{Lu}[\p{L}\s,.-]{3,150}?)\s+(điện|ĐIỆN)\s*:\s*$/u.exec(l.text);
  if (!m) return false;
  // The sender in capitals, or a position in sentence case ("Thủ tướng Chính phủ điện:").
  return isUpper(m[1]) || (POSITION_WORDS.test(canon(m[1].toUpperCase())) && m[1].split(/\s+/).length <= 10);
}

/** A recipient line under a bare "Kính gửi:" that is not a bullet: "Sở Tài chính tỉnh Lai Châu." */
function isLoneRecipient(t: Line): boolean {
  if (t.text.length > 160 || isUpperLine(t) && t.text.length > 100) return false;
  if (RE.canCuFollow.test(t.text) || /^(theo|ngày|vừa qua|hiện nay|để|nhằm|trong|sau|qua)(?![\p{L}\p{N}])/iu.test(t.text)) return false;
  // After a blank line: only a name that reads as one (an agency, a person, "Các …").
  if (t.blankBefore && (/\d/.test(t.text) || /\s(đề\s+nghị|nhận\s+được|báo\s+cáo|thông\s+báo|có\s+ý\s+kiến|trân\s+trọng|xin|kính|tổ\s+chức|triển\s+khai|thực\s+hiện|ban\s+hành|yêu\s+cầu|đã|sẽ|đang|được|cung\s+cấp|gửi)(?![\p{L}])/iu.test(t.text))) return false;
  if (t.blankBefore && !(t.text.length <= 120 && (AGENCY_START_BARE.test(bareLine(t)) || /^(ông|bà|đồng\s+chí|các|công\s+ty|quý)(?![\p{L}])/iu.test(t.text)))) return false;
  // One name: no sentence inside ("…, Sở Nội vụ đề nghị …").
  return /^\p{Lu}/u.test(t.text) && !/[.;,:]\s+\p{Lu}[^.]*\s(đề\s+nghị|báo\s+cáo|thông\s+báo|trân\s+trọng)/u.test(t.text) && !/[!?]$/.test(t.text);
}

/** Reads "- …;" items (and their wrapped lines) from `from`. */
export function readList(lines: Line[], from: number): { items: Line[]; next: number } {
  const n = lines.length;
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
  return { items, next: p };
}

/** Reads a Kính gửi block at `pos` (if any); returns the next position. */
export function readKinhGui(m: DocModel, pos: number): number {
  const lines = m.lines;
  if (pos >= lines.length || !isKinhGui(lines[pos]) || m.kinhGui) return pos;
  const label = lines[pos];
  // "Kính gửi: Sở Tài chính." names its one recipient and closes with a
  // period: bullets after it are the body ("- Căn cứ …"), not recipients.
  if (/^kinh\s+g[uo]i\s*:?\s*\S.*\.$/.test(bare(label.text)) && !/\s-\s/.test(label.text)) {
    m.kinhGui = { label, items: [] };
    return pos + 1;
  }
  const r = readList(lines, pos + 1);
  let { items, next } = r;
  // "Kính gửi:" alone, the one recipient on the next line without a bullet.
  if (!items.length && isBareKinhGuiLabel(label) && next < lines.length && isLoneRecipient(lines[next])) {
    items = [lines[next]];
    next++;
    while (next < lines.length && startsLower(lines[next]) && !lines[next].blankBefore) items.push(lines[next++]);
  }
  m.kinhGui = { label, items };
  return next;
}

/** Reads a công điện's recipient block ("… điện:" then "- …;" items) at `pos`; returns the next position. */
export function readDienGui(m: DocModel, pos: number): number {
  const lines = m.lines;
  if (pos >= lines.length || !isDienLabel(lines[pos]) || m.dienGui) return pos;
  const label = lines[pos];
  const r = readList(lines, pos + 1);
  const block: ListBlock = { label, items: r.items };
  m.dienGui = block;
  return r.next;
}
