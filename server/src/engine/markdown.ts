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
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { bare, detach, foldTones, isWhiteCode, normaliseMapped } from './text';
import { LineIndex } from './positions';
import type { Text2 } from './types';
import { blankGridTables, findGridTables } from './grid-tables';

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
  /**
   * Set when the Markdown is too complex to parse in bounded time (nesting
   * far beyond any letter): the text is then read as plain lines, markup
   * included, and this says why.
   */
  tooComplex?: Text2;
  /** Offsets where the source lines start (positions.ts lineStarts), when the reader has them at hand. */
  lineStarts?: number[];
}

interface Pos {
  start: { offset?: number };
  end: { offset?: number };
}
export interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  label?: string;
  identifier?: string;
  position?: Pos;
  children?: MdNode[];
}

/**
 * Only the syntax a letter needs: CommonMark + GFM tables, footnotes and
 * strikethrough (+ front matter). Full remark-gfm also brings literal
 * autolinks and task lists, which change no line of a letter and cost about
 * twice the parse.
 *
 * Each GFM extension is used only when the text has the characters without
 * which its syntax cannot occur (SYNTAX_NEEDS): the table extension alone
 * tries every line of every paragraph as a table's head row, a quarter of
 * the parse of a letter that has no table. The tree is the same (tested).
 */
function readerSyntax(mask: number) {
  return function (this: unknown): void {
    const data = (this as { data(): Record<string, unknown[] | undefined> }).data();
    const mm = (data.micromarkExtensions ??= []);
    const md = (data.fromMarkdownExtensions ??= []);
    if (mask & TABLE) {
      mm.push(gfmTable());
      md.push(gfmTableFromMarkdown());
    }
    if (mask & FOOTNOTE) {
      mm.push(gfmFootnote());
      md.push(gfmFootnoteFromMarkdown());
    }
    if (mask & STRIKE) {
      mm.push(gfmStrikethrough());
      md.push(gfmStrikethroughFromMarkdown());
    }
  };
}
const TABLE = 1;
const FOOTNOTE = 2;
const STRIKE = 4;
const FRONT = 8;
/**
 * Which syntax extensions a text may need: a table has a pipe, or (a one-column
 * table without pipes) an alignment colon next to the delimiter row's dashes
 * (":--", "--:"); a footnote call or definition "[^"; strikethrough "~";
 * front matter "---" or "+++" at the very start.
 */
export function syntaxNeeds(src: string): number {
  return (src.includes('|') || src.includes(':-') || src.includes('-:') ? TABLE : 0) | (src.includes('[^') ? FOOTNOTE : 0) | (src.includes('~') ? STRIKE : 0) | (FRONT_FENCE.test(src) ? FRONT : 0);
}
/** Front matter opens on the first line (after a byte order mark, which micromark skips). */
const FRONT_FENCE = /^\uFEFF?(?:---|\+\+\+)/;
export const ALL_SYNTAX = TABLE | FOOTNOTE | STRIKE | FRONT;
const processors: ReturnType<typeof makeProcessor>[] = [];
function makeProcessor(mask: number) {
  const p = unified().use(remarkParse).use(readerSyntax(mask));
  return mask & FRONT ? p.use(remarkFrontmatter, ['yaml', 'toml']) : p;
}

/** The mdast tree of a Markdown text (an empty root when the parser throws); `mask`: the GFM extensions to use (default: those the text may need). */
export function parseTree(src: string, mask?: number): MdNode {
  try {
    // pandoc grid tables are read apart (markGridTables): remark sees blanks.
    const md = blankGridTables(src);
    const m = mask ?? syntaxNeeds(md);
    return (processors[m] ??= makeProcessor(m)).parse(md) as unknown as MdNode;
  } catch {
    return { type: 'root', children: [] };
  }
}

const SKIP = 1; // source char is markup or outside letter text
const SEP = 2; // source char separates logical lines (<br>, cell boundary)

const DIRECTIVE_RE = /<!--\s*thethuc-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)-->/g;
const ENTITY_RE = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
const BLOCKISH_TAG = /^(br|p|div|center|h[1-6]|li|tr|td|th|table|ul|ol|blockquote)$/i;
const BR_TAG = /^<br\s*\/?>$/i;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const DRAWN_RULE = /^[\s_\-–—=*~·•]+$/u;
const NON_BLANK = /\S/;
const WHITE = /\s/;

/**
 * What one block-aligned piece of a document reads as, in the piece's own
 * coordinates (offsets from its first character, source lines from its first
 * line, tables numbered from 0). `parseMarkdown` reads a whole text as one
 * piece; the incremental reader (./incremental) reads a text as many and
 * shifts them into place.
 */
export interface ChunkReading {
  lines: Line[];
  directives: Directive[];
  frontMatter?: MarkdownDoc['frontMatter'];
  /** Tables in the piece. */
  tables: number;
  /** Line breaks in the piece (CRLF, LF and lone CR each count once). */
  breaks: number;
  /** Link and footnote definitions, rewritten as minimal definitions ("[label]: x"). */
  defs: string[];
}

