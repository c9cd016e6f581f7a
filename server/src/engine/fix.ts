// Pure fix-application utilities, shared by the language server (quick fixes,
// "fix all", source.fixAll on save) and the CLI (`--fix`). No LSP types here:
// edits are either source offsets or engine ranges (0-based line, UTF-16
// character), which the server passes through unchanged.

import { analyze } from './index';
import { LineIndex } from './positions';
import type { CheckOptions, Finding, FixEdit, TextEdit } from './types';

/** An edit in source offsets (`FixEdit`, what rules report) or in positions. */
export type AnyEdit = FixEdit | TextEdit;

function isTextEdit(e: AnyEdit): e is TextEdit {
  return (e as TextEdit).range !== undefined;
}

/** Convert range-based edits to offset edits against `text` (or its index). */
export function toOffsetEdits(text: string | LineIndex, edits: AnyEdit[]): FixEdit[] {
  const index = typeof text === 'string' ? new LineIndex(text) : text;
  return edits.map((e) =>
    isTextEdit(e) ? { start: index.offset(e.range.start), end: index.offset(e.range.end), text: e.newText } : { start: e.start, end: e.end, text: e.text },
  );
}

/** Convert offset edits to range-based edits against `text`. */
export function toTextEdits(text: string | LineIndex, edits: FixEdit[]): TextEdit[] {
  const index = typeof text === 'string' ? new LineIndex(text) : text;
  return edits.map((e) => ({ range: index.range(e.start, e.end), newText: e.text }));
}

/** Do two edits touch the same source characters (or insert at the same point)? */
export function editsOverlap(a: FixEdit, b: FixEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Apply edits (offsets or ranges, all against the same original text) and
 * return the new text. Overlapping edits are a programming error and throw.
 */
export function applyEdits(text: string, edits: AnyEdit[]): string {
  const list = toOffsetEdits(text, edits)
    .map((e, i) => ({ ...e, i }))
    // Stable order: by position, insertions at one point in the given order.
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  for (let k = 1; k < list.length; k++) {
    const p = list[k - 1];
    const c = list[k];
    if (c.start < p.end) throw new Error(`applyEdits: overlapping edits at ${c.start}`);
  }
  let out = '';
  let pos = 0;
  for (const e of list) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * Pick the fixes of `findings` that can be applied together: all edits of one
 * fix go in or none, and no edit overlaps an edit already taken. Findings are
 * taken in document order. Returns the chosen findings and their edits.
 */
export function selectFixes(text: string | LineIndex, findings: Finding[]): { findings: Finding[]; edits: FixEdit[] } {
  const index = typeof text === 'string' ? new LineIndex(text) : text;
  const chosen: Finding[] = [];
  const taken: FixEdit[] = [];
  for (const f of findings) {
    if (!f.fix || !f.fix.edits.length) continue;
    const edits = toOffsetEdits(index, f.fix.edits);
    // A fix whose own edits overlap is malformed: skip it.
    let ok = true;
    for (let a = 0; a < edits.length && ok; a++) for (let b = a + 1; b < edits.length && ok; b++) if (editsOverlap(edits[a], edits[b])) ok = false;
    if (!ok) continue;
    if (edits.some((e) => taken.some((t) => editsOverlap(e, t)))) continue;
    // Two identical fixes (two rules asking for the same change) count once.
    chosen.push(f);
    taken.push(...edits);
  }
  return { findings: chosen, edits: taken };
}

export interface FixAllOptions extends CheckOptions {
  /** At most this many analyse-and-fix passes (default 10). */
  maxPasses?: number;
  /** Only fix findings that pass this filter (e.g. one rule). */
  filter?: (f: Finding) => boolean;
}

export interface FixAllResult {
  /** The fixed text. */
  text: string;
  /** Passes that changed the text. */
  passes: number;
  /** Number of fixes applied over all passes. */
  fixed: number;
  /** Fixable findings (passing the filter) still present in the result. */
  remaining: Finding[];
  /** All findings of the final text. */
  findings: Finding[];
}

/**
 * Apply every fixable finding, re-analyse, and repeat until no fixable
 * finding remains (or `maxPasses` is reached). A pass first applies all the
 * fixes it can together; when one of them leaves its own finding in place,
 * or another rule at once wants to change what a fix wrote, the pass falls
 * back to the fixes that hold on their own (`verifyFix`). Whether a fix is
 * applied depends only on the text, so a second run changes nothing.
 */
export function fixAll(text: string, options: FixAllOptions = {}): FixAllResult {
  const { maxPasses = 10, filter, ...checkOptions } = options;
  const want = (f: Finding) => !!f.fix && f.fix.edits.length > 0 && (!filter || filter(f));
  const seen = new Set<string>([text]);
  let current = text;
  let passes = 0;
  let fixed = 0;
  let findings = analyze(current, checkOptions).findings;
  while (passes < maxPasses) {
    const fixable = findings.filter(want);
    if (!fixable.length) break;
    let sel = selectFixes(current, fixable);
    if (!sel.edits.length) break;
    let next = applyEdits(current, sel.edits);
    let nextFindings = next === current ? findings : analyze(next, checkOptions).findings;
    const bad = next === current || seen.has(next) ? new Set(sel.findings) : suspects(current, sel.findings, nextFindings, next);
    if (bad.size) {
      // Only the suspects are verified one by one (each costs an analysis).
      const good = fixable.filter((f) => !bad.has(f) || verifyFix(current, f, checkOptions));
      if (!good.length) break;
      sel = selectFixes(current, good);
      if (!sel.edits.length) break;
      next = applyEdits(current, sel.edits);
      if (next === current || seen.has(next)) break;
      nextFindings = analyze(next, checkOptions).findings;
    }
    seen.add(next);
    current = next;
    passes++;
    fixed += sel.findings.length;
    findings = nextFindings;
  }
  return { text: current, passes, fixed, remaining: findings.filter(want), findings };
}

/** Map an offset of the text before `edits` to the text after them. */
export function mapOffset(offset: number, edits: FixEdit[], side: 'start' | 'end'): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.end <= offset && !(e.start === e.end && e.start === offset && side === 'start')) {
      delta += e.text.length - (e.end - e.start);
      continue;
    }
    if (e.start < offset) return side === 'start' ? e.start + delta : e.start + delta + e.text.length;
    break;
  }
  return offset + delta;
}

