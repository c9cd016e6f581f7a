// Block-level incremental reading of a Markdown text.
//
// The text is split at top-level block boundaries into chunks; each chunk is
// parsed on its own (unified + remark-parse + the reader's extensions) and
// read into logical lines in its own coordinates; readings are cached by
// content, so after an edit only the chunks it touches are parsed again, and
// the document is assembled by shifting the cached readings into place.
//
// Why the result is the same as reading the whole text at once: a chunk starts
// at a line that begins in column 0 with a letter or a digit (optionally after
// "*"/"_"), right after a blank line, outside fenced code, HTML blocks of
// kinds 1–5 (<script>, <!-- …, <?, <!X, <![CDATA[) and front matter. There
// every container and leaf block of CommonMark/GFM has ended (paragraphs,
// tables, block quotes, list items, indented code end at a blank line followed
// by a column-0 line), so the blocks on either side parse the same alone.
// The only state shared across blocks — link and footnote definitions — is
// collected from every chunk and put around each chunk that has a "[". The
// line reader's cross-line logic (two-column regions, blank-before, table
// order) never crosses such a line either: the line produces text at column 0.
// A safety net checks each parsed chunk: if it ends inside fenced code or an
// HTML block, it is merged with the next one.
//
// Parsing chunk by chunk also keeps the parse linear whatever micromark does
// with long containers (micromark 4.0.3 rebuilds its event list each time a
// list item closes: quadratic on a long list of letters).

import { bomDelta, ChunkReading, combineComplexity, Complexity, complexityOf, Directive, Line, MarkdownDoc, MdNode, parseTree, plainReading, readChunk } from './markdown';

export interface ChunkOptions {
  /** No chunk boundary closer than this many characters after the previous one. */
  minChunk?: number;
  /** After this many characters without a preferred boundary, take any. */
  maxChunk?: number;
}

const MIN_CHUNK = 64;
const MAX_CHUNK = 16 * 1024;

/**
 * Offsets where chunks start (the first is 0). Boundaries are chosen by
 * content, so an edit moves only the boundaries next to it, not every boundary
 * after it: a candidate line after a block of at least `minChunk` characters
 * (from the previous candidate) is always a boundary; after shorter blocks, one
 * candidate in four is, by a hash of the block before it, once the chunk has
 * `minChunk` characters. Small chunks keep the re-parse of a keystroke small
 * (a paragraph, not a third of a letter; the short articles of a quyết định
 * need the 64-character minimum); a long text parses faster in small
 * chunks too.
 */