/** Where micromark's offsets start relative to `src`: it drops a leading BOM. */
export function bomDelta(src: string): number {
  return src.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** What the walk of a piece's syntax tree marks, per source character. */
interface Marks {
  text: string;
  n: number;
  /** SKIP (markup) and SEP (a separator between segments) per character. */
  flags: Uint8Array;
  strong: Uint8Array;
  em: Uint8Array;
  headingDepth: Uint8Array;
  /** Index into `cells` of a character inside a table cell, else -1. */
  cellOf: Int32Array;
  cells: { table: number; row: number; col: number; start: number; end: number }[];
  directives: Directive[];
  defs: string[];
  /** Source offsets whose character reads as another string (entities, NBSP). */
  subst: Map<number, string>;
  frontMatter: MarkdownDoc['frontMatter'];
  tableCount: number;
  /** Per character, 1 in a grid-table cell line that goes on with the cell's line above (./grid-tables). */
  gridJoin?: Uint8Array;
  off(p: { offset?: number } | undefined): number;
  mark(a: number, b: number, v: number): void;
  fill(arr: Uint8Array, a: number, b: number, v?: number): void;
  decodeEntities(a: number, b: number): void;
  lineDirectives(value: string, base: number): void;
}

/**
 * The per-character arrays of one reading, re-used from one reading to the
 * next (a reading never outlives readChunk, which is not re-entered): a
 * keystroke in a long document reads a few chunks, each of which would
 * otherwise allocate five buffers. Texts above SCRATCH_MAX get their own.
 */
const SCRATCH_MAX = 256 * 1024;
let scratch = { size: 0, bytes: new Uint8Array(0), cells: new Int32Array(0) };
function perCharArrays(n: number): { flags: Uint8Array; strong: Uint8Array; em: Uint8Array; headingDepth: Uint8Array; cellOf: Int32Array } {
  if (n > SCRATCH_MAX) return { flags: new Uint8Array(n), strong: new Uint8Array(n), em: new Uint8Array(n), headingDepth: new Uint8Array(n), cellOf: new Int32Array(n).fill(-1) };
  if (scratch.size < n) {
    const size = Math.min(SCRATCH_MAX, Math.max(n, 2 * scratch.size, 4096));
    scratch = { size, bytes: new Uint8Array(4 * size), cells: new Int32Array(size) };
  }
  const { size, bytes, cells } = scratch;
  bytes.fill(0, 0, n);
  bytes.fill(0, size, size + n);
  bytes.fill(0, 2 * size, 2 * size + n);
  bytes.fill(0, 3 * size, 3 * size + n);
  cells.fill(-1, 0, n);
  return {
    flags: bytes.subarray(0, n),
    strong: bytes.subarray(size, size + n),
    em: bytes.subarray(2 * size, 2 * size + n),
    headingDepth: bytes.subarray(3 * size, 3 * size + n),
    cellOf: cells.subarray(0, n),
  };
}

function newMarks(text: string, delta: number): Marks {
  const n = text.length;
  const mk: Marks = {
    text,
    n,
    ...perCharArrays(n),
    cells: [],
    directives: [],
    defs: [],
    subst: new Map<number, string>(),
    frontMatter: undefined,
    tableCount: 0,
    off: (p) => (p?.offset ?? 0) + delta,
    mark: (a, b, v) => {
      const hi = Math.min(n, b);
      for (let k = Math.max(0, a); k < hi; k++) mk.flags[k] |= v;
    },
    // Character references ("&nbsp;", "&#7897;") read as the character they stand for.
    decodeEntities: (a, b) => {
      const raw = text.slice(a, b);
      if (raw.indexOf('&') < 0) return;
      ENTITY_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ENTITY_RE.exec(raw))) {
        const ch = decodeEntity(m[1]);
        if (ch === undefined) continue;
        const at = a + m.index;
        mk.subst.set(at, ch);
        mk.mark(at + 1, at + m[0].length, SKIP);
      }
    },
    fill: (arr, a, b, v = 1) => {
      const hi = Math.min(n, b);
      for (let k = Math.max(0, a); k < hi; k++) arr[k] = v;
    },
    lineDirectives: (value, base) => {
      if (value.indexOf('thethuc-') < 0) return;
      DIRECTIVE_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DIRECTIVE_RE.exec(value))) {
        const rules = m[2]
          .split(/[\s,]+/)
          .map((s) => s.trim())
          .filter(Boolean);
        const start = base + m.index;
        mk.directives.push({ kind: m[1] as Directive['kind'], rules, start, end: start + m[0].length, srcLine: -1 });
      }
    },
  };
  // A byte-order mark is not text.
  if (text.charCodeAt(0) === 0xfeff) mk.flags[0] = SKIP;
  return mk;
}

