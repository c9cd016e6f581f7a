// Reads Markdown into the logical lines of a letter.
//
// A letter is line-oriented: consecutive lines of one Markdown paragraph are
// separate lines of the letter, a table cell holds one or more lines (split at
// <br>), and Markdown markup (**bold**, *italic*, # headings, > quotes, links,
// escapes) is not part of the letter's text. The Markdown is parsed once with
// unified + remark-parse (+ GFM tables, + front matter); the syntax tree tells
// which source characters are markup, which lines are code, HTML or front
// matter, and where table cells are. Each logical line keeps, per character,
// the exact source offsets it came from, so findings are reported on the
// original text even for NFD input.

import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { bare, foldTones, normaliseMapped } from './text';

export interface Line {
  /** Index in the document's list of logical lines. */
  i: number;
  /** 0-based source line of the first character. */
  srcLine: number;
  /** NFC text, markup removed, trimmed. */
  text: string;
  /** `text` with tone placement folded (same length). */
  fold: string;
  /** Source offsets of each character of `text` (start and end). */
  starts: number[];
  ends: number[];
  /** Source range of the trimmed content. */
  start: number;
  end: number;
  /** Whole line inside **strong** / *emphasis*. */
  bold: boolean;
  italic: boolean;
  /** Heading depth, 0 when not a heading. */
  heading: number;
  /** Table cell the line is in. */
  cell?: { table: number; row: number; col: number };
  /** Leading spaces in the source line (continuation lines are indented). */
  indent: number;
  /** A blank line, or a table/paragraph boundary, comes before this line. */
  blankBefore: boolean;
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  rules: string[];
  start: number;
  end: number;
  srcLine: number;
}

export interface MarkdownDoc {
  text: string;
  lines: Line[];
  frontMatter?: { data: Record<string, string>; start: number; end: number };
  directives: Directive[];
}

interface Pos {
  start: { offset?: number };
  end: { offset?: number };
}
interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  position?: Pos;
  children?: MdNode[];
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

const SKIP = 1; // source char is markup or outside letter text
const SEP = 2; // source char separates logical lines (<br>, cell boundary)

function off(p: { offset?: number } | undefined): number {
  return p?.offset ?? 0;
}

/** Adds `by` to every offset in the tree (each point object once). */
function shiftOffsets(node: MdNode, by: number, seen: Set<object>): void {
  for (const p of [node.position?.start, node.position?.end]) {
    if (p && p.offset !== undefined && !seen.has(p)) {
      seen.add(p);
      p.offset += by;
    }
  }
  for (const c of node.children ?? []) shiftOffsets(c, by, seen);
}

const DIRECTIVE_RE = /<!--\s*thethuc-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)-->/g;

