// Nơi nhận (ô 9b) and the drafter's ký hiệu (ô 12).

import type { Line } from '../markdown';
import { bare } from '../text';
import { isBullet, isUpperLine, RE, startsLower, wrapsOn } from './common';
import type { DocModel } from './doc-model';

export function isNoiNhanLabel(l: Line): boolean {
  const b = bare(l.text);
  return RE.noiNhanBare.test(b) && (l.text.length < 40 || /^noi\s+(nhan|gui)\s*:?\s*[-+•*]\s/.test(b));
}

/** Index of the last "Nơi nhận:" label in [from, to), or -1. */
export function findNoiNhan(lines: Line[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isNoiNhanLabel(lines[i])) return i;
  return -1;
}

/**
 * Reads the Nơi nhận block whose label is at `nnIdx` (items up to `end`) and
 * the drafter's line after it; returns the indexes of the lines read.
 */
export function readNoiNhan(m: DocModel, nnIdx: number, end: number): Set<number> {
  const lines = m.lines;
  const inNoiNhan = new Set<number>();
  if (nnIdx < 0) return inNoiNhan;
  const label = lines[nnIdx];
  const items: Line[] = [];
  // Same-line items: "Nơi nhận: - Như trên; - Lưu: VT." are kept on the label.
  let p = nnIdx + 1;
  while (p < end) {
    const t = lines[p];
    const bullet = isBullet(t) || RE.luu.test(t.text);
    const sameCell = label.cell && t.cell && label.cell.table === t.cell.table && label.cell.col === t.cell.col;
    // A label in the last row of a table (GFM joins a line after a table to
    // it): the other column's cells are the signature; the list follows the table.
    if (!items.length && label.cell && t.cell && t.cell.table === label.cell.table && !sameCell && t.cell.row <= label.cell.row) {
      let q = p;
      while (q < end && lines[q].cell?.table === label.cell.table && lines[q].cell!.col !== label.cell.col) q++;
      if (q < end && !lines[q].cell && isBullet(lines[q])) {
        p = q;
        continue;
      }
    }
    if (bullet && (!label.cell || sameCell || !t.cell)) {
      items.push(t);
      p++;
      continue;
    }
    // A Lưu line ending with "." closes the list (PL I II.9.d): what follows a blank line is not its continuation.
    const last = items[items.length - 1];
    if (last && t.blankBefore && RE.luu.test(last.text) && /\.\s*$/.test(last.text)) break;
    if ((items.length && (t.indent > 0 || startsLower(t) || (!t.blankBefore && wrapsOn(items[items.length - 1]))) || (/;$/.test(t.text) && t.text.length <= 200)) && !isUpperLine(t) && !isBullet(t) && (!label.cell || sameCell) && !RE.drafter.test(t.text) && !isFilePath(t)) {
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
  if (p < end && RE.drafter.test(lines[p].text)) {
    m.drafter = lines[p];
    inNoiNhan.add(p);
  }
  return inNoiNhan;
}

/** The path of the draft's file that some agencies print under Nơi nhận ("d:\\2011\\CV\\…"): not a recipient. */
function isFilePath(l: Line): boolean {
  return /^[a-z]:[\\/]\S/iu.test(l.text);
}