/** Source regions (in the new text) written by `edits`. */
function writtenRegions(edits: FixEdit[]): FixEdit[] {
  const out: FixEdit[] = [];
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    out.push({ start: e.start + delta, end: e.start + delta + e.text.length, text: '' });
    delta += e.text.length - (e.end - e.start);
  }
  return out;
}

/** Do [a0, a1] and [b0, b1] intersect or touch? */
function touches(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 <= b1 && b0 <= a1;
}

/**
 * Is the finding `f` still in `after`: the same rule with the same message,
 * where `f` was (mapped through `edits`)? Another finding of the same rule on
 * the same text (a second problem of one line) is not `f`.
 */
function stillThere(f: Finding, edits: FixEdit[], after: Finding[]): boolean {
  const s = mapOffset(f.offsets.start, edits, 'start');
  const e = mapOffset(f.offsets.end, edits, 'end');
  return after.some((g) => g.ruleId === f.ruleId && g.message === f.message && touches(s, e, g.offsets.start, g.offsets.end));
}
function overlapsStrict(s: number, e: number, g: Finding): boolean {
  // Empty ranges (insertion points) only count when they meet; others must share a character.
  if (s === e || g.offsets.start === g.offsets.end) return touches(s, e, g.offsets.start, g.offsets.end);
  return s < g.offsets.end && g.offsets.start < e;
}

/**
 * The fixes of `chosen` (applied together on `before`, giving `next` with
 * findings `after`) that may not hold: their finding is still there, or
 * another rule wants to change at once what they wrote.
 */
function suspects(before: string, chosen: Finding[], after: Finding[], next: string): Set<Finding> {
  const out = new Set<Finding>();
  const bIndex = new LineIndex(before);
  const owned: { e: FixEdit; f: Finding }[] = [];
  for (const f of chosen) for (const e of toOffsetEdits(bIndex, f.fix?.edits ?? [])) owned.push({ e, f });
  owned.sort((x, y) => x.e.start - y.e.start || x.e.end - y.e.end);
  const all = owned.map((o) => o.e);
  for (const f of chosen) if (stillThere(f, all, after)) out.add(f);
  const written = writtenRegions(all);
  let index: LineIndex | undefined;
  for (const g of after) {
    if (!g.fix) continue;
    index ??= new LineIndex(next);
    const ge = toOffsetEdits(index, g.fix.edits);
    written.forEach((w, k) => {
      const f = owned[k].f;
      if (f.ruleId !== g.ruleId && ge.some((x) => touches(w.start, w.end, x.start, x.end))) out.add(f);
    });
  }
  return out;
}

