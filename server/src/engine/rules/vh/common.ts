// Shared machinery of the capitalisation rules (Phụ lục II, ND30-VH-*).
//
// Which lines are read: the running text, căn cứ, trích yếu, Kính gửi and Nơi nhận
// items; never the lines in capitals (letterhead, tên loại, signer's title), the
// signer's name, the Số and date lines. Inside a line, quoted text (“…”, "…") and
// inline code are left alone.
//
// Matching is done on `line.fold` lower-cased (tone placement folded, same length as
// `line.text`), so an index found there is an index into `line.text`. A fix changes
// only the letters whose case is wrong, one edit per letter, so markup between
// letters is never touched and the user's tone placement is kept.

import type { Line } from '../../markdown';
import type { DocModel } from '../../model';
import { isUpperText } from '../../reader/common';
import { LinesLookup, textFact, TextMemo } from '../../textMemo';
import type { Rule, RuleContext } from '../../rule';
import { canon, CH_LETTER, CH_LU, charClassAt } from '../../text';
import type { FixEdit, Severity, Text2 } from '../../types';
import { t } from '../util';
import { titleCaseRecipients } from '../kg/kg-04';

const cache = new WeakMap<DocModel, Line[]>();

/** The lines whose capitalisation the VH rules check. */
export function vhLines(m: DocModel): Line[] {
  const hit = cache.get(m);
  if (hit) return hit;
  const skip = new Set<Line>();
  const add = (l?: Line) => l && skip.add(l);
  add(m.quocHieu);
  add(m.tieuNgu);
  add(m.party);
  add(m.so);
  add(m.date);
  add(m.title);
  add(m.copyForm);
  add(m.vbqpplTitle);
  add(m.enact);
  add(m.drafter);
  for (const l of [...m.agency, ...m.marks, ...m.authority]) skip.add(l);
  for (const s of m.signers) for (const l of [...s.titles, ...s.placeholders, ...(s.name ? [s.name] : [])]) skip.add(l);
  markQuotedLines(m);
  const out = vhText.where(m.lines).filter((l) => !skip.has(l));
  cache.set(m, out);
  return out;
}

/** What vhLines reads of a line's text: not in capitals, not in Title Case, with a lower-case letter. */
const vhText = textFact((s) => !isUpperText(s) && !isTitleCaseLine(s) && /\p{Ll}/u.test(s));

/**
 * A line in English-style Title Case ("Về Việc Thành Lập Ban Chỉ Đạo…"): a
 * heading-like line whose case is another rule's finding (TL-02, KG-04); word by
 * word capitalisation rules would only repeat it.
 */
export function isTitleCaseLine(s: string): boolean {
  // Words are runs of \p{L}; counted with the case table (no word array).
  let words = 0;
  let up = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const v = charClassAt(s, i);
    const astral = s.codePointAt(i)! > 0xffff;
    if (v & CH_LETTER) {
      if (!inWord) {
        words++;
        if (v & CH_LU) up++;
      }
      inWord = true;
    } else inWord = false;
    if (astral) i++;
  }
  if (words < 6) return false;
  return up / words >= 0.75;
}

/** A line's protected ranges (protectedRanges), once computed. */
const qcache = new WeakMap<Line, [number, number][]>();
/** The ranges of a line inside a quotation that runs over several lines (markQuotedLines). */
const multiRanges = new WeakMap<Line, [number, number][]>();
/** The same, as a line key. */
const multiLine = new WeakMap<Line, string>();
const MAX_QUOTE_LINES = 40;

/**
 * Quotations that run over several lines: a line with an opening “ and no closing ”
 * opens a quotation that goes on (whole lines) until the line with the closing ”,
 * for at most 40 lines (a stray “ does not silence the rest of the letter).
 */