/** Mark the markup of the whole tree (the piece's nodes only). */
function markTree(mk: Marks, tree: MdNode): void {
  // Pre-order walk with an explicit stack: 5,000 nested emphases or 3,000
  // nested block quotes must not overflow the call stack.
  const stack: { node: MdNode; inQuote: boolean }[] = [{ node: tree, inQuote: false }];
  while (stack.length) {
    const { node, inQuote } = stack.pop()!;
    const s = mk.off(node.position?.start);
    const e = mk.off(node.position?.end);
    // Definitions put around the piece to resolve references are not part of it.
    if (node !== tree && (s < 0 || e > mk.n)) continue;
    const descend = markNode(mk, node, s, e, inQuote);
    const kids = node.children;
    if (descend && kids) {
      const q = inQuote || node.type === 'blockquote';
      for (let c = kids.length - 1; c >= 0; c--) stack.push({ node: kids[c], inQuote: q });
    }
  }

}

/** Mark one node's markup; false when its children need no visit. */
function markNode(mk: Marks, node: MdNode, s: number, e: number, inQuote: boolean): boolean {
  switch (node.type) {
    case 'yaml':
    case 'toml': {
      mk.mark(s, e, SKIP);
      mk.frontMatter = { data: parseFrontMatter(node.value ?? ''), start: s, end: e };
      return false;
    }
    case 'code': {
      // Fenced code is not the letter's text. An indented "code block" in a
      // letter is text laid out with spaces (pdftotext -layout, OCR): keep it.
      if (isFence(mk.text, s, e)) mk.mark(s, e, SKIP);
      return false;
    }
    case 'definition':
    case 'footnoteDefinition':
      // The identifier (the source label, normalised), not `label` (its text,
      // with escapes and character references decoded): written back as a
      // label it matches the same references.
      mk.defs.push(`[${node.type === 'footnoteDefinition' ? '^' : ''}${(node.identifier ?? node.label ?? '').replace(/\r\n?|\n/g, ' ')}]: x`);
      mk.mark(s, e, SKIP);
      return false;
    case 'thematicBreak':
      mk.mark(s, e, SKIP);
      return false;
    case 'inlineCode': {
      // Keep the code's text, drop the backticks.
      const [lead, trail] = codeTicks(mk.text, s, e);
      mk.mark(s, s + lead, SKIP);
      mk.mark(e - trail, e, SKIP);
      return false;
    }
    case 'html': {
      const value = node.value ?? '';
      mk.lineDirectives(value, s);
      if (BR_TAG.test(value.trim())) mk.mark(s, e, SKIP | SEP);
      else if (/^\s*<!--/.test(value) || /^\s*<(script|style|pre)\b/i.test(value)) mk.mark(s, e, SKIP);
      else {
        // HTML wrappers (<div align="center">, <p><b>…</b></p>, <center>):
        // the tags are markup, the text between them is the letter's text.
        htmlTags(value, (a, b, name) => mk.mark(s + a, s + b, name !== undefined && BLOCKISH_TAG.test(name) ? SKIP | SEP : SKIP));
        // Markdown is not parsed inside an HTML block: drop emphasis markers
        // around a line ("**CỘNG HÒA …**").
        htmlLineMarkers(value, (a, b) => mk.mark(s + a, s + b, SKIP));
        mk.decodeEntities(s, e);
      }
      return false;
    }
    case 'footnoteReference':
      mk.mark(s, e, SKIP);
      return false;
    case 'text': {
      mk.decodeEntities(s, e);
      // pandoc bracketed spans: "[Độc lập - Tự do - Hạnh phúc]{.underline}".
      bracketedSpans(mk.text, s, e, (open, close, end) => {
        mk.mark(open, open + 1, SKIP);
        mk.mark(close, end, SKIP);
      });
      return false;
    }
    case 'image':
    case 'break':
      // A hard line break ("\" or two spaces before the newline, as
      // converters such as pandoc write) is markup, not text.
      mk.mark(s, e, SKIP);
      return false;
    case 'heading': {
      const kids = node.children ?? [];
      const depth = node.depth ?? 1;
      if (kids.length) {
        mk.mark(s, mk.off(kids[0].position?.start), SKIP);
        mk.mark(mk.off(kids[kids.length - 1].position?.end), e, SKIP);
      } else mk.mark(s, e, SKIP);
      mk.fill(mk.headingDepth, s, e, depth);
      break;
    }
    case 'strong':
    case 'emphasis':
    case 'delete':
    case 'link':
    case 'linkReference': {
      const kids = node.children ?? [];
      if (kids.length) {
        const cs = mk.off(kids[0].position?.start);
        const ce = mk.off(kids[kids.length - 1].position?.end);
        mk.mark(s, cs, SKIP);
        mk.mark(ce, e, SKIP);
        if (node.type === 'strong') mk.fill(mk.strong, cs, ce);
        if (node.type === 'emphasis') mk.fill(mk.em, cs, ce);
      } else mk.mark(s, e, SKIP);
      break;
    }
    case 'blockquote': {
      // The ">" markers: strip the first one of each line. A quote inside a
      // quote only adds its own first line: its other lines are the outer
      // quote's lines, already stripped (the same characters).
      quoteMarkers(mk.text, s, e, inQuote, (a, b) => mk.mark(a, b, SKIP));
      break;
    }
    case 'table':
      markTable(mk, node, s, e);
      break;
    default:
      break;
  }
  return true;
}