export function parseMarkdown(text: string): MarkdownDoc {
  const n = text.length;
  const flags = new Uint8Array(n);
  const strong = new Uint8Array(n);
  const em = new Uint8Array(n);
  const headingDepth = new Uint8Array(n);
  const cellOf = new Int32Array(n).fill(-1);
  const cells: { table: number; row: number; col: number; start: number; end: number }[] = [];
  const directives: Directive[] = [];
  /** Source offsets whose character reads as another string (entities, NBSP). */
  const subst = new Map<number, string>();
  let frontMatter: MarkdownDoc['frontMatter'];
  let tableCount = 0;

  // A byte-order mark is not text.
  if (text.charCodeAt(0) === 0xfeff) flags[0] = SKIP;

  let tree: MdNode;
  try {
    tree = processor.parse(text) as unknown as MdNode;
  } catch {
    tree = { type: 'root', children: [] };
  }
  // micromark drops a leading BOM before parsing, so its offsets are one
  // short of `text`'s: shift them back, or every markup range lands one
  // character early ("*SỞ TÀI CHÍN*") and bold/italic are lost.
  if (text.charCodeAt(0) === 0xfeff) shiftOffsets(tree, 1, new Set());

  const mark = (a: number, b: number, v: number) => {
    for (let k = Math.max(0, a); k < Math.min(n, b); k++) flags[k] |= v;
  };
  // Character references ("&nbsp;", "&#7897;") read as the character they stand for.
  const decodeEntities = (a: number, b: number) => {
    const raw = text.slice(a, b);
    const re = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
    let em: RegExpExecArray | null;
    while ((em = re.exec(raw))) {
      const ch = decodeEntity(em[1]);
      if (ch === undefined) continue;
      const at = a + em.index;
      subst.set(at, ch);
      mark(at + 1, at + em[0].length, SKIP);
    }
  };
  const fill = (arr: Uint8Array, a: number, b: number, v = 1) => {
    for (let k = Math.max(0, a); k < Math.min(n, b); k++) arr[k] = v;
  };
  const lineDirectives = (value: string, base: number) => {
    DIRECTIVE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DIRECTIVE_RE.exec(value))) {
      const rules = m[2]
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      const start = base + m.index;
      directives.push({ kind: m[1] as Directive['kind'], rules, start, end: start + m[0].length, srcLine: -1 });
    }
  };

  const visit = (node: MdNode, parents: MdNode[]): void => {
    const s = off(node.position?.start);
    const e = off(node.position?.end);
    switch (node.type) {
      case 'yaml':
      case 'toml': {
        mark(s, e, SKIP);
        frontMatter = { data: parseFrontMatter(node.value ?? ''), start: s, end: e };
        return;
      }
      case 'code': {
        // Fenced code is not the letter's text. An indented "code block" in a
        // letter is text laid out with spaces (pdftotext -layout, OCR): keep it.
        const raw = text.slice(s, e);
        if (/^\s*(```|~~~)/.test(raw)) mark(s, e, SKIP);
        return;
      }
      case 'definition':
      case 'footnoteDefinition':
      case 'thematicBreak':
        mark(s, e, SKIP);
        return;
      case 'inlineCode': {
        // Keep the code's text, drop the backticks.
        const raw = text.slice(s, e);
        const lead = raw.match(/^`+\s?/)?.[0].length ?? 0;
        const trail = raw.match(/\s?`+$/)?.[0].length ?? 0;
        mark(s, s + lead, SKIP);
        mark(e - trail, e, SKIP);
        return;
      }
      case 'html': {
        const value = node.value ?? '';
        lineDirectives(value, s);
        if (/^<br\s*\/?>$/i.test(value.trim())) mark(s, e, SKIP | SEP);
        else if (/^\s*<!--/.test(value) || /^\s*<(script|style|pre)\b/i.test(value)) mark(s, e, SKIP);
        else {
          // HTML wrappers (<div align="center">, <p><b>…</b></p>, <center>):
          // the tags are markup, the text between them is the letter's text.
          const tagRe = /<!--[\s\S]*?-->|<\/?([a-zA-Z][\w-]*)[^>]*>/g;
          let tm: RegExpExecArray | null;
          while ((tm = tagRe.exec(value))) {
            const a = s + tm.index;
            const b = a + tm[0].length;
            const blockish = /^(br|p|div|center|h[1-6]|li|tr|td|th|table|ul|ol|blockquote)$/i.test(tm[1] ?? '');
            mark(a, b, blockish ? SKIP | SEP : SKIP);
          }
          // Markdown is not parsed inside an HTML block: drop emphasis markers
          // around a line ("**CỘNG HÒA …**").
          const lineRe = /^([ \t]*)(\*{1,3}|_{1,3})?(.*?)(\*{1,3}|_{1,3})?[ \t]*$/gm;
          let lm: RegExpExecArray | null;
          while ((lm = lineRe.exec(value))) {
            if (lm[0] === '') {
              lineRe.lastIndex++;
              continue;
            }
            const a = s + lm.index + lm[1].length;
            if (lm[2]) mark(a, a + lm[2].length, SKIP);
            if (lm[4]) {
              const b = a + (lm[2]?.length ?? 0) + lm[3].length;
              mark(b, b + lm[4].length, SKIP);
            }
          }
          decodeEntities(s, e);
        }
        return;
      }
      case 'footnoteReference':
        mark(s, e, SKIP);
        return;
      case 'text': {
        decodeEntities(s, e);
        // pandoc bracketed spans: "[Độc lập - Tự do - Hạnh phúc]{.underline}".
        const raw = text.slice(s, e);
        const spanRe = /\[([^\]\n]+)\]\{[.#][^}\n]*\}/g;
        let sm: RegExpExecArray | null;
        while ((sm = spanRe.exec(raw))) {
          const a = s + sm.index;
          mark(a, a + 1, SKIP);
          mark(a + 1 + sm[1].length, a + sm[0].length, SKIP);
        }
        return;
      }
      case 'image':
      case 'break':
        // A hard line break ("\" or two spaces before the newline, as
        // converters such as pandoc write) is markup, not text.
        mark(s, e, SKIP);
        return;
      case 'heading': {
        const kids = node.children ?? [];
        const depth = node.depth ?? 1;
        if (kids.length) {
          mark(s, off(kids[0].position?.start), SKIP);
          mark(off(kids[kids.length - 1].position?.end), e, SKIP);
        } else mark(s, e, SKIP);
        fill(headingDepth, s, e, depth);
        break;
      }
      case 'strong':
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference': {
        const kids = node.children ?? [];
        if (kids.length) {
          const cs = off(kids[0].position?.start);
          const ce = off(kids[kids.length - 1].position?.end);
          mark(s, cs, SKIP);
          mark(ce, e, SKIP);
          if (node.type === 'strong') fill(strong, cs, ce);
          if (node.type === 'emphasis') fill(em, cs, ce);
        } else mark(s, e, SKIP);
        break;
      }
      case 'blockquote': {
        // The ">" markers: strip them line by line.
        const seg = text.slice(s, e);
        const re = /(^|\n)([ \t]*>[ \t]?)/g;
        let m: RegExpExecArray | null;
        while ((m = re.exec(seg))) {
          const a = s + m.index + m[1].length;
          mark(a, a + m[2].length, SKIP);
        }
        break;
      }
      case 'table': {
        const t = tableCount++;
        // Everything in the table that is not cell content is markup.
        mark(s, e, SKIP);
        (node.children ?? []).forEach((row, r) => {
          (row.children ?? []).forEach((cell, c) => {
            const kids = cell.children ?? [];
            if (!kids.length) return;
            const cs = off(kids[0].position?.start);
            const ce = off(kids[kids.length - 1].position?.end);
            const idx = cells.length;
            cells.push({ table: t, row: r, col: c, start: cs, end: ce });
            for (let k = cs; k < ce; k++) {
              flags[k] &= ~SKIP;
              cellOf[k] = idx;
            }
          });
        });
        break;
      }
      default:
        break;
    }
    for (const child of node.children ?? []) visit(child, [...parents, node]);
    if (node.type === 'table') {
      // Children may have re-marked markup inside cells; nothing else to do.
    }
  };
  visit(tree, []);

  // Escapes: "\." → "." (outside code).
  for (let k = 0; k + 1 < n; k++) {
    if (text[k] === '\\' && !(flags[k] & SKIP) && /[!-/:-@[-`{-~]/.test(text[k + 1])) flags[k] |= SKIP;
  }

  // Build segments: per source line, split at separators and cell boundaries.
  type Seg = { chars: string[]; offs: number[]; srcLine: number; cell: number; order: number; indent: number; lineStart: number; pcol?: number; region?: number };
  const segs: Seg[] = [];
  let lineNo = 0;
  let pos = 0;
  let order = 0;
  const blankLines = new Set<number>();
  while (pos <= n) {
    let eol = pos;
    while (eol < n && text[eol] !== '\n' && text[eol] !== '\r') eol++;
    let indent = 0;
    while (pos + indent < eol && (text[pos + indent] === ' ' || text[pos + indent] === '\t')) indent++;
    let cur: Seg | undefined;
    let any = false;
    const firstSeg = segs.length;
    for (let k = pos; k < eol; k++) {
      const f = flags[k];
      const cellIdx = cellOf[k];
      if (f & SEP || (cur && cur.cell !== cellIdx)) cur = undefined;
      if (f & SKIP) continue;
      if (!cur) {
        cur = { chars: [], offs: [], srcLine: lineNo, cell: cellIdx, order: order++, indent, lineStart: pos };
        segs.push(cur);
      }
      const ch = subst.get(k) ?? INVISIBLE[text[k]] ?? text[k];
      if (ch === '') continue;
      cur.chars.push(ch);
      cur.offs.push(k);
      if (text[k] !== ' ' && text[k] !== '\t') any = true;
    }
    if (!any && !/\S/.test(text.slice(pos, eol))) blankLines.add(lineNo);
    // Two columns on one line, separated by a run of spaces (pdftotext
    // -layout, OCR): "Số: 12/SNV-VP        Lai Châu, ngày 05 tháng 3 năm 2026".
    if (segs.length === firstSeg + 1 && segs[firstSeg].cell < 0) {
      const two = splitColumns(segs[firstSeg]);
      if (two) {
        segs.splice(firstSeg, 1, two[0], two[1]);
        two[0].order = order++;
        two[1].order = order++;
      }
    }
    if (eol >= n) break;
    pos = eol + (text[eol] === '\r' && text[eol + 1] === '\n' ? 2 : 1);
    lineNo++;
  }

  // Table cells are read column by column (left column, then right column),
  // the order in which the letter's two header or signature columns are read.
  const tableFirst = new Map<number, number>();
  for (const sg of segs) {
    if (sg.cell < 0) continue;
    const t = cells[sg.cell].table;
    if (!tableFirst.has(t)) tableFirst.set(t, sg.order);
  }
  // The signature block laid out in two columns with spaces: read the left
  // column (Nơi nhận) before the right one (signer), like a table.
  columnRegions(segs, blankLines);
  const regionFirst = new Map<number, number>();
  for (const sg of segs) if (sg.region !== undefined && !regionFirst.has(sg.region)) regionFirst.set(sg.region, sg.order);
  const keyed = segs.map((sg) => {
    if (sg.region !== undefined) return { sg, k: [regionFirst.get(sg.region)!, sg.pcol ?? 0, sg.order, 0] };
    if (sg.cell < 0) return { sg, k: [sg.order, 0, 0, 0] };
    const c = cells[sg.cell];
    return { sg, k: [tableFirst.get(c.table)!, c.col, c.row, sg.order] };
  });
  keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.k[3] - b.k[3]);

  const lines: Line[] = [];
  let prevSrc = -1;
  let prevCell = -2;
  for (const { sg } of keyed) {
    // Trim whitespace.
    let a = 0;
    let b = sg.chars.length;
    while (a < b && /\s/.test(sg.chars[a])) a++;
    while (b > a && /\s/.test(sg.chars[b - 1])) b--;
    if (a >= b) continue;
    // Drawn rules ("_______", "-----", "* * *") under the agency name or the
    // trích yếu are layout, not text.
    if (/^[\s_\-–—=*~·•]+$/u.test(sg.chars.slice(a, b).join(''))) continue;
    const mapped = normaliseMapped(sg.chars.slice(a, b), sg.offs.slice(a, b));
    const firstOff = sg.offs[a];
    const lastOff = sg.offs[b - 1] + 1;
    let isBold = true;
    let isItalic = true;
    for (let k = a; k < b; k++) {
      if (/\s/.test(sg.chars[k])) continue;
      if (!strong[sg.offs[k]]) isBold = false;
      if (!em[sg.offs[k]]) isItalic = false;
    }
    const cellInfo = sg.cell >= 0 ? cells[sg.cell] : undefined;
    let blankBefore = lines.length === 0;
    if (!cellInfo) {
      for (let l = sg.srcLine - 1; l > prevSrc; l--) if (blankLines.has(l)) blankBefore = true;
      if (prevCell >= 0) blankBefore = true;
    } else if (prevCell !== sg.cell) blankBefore = true;
    lines.push({
      i: lines.length,
      srcLine: sg.srcLine,
      text: mapped.text,
      fold: foldTones(mapped.text),
      starts: mapped.starts,
      ends: mapped.ends,
      start: firstOff,
      end: lastOff,
      bold: isBold,
      italic: isItalic,
      heading: headingDepth[firstOff] ?? 0,
      cell: cellInfo ? { table: cellInfo.table, row: cellInfo.row, col: cellInfo.col } : undefined,
      indent: sg.indent,
      blankBefore,
    });
    prevSrc = sg.srcLine;
    prevCell = sg.cell;
  }

  // Source lines of directives.
  for (const d of directives) {
    let l = 0;
    for (let k = 0; k < d.start; k++) if (text[k] === '\n') l++;
    d.srcLine = l;
  }
  return { text, lines, frontMatter, directives };
}

/** A minimal YAML reader for flat `key: value` front matter. */
export function parseFrontMatter(src: string): Record<string, string> {
  const data: Record<string, string> = {};
  for (const raw of src.split(/\r?\n/)) {
    const m = raw.match(/^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$/);
    if (!m) continue;
    let v = m[2].replace(/\s+#.*$/, '').trim();
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
    data[m[1].toLowerCase()] = v;
  }
  return data;
}

/** Source range [start, end) of text[a, b) of a line. */
export function lineRange(line: Line, a: number, b: number): { start: number; end: number } {
  a = Math.max(0, Math.min(a, line.text.length));
  b = Math.max(a, Math.min(b, line.text.length));
  if (line.text.length === 0) return { start: line.start, end: line.start };
  const start = a < line.text.length ? line.starts[a] : line.ends[line.text.length - 1];
  const end = b > a ? line.ends[b - 1] : start;
  return { start, end };
}

// ------------------------------------------------------------ text columns

type ColSeg = { chars: string[]; offs: number[]; srcLine: number; cell: number; order: number; indent: number; lineStart: number; pcol?: number; region?: number };

const WS = (c: string) => c === ' ' || c === '\t' || c === '\u00a0';

/** "strong": clearly a header/signature column part; "weak": a name. */
function columnKind(part: string): 'strong' | 'weak' | undefined {
  const t = part.replace(/[*_#>]/g, '').trim().normalize('NFC');
  if (!t) return undefined;
  const b = bare(t);
  if (/^(cong\s*hoa\s|doc\s*lap\s|dang\s+cong\s+san\s|noi\s+nhan)/.test(b)) return 'strong';
  if (/^so\s*:/.test(b)) return 'strong';
  if (/ngay\s+\S+\s+thang\s+\S+/.test(b) && t.length <= 80) return 'strong';
  if (/^[([]?\s*(đã\s+ký|chữ\s+ký|ký\s+tên|ký,)/iu.test(t)) return 'strong';
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && upperShare(letters) >= 0.8) return 'strong';
  const words = t.split(/\s+/);
  if (words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w))) return 'weak';
  return undefined;
}

function upperShare(letters: string): number {
  let up = 0;
  for (const ch of letters) if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) up++;
  return up / letters.length;
}

/** Split a line at its widest run of ≥ 3 spaces when one side is a header or signature column. */
function splitColumns(sg: ColSeg): [ColSeg, ColSeg] | undefined {
  const c = sg.chars;
  let first = 0;
  while (first < c.length && WS(c[first])) first++;
  let last = c.length - 1;
  while (last >= 0 && WS(c[last])) last--;
  const gaps: [number, number][] = [];
  for (let i = first; i <= last; i++) {
    if (!WS(c[i])) continue;
    let j = i;
    // A tab or a gap of 3+ spaces; the gap must be contiguous in the source.
    while (j <= last && WS(c[j]) && (j === i || sg.offs[j] === sg.offs[j - 1] + 1)) j++;
    const width = c.slice(i, j).reduce((w, ch) => w + (ch === '\t' ? 4 : 1), 0);
    if (width >= 3) gaps.push([i, j]);
    i = j;
  }
  gaps.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
  let best: [number, number] | undefined;
  for (const g of gaps) {
    const left = c.slice(first, g[0]).join('');
    const right = c.slice(g[1], last + 1).join('');
    // Blanks left for the number or the day ("Số:      /QĐ-UBND",
    // "ngày      tháng 3") are not column gaps.
    if (/^[/\-.,;:)]/.test(right) || /^(thang|nam)(\s|$)/.test(bare(right))) continue;
    const kl = columnKind(left);
    const kr = columnKind(right);
    const gap = c.slice(g[0], g[1]).reduce((w, ch) => w + (ch === '\t' ? 4 : 1), 0);
    if (kl === 'strong' || kr === 'strong' || ((kl === 'weak' || kr === 'weak') && gap >= 6)) {
      best = g;
      break;
    }
  }
  if (!best) return undefined;
  const mk = (a: number, b: number, pcol: number): ColSeg => ({ ...sg, chars: c.slice(a, b), offs: sg.offs.slice(a, b), pcol });
  return [mk(0, best[0], 0), mk(best[1], c.length, 1)];
}

/**
 * Regions where text columns must be read column by column: from a split
 * line that holds the Nơi nhận label or a signer's title, to the end of its
 * run of non-blank lines (blank lines inside the signature block allowed when
 * the next line is indented like a right column).
 */
function columnRegions(segs: ColSeg[], blankLines: Set<number>): void {
  let region = 0;
  for (let i = 0; i < segs.length; i++) {
    const sg = segs[i];
    if (sg.pcol !== 0 || sg.region !== undefined) continue;
    const right = segs[i + 1];
    const l = bare(sg.chars.join('').replace(/[*_]/g, '').trim());
    const r = right ? right.chars.join('').replace(/[*_]/g, '').trim() : '';
    const rn = r.normalize('NFC');
    const ln = sg.chars.join('').replace(/[*_]/g, '').trim().normalize('NFC');
    // Two signers side by side ("THƯ KÝ      CHỦ TỌA"), not the letterhead.
    const twoSigners =
      ln.length <= 50 && rn.length <= 50 && isCaps(ln) && isCaps(rn) && !/^(cong\s*hoa|doc\s*lap|dang\s+cong\s+san|so\s*:)/.test(l) && !/^(cong\s*hoa|doc\s*lap|dang\s+cong\s+san)/.test(bare(rn));
    const starts = /^noi\s+nhan/.test(l) || (/^(TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u.test(rn) && columnKind(rn) === 'strong') || twoSigners;
    if (!starts) continue;
    const id = region++;
    let line = sg.srcLine;
    for (let k = i; k < segs.length; k++) {
      const s2 = segs[k];
      if (s2.cell >= 0) break;
      // Stop at a blank line unless what follows is a right-column line.
      let blank = false;
      for (let l2 = line + 1; l2 < s2.srcLine; l2++) if (blankLines.has(l2)) blank = true;
      if (blank && !(s2.pcol === undefined && s2.indent >= 12)) break;
      line = s2.srcLine;
      s2.region = id;
      if (s2.pcol === undefined) s2.pcol = s2.indent >= 12 ? 1 : 0;
    }
  }
}

/** Invisible or space-like characters: NBSP reads as a space; soft hyphen,
 * zero-width spaces and joiners, word joiner and BOM are not text. */
const INVISIBLE: Record<string, string> = {
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u00ad': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
};

const NAMED: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', shy: '\u00ad', laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', nbhy: '\u2011', zwsp: '\u200b' };

function decodeEntity(body: string): string | undefined {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return undefined;
    try {
      return String.fromCodePoint(code);
    } catch {
      return undefined;
    }
  }
  return NAMED[body];
}

function isCaps(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && upperShare(letters) >= 0.9;
}
