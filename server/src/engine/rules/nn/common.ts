// Shared helpers for the recipient lists: Nơi nhận (ô 9b) and Kính gửi (ô 9a).
//
// A list is read as entries: an entry starts with a dash (or a wrong bullet,
// or no bullet at all) and may wrap onto indented or lower-case continuation
// lines (PL I §II.9.d as the decree itself lays it out, catalogue §11.2.1).
// In a table cell typed without <br>, the entries can stand on the label's
// own line: "Nơi nhận: - Như trên; - Lưu: VT, VP.".

import { lineBreakOf } from '../tail';
import type { Line } from '../../markdown';
import type { DocModel, ListBlock } from '../../model';
import type { RuleContext } from '../../rule';
import type { FixEdit } from '../../types';
import { bare, canon } from '../../text';

/** A piece of a line: text[from, to). */
export interface Span {
  line: Line;
  from: number;
  to: number;
}

export interface Entry {
  /** First span holds the bullet, last span the closing punctuation. */
  parts: Span[];
  /** The Lưu (filing) line. */
  luu: boolean;
}

export const BULLET_RE = /^([-+•*–—·▪◦‐‑−])(\s*)/u;
export const LUU_RE = /^([-+•*–—·▪◦‐‑−]?\s*)(lưu)(?![\p{L}\p{N}])/iu;

export function spanText(s: Span): string {
  return s.line.text.slice(s.from, s.to);
}

function startsLower(s: string): boolean {
  return /^\p{Ll}/u.test(s);
}

/** Where the text after the label word and its colon starts ("Nơi nhận: - …"). */
export function labelRestStart(label: Line, labelBare: RegExp): number {
  const m = labelBare.exec(bare(label.text));
  if (!m) return label.text.length;
  let k = m[0].length;
  while (k < label.text.length && /[\s:.;]/.test(label.text[k])) k++;
  return k;
}

/** Split "- A; - B; - Lưu: VT." typed on one line into spans. */
function splitInline(line: Line, from: number): Span[] {
  const out: Span[] = [];
  const s = line.text;
  const starts: number[] = [];
  const re = /[-+•*–—]\s/gu;
  let m: RegExpExecArray | null;
  re.lastIndex = from;
  while ((m = re.exec(s))) {
    const before = s.slice(from, m.index).trimEnd();
    if (m.index === from || /[;:.]$/.test(before)) starts.push(m.index);
  }
  if (!starts.length || starts[0] !== from) starts.unshift(from);
  for (let k = 0; k < starts.length; k++) {
    let to = k + 1 < starts.length ? starts[k + 1] : s.length;
    while (to > starts[k] && /\s/.test(s[to - 1])) to--;
    if (to > starts[k]) out.push({ line, from: starts[k], to });
  }
  return out;
}

/** The entries of a Nơi nhận or Kính gửi block. */
export function listEntries(block: ListBlock, labelBare: RegExp, inline = true): Entry[] {
  const entries: Entry[] = [];
  const rest = inline ? labelRestStart(block.label, labelBare) : block.label.text.length;
  const spans: { span: Span; inline: boolean }[] = [];
  if (rest < block.label.text.length) {
    for (const sp of splitInline(block.label, rest)) spans.push({ span: sp, inline: true });
  }
  for (const l of block.items) spans.push({ span: { line: l, from: 0, to: l.text.length }, inline: false });
  for (const { span, inline } of spans) {
    const tx = spanText(span);
    const isLuu = LUU_RE.test(tx);
    const cur = entries[entries.length - 1];
    // A line with no bullet continues the entry above when it is indented, starts
    // in lower case, or the entry above ends with "," (wrapped before a proper
    // name: "- VPCP: PCN Nguyễn Xuân Thành," / "Cổng TTĐT Chính phủ;"), or when
    // text pasted from a PDF wrapped a long entry with no punctuation at the
    // break and lost the indentation ("- Giám đốc Sở, các Phó Giám đốc Sở" /
    // "Nội vụ (để báo cáo);").
    const above = cur ? spanText(lastPart(cur)) : '';
    const wrapped = /[\p{L}\p{N}]$/u.test(above) && above.length >= 25 && !span.line.blankBefore;
    const newEntry = inline || !cur || BULLET_RE.test(tx) || isLuu || (!startsLower(tx) && span.line.indent === 0 && !/,$/.test(above) && !wrapped);
    if (newEntry) entries.push({ parts: [span], luu: isLuu });
    else cur.parts.push(span);
  }
  return entries;
}