/** A table: everything that is not cell content is markup; cells are numbered. */
function markTable(mk: Marks, node: MdNode, s: number, e: number): void {
  const t = mk.tableCount++;
  // Everything in the table that is not cell content is markup.
  mk.mark(s, e, SKIP);
  (node.children ?? []).forEach((row, r) => {
    (row.children ?? []).forEach((cell, c) => {
      const kids = cell.children ?? [];
      if (!kids.length) return;
      const cs = mk.off(kids[0].position?.start);
      const ce = mk.off(kids[kids.length - 1].position?.end);
      const idx = mk.cells.length;
      mk.cells.push({ table: t, row: r, col: c, start: cs, end: ce });
      for (let k = Math.max(0, cs); k < Math.min(mk.n, ce); k++) {
        mk.flags[k] &= ~SKIP;
        mk.cellOf[k] = idx;
      }
    });
  });
}

/** pandoc grid tables: borders and "|" are markup, cell text is a table cell (./grid-tables). */
function markGridTables(mk: Marks): void {
  const grids = findGridTables(mk.text);
  if (!grids.length) return;
  for (const g of grids) {
    // Inside fenced code, an HTML block or front matter: not the letter's text.
    if (mk.flags[g.start] & SKIP) continue;
    const t = mk.tableCount++;
    mk.mark(g.start, g.end, SKIP);
    for (const cell of g.cells) {
      const idx = mk.cells.length;
      mk.cells.push({ table: t, row: cell.row, col: cell.col, start: cell.slices[0][0], end: cell.slices[cell.slices.length - 1][1] });
      cell.slices.forEach(([a, b], j) => {
        if (cell.joins[j]) (mk.gridJoin ??= new Uint8Array(mk.n)).fill(1, a, b);
        for (let k = a; k < b; k++) {
          mk.flags[k] &= ~SKIP;
          mk.cellOf[k] = idx;
        }
      });
    }
    for (const [a, b] of g.skip) mk.mark(a, b, SKIP);
    for (const [a, b] of g.strong) mk.fill(mk.strong, a, b);
    for (const [a, b] of g.em) mk.fill(mk.em, a, b);
  }
  // Tables are numbered in the order of the text (a grid table may come before a pipe table).
  const firstOf = new Map<number, number>();
  for (const c of mk.cells) firstOf.set(c.table, Math.min(firstOf.get(c.table) ?? Infinity, c.start));
  const order = [...firstOf.keys()].sort((x, y) => firstOf.get(x)! - firstOf.get(y)!);
  const renum = new Map(order.map((tb, k) => [tb, k]));
  for (const c of mk.cells) c.table = renum.get(c.table)!;
}

/**
 * A grid-table cell's line wrapped by pandoc at the column width goes on with
 * the line above: one segment, the blanks between the two parts read as one
 * space.
 */
function joinGridLines(keyed: { sg: Seg; k: number[] }[], join: Uint8Array): { sg: Seg; k: number[] }[] {
  const out: { sg: Seg; k: number[] }[] = [];
  for (const e of keyed) {
    const prev = out[out.length - 1]?.sg;
    const s = e.sg.str;
    let first = 0;
    while (first < s.length && isWhiteCode(s.charCodeAt(first))) first++;
    if (first === s.length) first = -1;
    if (!prev || prev.cell !== e.sg.cell || first < 0 || !join[e.sg.offs[first]]) {
      out.push(e);
      continue;
    }
    let b = prev.str.length;
    while (b > 0 && isWhiteCode(prev.str.charCodeAt(b - 1))) b--;
    if (b === 0) {
      out.push(e);
      continue;
    }
    const spaceAt = first > 0 ? e.sg.offs[first - 1] : (prev.offs[b] ?? e.sg.offs[first]);
    prev.str = prev.str.slice(0, b) + ' ' + s.slice(first);
    prev.offs.length = b;
    prev.offs.push(spaceAt, ...e.sg.offs.slice(first));
  }
  return out;
}