/** Where a text has quotation marks: the last “, the last ” and the first ” (undefined: none, most lines). */
const quoteMarks = textFact((s): readonly [number, number, number] | undefined => {
  const lastOpen = s.lastIndexOf('“');
  const lastClose = s.lastIndexOf('”');
  return lastOpen < 0 && lastClose < 0 ? undefined : [lastOpen, lastClose, s.indexOf('”')];
});
function markQuotedLines(m: DocModel): void {
  let open = -1;
  const mark = (l: Line, ranges: [number, number][]) => {
    multiRanges.set(l, ranges);
    multiLine.set(l, JSON.stringify(ranges));
    // Ranges computed before (without these) are computed again.
    qcache.delete(l);
  };
  const marks = quoteMarks.of(m.lines);
  for (let k = 0; k < m.lines.length; k++) {
    const l = m.lines[k];
    const q = marks(l);
    const lastOpen = q ? q[0] : -1;
    if (open < 0 && lastOpen < 0) continue;
    const s = l.text;
    const lastClose = q ? q[1] : -1;
    if (open >= 0) {
      const close = q ? q[2] : -1;
      if (close >= 0) {
        const ranges: [number, number][] = [[0, close + 1]];
        open = lastOpen > lastClose ? k : -1;
        if (open >= 0) ranges.push([lastOpen, s.length]);
        mark(l, ranges);
        continue;
      }
      if (k - open > MAX_QUOTE_LINES) open = -1;
      else {
        mark(l, [[0, s.length]]);
        continue;
      }
    }
    if (lastOpen >= 0 && lastOpen > lastClose) {
      open = k;
      mark(l, [[lastOpen, s.length]]);
    }
  }
}

/**
 * What the VH rules read of a line beyond the line itself: the part of it
 * inside a quotation that runs over several lines (the line key of the
 * line-local VH rules, see RuleMeta.lineLocal).
 */
export function vhLineKey(m: DocModel, line: Line): string {
  vhLines(m);
  return multiLine.get(line) ?? '';
}

/** Ranges of a line that are quoted or inline code (not the drafter's own wording). */
export function protectedRanges(line: Line, src: string): [number, number][] {
  const hit = qcache.get(line);
  if (hit) return hit;
  const out: [number, number][] = [...(multiRanges.get(line) ?? [])];
  const s = line.text;
  for (const re of [/“[^”]*”?/gu, /"[^"]*"?/gu, /‘[^’]*’/gu, /«[^»]*»?/gu]) {
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) out.push([m.index, m.index + m[0].length]);
  }
  // Inline code: the source character before the text is a backtick.
  for (let i = 0; i < s.length; i++) {
    const st = line.starts[i];
    if (st > 0 && src[st - 1] === '`') {
      let j = i;
      while (j < s.length && src[line.ends[j]] !== '`') j++;
      out.push([i, j + 1]);
      i = j;
    }
  }
  qcache.set(line, out);
  return out;
}

export function isProtected(line: Line, src: string, from: number, to: number): boolean {
  return protectedRanges(line, src).some(([a, b]) => from < b && a < to);
}

const LIST_MARK = /^(?:[-+*•–—]|\d+(?:\.\d+)*[.)]?|[a-zđ][.)]|[IVXLC]+[.)]|\(\d+\)|\([a-zđ]\))$/u;

/**
 * True when position i of `s` may begin a sentence or a list item: start of the
 * line (after a list marker), after . ? ! : ; or an opening bracket or quote.
 * Conservative: a capital there is never reported.
 */