export function firstPart(e: Entry): Span {
  return e.parts[0];
}
export function lastPart(e: Entry): Span {
  return e.parts[e.parts.length - 1];
}

export const NOI_NHAN_BARE = /^noi\s+(nhan|gui)/;
export const KINH_GUI_BARE = /^kinh\s+g[uo]i/;

/** Characters of closing/opening emphasis markup around a line's text. */
const MARKUP = /[*_~]/;

/** Start of the source line that holds `off`. */
function srcLineStart(text: string, off: number): number {
  let k = off;
  while (k > 0 && text[k - 1] !== '\n' && text[k - 1] !== '\r') k--;
  return k;
}
/** End of the source line that holds `off` (before the line break). */
function srcLineEnd(text: string, off: number): number {
  let k = off;
  while (k < text.length && text[k] !== '\n' && text[k] !== '\r') k++;
  return k;
}
function lineBreakAfter(text: string, off: number): number {
  if (text[off] === '\r' && text[off + 1] === '\n') return off + 2;
  if (text[off] === '\n' || text[off] === '\r') return off + 1;
  return off;
}

/** An edit that inserts a new list line after `line` (a new source line, or `<br>` in a table cell). */
/**
 * Is `line` one of several lines of a source line joined by `<br>`
 * ("Nơi nhận:<br>- Như trên;<br>- Lưu: VT.")? Such a line is inserted and
 * removed like a line of a table cell.
 */
export function brJoined(text: string, line: Line): boolean {
  let b = line.end;
  while (b < text.length && (MARKUP.test(text[b]) || text[b] === ' ' || text[b] === '\t')) b++;
  if (/^<br\s*\/?>/i.test(text.slice(b, b + 8))) return true;
  let a = line.start;
  while (a > 0 && (MARKUP.test(text[a - 1]) || text[a - 1] === ' ' || text[a - 1] === '\t')) a--;
  return /<br\s*\/?>$/i.test(text.slice(Math.max(0, a - 8), a));
}

export function insertLineAfter(ctx: RuleContext, line: Line, newText: string | string[]): FixEdit {
  const text = ctx.text;
  const items = Array.isArray(newText) ? newText : [newText];
  if (line.cell || brJoined(text, line)) {
    let k = line.end;
    while (k < text.length && MARKUP.test(text[k])) k++;
    return { start: k, end: k, text: items.map((x) => '<br>' + x).join('') };
  }
  const e = srcLineEnd(text, line.end);
  const ls = srcLineStart(text, line.start);
  const lead = (text.slice(ls, line.start).match(/^[ \t>]*/) ?? [''])[0];
  const nl = lineBreakOf(text);
  return { start: e, end: e, text: items.map((x) => nl + lead + x).join('') };
}

/** Merge edits that insert at the same offset, keeping the array order of their texts. */
export function mergeEdits(edits: FixEdit[]): FixEdit[] {
  const out: FixEdit[] = [];
  for (const e of edits) {
    // An insertion and an edit starting at the same offset become one replacement
    // (the insertion's text first), so their order cannot be mixed up.
    const same = out.find((o) => o.start === e.start && (o.end === o.start || e.end === e.start));
    if (same) {
      const insFirst = same.end === same.start;
      same.text = insFirst ? same.text + e.text : e.text + same.text;
      same.end = Math.max(same.end, e.end);
    } else out.push({ ...e });
  }
  return out;
}