/** Segments of the piece: per source line, split at separators and cell boundaries. */
function segments(mk: Marks): { segs: Seg[]; blankLines: Set<number>; lineNo: number } {
  const { text, n, flags, cellOf, subst } = mk;
  const segs: Seg[] = [];
  let lineNo = 0;
  let pos = 0;
  let order = 0;
  const blankLines = new Set<number>();
  while (pos <= n) {
    let eol = pos;
    let c = 0;
    while (eol < n && (c = text.charCodeAt(eol)) !== 10 && c !== 13) eol++;
    let indent = 0;
    while (pos + indent < eol && ((c = text.charCodeAt(pos + indent)) === 32 || c === 9)) indent++;
    let cur: Seg | undefined;
    let any = false;
    const firstSeg = segs.length;
    // The segment's text is built from runs of source characters read as
    // themselves (one slice per run, not one string per character).
    let run = -1;
    for (let k = pos; k < eol; k++) {
      const f = flags[k];
      const cellIdx = cellOf[k];
      if (run >= 0 && (f & (SEP | SKIP) || cur!.cell !== cellIdx)) {
        cur!.str += text.slice(run, k);
        run = -1;
      }
      if (f & SEP || (cur && cur.cell !== cellIdx)) cur = undefined;
      if (f & SKIP) continue;
      if (!cur) {
        cur = { str: '', offs: [], srcLine: lineNo, cell: cellIdx, order: order++, indent, lineStart: pos };
        segs.push(cur);
      }
      const code = text.charCodeAt(k);
      // Only an "&" can start an entity; only non-ASCII characters are invisible.
      const ch = code === 38 ? subst.get(k) : code < 0xa0 ? undefined : invisible(code);
      if (ch === undefined) {
        if (run < 0) run = k;
        cur.offs.push(k);
      } else {
        if (run >= 0) {
          cur.str += text.slice(run, k);
          run = -1;
        }
        if (ch === '') continue;
        // Every code unit of the replacement maps to the entity's "&".
        cur.str += ch;
        for (let u = 0; u < ch.length; u++) cur.offs.push(k);
      }
      if (code !== 32 && code !== 9) any = true;
    }
    if (run >= 0) cur!.str += text.slice(run, eol);
    if (!any && !NON_BLANK.test(text.slice(pos, eol))) blankLines.add(lineNo);
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
    pos = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
    lineNo++;
  }

  return { segs, blankLines, lineNo };
}

/** The segments in reading order, each with its sort key. */
function readingOrder(segs: Seg[], cells: Marks['cells'], blankLines: Set<number>): { sg: Seg; k: number[] }[] {
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

  return keyed;
}

/**
 * Read one piece of Markdown from its syntax tree. `delta` is added to the
 * tree's offsets to get offsets into `text` (the tree may come from the piece
 * with definitions put before or after it; nodes outside the piece are
 * ignored).
 */
