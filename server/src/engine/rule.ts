// The rule interface: metadata + a check over the document model.
//
// The context enforces the fix guarantees, whatever a rule builds:
// - a rule whose `meta.fixable` is false cannot send a fix (the fix is
//   dropped; in strict mode, used by the tests, it is an internal error);
// - every edit is made minimal: it touches only the characters that change,
//   and an edit inside one logical line that spans Markdown markup
//   (`Sở **Nội vụ** [x](http://a)`) is split into edits of the changed
//   letters only, mapped back to their source offsets, so the markup around
//   and inside them stays;
// - no range or edit boundary splits a surrogate pair or a base letter from
//   its combining marks, and the edits of one fix never overlap (a fix whose
//   edits would overlap is dropped).

import type { Line } from './markdown';
import { lineRange } from './markdown';
import type { DocModel } from './model';
import { AnalysisMemo, memoFor } from './memo';
import type { CheckOptions, FixEdit, RawFinding, RuleMeta, Severity, Text2 } from './types';

export interface ReportInput {
  /** Line the finding is on; from/to are indexes into `line.text` (default: whole line). */
  line?: Line;
  from?: number;
  to?: number;
  /** Or raw source offsets. */
  start?: number;
  end?: number;
  message: Text2;
  fix?: { title: Text2; edits: FixEdit[] };
  severity?: Severity;
}

export interface RuleContext<O = Record<string, unknown>> {
  readonly model: DocModel;
  readonly text: string;
  readonly settings: CheckOptions;
  /** This rule's options (`meta.options`): the configuration's values, defaults filled in. */
  readonly options: O;
  /** Values shared by the rules of one analysis (computed once, see ./memo). */
  readonly memo: AnalysisMemo;
  report(r: ReportInput): void;
  /**
   * The lines of `candidates` this run must check. A line-local rule
   * (`meta.lineLocal`) visits lines only through it: lines whose findings are
   * known from a previous version are left out. Other rules get `candidates`.
   */
  lines(candidates: readonly Line[]): readonly Line[];
  /** An edit that replaces text[from, to) of a line (line-text indexes). */
  edit(line: Line, from: number, to: number, text: string): FixEdit;
}

/** A rule; `O` types `ctx.options`: `Rule<RuleOptions<typeof OPTIONS>>` for a rule with `meta.options: OPTIONS`. */
export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta;
  check(ctx: RuleContext<O>): void;
  /**
   * For a line-local rule: what else its findings on `line` depend on (e.g.
   * a quotation opened on an earlier line), as a string; default none. One
   * function shared by several rules is called once per line and analysis:
   * it must not depend on the rule (its options).
   */
  lineKey?(ctx: RuleContext<O>, line: Line): string;
}

/** How the engine watches a line-local rule (see ./lineMemo). */
export interface ContextHooks {
  lines(candidates: readonly Line[]): readonly Line[];
  reported(r: ReportInput, f: RawFinding): void;
}

let strictFixes = typeof process !== 'undefined' && process.env?.THETHUC_STRICT_FIXES === '1';

/**
 * Strict mode (tests): a rule that breaks a fix guarantee (a fix from a rule
 * that is not fixable, edits that overlap) throws, so the engine lists it in
 * `internalErrors`. Otherwise the bad fix is dropped silently.
 */
export function setStrictFixes(on: boolean): void {
  strictFixes = on;
}
export function isStrictFixes(): boolean {
  return strictFixes;
}

/** A logical-line edit, kept with its line so it can be split around markup. */
interface LineEdit extends FixEdit {
  line?: Line;
  from?: number;
  to?: number;
}

export function makeEdit(line: Line, from: number, to: number, text: string): FixEdit {
  const r = lineRange(line, from, to);
  const e: LineEdit = { start: r.start, end: r.end, text };
  // Non-enumerable: the edit still compares and serialises as a plain FixEdit.
  Object.defineProperty(e, 'line', { value: line, enumerable: false });
  Object.defineProperty(e, 'from', { value: Math.max(0, Math.min(from, line.text.length)), enumerable: false });
  Object.defineProperty(e, 'to', { value: Math.max(0, Math.min(to, line.text.length)), enumerable: false });
  return e;
}