/** The punctuation at the end of a span: index of the mark, or -1. */
export function endMark(s: Span): { index: number; ch: string } {
  const tx = spanText(s);
  const ch = tx[tx.length - 1] ?? '';
  return /[.;,:]/.test(ch) ? { index: s.to - 1, ch } : { index: -1, ch: '' };
}

/** An edit that inserts a new list line before `line`. */
export function insertLineBefore(ctx: RuleContext, line: Line, newText: string): FixEdit {
  const text = ctx.text;
  if (line.cell) {
    let k = line.start;
    while (k > 0 && MARKUP.test(text[k - 1])) k--;
    return { start: k, end: k, text: newText + '<br>' };
  }
  const ls = srcLineStart(text, line.start);
  const lead = (text.slice(ls, line.start).match(/^[ \t>]*/) ?? [''])[0];
  const nl = lineBreakOf(text);
  return { start: ls, end: ls, text: lead + newText + nl };
}

/** An edit that removes a whole logical line (its source line, or its cell segment and one <br>). */
export function removeLine(ctx: RuleContext, line: Line): FixEdit {
  const text = ctx.text;
  if (line.cell || brJoined(text, line)) {
    let a = line.start;
    while (a > 0 && MARKUP.test(text[a - 1])) a--;
    let b = line.end;
    while (b < text.length && MARKUP.test(text[b])) b++;
    const after = /^\s*<br\s*\/?>/i.exec(text.slice(b));
    if (after) return { start: a, end: b + after[0].length, text: '' };
    const before = /<br\s*\/?>\s*$/i.exec(text.slice(Math.max(0, a - 20), a));
    if (before) return { start: a - before[0].length, end: b, text: '' };
    return { start: a, end: b, text: '' };
  }
  const ls = srcLineStart(text, line.start);
  const le = lineBreakAfter(text, srcLineEnd(text, line.end));
  return { start: ls, end: le, text: '' };
}

/**
 * The source of a line that stands on source lines of its own (not a table
 * cell, not joined by <br>), without its container prefix ("> ", indent): what
 * a fix that moves the line must carry over verbatim, so markup and comments
 * on it (e.g. a trailing "<!-- … -->") are kept. Undefined for cell lines.
 */
export function movableSource(text: string, line: Line): string | undefined {
  if (line.cell || brJoined(text, line)) return undefined;
  const src = text.slice(srcLineStart(text, line.start), srcLineEnd(text, line.end));
  return src.slice((/^[ \t>]*/.exec(src) ?? [''])[0].length);
}

/** Text of a span without its bullet. */
export function withoutBullet(s: string): string {
  return s.replace(BULLET_RE, '');
}

export function isNhuTren(s: string): boolean {
  return /^nhu\s+tren(?![a-z])/.test(bare(withoutBullet(s)).trim());
}

/** Same fixed string, modulo NFC and tone placement. */
export function same(a: string, b: string): boolean {
  return canon(a) === canon(b);
}

/**
 * Is `line` one column of a source line laid out in text columns ("- Như
 * trên;        PHÓ GIÁM ĐỐC")? A line inserted or removed there would carry
 * or cut the other column's text: such lines get no line-level fix.
 */
export function inTextColumn(model: DocModel, line: Line): boolean {
  if (line.cell || brJoined(model.md.text, line)) return false;
  // Column-by-column reading may put the other column's part far away.
  return model.md.lines.some((l) => l !== line && !l.cell && l.srcLine === line.srcLine);
}

/**
 * Does the table cell of the block's label hold lines after the label that
 * the model did not read as items (an annex or title-like cell cut the block
 * short)? An insertion there would land in the wrong place and be made again
 * on every fix-all pass (issue 13): the rules then report without a fix.
 */
export function cellCutShort(model: DocModel, block: ListBlock): boolean {
  const c = block.label.cell;
  if (!c) return false;
  const items = new Set(block.items.map((l) => l.i));
  return model.md.lines.some((l) => l.i > block.label.i && l.cell && l.cell.table === c.table && l.cell.row === c.row && l.cell.col === c.col && !items.has(l.i) && l.text.length > 0);
}