export function readChunk(text: string, tree: MdNode, delta: number): ChunkReading {
  const mk = newMarks(text, delta);
  markTree(mk, tree);
  markGridTables(mk);
  const { n, strong, em, headingDepth, cells, directives, defs } = mk;

  // Escapes: "\." → "." (outside code).
  for (let k = text.indexOf('\\'); k >= 0 && k + 1 < n; k = text.indexOf('\\', k + 1)) {
    if (!(mk.flags[k] & SKIP) && ESCAPABLE.test(text[k + 1])) mk.flags[k] |= SKIP;
  }

  const { segs, blankLines, lineNo } = segments(mk);
  const keyed = mk.gridJoin ? joinGridLines(readingOrder(segs, cells, blankLines), mk.gridJoin) : readingOrder(segs, cells, blankLines);

  const lines: Line[] = [];
  let prevSrc = -1;
  let prevCell = -2;
  for (const { sg } of keyed) {
    // Trim whitespace.
    const s = sg.str;
    let a = 0;
    let b = s.length;
    while (a < b && isWhiteCode(s.charCodeAt(a))) a++;
    while (b > a && isWhiteCode(s.charCodeAt(b - 1))) b--;
    if (a >= b) continue;
    const whole = a === 0 && b === s.length;
    const joined = whole ? s : s.slice(a, b);
    const offs = whole ? sg.offs : sg.offs.slice(a, b);
    // Drawn rules ("_______", "-----", "* * *") under the agency name or the
    // trích yếu are layout, not text.
    if (DRAWN_RULE.test(joined)) continue;
    const mapped = normaliseMapped(joined, offs);
    // The line outlives the reading (memos keyed by line text): not a slice of the document.
    const lineText = detach(mapped.text);
    const firstOff = offs[0];
    const lastOff = offs[offs.length - 1] + 1;
    let isBold = true;
    let isItalic = true;
    for (let k = 0; k < joined.length && (isBold || isItalic); k++) {
      if (isWhiteCode(joined.charCodeAt(k))) continue;
      if (!strong[offs[k]]) isBold = false;
      if (!em[offs[k]]) isItalic = false;
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
      text: lineText,
      fold: foldTones(lineText),
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
  directives.sort((x, y) => x.start - y.start);
  if (directives.length) {
    const index = new LineIndex(text);
    for (const d of directives) d.srcLine = index.position(d.start).line;
  }
  return { lines, directives, frontMatter: mk.frontMatter, tables: mk.tableCount, breaks: lineNo, defs };
}

export function parseMarkdown(text: string): MarkdownDoc {
  const tooComplex = markdownComplexity(text);
  if (tooComplex) return plainReading(text, tooComplex);
  const r = readChunk(text, parseTree(text), bomDelta(text));
  return { text, lines: r.lines, frontMatter: r.frontMatter, directives: r.directives };
}

/** A text read as plain lines (no Markdown parse). */
export function plainReading(text: string, why: Text2): MarkdownDoc {
  const r = readChunk(text, { type: 'root', children: [] }, 0);
  return { text, lines: r.lines, frontMatter: undefined, directives: r.directives, tooComplex: why };
}

// ------------------------------------------------------------ work limits

/** Deepest container nesting (block quotes, list items) on one line. */
export const MAX_LINE_DEPTH = 100;
/** Sum over lines of the squared nesting depth (micromark's work grows with it). */
export const MAX_DEPTH_WORK = 1_000_000;
/** Emphasis delimiters left open at once in one block. */
export const MAX_OPEN_EMPHASIS = 400;
/** Link/image brackets "[" left open at once in one block. */
export const MAX_OPEN_BRACKETS = 400;

/**
 * micromark's time grows faster than the text on deep nesting: indented lists
 * (200 levels ≈ 3 s, 800 levels ≈ 80 s), list markers or ">" repeated on one
 * line, thousands of unclosed "*" or "[" (remark-parse alone: 2,000 "[" 4 ms,
 * 16,000 "[" 120 ms, ×2.2–3.6 per doubling). Measured in one linear pass before parsing;
 * returns why the text is too complex, or undefined. No letter comes near
 * these limits (a letter nests 3 levels at most).
 */
export function markdownComplexity(text: string): Text2 | undefined {
  return combineComplexity([complexityOf(text)]);
}

/**
 * The complexity of a piece of text that starts a block (the text, or one of
 * its chunks: a chunk starts after a blank line, where the counts of open
 * "*" and "[" are reset anyway): its nesting work, and the first limit it
 * exceeds on its own, with the work counted up to there.
 */
export interface Complexity {
  work: number;
  why?: Text2;
  workAt: number;
}

/** The first limit the pieces of a text exceed, read one after another (as markdownComplexity reads the whole). */
export function combineComplexity(pieces: Iterable<Complexity>): Text2 | undefined {
  let work = 0;
  for (const p of pieces) {
    // The nesting work is counted line by line: over the limit before the piece's own limit is reached, it is named.
    if (p.why) return work + p.workAt > MAX_DEPTH_WORK ? DEPTH_WORK : p.why;
    work += p.work;
    if (work > MAX_DEPTH_WORK) return DEPTH_WORK;
  }
  return undefined;
}

export function complexityOf(text: string): Complexity {
  const n = text.length;
  let work = 0;
  let open = 0;
  let brackets = 0;
  let pos = 0;
  while (pos < n) {
    let eol = pos;
    let c = 0;
    while (eol < n && (c = text.charCodeAt(eol)) !== 10 && c !== 13) eol++;
    // Container prefix: spaces, ">" and list markers.
    let k = pos;
    let sp = 0;
    let quotes = 0;
    let items = 0;
    for (;;) {
      while (k < eol && ((c = text.charCodeAt(k)) === 32 || c === 9)) {
        sp += c === 9 ? 4 : 1;
        k++;
      }
      if (k >= eol) break;
      c = text.charCodeAt(k);
      if (c === 62 /* > */) {
        quotes++;
        k++;
        continue;
      }
      let m = k;
      if (c === 45 || c === 43 || c === 42) m = k + 1;
      else {
        while (m < eol && m - k < 9 && text.charCodeAt(m) >= 48 && text.charCodeAt(m) <= 57) m++;
        if (m > k && (text.charCodeAt(m) === 46 || text.charCodeAt(m) === 41)) m++;
        else m = k;
      }
      if (m > k && m < eol && (text.charCodeAt(m) === 32 || text.charCodeAt(m) === 9)) {
        items++;
        k = m;
        continue;
      }
      break;
    }
    const depth = quotes + items + (items ? sp >> 1 : 0);
    if (depth > MAX_LINE_DEPTH) return { work, workAt: work, why: limit(`${depth} cấp lồng nhau trên một dòng`, `${depth} nesting levels on one line`) };
    work += depth * depth;
    // Emphasis delimiters left open (reset at a blank line).
    if (k >= eol) open = brackets = 0;
    for (let a = k; a < eol; a++) {
      c = text.charCodeAt(a);
      if (c === 91 /* [ */ || c === 93 /* ] */) {
        if (a > pos && text.charCodeAt(a - 1) === 92 /* \ */) continue;
        brackets = c === 91 ? brackets + 1 : Math.max(0, brackets - 1);
        if (brackets > MAX_OPEN_BRACKETS) return { work, workAt: work, why: limit(`${brackets} dấu ngoặc vuông "[" chưa đóng`, `${brackets} unclosed brackets "["`) };
        continue;
      }
      if (c !== 42 && c !== 95) continue;
      let b = a + 1;
      while (b < eol && text.charCodeAt(b) === c) b++;
      const before = a > pos ? text.charCodeAt(a - 1) : 32;
      const after = b < eol ? text.charCodeAt(b) : 32;
      const left = after !== 32 && after !== 9;
      const right = before !== 32 && before !== 9;
      if (left && !right) open += b - a;
      else if (right && !left) open = Math.max(0, open - (b - a));
      if (open > MAX_OPEN_EMPHASIS) return { work, workAt: work, why: limit(`${open} dấu nhấn mạnh (*, _) chưa đóng`, `${open} unclosed emphasis markers (*, _)`) };
      a = b - 1;
    }
    if (eol >= n) break;
    pos = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  return { work, workAt: work };
}

const DEPTH_WORK = limit('danh sách/trích dẫn lồng nhau quá sâu', 'lists or quotes nested too deeply');

function limit(vi: string, en: string): Text2 {
  return {
    vi: `Văn bản Markdown quá phức tạp để phân tích (${vi}): đọc như văn bản thuần, bỏ qua định dạng`,
    en: `Markdown too complex to parse (${en}): read as plain text, formatting ignored`,
  };
}

/** Whether a code node's source is a fenced block (not an indented one). */
function isFence(text: string, s: number, e: number): boolean {
  let k = s;
  while (k < e && WHITE.test(text[k])) k++;
  return text.startsWith('```', k) || text.startsWith('~~~', k);
}

/** Lengths of the opening "`+\s?" and closing "\s?`+" of an inline code span. */
export function codeTicks(text: string, s: number, e: number): [number, number] {
  let lead = 0;
  while (s + lead < e && text.charCodeAt(s + lead) === 96) lead++;
  if (lead > 0 && s + lead < e && WHITE.test(text[s + lead])) lead++;
  let trail = 0;
  while (e - trail - 1 >= s && text.charCodeAt(e - trail - 1) === 96) trail++;
  if (trail > 0 && e - trail - 1 >= s && WHITE.test(text[e - trail - 1])) trail++;
  return [lead, trail];
}

/**
 * The tags of an HTML block: comments and "<name …>" up to the first ">".
 * Linear: each search for a closing "-->" or ">" resumes past the last one.
 */
export function htmlTags(value: string, visit: (a: number, b: number, name: string | undefined) => void): void {
  let p = value.indexOf('<');
  let noCommentEnd = false;
  while (p >= 0) {
    if (value.startsWith('<!--', p) && !noCommentEnd) {
      const c = value.indexOf('-->', p + 4);
      if (c >= 0) {
        visit(p, c + 3, undefined);
        p = value.indexOf('<', c + 3);
        continue;
      }
      noCommentEnd = true;
    }
    let q = p + 1;
    if (value.charCodeAt(q) === 47 /* / */) q++;
    if (!isAsciiLetter(value.charCodeAt(q))) {
      p = value.indexOf('<', p + 1);
      continue;
    }
    let r = q + 1;
    while (r < value.length && isTagNameChar(value.charCodeAt(r))) r++;
    const gt = value.indexOf('>', r);
    // No ">" anywhere after: no tag (nor comment) can close any more.
    if (gt < 0) return;
    visit(p, gt + 1, value.slice(q, r));
    p = value.indexOf('<', gt + 1);
  }
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isTagNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/**
 * Emphasis markers that open and close a line of an HTML block: per line,
 * after the indentation, a run of 1–3 "*" or "_", and before the trailing
 * blanks a run of 1–3 of the same character (what
 * /^([ \t]*)(\*{1,3}|_{1,3})?(.*?)(\*{1,3}|_{1,3})?[ \t]*$/gm matches, in
 * linear time).
 */
export function htmlLineMarkers(value: string, visit: (a: number, b: number) => void): void {
  const n = value.length;
  let ls = 0;
  while (ls <= n) {
    let le = ls;
    let c = 0;
    while (le < n && (c = value.charCodeAt(le)) !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) le++;
    if (le > ls) {
      let a = ls;
      while (a < le && ((c = value.charCodeAt(a)) === 32 || c === 9)) a++;
      let lead = 0;
      const m = value.charCodeAt(a);
      if (m === 42 || m === 95) while (lead < 3 && a + lead < le && value.charCodeAt(a + lead) === m) lead++;
      if (lead) visit(a, a + lead);
      const from = a + lead;
      let t = le;
      while (t > from && ((c = value.charCodeAt(t - 1)) === 32 || c === 9)) t--;
      let trail = 0;
      const z = value.charCodeAt(t - 1);
      if (t > from && (z === 42 || z === 95)) while (trail < 3 && t - trail - 1 >= from && value.charCodeAt(t - trail - 1) === z) trail++;
      if (trail) visit(t - trail, t);
    }
    if (le >= n) break;
    ls = le + 1;
  }
}

/**
 * pandoc bracketed spans in text[s, e): "[" text "]{." or "]{#" … "}" on one
 * line (what /\[([^\]\n]+)\]\{[.#][^}\n]*\}/g matches, in linear time).
 */
export function bracketedSpans(text: string, s: number, e: number, visit: (open: number, close: number, end: number) => void): void {
  let i = text.indexOf('[', s);
  let stop = -1; // first "]" or "\n" after i
  let stopFor = -1;
  while (i >= 0 && i < e) {
    if (stopFor < i + 1) {
      stop = i + 1;
      while (stop < e && text.charCodeAt(stop) !== 93 && text.charCodeAt(stop) !== 10) stop++;
      stopFor = stop;
    }
    const j = stop;
    if (j < e && j > i + 1 && text.charCodeAt(j) === 93 && text.charCodeAt(j + 1) === 123 && j + 2 < e && (text[j + 2] === '.' || text[j + 2] === '#')) {
      let r = j + 3;
      while (r < e && text.charCodeAt(r) !== 125 && text.charCodeAt(r) !== 10) r++;
      if (r < e && text.charCodeAt(r) === 125) {
        visit(i, j, r + 1);
        i = text.indexOf('[', r + 1);
        continue;
      }
      // No closing "}" for this "]": no "[" before it can match either.
      i = text.indexOf('[', j + 1);
      continue;
    }
    i = text.indexOf('[', i + 1);
  }
}

/** The ">" marker ("[ \t]*>[ \t]?") at the start of each line of a block quote. */
function quoteMarkers(text: string, s: number, e: number, nested: boolean, visit: (a: number, b: number) => void): void {
  const at = (p: number) => {
    let k = p;
    while (k < e && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k < e && text[k] === '>') {
      k++;
      if (k < e && (text[k] === ' ' || text[k] === '\t')) k++;
      visit(p, k);
    }
  };
  at(s);
  if (nested) return;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(k + 1) === 10) k++;
      at(k + 1);
    }
  }
}

// ------------------------------------------------------------ segments

/**
 * A segment: its text, and per code unit of it the source offset it reads
 * (all units of an entity's replacement map to the entity's "&").
 */
type Seg = { str: string; offs: number[]; srcLine: number; cell: number; order: number; indent: number; lineStart: number; pcol?: number; region?: number };

/** A minimal YAML reader for flat `key: value` front matter. */
export function parseFrontMatter(src: string): Record<string, string> {
  const data: Record<string, string> = {};
  for (const raw of src.split(/\r\n|\r|\n/)) {
    const m = raw.match(/^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$/);
    if (!m) continue;
    // A comment: " # …" (found in linear time; /\s+#.*$/ is quadratic on a run of spaces).
    const hash = /\s#/.exec(m[2]);
    let v = (hash ? m[2].slice(0, hash.index) : m[2]).trim();
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

type ColSeg = Seg;

/** Space, tab or NBSP: a column gap's characters. */
const WS = (c: number) => c === 32 || c === 9 || c === 0xa0;

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
  const c = sg.str;
  // A gap is a tab, or 3+ spaces and NBSPs: most lines have neither.
  if (c.indexOf('\t') < 0 && c.indexOf('\u00a0') < 0 && c.indexOf('   ') < 0) return undefined;
  let first = 0;
  while (first < c.length && WS(c.charCodeAt(first))) first++;
  let last = c.length - 1;
  while (last >= 0 && WS(c.charCodeAt(last))) last--;
  const gaps: [number, number][] = [];
  for (let i = first; i <= last; i++) {
    if (!WS(c.charCodeAt(i))) continue;
    let j = i;
    let width = 0;
    // A tab or a gap of 3+ spaces; the gap must be contiguous in the source.
    while (j <= last && WS(c.charCodeAt(j)) && (j === i || sg.offs[j] === sg.offs[j - 1] + 1)) width += c.charCodeAt(j++) === 9 ? 4 : 1;
    if (width >= 3) gaps.push([i, j]);
    i = j;
  }
  gaps.sort((a, b) => b[1] - b[0] - (a[1] - a[0]) || a[0] - b[0]);
  let best: [number, number] | undefined;
  // At most 32 candidate gaps per line: a line of thousands of gaps is not
  // a two-column layout, and each candidate costs the line's length.
  for (const g of gaps.slice(0, 32)) {
    const left = c.slice(first, g[0]);
    const right = c.slice(g[1], last + 1);
    // Blanks left for the number or the day ("Số:      /QĐ-UBND",
    // "ngày      tháng 3") are not column gaps.
    if (/^[/\-.,;:)]/.test(right) || /^(thang|nam)(\s|$)/.test(bare(right.normalize('NFC')))) continue;
    const kl = columnKind(left);
    const kr = columnKind(right);
    let gap = 0;
    for (let k = g[0]; k < g[1]; k++) gap += c.charCodeAt(k) === 9 ? 4 : 1;
    if (kl === 'strong' || kr === 'strong' || ((kl === 'weak' || kr === 'weak') && gap >= 6)) {
      best = g;
      break;
    }
  }
  if (!best) return undefined;
  const mk = (a: number, b: number, pcol: number): ColSeg => ({ ...sg, str: c.slice(a, b), offs: sg.offs.slice(a, b), pcol });
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
    const l = bare(sg.str.replace(/[*_]/g, '').trim().normalize('NFC'));
    const r = right ? right.str.replace(/[*_]/g, '').trim() : '';
    const rn = r.normalize('NFC');
    const ln = sg.str.replace(/[*_]/g, '').trim().normalize('NFC');
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

/**
 * How an invisible or space-like character reads: NBSP and the narrow and
 * figure spaces as a space; soft hyphen, zero-width spaces and joiners, word
 * joiner and BOM not at all (""). undefined: the character reads as itself.
 */
function invisible(code: number): string | undefined {
  switch (code) {
    case 0xa0:
    case 0x202f:
    case 0x2007:
      return ' ';
    case 0xad:
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
      return '';
    default:
      return undefined;
  }
}

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