export function atSentenceStart(s: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /[\s“"'‘(«[*_]/u.test(s[j])) {
    if (/[“"'‘(«[]/u.test(s[j])) return true;
    j--;
  }
  if (j < 0) return true;
  if (/[.?!:;…]/u.test(s[j])) return true;
  // A list marker is short: only the start of a line can be one.
  if (j > 12) return false;
  const before = s.slice(0, j + 1).trim();
  if (LIST_MARK.test(before)) return true;
  return false;
}

export const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
export const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Lower-case tone-folded form used for matching. */
export function key(s: string): string {
  return canon(s).toLowerCase();
}
/** An alternation of phrases (longest first) for the lower-case folded text. */
export function alternation(phrases: string[]): string {
  return [...new Set(phrases.map(key))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
}

export function lowerFold(line: Line): string {
  return line.fold.toLowerCase();
}

function setCase(ch: string, upper: boolean): string {
  return upper ? ch.toUpperCase() : ch.toLowerCase();
}
function isUp(ch: string): boolean {
  return ch !== ch.toLowerCase();
}
function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** `found` rewritten with the letter case of `want` (same length), keeping its own letters. */
export function withCaseOf(found: string, want: string): string {
  let out = '';
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    const w = want[i] ?? c;
    out += isLetter(c) && isLetter(w) && isUp(c) !== isUp(w) ? setCase(c, isUp(w)) : c;
  }
  return out;
}

/** One edit per letter whose case differs from `want`. */
export function caseEdits(ctx: RuleContext, line: Line, from: number, found: string, want: string): FixEdit[] {
  const edits: FixEdit[] = [];
  for (let i = 0; i < found.length; i++) {
    const c = found[i];
    const w = want[i];
    if (w === undefined || !isLetter(c) || !isLetter(w) || isUp(c) === isUp(w)) continue;
    edits.push(ctx.edit(line, from + i, from + i + 1, setCase(c, isUp(w))));
  }
  return edits;
}

export interface CaseIssue {
  line: Line;
  from: number;
  /** Text as written. */
  found: string;
  /** The decree's form (same length, differs only in letter case). */
  want: string;
  why: Text2;
  severity?: Severity;
}

/**
 * Report a wrong capitalisation with the decree's form as the fix. Nothing is
 * reported when the cases already agree (a capital at a sentence start is allowed
 * by ND30-VH-01) or the span is quoted.
 */
export function reportCase(ctx: RuleContext, iss: CaseIssue): boolean {
  const { line, from, found } = iss;
  let want = iss.want;
  if (found.length !== want.length) return false;
  if (isProtected(line, ctx.text, from, from + found.length)) return false;
  if (atSentenceStart(line.text, from) && isUp(found[0]) && !isUp(want[0])) want = found[0] + want.slice(1);
  const fixed = withCaseOf(found, want);
  if (fixed === found) return false;
  const edits = caseEdits(ctx, line, from, found, want);
  if (!edits.length) return false;
  ctx.report({
    line,
    from,
    to: from + found.length,
    severity: iss.severity,
    message: t(`${iss.why.vi}: "${found}" → "${fixed}"`, `${iss.why.en}: "${found}" → "${fixed}"`),
    fix: { title: t(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits },
  });
  return true;
}

/**
 * Run a global regex over the lower-case folded text of every checked line.
 *
 * A pattern that starts with NOT_WORD_BEFORE runs without it, and the
 * character before a match is tested here: the same matches (the lookbehind
 * depends on nothing the rest of the pattern matches), but irregexp can then
 * skip ahead on the first characters of the phrases instead of testing the
 * lookbehind at every position of every line.
 *
 * `cased`: onMatch does nothing unless the text of the match (m[0], in
 * line.text) has a capital letter; then only lines with such a match are read.
 */
export function scan(ctx: RuleContext, re: RegExp, onMatch: (line: Line, m: RegExpExecArray, lf: string) => void, cased = false): void {
  const fast = withoutLeadingLookbehind(re);
  const memo = ctx.memo;
  for (const line of ctx.lines(scanLines(ctx, re, cased))) {
    const lf = memo.lowerFold(line);
    if (fast) {
      fast.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = fast.exec(lf))) {
        if (m.index > 0 && wordCharBefore(lf, m.index)) {
          fast.lastIndex = m.index + (lf.codePointAt(m.index)! > 0xffff ? 2 : 1);
          continue;
        }
        onMatch(line, m, lf);
        if (m[0].length === 0) fast.lastIndex++;
      }
      continue;
    }
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lf))) {
      onMatch(line, m, lf);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}

