// Facts about a line's text alone, kept across analyses.
//
// Structural rules and recognisers test every line of a document against a
// pattern to find the few lines they care about (a copy form, an acronym, a
// numbered point). After a keystroke in a long document nearly every line has
// the same text as before — the same string object, as the readings of
// unchanged chunks are re-used (incremental.ts) — so the answer is looked up
// instead of computed.
//
// Only for pure functions of the text (no flags, offsets or neighbours): then
// a remembered answer is the answer. Each text has one record (an array with a
// slot per fact, filled on first use); the records of a document's lines are
// looked up once per analysis (one Map lookup per line, with the string's
// cached hash), each fact then reads its slot.
//
// The memo is bounded: two generations of at most `max` texts each; when the
// young one is full it becomes the old one and the previous old one is dropped
// (a text found in the old one moves to the young one), so the texts of the
// current version of a document stay while those of versions long gone go.

import type { Line } from './markdown';

const NONE = Symbol('none');

/** A bounded memo by string (see above). */
export class TextMemo<T> {
  private young = new Map<string, T | typeof NONE>();
  private old = new Map<string, T | typeof NONE>();
  constructor(private readonly max = 1 << 15) {}

  get(s: string, make: (s: string) => T): T {
    let v = this.young.get(s);
    if (v === undefined) {
      v = this.old.get(s);
      if (v === undefined) {
        const r = make(s);
        v = r === undefined ? NONE : r;
      }
      if (this.young.size >= this.max) {
        this.old = this.young;
        this.young = new Map();
      }
      this.young.set(s, v);
    }
    return (v === NONE ? undefined : v) as T;
  }
}

type TextRecord = unknown[];
const records = new TextMemo<TextRecord>(1 << 16);
const newRecord = (): TextRecord => [];
/**
 * `keys.map((k) => memo.get(k, make))`, re-using the previous call's answers
 * for the keys at the start and at the end that are the same as then: after a
 * keystroke only the lines between are looked up (an edit keeps the text
 * before and after it; the unchanged lines' texts are the same strings, so
 * the comparison is a pointer's). The answer for a key is the memo's answer
 * for it, only found without hashing.
 */
export class LinesLookup<T> {
  private keys: string[] = [];
  private vals: T[] = [];
  constructor(
    private readonly memo: TextMemo<T>,
    private readonly make: (s: string) => T,
  ) {}
  map(keys: string[]): T[] {
    const pk = this.keys;
    const pv = this.vals;
    const n = keys.length;
    const m = Math.min(n, pk.length);
    const out = new Array<T>(n);
    let a = 0;
    while (a < m && keys[a] === pk[a]) {
      out[a] = pv[a];
      a++;
    }
    let b = 0;
    while (b < m - a && keys[n - 1 - b] === pk[pk.length - 1 - b]) {
      out[n - 1 - b] = pv[pv.length - 1 - b];
      b++;
    }
    for (let k = a; k < n - b; k++) out[k] = this.memo.get(keys[k], this.make);
    this.keys = keys;
    this.vals = out;
    return out;
  }
}
/** The records of a document's lines, by line index (found once per analysis). */
const byLines = new WeakMap<readonly Line[], TextRecord[]>();
const lineRecords = new LinesLookup(records, newRecord);
let slots = 0;
function recordsOf(lines: readonly Line[]): TextRecord[] {
  let recs = byLines.get(lines);
  if (!recs) byLines.set(lines, (recs = lineRecords.map(lines.map((l) => l.text))));
  return recs;
}

/** A fact about a line's text (see textFact). */
export interface TextFact<T> {
  /**
   * The fact for the lines of one document: `lines` are its lines (MarkdownDoc.lines,
   * DocModel.lines: each line at its index `i`); other lines (joined, sliced) are looked up by text.
   */
  of(lines: readonly Line[]): (line: Line) => T;
  /** The lines of `lines` (as for `of`) whose fact is truthy, in order. */
  where(lines: readonly Line[]): Line[];
  /** The fact of a text. */
  text(s: string): T;
}

/** `fn`, a pure function of a line's text, remembered per text across analyses. */
export function textFact<T>(fn: (s: string) => T): TextFact<T> {
  const slot = slots++;
  const read = (r: TextRecord, s: string): T => {
    let v = r[slot];
    if (v === undefined) {
      const x = fn(s);
      r[slot] = v = x === undefined ? NONE : x;
    }
    return (v === NONE ? undefined : v) as T;
  };
  return {
    of(lines) {
      const rs = recordsOf(lines);
      return (line) => read(lines[line.i] === line ? rs[line.i] : records.get(line.text, newRecord), line.text);
    },
    where(lines) {
      const rs = recordsOf(lines);
      const out: Line[] = [];
      for (let i = 0; i < rs.length; i++) if (read(rs[i], lines[i].text)) out.push(lines[i]);
      return out;
    },
    text: (s) => read(records.get(s, newRecord), s),
  };
}
