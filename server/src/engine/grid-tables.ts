// pandoc grid tables: what `pandoc -t markdown` writes for a Word table whose
// cells hold several lines (the header and signature tables of a letter):
//
//   +----------------------+---------------------------------------+
//   | ỦY BAN NHÂN DÂN\     | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\ |
//   | **TỈNH LAI CHÂU**    | **[Độc lập - Tự do - Hạnh phúc]{.underline}** |
//   +======================+=======================================+
//
// CommonMark has no such tables: remark would read the block as a paragraph
// whose lines run across both columns. The block is therefore hidden from
// remark (blanked, same length) and read here: the borders and the "|"
// between columns are markup, the text of each cell is a table cell, and the
// little inline markup pandoc writes there (**strong**, *emphasis*,
// [bracketed spans]{.underline}, "\" hard breaks) is markup too.

/** A source range [a, b). */
export type Span = [number, number];

export interface GridCell {
  row: number;
  col: number;
  /** The cell's text on each source line of its row (between the "|"). */
  slices: Span[];
  /**
   * Per slice: true when it goes on with the previous slice's line. pandoc
   * wraps a cell's paragraph at the column width: a line is a line of the
   * letter only after a hard break ("\"), a blank line or before a list item.
   */
  joins: boolean[];
}

export interface GridTable {
  /** Source range of the whole block (first border to last border, without its line break). */
  start: number;
  end: number;
  cells: GridCell[];
  /** Inline markup inside the cells (delimiters, hard breaks). */
  skip: Span[];
  strong: Span[];
  em: Span[];
}

const BORDER = /^\+(?:[-=:]+\+)+[ \t]*$/;

/** Offsets of each line's start and end (without its line break). */
function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let eol = pos;
    while (eol < n && text.charCodeAt(eol) !== 10 && text.charCodeAt(eol) !== 13) eol++;
    out.push([pos, eol]);
    if (eol >= n) break;
    pos = eol + (text.charCodeAt(eol) === 13 && text.charCodeAt(eol + 1) === 10 ? 2 : 1);
  }
  return out;
}

/** Column positions of a border line: the offsets (from the line start) of its "+". */
function borderCols(line: string): number[] {
  const cols: number[] = [];
  for (let k = 0; k < line.length; k++) if (line[k] === '+') cols.push(k);
  return cols;
}

/** Positions of the column separators of a content line, or undefined when they do not fit the columns. */
function rowCols(line: string, cols: number[]): number[] | undefined {
  const trimmed = line.replace(/[ \t]+$/, '');
  if (cols.every((c) => trimmed[c] === '|')) return cols;
  // A width counted differently (combining marks, wide characters): the "|"
  // of the line in order, if there are as many as columns.
  const bars: number[] = [];
  for (let k = 0; k < trimmed.length; k++) if (trimmed[k] === '|' && trimmed[k - 1] !== '\\') bars.push(k);
  return bars.length === cols.length && bars[0] === 0 && bars[bars.length - 1] === trimmed.length - 1 ? bars : undefined;
}

/** The grid tables of a text, and pandoc's headerless simple and multiline tables (findDashTables), in text order. */
export function findGridTables(text: string): GridTable[] {
  const grids = findBorderTables(text);
  const dashes = findDashTables(text);
  if (!dashes.length) return grids;
  // A dash table inside a grid table's span is not one (a rule of dashes typed in a cell).
  const kept = dashes.filter((d) => !grids.some((g) => d.start < g.end && g.start < d.end));
  return [...grids, ...kept].sort((x, y) => x.start - y.start);
}

/** The tables bordered with "+---+" (cheap when there is none: a line must start with "+-"). */
function findBorderTables(text: string): GridTable[] {
  if (text.indexOf('+-') < 0 && text.indexOf('+=') < 0) return [];
  return scanTables(text, (line) => {
    if (!BORDER.test(line)) return undefined;
    const cols = borderCols(line.replace(/[ \t]+$/, ''));
    return cols.length < 2 ? undefined : cols;
  }, readGrid);
}

/** Tables found line by line: `colsAt` says where a table may start (its column starts), `read` reads it. */
function scanTables(
  text: string,
  colsAt: (line: string) => number[] | undefined,
  read: (text: string, spans: Span[], i: number, cols: number[]) => { table: GridTable; last: number } | undefined,
): GridTable[] {
  const spans = lineSpans(text);
  const out: GridTable[] = [];
  for (let i = 0; i < spans.length; i++) {
    const cols = colsAt(text.slice(spans[i][0], spans[i][1]));
    if (!cols) continue;
    const t = read(text, spans, i, cols);
    if (!t) continue;
    out.push(t.table);
    i = t.last;
  }
  return out;
}