/**
 * Does the fix of `f` hold on its own on `text`: after it, the finding is
 * gone, and no fix of another rule that touches what it wrote brings the
 * finding back (two rules undoing each other)? A fix that does not hold is
 * not applied by `fixAll`; the server can use this to drop a quick fix.
 */
export function verifyFix(text: string, f: Finding, options: CheckOptions = {}): boolean {
  if (!f.fix || !f.fix.edits.length) return false;
  const edits = toOffsetEdits(text, f.fix.edits);
  let next: string;
  try {
    next = applyEdits(text, edits);
  } catch {
    return false;
  }
  if (next === text) return false;
  const after = analyze(next, options).findings;
  if (stillThere(f, edits, after)) return false;
  const written = writtenRegions(edits);
  const index = new LineIndex(next);
  for (const g of after) {
    if (!g.fix || g.ruleId === f.ruleId) continue;
    const ge = toOffsetEdits(index, g.fix.edits);
    if (!ge.some((x) => written.some((w) => touches(w.start, w.end, x.start, x.end)))) continue;
    let back: string;
    try {
      back = applyEdits(next, ge);
    } catch {
      continue;
    }
    if (back === text) return false;
    const again = analyze(back, options).findings;
    // f's finding, mapped through f's edits and then g's.
    const s = mapOffset(mapOffset(f.offsets.start, edits, 'start'), ge, 'start');
    const e = mapOffset(mapOffset(f.offsets.end, edits, 'end'), ge, 'end');
    if (again.some((h) => h.ruleId === f.ruleId && h.message === f.message && overlapsStrict(s, e, h))) return false;
  }
  return true;
}

// ------------------------------------------------------------------ diffing

/** Split into lines, each keeping its line terminator. */
function splitKeep(text: string): string[] {
  const out: string[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n)|[^\r\n]+$/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0] !== '') out.push(m[0]);
  return out;
}

/** Common prefix/suffix trimming of one replaced region. */
function trimmedEdit(a: string, b: string, base: number): FixEdit | undefined {
  if (a === b) return undefined;
  let p = 0;
  const max = Math.min(a.length, b.length);
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  // Do not split a surrogate pair.
  if (p > 0 && p < max && isHighSurrogate(a.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  if (s > 0 && isLowSurrogate(a.charCodeAt(a.length - s)) && a.length - s - 1 >= p) s--;
  return { start: base + p, end: base + a.length - s, text: b.slice(p, b.length - s) };
}
function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Longest-common-subsequence line alignment; null when too large. */
function lcsPairs(a: string[], b: string[]): [number, number][] | null {
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) return null;
  const dp: Uint32Array[] = [];
  for (let i = 0; i <= n; i++) dp.push(new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

/**
 * A minimal set of offset edits that turns `before` into `after`: a line
 * diff, then, per changed region, common prefix/suffix trimming (and line by
 * line when a region replaces as many lines as it removes). Used to send a
 * fix-all result as small edits so the cursor and undo behave.
 */
export function diffEdits(before: string, after: string): FixEdit[] {
  if (before === after) return [];
  const a = splitKeep(before);
  const b = splitKeep(after);
  const offA: number[] = [0];
  for (const l of a) offA.push(offA[offA.length - 1] + l.length);
  // Common head and tail lines first: the diff then works on the middle only.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const pairs = lcsPairs(midA, midB);
  const edits: FixEdit[] = [];
  const region = (ia: number, ja: number, ib: number, jb: number) => {
    // Lines midA[ia, ja) are replaced by midB[ib, jb).
    if (ia === ja && ib === jb) return;
    const base = offA[head + ia];
    if (ja - ia === jb - ib) {
      let o = base;
      for (let k = 0; k < ja - ia; k++) {
        const e = trimmedEdit(midA[ia + k], midB[ib + k], o);
        if (e) edits.push(e);
        o += midA[ia + k].length;
      }
      return;
    }
    const e = trimmedEdit(midA.slice(ia, ja).join(''), midB.slice(ib, jb).join(''), base);
    if (e) edits.push(e);
  };
  if (!pairs) {
    region(0, midA.length, 0, midB.length);
    return edits;
  }
  let pa = 0;
  let pb = 0;
  for (const [i, j] of pairs) {
    region(pa, i, pb, j);
    pa = i + 1;
    pb = j + 1;
  }
  region(pa, midA.length, pb, midB.length);
  return edits;
}

/** `diffEdits` as range-based edits against `before`. */
export function diffTextEdits(before: string, after: string): TextEdit[] {
  return toTextEdits(before, diffEdits(before, after));
}