export function createContext(
  model: DocModel,
  settings: CheckOptions,
  meta: Pick<RuleMeta, 'id' | 'fixable'>,
  options: Record<string, unknown>,
  sink: RawFinding[],
  hooks?: ContextHooks,
): RuleContext {
  const text = model.md.text;
  const ruleId = meta.id;
  return {
    model,
    text,
    settings,
    options,
    memo: memoFor(model),
    report(r: ReportInput) {
      let start: number;
      let end: number;
      if (r.line) {
        const rr = lineRange(r.line, r.from ?? 0, r.to ?? r.line.text.length);
        start = rr.start;
        end = rr.end;
      } else {
        start = r.start ?? 0;
        end = r.end ?? start;
      }
      start = Math.max(0, Math.min(start, text.length));
      end = Math.max(start, Math.min(end, text.length));
      start = snapStart(text, start);
      end = Math.max(start, snapEnd(text, end));
      let fix = r.fix;
      if (fix) {
        if (!meta.fixable) {
          if (strictFixes) throw new Error(`${ruleId} is not fixable (meta.fixable: false) but sent a fix`);
          fix = undefined;
        } else {
          const edits = minimalEdits(model, fix.edits);
          if (!edits) {
            if (strictFixes) throw new Error(`${ruleId} sent a fix whose edits overlap`);
            fix = undefined;
          } else if (!edits.length) fix = undefined;
          else fix = { title: fix.title, edits };
        }
      }
      const f: RawFinding = { ruleId, start, end, message: r.message, fix, severity: r.severity };
      sink.push(f);
      hooks?.reported(r, f);
    },
    lines: hooks ? (c) => hooks.lines(c) : (c) => c,
    edit: makeEdit,
  };
}

// ------------------------------------------------------------ boundaries

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
const MARK_RE = /\p{M}/u;
function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}
/** Is the code point at `i` a combining mark? */
function isMarkAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 0x300) return false;
  const cp = s.codePointAt(i)!;
  return MARK_RE.test(String.fromCodePoint(cp));
}

