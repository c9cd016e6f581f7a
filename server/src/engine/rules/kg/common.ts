// Shared reading of the Kính gửi block (ô 9a).

import type { Line } from '../../markdown';
import type { DocModel } from '../../model';
import { bare } from '../../text';
import { BULLET_RE, Entry, KINH_GUI_BARE, listEntries, spanText } from '../nn/common';

export interface KgLabel {
  line: Line;
  /** End of the words "Kính gửi". */
  wordEnd: number;
  /** End of the spaces and punctuation mark after the words. */
  punctEnd: number;
  /** The mark after the words ("" when none). */
  mark: string;
  /** Spaces between the words and the mark. */
  spaceBefore: string;
  /** Start and text of what follows on the label's line (a recipient). */
  restStart: number;
  rest: string;
}

export function readLabel(l: Line): KgLabel | undefined {
  const m = KINH_GUI_BARE.exec(bare(l.text));
  if (!m) return undefined;
  const wordEnd = m[0].length;
  const p = /^(\s*)([:.;,]?)/.exec(l.text.slice(wordEnd))!;
  const punctEnd = wordEnd + p[0].length;
  let restStart = punctEnd;
  while (restStart < l.text.length && /\s/.test(l.text[restStart])) restStart++;
  return { line: l, wordEnd, punctEnd, mark: p[2], spaceBefore: p[1], restStart, rest: l.text.slice(restStart) };
}

/**
 * The recipients listed under "Kính gửi:": the model's dash items, or, when
 * the drafter typed them without dashes, the lines that follow ending ";"
 * (the last ending "." or nothing).
 */
/** Words that open a sentence of the body, not a recipient's name. */
const BODY_START = /^(căn\s+cứ|thực\s+hiện|theo|để|nhằm|xét|ngày|vừa\s+qua|hiện\s+nay|về\s+việc|trả\s+lời|tại)(?![\p{L}])/iu;

export function recipients(m: DocModel): { entries: Entry[]; dashless: boolean } {
  const kg = m.kinhGui;
  if (!kg) return { entries: [], dashless: false };
  const label = readLabel(kg.label);
  const out: Entry[] = kg.items.length ? listEntries(kg, KINH_GUI_BARE, false) : [];
  // A dash line that opens the body ("- Căn cứ tiết b khoản 3 … quy định:") is not a recipient:
  // the list ends before it (published letters answering a question).
  const bodyAt = out.findIndex((e) => {
    const tx = e.parts.map((p) => spanText(p)).join(' ').replace(BULLET_RE, '').trim();
    return tx.length > 150 || /:$/.test(tx) || BODY_START.test(tx);
  });
  if (bodyAt >= 0) out.splice(bodyAt);
  if (!label || (label.rest && !out.length)) return { entries: out, dashless: false };
  const lastLine = out.length ? out[out.length - 1].parts[out[out.length - 1].parts.length - 1].line : kg.label;
  // Continue while the entry above ends with ";" (or, right after the label, with the first line).
  const ends = () => (out.length ? /;$/.test(out[out.length - 1].parts[out[out.length - 1].parts.length - 1].line.text) : true);
  let dashless = false;
  for (let i = lastLine.i + 1; i < m.lines.length && ends(); i++) {
    const l = m.lines[i];
    if (l.text.length > 150 || BULLET_RE.test(l.text) || /:$/.test(l.text)) break;
    if (l.cell && !kg.label.cell) break;
    if (/^(căn\s+cứ|thực\s+hiện|theo|để|nhằm|xét|ngày|vừa\s+qua|hiện\s+nay)(?![\p{L}])/iu.test(l.text)) break;
    // After a recipient, only a line of the same paragraph continues the list.
    if (/\.\/\.$/.test(l.text) || (out.length > 0 && l.blankBefore)) break;
    if (out.length === 0) {
      // One recipient on the next line: same paragraph, or a short line with no sentence end.
      if (!/;$/.test(l.text) && l.blankBefore && (l.text.length > 80 || /[.]$/.test(l.text))) break;
    }
    out.push({ parts: [{ line: l, from: 0, to: l.text.length }], luu: false });
    dashless = true;
  }
  return { entries: out, dashless };
}