/**
 * The lines of vhLines where `re` matches at least once (where scan calls
 * onMatch) — with `cased`, a match with a capital letter in it (see scan's
 * `cased`): the only ones scan asks for. Whether a pattern matches depends on
 * the line's fold alone (the fold keeps each letter's case in place), so the
 * answer is kept per fold across analyses (textMemo.ts): one array per fold,
 * with one entry per pattern.
 */
function scanLines(ctx: RuleContext<unknown>, re: RegExp, cased: boolean): Line[] {
  const keys = cased ? casedListKeys : listKeys;
  let key = keys.get(re);
  if (!key) keys.set(re, (key = {}));
  return ctx.memo.get(key, () => {
    const k = patternIndex(re, cased);
    const lines = vhLines(ctx.model);
    // After patternIndex (which may start the records again): the records this analysis reads.
    const hits = ctx.memo.get(hitsKey, () => hitsLookup.map(lines.map((l) => l.fold)));
    const out: Line[] = [];
    for (let i = 0; i < lines.length; i++) {
      let v = hits[i][k];
      if (v === undefined) v = hits[i][k] = anyMatch(re, ctx.memo.lowerFold(lines[i]), cased ? lines[i].fold : undefined);
      if (v) out.push(lines[i]);
    }
    return out;
  });
}
/** Per pattern, the ctx.memo key of its list of lines. */
const listKeys = new WeakMap<RegExp, object>();
const casedListKeys = new WeakMap<RegExp, object>();
/** The ctx.memo key of an analysis's records (a new key when the records start again). */
let hitsKey = {};
/** Per line fold, whether each pattern (by patternIndex) matches it; undefined when not tested yet. */
let scanHits = new TextMemo<(boolean | undefined)[]>();
const newHits = (): (boolean | undefined)[] => [];
/** scanHits of an analysis's lines (the previous analysis's for the unchanged lines; a new one with scanHits). */
let hitsLookup = new LinesLookup(scanHits, newHits);
/** Patterns by source and flags (a team's list compiles to a new RegExp, with the same source for the same list). */
let patterns = new Map<string, number>();
/** The same, by RegExp object (no key string built and hashed per call; emptied with `patterns`). */
let byObject = { plain: new WeakMap<RegExp, number>(), cased: new WeakMap<RegExp, number>() };
function patternIndex(re: RegExp, cased: boolean): number {
  const objects = cased ? byObject.cased : byObject.plain;
  const known = objects.get(re);
  if (known !== undefined) return known;
  const id = `${cased ? 'cased ' : ''}${re.flags}/${re.source}`;
  let k = patterns.get(id);
  if (k === undefined) {
    if (patterns.size >= 256) {
      // Many settings seen (team lists): start again rather than grow every fold's array.
      patterns = new Map();
      byObject = { plain: new WeakMap(), cased: new WeakMap() };
      scanHits = new TextMemo();
      hitsLookup = new LinesLookup(scanHits, newHits);
      hitsKey = {};
    }
    patterns.set(id, (k = patterns.size));
  }
  (cased ? byObject.cased : byObject.plain).set(re, k);
  return k;
}

/** Whether scan would call onMatch at least once on `lf`; with the line's `fold`, on a match with a capital letter in it. */
function anyMatch(re: RegExp, lf: string, fold?: string): boolean {
  const fast = withoutLeadingLookbehind(re);
  const r = fast ?? re;
  r.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = r.exec(lf))) {
    if ((!fast || m.index === 0 || !wordCharBefore(lf, m.index)) && (fold === undefined || hasCapital(fold.slice(m.index, m.index + m[0].length)))) return true;
    if (!fast) {
      // scan's own loop: on from the end of the match.
      if (m[0].length === 0) r.lastIndex++;
      continue;
    }
    r.lastIndex = m.index + (lf.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return false;
}

/** A letter that is not lower case (what `cased` onMatch callbacks require in their span). */
function hasCapital(s: string): boolean {
  return s !== s.toLowerCase() || /\p{Lu}/u.test(s);
}

const stripped = new WeakMap<RegExp, RegExp | null>();
function withoutLeadingLookbehind(re: RegExp): RegExp | null {
  let r = stripped.get(re);
  if (r === undefined) {
    r = re.global && re.unicode && !re.sticky && re.source.startsWith(NOT_WORD_BEFORE) ? new RegExp(re.source.slice(NOT_WORD_BEFORE.length), re.flags) : null;
    stripped.set(re, r);
  }
  return r;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** The code point before `i` is a letter or a digit (what NOT_WORD_BEFORE rejects). */
function wordCharBefore(s: string, i: number): boolean {
  let a = i - 1;
  const c = s.charCodeAt(a);
  if (c >= 0xdc00 && c <= 0xdfff && a > 0) {
    const h = s.charCodeAt(a - 1);
    if (h >= 0xd800 && h <= 0xdbff) a--;
  }
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(a)!));
}