export function chunkStarts(text: string, o: ChunkOptions = {}): number[] {
  const minChunk = o.minChunk ?? MIN_CHUNK;
  const maxChunk = Math.max(minChunk, o.maxChunk ?? MAX_CHUNK);
  const n = text.length;
  const starts = [0];
  let last = 0;
  let prevCandidate = 0;
  let pos = frontMatterEnd(text);
  let prevBlank = false;
  let fence: { ch: number; len: number } | undefined;
  let htmlEnd: RegExp | string | undefined;
  let blockHash = 2166136261;
  while (pos < n) {
    let eol = pos;
    let c = 0;
    while (eol < n && (c = text.charCodeAt(eol)) !== 10 && c !== 13) eol++;
    const next = eol >= n ? n : eol + (c === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
    const blank = isBlankLine(text, pos, eol);
    if (!fence && !htmlEnd && prevBlank && STARTER.test(sticky(text, pos))) {
      // After a long block, always; after short ones, one candidate in four, by the hash of the block before it.
      if (pos - prevCandidate >= minChunk || (pos - last >= minChunk && ((blockHash & 3) === 0 || pos - last >= maxChunk))) {
        starts.push(pos);
        last = pos;
      }
      prevCandidate = pos;
    }
    if (!blank && prevBlank) blockHash = 2166136261;
    for (let k = pos; k < eol; k++) blockHash = Math.imul(blockHash ^ text.charCodeAt(k), 16777619);
    blockHash = (blockHash >>> 7) ^ blockHash;

    // Constructs that span blank lines.
    let ind = 0;
    let k = pos;
    for (; k < eol && ind < 4; k++) {
      c = text.charCodeAt(k);
      if (c === 32) ind++;
      else if (c === 9) ind = 4;
      else break;
    }
    if (fence) {
      if (ind < 4 && isFenceClose(text, k, eol, fence)) fence = undefined;
    } else if (htmlEnd) {
      const line = text.slice(pos, eol);
      if (typeof htmlEnd === 'string' ? line.includes(htmlEnd) : htmlEnd.test(line)) htmlEnd = undefined;
    } else if (ind < 4 && k < eol) {
      c = text.charCodeAt(k);
      if (c === 96 || c === 126) {
        let r = k;
        while (r < eol && text.charCodeAt(r) === c) r++;
        if (r - k >= 3 && !(c === 96 && text.slice(r, eol).includes('`'))) fence = { ch: c, len: r - k };
      } else if (c === 60 /* < */) htmlEnd = htmlBlockEnd(text.slice(k, eol));
    }
    prevBlank = blank;
    pos = next;
  }
  return starts;
}

const STARTER = /^(?:\*{1,2}|_{1,2})?[\p{L}\p{N}]/u;
function sticky(text: string, pos: number): string {
  return text.slice(pos, pos + 4);
}

function isBlankLine(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function isFenceClose(text: string, k: number, eol: number, fence: { ch: number; len: number }): boolean {
  let r = k;
  while (r < eol && text.charCodeAt(r) === fence.ch) r++;
  return r - k >= fence.len && isBlankLine(text, r, eol);
}

/** The end marker of an HTML block of kinds 1–5 started on this line and not closed on it. */
function htmlBlockEnd(line: string): RegExp | string | undefined {
  let end: RegExp | string | undefined;
  let from = 0;
  if (/^<(?:pre|script|style|textarea)(?:[\s>]|$)/i.test(line)) {
    end = /<\/(?:pre|script|style|textarea)>/i;
    from = 1;
  } else if (line.startsWith('<!--')) {
    end = '-->';
    from = 4;
  } else if (line.startsWith('<?')) {
    end = '?>';
    from = 2;
  } else if (line.startsWith('<![CDATA[')) {
    end = ']]>';
    from = 9;
  } else if (/^<![A-Za-z]/.test(line)) {
    end = '>';
    from = 2;
  } else return undefined;
  const rest = line.slice(from);
  return (typeof end === 'string' ? rest.includes(end) : end.test(rest)) ? undefined : end;
}

/** Offset just after a front matter block ("---" or "+++" … closing line), 0 when none. */
function frontMatterEnd(text: string): number {
  const s = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fence = text.slice(s, s + 3);
  if (fence !== '---' && fence !== '+++') return 0;
  const re = fence === '---' ? /(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/g : /(?:\r\n?|\n)\+\+\+[ \t]*(?:\r\n?|\n|$)/g;
  re.lastIndex = s + 3;
  const m = re.exec(text);
  return m ? m.index + m[0].length : 0;
}

// ------------------------------------------------------------ cache

interface CachedChunk extends ChunkReading {
  /** The chunk ends inside fenced code or an HTML block: merge it with the next. */
  open: boolean;
  /** Contains "[": may reference a definition elsewhere. */
  bracket: boolean;
  used: number;
}

export interface IncrementalStats {
  /** Chunks of the last text. */
  chunks: number;
  /** Chunks parsed (not found in the cache) for the last text, and their size. */
  parsed: number;
  parsedChars: number;
  /** Characters of definitions parsed along with them (to resolve references). */
  parsedDefChars: number;
  /** Readings kept. */
  cached: number;
}

/**
 * Chunk readings of the recent versions of one document, by content
 * (bounded: the readings not used by the last two texts are dropped when
 * the cache outgrows twice the document).
 */
export class ChunkCache {
  private map = new Map<string, CachedChunk>();
  private complexity = new Map<string, Complexity & { used: number }>();
  private generation = 0;
  stats: IncrementalStats = { chunks: 0, parsed: 0, parsedChars: 0, parsedDefChars: 0, cached: 0 };
  constructor(readonly options: ChunkOptions = {}) {}

  clear(): void {
    this.map.clear();
    this.complexity.clear();
  }

  /** Read a whole text, re-using the readings of unchanged chunks. */
  read(text: string): MarkdownDoc {
    const gen = ++this.generation;
    this.stats = { chunks: 0, parsed: 0, parsedChars: 0, parsedDefChars: 0, cached: 0 };
    const bounds = chunkStarts(text, this.options);
    bounds.push(text.length);
    // The work limits, chunk by chunk (a chunk starts a block: see complexityOf), known for unchanged chunks.
    const tooComplex = combineComplexity(this.complexities(text, bounds, gen));
    if (tooComplex) {
      this.stats.chunks = 1;
      return plainReading(text, tooComplex);
    }
    // Pass 1: every chunk alone (merging chunks that end inside a construct).
    const pieces: { start: number; end: number; r: CachedChunk }[] = [];
    for (let b = 0; b + 1 < bounds.length; b++) {
      const start = bounds[b];
      let end = bounds[b + 1];
      let r = this.get(text.slice(start, end), start === 0, '', gen);
      while (r.open && end < text.length) {
        end = bounds[++b + 1];
        r = this.get(text.slice(start, end), start === 0, '', gen);
      }
      pieces.push({ start, end, r });
    }
    // Pass 2: definitions are document-wide. Each chunk that has a "[" is
    // parsed again with the definitions its brackets may refer to (in
    // document order: the first definition of a label wins), not all of them:
    // with a footnote in every chunk, all of them would make the parse
    // quadratic in the number of footnotes.
    if (pieces.length > 1) {
      const defs = new DefinitionIndex(pieces.flatMap((p) => p.r.defs));
      if (defs.size) {
        for (const p of pieces) {
          if (!p.r.bracket) continue;
          const chunk = text.slice(p.start, p.end);
          const mine = defs.referencedBy(chunk);
          // Blank lines between: a definition cannot interrupt a paragraph (of a footnote).
          if (mine) p.r = this.get(chunk, p.start === 0, mine.join('\n\n'), gen);
        }
      }
    }
    this.stats.chunks = pieces.length;
    // Bounded per document: the readings of the last two texts, plus a few.
    if (this.map.size > 2 * pieces.length + 8) {
      for (const [k, v] of this.map) if (v.used < gen - 1) this.map.delete(k);
    }
    if (this.complexity.size > 2 * bounds.length + 8) {
      for (const [k, v] of this.complexity) if (v.used < gen - 1) this.complexity.delete(k);
    }
    this.stats.cached = this.map.size;
    return assemble(text, pieces);
  }

  private *complexities(text: string, bounds: number[], gen: number): Generator<Complexity> {
    for (let b = 0; b + 1 < bounds.length; b++) {
      const piece = text.slice(bounds[b], bounds[b + 1]);
      let c = this.complexity.get(piece);
      if (!c) this.complexity.set(piece, (c = { ...complexityOf(piece), used: gen }));
      c.used = gen;
      yield c;
    }
  }

  private get(chunk: string, first: boolean, defs: string, gen: number): CachedChunk {
    const key = defs ? `${first ? 'F' : 'N'}${defs.length}:${defs}\u0000${chunk}` : chunk;
    const hit = this.map.get(key);
    if (hit) {
      hit.used = gen;
      return hit;
    }
    this.stats.parsed++;
    this.stats.parsedChars += chunk.length;
    this.stats.parsedDefChars += defs.length;
    let r: CachedChunk;
    if (!defs) {
      const tree = parseTree(chunk);
      r = { ...readChunk(chunk, tree, bomDelta(chunk)), open: endsOpen(chunk, tree, bomDelta(chunk)), bracket: chunk.includes('['), used: gen };
    } else if (first) {
      // The first chunk may start with front matter: definitions go after it.
      const src = `${chunk}\n\n${defs}\n`;
      r = { ...readChunk(chunk, parseTree(src), bomDelta(src)), open: false, bracket: true, used: gen };
    } else {
      const prefix = `${defs}\n\n`;
      r = { ...readChunk(chunk, parseTree(prefix + chunk), -prefix.length), open: false, bracket: true, used: gen };
    }
    this.map.set(key, r);
    return r;
  }
}

/**
 * The link and footnote definitions of a document ("[label]: x", "[^label]: x"),
 * by label as micromark compares them (normalizeIdentifier: white space
 * collapsed and trimmed, case folded).
 */
class DefinitionIndex {
  private byKey = new Map<string, number[]>();
  /** Definitions whose label has a backslash (escapes): given to every chunk. */
  private always: number[] = [];
  constructor(private readonly defs: string[]) {
    defs.forEach((d, i) => {
      const label = d.slice(1, d.length - ']: x'.length);
      if (label.includes('\\')) this.always.push(i);
      else {
        const k = label.startsWith('^') ? '^' + normalizeLabel(label.slice(1)) : normalizeLabel(label);
        const list = this.byKey.get(k);
        if (list) list.push(i);
        else this.byKey.set(k, [i]);
      }
    });
  }
  get size(): number {
    return this.defs.length;
  }
  /**
   * The definitions a chunk's references may resolve to, in document order
   * (undefined: none). A reference label is the text between "[" and the
   * first "]" (no unescaped bracket inside); a label over several lines
   * (inside a container the line prefixes are not part of it) gets every
   * definition.
   */
  referencedBy(chunk: string): string[] | undefined {
    const picked: number[] = [...this.always];
    LABEL_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LABEL_RE.exec(chunk))) {
      const raw = m[1];
      if (/[\r\n]/.test(raw)) return this.defs;
      for (const k of raw.startsWith('^') ? ['^' + normalizeLabel(raw.slice(1)), normalizeLabel(raw)] : [normalizeLabel(raw)]) {
        const list = this.byKey.get(k);
        if (list) picked.push(...list);
      }
    }
    if (!picked.length) return undefined;
    return [...new Set(picked)].sort((a, b) => a - b).map((i) => this.defs[i]);
  }
}
const LABEL_RE = /\[([^[\]]*)\]/g;

/** micromark-util-normalize-identifier. */
function normalizeLabel(value: string): string {
  return value
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}

/** Whether the last top-level block of a chunk is fenced code or HTML that reaches its end. */
function endsOpen(chunk: string, tree: MdNode, delta: number): boolean {
  const kids = tree.children ?? [];
  const lastNode = kids[kids.length - 1];
  if (!lastNode || (lastNode.type !== 'code' && lastNode.type !== 'html')) return false;
  let end = chunk.length;
  while (end > 0 && /\s/.test(chunk[end - 1])) end--;
  return (lastNode.position?.end.offset ?? 0) + delta >= end;
}

/**
 * A line of a cached chunk reading, placed in the document. Its character
 * offsets (`starts`, `ends`) are shifted from the chunk's on first use only: a
 * keystroke moves every chunk after it, and most lines' offsets are never
 * read (rules read them to place a finding). Assigning them stores them as
 * given. The chunk's line is kept in a private field, so spreading a placed
 * line, cloning it for another thread or comparing it field by field sees
 * exactly the fields of a Line (the offsets are accessors: copy them
 * explicitly, as `{ ...l, starts: l.starts, ends: l.ends }`).
 */
class PlacedLine implements Line {
  i: number;
  srcLine: number;
  text: string;
  fold: string;
  start: number;
  end: number;
  bold: boolean;
  italic: boolean;
  heading: number;
  cell?: { table: number; row: number; col: number };
  indent: number;
  blankBefore: boolean;
  #origin: Line;
  #shift: number;
  #starts?: number[];
  #ends?: number[];
  constructor(i: number, l: Line, shift: number, lineBase: number, tableBase: number) {
    this.i = i;
    this.srcLine = l.srcLine + lineBase;
    this.text = l.text;
    this.fold = l.fold;
    this.start = l.start + shift;
    this.end = l.end + shift;
    this.bold = l.bold;
    this.italic = l.italic;
    this.heading = l.heading;
    this.cell = l.cell ? { table: l.cell.table + tableBase, row: l.cell.row, col: l.cell.col } : undefined;
    this.indent = l.indent;
    this.blankBefore = l.blankBefore;
    this.#origin = l;
    this.#shift = shift;
  }
  get starts(): number[] {
    return (this.#starts ??= shifted(this.#origin.starts, this.#shift));
  }
  set starts(v: number[]) {
    this.#starts = v;
  }
  get ends(): number[] {
    return (this.#ends ??= shifted(this.#origin.ends, this.#shift));
  }
  set ends(v: number[]) {
    this.#ends = v;
  }
  static originOf(line: Line): Line | undefined {
    return line instanceof PlacedLine ? line.#origin : undefined;
  }
}

function shifted(xs: readonly number[], by: number): number[] {
  const n = xs.length;
  const out = new Array<number>(n);
  for (let k = 0; k < n; k++) out[k] = xs[k] + by;
  return out;
}

/**
 * The line of a cached chunk reading an assembled line was made from (in the
 * chunk's coordinates). The same object while the chunk stays in the cache,
 * whatever the chunk's place: it stands for the line's text, offsets and flags
 * relative to the chunk, and for every source character of its lines but the
 * line break before the chunk (./lineMemo).
 */
export function originOf(line: Line): Line | undefined {
  return PlacedLine.originOf(line);
}

/** Shift the chunk readings into document coordinates. */
function assemble(text: string, pieces: { start: number; r: ChunkReading }[]): MarkdownDoc {
  const lines: Line[] = [];
  const directives: Directive[] = [];
  let frontMatter: MarkdownDoc['frontMatter'];
  let lineBase = 0;
  let tableBase = 0;
  for (const { start, r } of pieces) {
    if (start === 0 && r.frontMatter) frontMatter = { data: r.frontMatter.data, start: r.frontMatter.start, end: r.frontMatter.end };
    for (const l of r.lines) lines.push(new PlacedLine(lines.length, l, start, lineBase, tableBase));
    for (const d of r.directives) directives.push({ kind: d.kind, rules: [...d.rules], start: d.start + start, end: d.end + start, srcLine: d.srcLine + lineBase });
    lineBase += r.breaks;
    tableBase += r.tables;
  }
  return { text, lines, frontMatter, directives };
}