/** Move a start offset back so it does not split a surrogate pair or a letter from its marks. */
export function snapStart(s: string, i: number): number {
  if (i > 0 && i < s.length && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1))) i--;
  // A mark at the start of a line has no letter on that line: never cross the line break.
  while (i > 0 && isMarkAt(s, i) && !isBreak(s.charCodeAt(i - 1))) {
    i--;
    if (i > 0 && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** Move an end offset forward so it does not split a surrogate pair or a letter from its marks. */
export function snapEnd(s: string, i: number): number {
  if (i > 0 && i < s.length && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1))) i++;
  while (i < s.length && i > 0 && isMarkAt(s, i) && !isBreak(s.charCodeAt(i - 1))) {
    i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  return i;
}

// ------------------------------------------------------------ minimal edits

/** Characters that are Markdown markup when they are not letter text. */
const MARKUP_CHARS = /[*_`[\]()\\<>!~#|&]/g;
function markupCount(s: string): number {
  return (s.match(MARKUP_CHARS) ?? []).length;
}

/**
 * Make every edit of a fix minimal (see the file comment). Returns the new
 * edits (sorted, no-ops removed), or undefined when they would overlap.
 */
export function minimalEdits(model: DocModel, edits: FixEdit[]): FixEdit[] | undefined {
  const text = model.md.text;
  const out: FixEdit[] = [];
  for (const e0 of edits) {
    let start = Math.max(0, Math.min(e0.start, text.length));
    let end = Math.max(start, Math.min(e0.end, text.length));
    let repl = e0.text;
    // Whole clusters only: widen, carrying the source characters over.
    const s2 = snapStart(text, start);
    const e2 = Math.max(s2, snapEnd(text, end));
    if (s2 !== start || e2 !== end) {
      repl = text.slice(s2, start) + repl + text.slice(end, e2);
      start = s2;
      end = e2;
    }
    const le = e0 as LineEdit;
    const line = le.line ?? lineOf(model, start, end);
    const old = text.slice(start, end);
    if (line && !/[\r\n]/.test(repl) && start < end && markupCount(old) > markupCount(repl)) {
      const logical = logicalEdits(text, line, start, end, repl, le.line ? le.from : undefined, le.line ? le.to : undefined);
      if (logical) {
        out.push(...logical);
        continue;
      }
    }
    const t = trimEdit(text, start, end, repl);
    if (t) out.push(t);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let k = 1; k < out.length; k++) {
    const p = out[k - 1];
    const c = out[k];
    if (c.start < p.end || (c.start === c.end && p.start === p.end && c.start === p.start)) return undefined;
    if (c.start === c.end && c.start === p.end && p.start < p.end) continue;
  }
  return out;
}

/** Source-level common prefix/suffix trimming, on cluster boundaries. */
function trimEdit(text: string, start: number, end: number, repl: string): FixEdit | undefined {
  const old = text.slice(start, end);
  if (old === repl) return undefined;
  let p = 0;
  const max = Math.min(old.length, repl.length);
  while (p < max && old.charCodeAt(p) === repl.charCodeAt(p)) p++;
  // Do not cut between a letter and its marks (in either text) nor inside a pair.
  while (p > 0 && (isMarkAt(old, p) || isMarkAt(repl, p) || (isLow(old.charCodeAt(p)) && isHigh(old.charCodeAt(p - 1))) || (isLow(repl.charCodeAt(p)) && isHigh(repl.charCodeAt(p - 1))))) p--;
  let s = 0;
  while (s < max - p && old.charCodeAt(old.length - 1 - s) === repl.charCodeAt(repl.length - 1 - s)) s++;
  const cut = (x: string, at: number) => isMarkAt(x, at) || (at > 0 && at < x.length && isLow(x.charCodeAt(at)) && isHigh(x.charCodeAt(at - 1)));
  while (s > 0 && (cut(old, old.length - s) || cut(repl, repl.length - s))) s--;
  return { start: start + p, end: end - s, text: repl.slice(p, repl.length - s) };
}

const lineCache = new WeakMap<DocModel, Line[]>();
/** The logical line whose source extent holds [start, end), if one does. */
function lineOf(model: DocModel, start: number, end: number): Line | undefined {
  let sorted = lineCache.get(model);
  if (!sorted) {
    sorted = model.md.lines.filter((l) => l.text.length > 0).sort((a, b) => a.start - b.start);
    lineCache.set(model, sorted);
  }
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  const l = sorted[found];
  return end <= l.end ? l : undefined;
}

/**
 * The edit [start, end) → repl on a line whose source holds markup, as edits
 * of the changed logical characters only. `repl` is read as the new logical
 * text of the characters of the line inside [start, end). Undefined when the
 * span does not line up with the line's characters.
 */
function logicalEdits(text: string, line: Line, start: number, end: number, repl: string, from?: number, to?: number): FixEdit[] | undefined {
  const n = line.text.length;
  let a = from ?? 0;
  let b = to ?? n;
  if (from === undefined) {
    while (a < n && line.starts[a] < start) a++;
    b = a;
    while (b < n && line.ends[b] <= end) b++;
  }
  if (a >= b) return undefined;
  const oldL = line.text.slice(a, b);
  const newL = repl.normalize('NFC');
  if (oldL === newL) return [];
  // Common prefix and suffix of the logical texts, on span-group boundaries.
  let p = 0;
  const max = Math.min(oldL.length, newL.length);
  while (p < max && oldL.charCodeAt(p) === newL.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && oldL.charCodeAt(oldL.length - 1 - s) === newL.charCodeAt(newL.length - 1 - s)) s++;
  const runs: { x: number; y: number; t: string }[] = [];
  const midOld = oldL.slice(p, oldL.length - s);
  const midNew = newL.slice(p, newL.length - s);
  if (midOld.length === midNew.length) {
    // Same length (case changes, one letter for another): per-character runs.
    let k = 0;
    while (k < midOld.length) {
      if (midOld[k] === midNew[k]) {
        k++;
        continue;
      }
      let j = k;
      while (j < midOld.length && midOld[j] !== midNew[j]) j++;
      runs.push({ x: a + p + k, y: a + p + j, t: midNew.slice(k, j) });
      k = j;
    }
  } else runs.push({ x: a + p, y: a + p + midOld.length, t: midNew });
  const edits: FixEdit[] = [];
  for (const run of runs) edits.push(...runEdits(text, line, run.x, run.y, run.t));
  return edits;
}

/** Same source span as the previous logical character (one NFC cluster)? */
function sameGroup(line: Line, k: number): boolean {
  return k > 0 && k < line.text.length && line.starts[k] === line.starts[k - 1];
}

/** Edits that replace the logical characters [x, y) of a line by `t`. */
function runEdits(text: string, line: Line, x: number, y: number, t: string): FixEdit[] {
  // Whole span groups only (an NFD cluster read as one letter, a pair).
  while (sameGroup(line, x)) {
    x--;
    t = line.text[x] + t;
  }
  while (y < line.text.length && sameGroup(line, y)) {
    t = t + line.text[y];
    y++;
  }
  if (x === y) {
    const at = x > 0 ? line.ends[x - 1] : x < line.text.length ? line.starts[x] : line.start;
    return t ? [{ start: at, end: at, text: t }] : [];
  }
  // Split into source-contiguous groups.
  const groups: [number, number][] = [];
  let g = x;
  for (let k = x + 1; k <= y; k++) {
    if (k === y || (line.starts[k] !== line.ends[k - 1] && line.starts[k] !== line.starts[k - 1])) {
      groups.push([g, k]);
      g = k;
    }
  }
  if (groups.length === 1) return [{ start: line.starts[x], end: line.ends[y - 1], text: t }];
  if (t.length === y - x) {
    return groups.map(([u, v]) => ({ start: line.starts[u], end: line.ends[v - 1], text: t.slice(u - x, v - x) }));
  }
  // Different lengths across markup: the new text goes where the run starts.
  return groups.map(([u, v], i) => ({ start: line.starts[u], end: line.ends[v - 1], text: i === 0 ? t : '' }));
}
