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
import { lineStarts } from './positions';
import { detach } from './text';

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
  const starts = [0];
  scanBounds(text, frontMatterEnd(text), initialScan(), o, starts);
  return starts;
}

/** Where the boundary scan stands between two lines. */
interface ScanState {
  /** The last boundary, and the last candidate line (a boundary or not). */
  last: number;
  prevCandidate: number;
  prevBlank: boolean;
  fence?: { ch: number; len: number };
  htmlEnd?: RegExp | string;
  blockHash: number;
}

const FNV = 2166136261;
function initialScan(): ScanState {
  return { last: 0, prevCandidate: 0, prevBlank: false, blockHash: FNV };
}

/**
 * The state just after the line of boundary `b`: it depends on that line
 * alone (a boundary line starts with a letter or a digit after a blank line:
 * it opens no fence or HTML block, and the block hash starts again on it), so
 * a scan resumes there, and two scans that agree on a boundary agree on
 * everything after it.
 */
function stateAfterBoundary(text: string, b: number): { state: ScanState; next: number } {
  const n = text.length;
  let eol = b;
  let c = 0;
  while (eol < n && (c = text.charCodeAt(eol)) !== 10 && c !== 13) eol++;
  let h = FNV;
  for (let k = b; k < eol; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  h = (h >>> 7) ^ h;
  const next = eol >= n ? n : eol + (c === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  return { state: { last: b, prevCandidate: b, prevBlank: false, blockHash: h }, next };
}

/**
 * Scan lines from `pos` (a line start) with state `st`, pushing boundaries to
 * `starts`. `stop(b)`, asked after each boundary pushed, ends the scan early
 * (returns true when it did).
 */
function scanBounds(text: string, pos: number, st: ScanState, o: ChunkOptions, starts: number[], stop?: (b: number) => boolean): boolean {
  const minChunk = o.minChunk ?? MIN_CHUNK;
  const maxChunk = Math.max(minChunk, o.maxChunk ?? MAX_CHUNK);
  const n = text.length;
  let { last, prevCandidate, prevBlank, fence, htmlEnd, blockHash } = st;
  while (pos < n) {
    let eol = pos;
    let c = 0;
    while (eol < n && (c = text.charCodeAt(eol)) !== 10 && c !== 13) eol++;
    const next = eol >= n ? n : eol + (c === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
    const blank = isBlankLine(text, pos, eol);
    let pushed = false;
    if (!fence && !htmlEnd && prevBlank && STARTER.test(sticky(text, pos))) {
      // After a long block, always; after short ones, one candidate in four, by the hash of the block before it.
      if (pos - prevCandidate >= minChunk || (pos - last >= minChunk && ((blockHash & 3) === 0 || pos - last >= maxChunk))) {
        starts.push(pos);
        last = pos;
        pushed = true;
      }
      prevCandidate = pos;
    }
    if (!blank && prevBlank) blockHash = FNV;
    for (let k = pos; k < eol; k++) blockHash = Math.imul(blockHash ^ text.charCodeAt(k), 16777619);
    blockHash = (blockHash >>> 7) ^ blockHash;
    if (pushed && stop?.(pos)) return true;

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
  return false;
}

/** The part two texts share at their start (p) and at their end (q), not overlapping. */
export function sharedEnds(a: string, b: string): { p: number; q: number } {
  const m = Math.min(a.length, b.length);
  // Blocks first (string equality compares them natively), then character by character.
  const B = 4096;
  let p = 0;
  while (p + B <= m && a.slice(p, p + B) === b.slice(p, p + B)) p += B;
  while (p < m && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let q = 0;
  while (q + B <= m - p && a.slice(a.length - q - B, a.length - q) === b.slice(b.length - q - B, b.length - q)) q += B;
  while (q < m - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  return { p, q };
}

/**
 * The chunk starts of `text`, an edit of `old` whose chunk starts are
 * `oldStarts`: the scan resumes after the last boundary before the edit and
 * stops at the first boundary after it that the old text had too; the rest
 * are the old ones, moved. Equal to chunkStarts(text) (tested).
 */
export function chunkStartsAfterEdit(old: string, oldStarts: readonly number[], text: string, o: ChunkOptions = {}, ends = sharedEnds(old, text)): number[] {
  const { p, q } = ends;
  const delta = text.length - old.length;
  // The last boundary (not 0) whose line, with its line break, lies before the edit.
  let k = oldStarts.length - 1;
  let resume: { state: ScanState; next: number } | undefined;
  for (; k > 0; k--) {
    if (oldStarts[k] >= p) continue;
    const after = stateAfterBoundary(old, oldStarts[k]);
    if (after.next <= p) {
      resume = after;
      break;
    }
  }
  if (!resume) return chunkStarts(text, o);
  const starts = oldStarts.slice(0, k + 1);
  const tailFrom = old.length - q;
  let j = k + 1;
  const synced = scanBounds(text, resume.next, resume.state, o, starts, (b) => {
    if (b < text.length - q) return false;
    // Inside the unchanged end: an old boundary at the same place ends the scan.
    while (j < oldStarts.length && oldStarts[j] < b - delta) j++;
    return j < oldStarts.length && oldStarts[j] === b - delta && oldStarts[j] >= tailFrom;
  });
  if (synced) for (let i = j + 1; i < oldStarts.length; i++) starts.push(oldStarts[i] + delta);
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

interface Piece {
  start: number;
  end: number;
  /** The chunk's reading alone; `r` the one used (with the definitions its references need). */
  base: CachedChunk;
  r: CachedChunk;
}

/** What the last read leaves for the next (an edit of the same document). */
interface LastRead {
  text: string;
  /** Chunk starts (raw, before merging) and their work limits. */
  bounds: number[];
  complexities: Complexity[];
  pieces: Omit<Piece, 'r'>[];
  lineStarts: number[];
  /** The assembled lines, and per piece the reading placed and where its lines end (for assemble's re-use). */
  placed: Placed;
}

/** What assemble placed: the lines, and per piece its start, the reading used and the end of its lines. */
interface Placed {
  lines: Line[];
  pieces: { start: number; r: ChunkReading; lineEnd: number }[];
}

/** The piece of `old` (sorted by start) starting at `at`, moving `cursor` forward to it (asked for increasing `at`). */
function pieceAt<P extends { start: number }>(old: readonly P[], cursor: { k: number }, at: number): P | undefined {
  while (cursor.k < old.length && old[cursor.k].start < at) cursor.k++;
  return cursor.k < old.length && old[cursor.k].start === at ? old[cursor.k] : undefined;
}

/** Where a text agrees with the one before it: its first p characters, and its last q. */
class Unchanged {
  readonly delta: number;
  constructor(
    readonly oldLength: number,
    readonly length: number,
    readonly p: number,
    readonly q: number,
  ) {
    this.delta = length - oldLength;
  }

  /** Where the range [start, end) of the new text was in the old one, when it lies wholly in an unchanged part. */
  oldOf(start: number, end: number): number | undefined {
    if (end <= this.p) return start;
    if (start >= this.length - this.q) return start - this.delta;
    return undefined;
  }

  /**
   * The old piece that stands, unchanged, at `start` of the new text (its end
   * in the new text). `old` is sorted by start and asked for increasing
   * starts: `cursor` walks it once (no map of the pieces per edit).
   */
  piece(old: readonly Omit<Piece, 'r'>[], cursor: { k: number }, start: number): { end: number; base: CachedChunk } | undefined {
    if (start < this.p) {
      const x = pieceAt(old, cursor, start);
      return x && x.end <= this.p ? { end: x.end, base: x.base } : undefined;
    }
    if (start >= this.length - this.q) {
      const x = pieceAt(old, cursor, start - this.delta);
      return x && { end: x.end + this.delta, base: x.base };
    }
    return undefined;
  }

  /** The line starts of the new text (as lineStarts), from the old text's. */
  lineStarts(old: string, oldStarts: readonly number[], text: string): number[] {
    const { p, q, delta } = this;
    // A line starts after LF, or after CR not followed by LF: decided by the characters before and at it.
    const out = [0];
    let i = 1;
    while (i < oldStarts.length && oldStarts[i] < p) out.push(oldStarts[i++]);
    for (let k = Math.max(p - 1, 0); k < text.length - q; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) out.push(k + 1);
    }
    while (i < oldStarts.length && oldStarts[i] < old.length - q + 1) i++;
    for (; i < oldStarts.length; i++) out.push(oldStarts[i] + delta);
    return out;
  }
}

/**
 * Chunk readings of the recent versions of one document, by content
 * (bounded: the readings not used by the last two texts are dropped when
 * the cache outgrows twice the document).
 */
export class ChunkCache {
  private map = new Map<string, CachedChunk>();
  /** The last text read, for the next one (an edit of it). */
  private last?: LastRead;
  private generation = 0;
  stats: IncrementalStats = { chunks: 0, parsed: 0, parsedChars: 0, parsedDefChars: 0, cached: 0 };
  constructor(readonly options: ChunkOptions = {}) {}

  clear(): void {
    this.map.clear();
    this.last = undefined;
  }

  /** Read a whole text, re-using the readings of unchanged chunks. */
  read(text: string): MarkdownDoc {
    const gen = ++this.generation;
    this.stats = { chunks: 0, parsed: 0, parsedChars: 0, parsedDefChars: 0, cached: 0 };
    // After an edit of the last text, only what lies around it is looked at again (boundaries, limits, chunks, line starts).
    const prev = this.last;
    this.last = undefined;
    const edit = prev ? { prev, ...sharedEnds(prev.text, text) } : undefined;
    const bounds = edit ? chunkStartsAfterEdit(edit.prev.text, edit.prev.bounds, text, this.options, edit) : chunkStarts(text, this.options);
    bounds.push(text.length);
    const same = edit && new Unchanged(edit.prev.text.length, text.length, edit.p, edit.q);
    // The work limits, chunk by chunk (a chunk starts a block: see complexityOf).
    const complexities = this.complexities(text, bounds, edit?.prev, same);
    const tooComplex = combineComplexity(complexities);
    if (tooComplex) {
      this.stats.chunks = 1;
      return plainReading(text, tooComplex);
    }
    // Pass 1: every chunk alone (merging chunks that end inside a construct).
    const cursor = { k: 0 };
    const pieces: Piece[] = [];
    for (let b = 0; b + 1 < bounds.length; b++) {
      const start = bounds[b];
      // A piece of the last text that lies wholly before or after the edit: the same reading.
      const old = same && same.piece(edit.prev.pieces, cursor, start);
      if (old) {
        let e = b + 1;
        while (e < bounds.length && bounds[e] < old.end) e++;
        if (bounds[e] === old.end) {
          old.base.used = gen;
          pieces.push({ start, end: old.end, base: old.base, r: old.base });
          b = e - 1;
          continue;
        }
      }
      let end = bounds[b + 1];
      let r = this.get(text.slice(start, end), start === 0, '', gen);
      while (r.open && end < text.length) {
        end = bounds[++b + 1];
        r = this.get(text.slice(start, end), start === 0, '', gen);
      }
      pieces.push({ start, end, base: r, r });
    }
    // Pass 2: definitions are document-wide. Each chunk that has a "[" is
    // parsed again with the definitions its brackets may refer to (in
    // document order: the first definition of a label wins), not all of them:
    // with a footnote in every chunk, all of them would make the parse
    // quadratic in the number of footnotes.
    if (pieces.length > 1) {
      const defs = new DefinitionIndex(pieces.flatMap((p) => p.base.defs));
      if (defs.size) {
        for (const p of pieces) {
          if (!p.base.bracket) continue;
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
    this.stats.cached = this.map.size;
    const starts = same ? same.lineStarts(edit.prev.text, edit.prev.lineStarts, text) : lineStarts(text);
    const doc = assemble(text, pieces, prev?.placed);
    this.last = { text, bounds: bounds.slice(0, -1), complexities, pieces: pieces.map(({ start, end, base }) => ({ start, end, base })), lineStarts: starts, placed: doc.placed };
    return { text, lines: doc.lines, frontMatter: doc.frontMatter, directives: doc.directives, lineStarts: starts };
  }

  /** The work limits of each chunk; those of the chunks the edit left alone are the last text's. */
  private complexities(text: string, bounds: number[], prev: LastRead | undefined, same: Unchanged | undefined): Complexity[] {
    const out: Complexity[] = [];
    let j = 0;
    for (let b = 0; b + 1 < bounds.length; b++) {
      const start = bounds[b];
      const end = bounds[b + 1];
      if (prev && same) {
        const oldStart = same.oldOf(start, end);
        if (oldStart !== undefined) {
          while (j < prev.bounds.length && prev.bounds[j] < oldStart) j++;
          const oldEnd = j + 1 < prev.bounds.length ? prev.bounds[j + 1] : prev.text.length;
          if (prev.bounds[j] === oldStart && oldEnd === end - (end <= same.p ? 0 : same.delta)) {
            out.push(prev.complexities[j]);
            continue;
          }
        }
      }
      out.push(complexityOf(text.slice(start, end)));
    }
    return out;
  }

  private get(slice: string, first: boolean, defs: string, gen: number): CachedChunk {
    const lookup = defs ? `${first ? 'F' : 'N'}${defs.length}:${defs}\u0000${slice}` : slice;
    const hit = this.map.get(lookup);
    if (hit) {
      hit.used = gen;
      return hit;
    }
    // Kept as a key and read into lines that live on: a copy, not a slice of
    // this version of the document (which it would keep in memory).
    const chunk = detach(slice);
    const key = defs ? detach(lookup) : chunk;
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
function assemble(text: string, pieces: { start: number; r: ChunkReading }[], prev?: Placed): MarkdownDoc & { placed: Placed } {
  const lines: Line[] = [];
  const directives: Directive[] = [];
  const placed: Placed = { lines, pieces: [] };
  let frontMatter: MarkdownDoc['frontMatter'];
  let lineBase = 0;
  let tableBase = 0;
  // The pieces of the last text's unchanged start (the same readings at the
  // same places, after the same pieces) give the same lines: the last text's
  // line objects are re-used, not made again (lines are never changed once
  // made). Only a prefix: a line's reading may depend on the lines before it
  // (multi-line quotations), never on a later edit.
  let reuse = !!prev;
  for (let k = 0; k < pieces.length; k++) {
    const { start, r } = pieces[k];
    if (start === 0 && r.frontMatter) frontMatter = { data: r.frontMatter.data, start: r.frontMatter.start, end: r.frontMatter.end };
    const was = reuse ? prev!.pieces[k] : undefined;
    if (was && was.start === start && was.r === r) {
      for (let j = lines.length; j < was.lineEnd; j++) lines.push(prev!.lines[j]);
    } else {
      reuse = false;
      const rl = r.lines;
      for (let j = 0; j < rl.length; j++) lines.push(new PlacedLine(lines.length, rl[j], start, lineBase, tableBase));
    }
    placed.pieces.push({ start, r, lineEnd: lines.length });
    for (let j = 0; j < r.directives.length; j++) {
      const d = r.directives[j];
      directives.push({ kind: d.kind, rules: [...d.rules], start: d.start + start, end: d.end + start, srcLine: d.srcLine + lineBase });
    }
    lineBase += r.breaks;
    tableBase += r.tables;
  }
  return { text, lines, frontMatter, directives, placed };
}