function readGrid(text: string, spans: Span[], i: number, cols: number[]): { table: GridTable; last: number } | undefined {
  const cells = new Map<string, GridCell>();
  let row = 0;
  let rowHasText = false;
  let last = i;
  for (let j = i + 1; j < spans.length; j++) {
    const [a, b] = spans[j];
    const line = text.slice(a, b);
    if (BORDER.test(line)) {
      last = j;
      if (rowHasText) row++;
      rowHasText = false;
      continue;
    }
    if (line[0] !== '|') break;
    const at = rowCols(line, cols);
    if (!at) break;
    for (let c = 0; c + 1 < at.length; c++) {
      const key = `${row}:${c}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { row, col: c, slices: [], joins: [] }));
      cell.slices.push([a + at[c] + 1, a + at[c + 1]]);
      cell.joins.push(false);
    }
    rowHasText = true;
  }
  // A table is borders around at least one row, ending with a border.
  if (last === i || !cells.size) return undefined;
  const inside = [...cells.values()].filter((c) => c.slices.length && spans[last][0] > c.slices[c.slices.length - 1][0]);
  const table: GridTable = { start: spans[i][0], end: spans[last][1], cells: inside, skip: [], strong: [], em: [] };
  for (const cell of inside) inlineMarkup(text, cell, table);
  return { table, last };
}

/**
 * The inline markup pandoc writes in a cell, found on the cell's text joined
 * line by line (offsets mapped back to the source).
 */
function inlineMarkup(text: string, cell: GridCell, t: GridTable): void {
  const map: number[] = [];
  let v = '';
  let open = false; // the previous slice's line goes on
  cell.slices.forEach(([a, b], k) => {
    // The line's text without its trailing blanks; a "\" there is a hard break.
    let e = b;
    while (e > a && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    const blank = !/\S/.test(text.slice(a, e));
    cell.joins[k] = open && !blank && !/^\s*([-*+]|\d{1,3}[.)]|\\-)\s/.test(text.slice(a, e));
    open = !blank;
    if (e > a && text[e - 1] === '\\' && text[e - 2] !== '\\') {
      t.skip.push([e - 1, e]);
      e--;
      open = false;
    }
    for (let k = a; k < e; k++) {
      map.push(k);
      v += text[k];
    }
    map.push(-1);
    v += '\n';
  });
  // The patterns below are not linear in the worst case: a cell of a letter is short.
  if (v.length > 4000) return;
  const src = (k: number) => map[k];
  const delim = (k: number, len: number) => {
    for (let d = 0; d < len; d++) if (src(k + d) >= 0) t.skip.push([src(k + d), src(k + d) + 1]);
  };
  const fill = (arr: Span[], a: number, b: number) => {
    for (let k = a; k < b; k++) if (src(k) >= 0) arr.push([src(k), src(k) + 1]);
  };
  // [text]{.class} spans.
  for (const m of v.matchAll(/\[([^\][]*)\]\{[.#][^}\n]*\}/g)) {
    delim(m.index, 1);
    delim(m.index + 1 + m[1].length, m[0].length - 1 - m[1].length);
  }
  // ***strong emphasis***, **strong** (also across the lines of the cell), then *emphasis*.
  for (const m of v.matchAll(/(?<![\\*])\*\*\*(?=[^\s*])([\s\S]*?[^\s\\*])\*\*\*(?!\*)/g)) {
    delim(m.index, 3);
    delim(m.index + 3 + m[1].length, 3);
    fill(t.strong, m.index + 3, m.index + 3 + m[1].length);
    fill(t.em, m.index + 3, m.index + 3 + m[1].length);
  }
  for (const m of v.matchAll(/(?<![\\*])\*\*(?=[^\s*])([\s\S]*?[^\s\\*])\*\*(?!\*)/g)) {
    delim(m.index, 2);
    delim(m.index + 2 + m[1].length, 2);
    fill(t.strong, m.index + 2, m.index + 2 + m[1].length);
  }
  for (const m of v.matchAll(/(?<![\\*])\*(?=[^\s*])([^*]*?[^\s\\*])\*(?!\*)/g)) {
    delim(m.index, 1);
    delim(m.index + 1 + m[1].length, 1);
    fill(t.em, m.index + 1, m.index + 1 + m[1].length);
  }
}

// pandoc headerless simple and multiline tables: a rule of dashes split at the
// column starts above and below the rows (rows apart by a blank line in a
// multiline table, whose cells pandoc wraps at the column width):
//
//   ---------------------------------- ------------------------------------
//   ỦY BAN NHÂN DÂN\                   **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
//   **TỈNH LAI CHÂU**                  NAM**\
//                                      **Độc lập - Tự do - Hạnh phúc**
//
//   Số: 15/QĐ-UBND                     *Lai Châu, ngày 09 tháng 02 năm 2026*
//   ---------------------------------- ------------------------------------

/** A rule of at least two runs of dashes: the start of each run, or undefined. */
function dashRuleCols(line: string): number[] | undefined {
  if (!/^ {0,3}-{3,}(?: +-{3,})+ *$/.test(line)) return undefined;
  const cols: number[] = [];
  for (let k = 0; k < line.length; k++) if (line[k] === '-' && (k === 0 || line[k - 1] === ' ')) cols.push(k);
  return cols;
}

/** Rows at most this many lines apart from the top rule to the bottom one. */
const DASH_TABLE_MAX_LINES = 200;

function findDashTables(text: string): GridTable[] {
  if (!/^ {0,3}-{3,} +-{3,}/m.test(text)) return [];
  return scanTables(text, dashRuleCols, readDashTable);
}

function readDashTable(text: string, spans: Span[], i: number, cols: number[]): { table: GridTable; last: number } | undefined {
  const same = (c: number[] | undefined) => !!c && c.length === cols.length && c.every((x, k) => x === cols[k]);
  let last = -1;
  for (let j = i + 1; j < Math.min(spans.length, i + DASH_TABLE_MAX_LINES); j++) {
    const line = text.slice(spans[j][0], spans[j][1]);
    if (same(dashRuleCols(line))) {
      last = j;
      break;
    }
    // A column boundary must fall between words: a line running across it is no table row.
    if (cols.slice(1).some((c) => c < line.length && line[c - 1] !== ' ' && line[c] !== ' ')) return undefined;
    // Nothing left of the first column.
    if (/\S/.test(line.slice(0, cols[0]))) return undefined;
  }
  if (last < 0 || last === i + 1) return undefined;
  const inner = spans.slice(i + 1, last);
  const blank = (s: Span) => !/\S/.test(text.slice(s[0], s[1]));
  // Rows apart by blank lines make a multiline table; none, a simple table (a line per row, no wrapping).
  const multiline = inner.some(blank);
  const cells: GridCell[] = [];
  let row = 0;
  let current: GridCell[] = [];
  const flush = () => {
    for (const c of current) if (c.slices.some(([a, b]) => /\S/.test(text.slice(a, b)))) cells.push(c);
    if (current.length) row++;
    current = [];
  };
  for (const s of inner) {
    if (blank(s)) {
      if (multiline) flush();
      continue;
    }
    if (!current.length) current = cols.map((_, c) => ({ row, col: c, slices: [], joins: [] }));
    const len = s[1] - s[0];
    cols.forEach((c, k) => {
      const a = s[0] + Math.min(c, len);
      const b = k + 1 < cols.length ? s[0] + Math.min(cols[k + 1], len) : s[1];
      current[k].slices.push([a, b]);
      current[k].joins.push(false);
    });
  }
  flush();
  if (!cells.length) return undefined;
  const table: GridTable = { start: spans[i][0], end: spans[last][1], cells, skip: [], strong: [], em: [] };
  for (const cell of cells) {
    inlineMarkup(text, cell, table);
    if (!multiline) cell.joins.fill(false);
  }
  return { table, last };
}

/** The text with its grid tables blanked (same length, line breaks kept): what remark parses. */
export function blankGridTables(text: string, tables: GridTable[] = findGridTables(text)): string {
  if (!tables.length) return text;
  let out = '';
  let pos = 0;
  for (const t of tables) {
    out += text.slice(pos, t.start);
    for (let k = t.start; k < t.end; k++) {
      const c = text.charCodeAt(k);
      out += c === 10 || c === 13 ? text[k] : ' ';
    }
    pos = t.end;
  }
  return out + text.slice(pos);
}