/** Canonical spelling of a phrase found by its folded lower-case key. */
export function canonicalMap(phrases: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of phrases) if (!m.has(key(p))) m.set(key(p), p.normalize('NFC'));
  return m;
}

/** Capitalise the first letter. */
export function cap(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

export interface PhraseOptions {
  /** Report only when the first letter of the span is a capital (a proper-name use). */
  upperFirst?: boolean;
  /** Report only when the span has at least one capital. */
  anyUpper?: boolean;
  /** Text that must come right before the phrase (lower-case folded regex source, e.g. "ngày "); not part of the span. */
  before?: string;
  skip?: (line: Line, from: number, found: string) => boolean;
  severity?: Severity;
}

/** Compile once: a matcher of phrases written with their canonical capitalisation. */
export function phraseMatcher(phrases: string[], o: PhraseOptions = {}) {
  const canonical = canonicalMap(phrases);
  const re = new RegExp(`${NOT_WORD_BEFORE}${o.before ? `(${o.before})` : '()'}(${alternation(phrases)})${NOT_WORD_AFTER}`, 'gu');
  return (ctx: RuleContext, why: Text2) =>
    scan(ctx, re, (line, m) => {
      const from = m.index + m[1].length;
      const found = line.text.slice(from, from + m[2].length);
      if (o.upperFirst && !isUp(found[0])) return;
      if (o.anyUpper && found === found.toLowerCase()) return;
      // All in capitals inside a mixed line: a heading-style name, not a slip.
      if (found === found.toUpperCase()) return;
      if (o.skip?.(line, from, found)) return;
      const want = canonical.get(m[2]);
      if (want) reportCase(ctx, { line, from, found, want, why, severity: o.severity });
    }, !!(o.upperFirst || o.anyUpper));
}

/**
 * A VH rule made line-local (RuleMeta.lineLocal): it reads lines only through
 * `scan` (or `ctx.lines(vhLines(…))`), and what it finds on a line depends on
 * the line, its quotation state (vhLineKey), the settings and `extra`.
 */
export function lineLocalVh<O>(rule: Rule<O>, extra?: (ctx: RuleContext<O>, line: Line) => string): Rule<O> {
  return {
    ...rule,
    meta: { ...rule.meta, lineLocal: true },
    lineKey: extra ? (ctx, line) => `${vhLineKey(ctx.model, line)}\u0000${extra(ctx, line)}` : VH_LINE_KEY,
  };
}
/** One function for all: the engine computes a line's key once per analysis for all the rules that share it. */
const VH_LINE_KEY = (ctx: RuleContext<unknown>, line: Line) => vhLineKey(ctx.model, line);

const KG_RUNS = {};
/** The Title Case runs of Kính gửi on a line (VH-10 and VH-15 leave them to KG-04): part of their line key. */
export function kgRunsKey<O>(ctx: RuleContext<O>, line: Line): string {
  const byLine = ctx.memo.get(KG_RUNS, () => {
    const m = new Map<Line, string>();
    for (const r of titleCaseRecipients(ctx.model)) m.set(r.line, `${m.get(r.line) ?? ''}${r.from}-${r.to},`);
    return m;
  });
  return byLine.get(line) ?? '';
}
