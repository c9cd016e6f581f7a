// Shared reading of the Số, ký hiệu line (ô 3) for the ND30-SO and ND30-VT-01
// rules, and the "planner" that decides which rule reports which mistake.
//
// One mistake must give one finding. Several rules look at the same few
// characters (the type abbreviation "TTR" is a case problem for SO-03, a PL III
// problem for VT-01 and a type mismatch for SO-04), so the decision is taken
// once, here, and each rule only reports the issues tagged with its own ID.

import type { Line } from '../../markdown';
import { isSoLine, RE, type DocModel } from '../../model';
import type { FixEdit, Severity, Text2 } from '../../types';
import { makeEdit, type RuleContext } from '../../rule';
import { canon } from '../../text';
import { textFact } from '../../textMemo';
import { ALL_ABBRS, COPY_FORMS, DocType, looseAbbr } from '../../vocab';
import { PLACEHOLDER, t } from '../util';

/** A piece of the line: [from, to) indexes into `line.text`. */
export interface Span {
  from: number;
  to: number;
  text: string;
}

export interface Group extends Span {
  /** Unfilled placeholder ("…", "...", "___"). */
  ph: boolean;
}

/** What separates two groups: normally "-". */
export interface Sep extends Span {
  /** No dash at all: "UBND VX". */
  missing: boolean;
}

export interface SoParts {
  line: Line;
  /** The word "Số" as typed. */
  word: Span;
  /** What follows the word before the number: ":" normally. */
  sep: Span;
  /** The number as typed (trimmed); `blank` when empty or a placeholder. */
  num: Span & { blank: boolean };
  /** Index of the "/" after the number, -1 when there is none. */
  slash: number;
  /** A year segment "/2026" (from the first slash to before the second). */
  year?: Span;
  /** Groups of the ký hiệu ("QĐ", "UBND") and the separators between them. */
  groups: Group[];
  seps: Sep[];
}

const DASHES = '-–—‐‑−';
const GROUP_RE = /^[\p{L}\p{N}&.…_]+/u;
const SEP_RE = new RegExp(`^(\\s*)([${DASHES}]+)(\\s*)`, 'u');

/** Read a Số line. Undefined when the line does not start with the word "Số". */
export function parseSo(line: Line): SoParts | undefined {
  const text = line.text;
  const mw = RE.so.exec(text);
  if (!mw) return undefined;
  const word: Span = { from: 0, to: mw[0].length, text: mw[0] };
  let p = word.to;
  const ms = /^\s*[:.;]?/u.exec(text.slice(p))!;
  // The separator ends at the punctuation; spaces after a colon belong to the number.
  const sepText = /[:.;]$/.test(ms[0]) ? ms[0] : '';
  const sep: Span = { from: p, to: p + sepText.length, text: sepText };
  p = sep.to;
  const mn = /^(\s*)([\d.…_]*)(\s*)\//u.exec(text.slice(p));
  const parts: SoParts = {
    line,
    word,
    sep,
    num: { from: p, to: p, text: '', blank: true },
    slash: -1,
    groups: [],
    seps: [],
  };
  if (!mn) {
    const rest = /^\s*([\d.…_]*)/u.exec(text.slice(p))!;
    const from = p + rest[0].length - rest[1].length;
    parts.num = { from, to: from + rest[1].length, text: rest[1], blank: !/^\d+$/.test(rest[1]) };
    return parts;
  }
  const numFrom = p + mn[1].length;
  parts.num = { from: numFrom, to: numFrom + mn[2].length, text: mn[2], blank: !/^\d+$/.test(mn[2]) };
  parts.slash = p + mn[0].length - 1;
  p = parts.slash + 1;
  // Year segment (VBQPPL pattern): "/2026/".
  const my = /^(\s*)(\d{4})(\s*)\//u.exec(text.slice(p));
  if (my) {
    parts.year = { from: parts.slash, to: p + my[0].length - 1, text: text.slice(parts.slash, p + my[0].length - 1) };
    p += my[0].length;
  }
  p += /^\s*/u.exec(text.slice(p))![0].length;
  // Groups and separators.
  for (;;) {
    const mg = GROUP_RE.exec(text.slice(p));
    if (!mg) break;
    parts.groups.push({ from: p, to: p + mg[0].length, text: mg[0], ph: PLACEHOLDER.test(mg[0]) || /^[._]+$/.test(mg[0]) });
    p += mg[0].length;
    const rest = text.slice(p);
    const msep = SEP_RE.exec(rest);
    if (msep && GROUP_RE.test(rest.slice(msep[0].length))) {
      parts.seps.push({ from: p, to: p + msep[0].length, text: msep[0], missing: false });
      p += msep[0].length;
      continue;
    }
    // "SNV/VP", "HDLN /STC-SCT": a slash between two groups of letters (the
    // decree puts a hyphen there, PL I II.3.c), not a second number.
    const mslash = /^(\s*)\/(\s*)(?=\p{L})/u.exec(rest);
    if (mslash && GROUP_RE.test(rest.slice(mslash[0].length))) {
      parts.seps.push({ from: p, to: p + mslash[0].length, text: mslash[0], missing: false });
      p += mslash[0].length;
      continue;
    }
    // "UBND VX" at the end of the line: a group written without its hyphen.
    const mm = /^(\s+)([A-ZĐ][A-ZĐ&]{0,9})\s*$/u.exec(rest);
    if (mm) {
      parts.seps.push({ from: p, to: p + mm[1].length, text: mm[1], missing: true });
      p += mm[1].length;
      continue;
    }
    break;
  }
  return parts;
}

// ---------------------------------------------------------------- vocabulary

/** Loose forms (upper case, Đ → D) of the PL III type abbreviations. */
const LOOSE_PL3 = new Map<string, string[]>();
for (const a of [...ALL_ABBRS, ...COPY_FORMS.map((c) => c.abbr)]) {
  const k = looseAbbr(a);
  LOOSE_PL3.set(k, [...(LOOSE_PL3.get(k) ?? []), a]);
}
/** Abbreviations that are type abbreviations but not in PL III. */
const OTHER_TYPE_ABBRS = new Set(['CV', 'TT', 'TTLT', 'ND', 'NĐ', 'L', 'PL', 'QDI', 'CTHI', 'TTRINH', 'KHOACH']);

/** Does a group read as a type abbreviation (PL III or a common non-PL III one)? */
export function isTypeLike(g: string): boolean {
  const k = looseAbbr(g);
  return LOOSE_PL3.has(k) || OTHER_TYPE_ABBRS.has(k) || OTHER_TYPE_ABBRS.has(g.normalize('NFC').toUpperCase());
}

/** The PL III abbreviation a group means when it differs only in case or Đ/D ("TTR", "QD"). */
export function pl3ByLoose(g: string): string | undefined {
  const all = LOOSE_PL3.get(looseAbbr(g));
  return all && all.length === 1 ? all[0] : undefined;
}

/** A group with lower-case letters where the ký hiệu wants capitals ("ubnd", "Ubnd").
 * One lower-case letter inside capitals is accepted (TTg, GDTrH, CTrTT: agencies
 * set their own abbreviations, PL I §II.3.b). */
export function badCase(g: string): boolean {
  return /^\p{Ll}/u.test(g) || /\p{Ll}{2,}/u.test(g);
}

const COPY_BY_CANON = new Map<string, string>([
  [canon('SAO Y'), 'SY'],
  [canon('SAO Y BẢN CHÍNH'), 'SY'],
  [canon('SAO LỤC'), 'SL'],
  [canon('TRÍCH SAO'), 'TrS'],
]);

/** The copy abbreviation (SY, SL, TrS) of a copy-form line ("SAO Y"), if it is one. */
export function copyAbbrOf(l: Line): string | undefined {
  return copyAbbr.text(l.text);
}
/** copyAbbrOf of a line's text, remembered per text (soLines asks it of every line). */
const copyAbbr = textFact((t: string): string | undefined => {
  // Every key starts with S or T: a line whose first non-space character is
  // another ASCII character cannot match (non-ASCII ones take the long way:
  // "ſ", "ß", ligatures and spaces outside ASCII upper-case or fold otherwise).
  let k = 0;
  while (k < t.length && (t.charCodeAt(k) === 32 || (t.charCodeAt(k) >= 9 && t.charCodeAt(k) <= 13))) k++;
  const c = t.charCodeAt(k) | 0x20;
  if (k < t.length && t.charCodeAt(k) < 128 && c !== 0x73 && c !== 0x74) return undefined;
  return COPY_BY_CANON.get(canon(t.replace(/\s+/g, ' ').trim().toUpperCase()));
});

export interface SoLineInfo {
  line: Line;
  /** For the Số line of a copy block: SY, SL or TrS. */
  copy?: string;
  /** Form-of-copy line text ("SAO Y"), for messages. */
  copyForm?: string;
}

/** The Số lines to check: the header's, and those of copy blocks (Mẫu 3.1). */
export function soLines(m: DocModel): SoLineInfo[] {
  const out: SoLineInfo[] = [];
  const seen = new Set<number>();
  // Copy blocks: a form-of-copy line with a Số line within a few lines of it.
  for (const l of copyAbbr.where(m.lines)) {
    const abbr = copyAbbrOf(l);
    if (!abbr) continue;
    // In a table the cells come column by column: the Số line may come first.
    const cell = l.cell;
    const from = cell ? Math.max(0, l.i - 6) : l.i + 1;
    // Line by line (no table), the copier's agency and Số line (left column
    // of Mẫu 3.1) may come just before "SAO LỤC": look after it, then up to 3
    // lines before it (never the main document's own Số line).
    const order: number[] = [];
    for (let j = from; j <= Math.min(m.lines.length - 1, l.i + 4); j++) order.push(j);
    if (!cell) for (let j = l.i - 1; j >= Math.max(0, l.i - 3); j--) if (j !== m.so?.i && !m.lines[j].cell) order.push(j);
    for (const j of order) {
      const lj = m.lines[j];
      if (j === l.i || (cell && j < l.i && lj.cell?.table !== cell.table)) continue;
      if (!seen.has(j) && isSoLine(lj)) {
        out.push({ line: lj, copy: abbr, copyForm: l.text.trim() });
        seen.add(j);
        break;
      }
    }
  }
  if (m.so && !seen.has(m.so.i)) out.unshift({ line: m.so });
  return out.sort((a, b) => a.line.i - b.line.i);
}

// ---------------------------------------------------------------- planner

export interface Issue {
  ruleId: string;
  line: Line;
  from: number;
  to: number;
  message: Text2;
  fix?: { title: Text2; edits: FixEdit[] };
  severity?: Severity;
}

const cache = new WeakMap<DocModel, Issue[]>();

/** All Số/ký hiệu issues of a document, each tagged with the one rule that reports it. */
export function soIssues(m: DocModel): Issue[] {
  let r = cache.get(m);
  if (!r) {
    r = [];
    for (const info of soLines(m)) {
      const s = parseSo(info.line);
      if (s) planLine(m, info, s, r);
    }
    cache.set(m, r);
  }
  return r;
}

const q = (s: string) => `"${s}"`;
function fixTo(line: Line, from: number, to: number, text: string, title?: Text2) {
  return { title: title ?? t(`Sửa thành ${q(text)}`, `Change to ${q(text)}`), edits: [makeEdit(line, from, to, text)] };
}

/** What the planner works on for one Số line. */
interface Plan {
  m: DocModel;
  info: SoLineInfo;
  s: SoParts;
  line: Line;
  text: string;
  out: Issue[];
  /** Separator mistakes (spaces after "/", spaces around "-", other dashes), reported as one SO-03 finding. */
  badSeps: { from: number; to: number; text: string }[];
  /** The first group was judged as a type abbreviation: the case check leaves it alone. */
  g0Handled: boolean;
  /** A VT-01 issue that differs only in case, merged into the SO-03 case finding. */
  caseFix?: { issue: Issue; to: string };
}

function planLine(m: DocModel, info: SoLineInfo, s: SoParts, out: Issue[]): void {
  planWord(s, out);
  if (s.slash < 0) return;
  planYear(m, info, s, out);
  planSlashSpacing(s, out);
  if (!s.groups.length) return;
  const p: Plan = { m, info, s, line: s.line, text: s.line.text, out, badSeps: separatorMistakes(s), g0Handled: false };
  planTypeAbbr(p);
  planSeparators(p);
  planCase(p);
}

/** SO-01: the word "Số" and its colon. */
function planWord(s: SoParts, out: Issue[]): void {
  const line = s.line;
  const text = line.text;
  const wordOk = s.word.text === 'Số';
  const sepOk = s.sep.text === ':';
  if (!wordOk || !sepOk) {
    const edits: FixEdit[] = [];
    if (!wordOk) edits.push(makeEdit(line, s.word.from, s.word.to, 'Số'));
    if (!sepOk) {
      // "Số 15" → insert ":"; "Số : 15", "Số. 15" → replace by ":". Keep one
      // space before a number typed right after it.
      const end = s.sep.text ? s.sep.to : s.word.to;
      const space = /^\s/u.test(text.slice(end)) || end === text.length ? '' : ' ';
      edits.push(makeEdit(line, s.word.to, end, ':' + space));
    }
    const got = text.slice(0, s.sep.text ? s.sep.to : s.word.to);
    const what = !wordOk && sepOk
      ? t(`Từ "Số" viết chữ in thường, chữ S viết hoa: ${q(s.word.text)} → "Số"`, `The word "Số" is written in lower case with a capital S: ${q(s.word.text)} → "Số"`)
      : wordOk
        ? t(`Sau từ "Số" có dấu hai chấm (:), liền sau chữ "Số": ${q(got)} → "Số:"`, `The word "Số" is followed directly by a colon (:): ${q(got)} → "Số:"`)
        : t(`Từ "Số" viết chữ in thường (chữ S hoa), sau có dấu hai chấm (:): ${q(got)} → "Số:"`, `The word "Số" is in lower case (capital S), followed by a colon (:): ${q(got)} → "Số:"`);
    out.push({
      ruleId: 'ND30-SO-01',
      line,
      from: 0,
      to: s.sep.text ? s.sep.to : s.word.to,
      message: what,
      fix: { title: t('Sửa thành "Số:"', 'Change to "Số:"'), edits },
    });
  }
}

/** SO-06: a year segment in a hành chính number. */
function planYear(m: DocModel, info: SoLineInfo, s: SoParts, out: Issue[]): void {
  const line = s.line;
  if (s.year && m.regime === 'hanh-chinh' && !info.copy) {
    const name = m.type?.name.toLowerCase() ?? 'văn bản hành chính';
    out.push({
      ruleId: 'ND30-SO-06',
      line,
      from: s.year.from,
      to: s.year.to,
      message: t(
        `Số của ${name} không có năm ban hành (${q(s.year.text)}): số có năm là cách ghi số của văn bản quy phạm pháp luật`,
        `The number of an administrative document has no year (${q(s.year.text)}): a year in the number is the pattern of legal normative documents`,
      ),
      fix: fixTo(line, s.year.from, s.year.to, '', t(`Bỏ ${q(s.year.text)}`, `Remove ${q(s.year.text)}`)),
    });
  }
}

/** SO-03 (spacing): between the number and "/", and after "/". */
function planSlashSpacing(s: SoParts, out: Issue[]): void {
  const line = s.line;
  const text = line.text;
  if (!s.num.blank && s.num.to < s.slash) {
    out.push({
      ruleId: 'ND30-SO-03',
      line,
      from: s.num.to,
      to: s.slash + 1,
      severity: 'warning',
      message: t(
        `Giữa số và ký hiệu văn bản có dấu gạch chéo (/), không cách chữ: ${q(text.slice(s.num.from, s.slash + 1))} → ${q(s.num.text + '/')}`,
        `The number and the symbol are separated by "/" without spaces: ${q(text.slice(s.num.from, s.slash + 1))} → ${q(s.num.text + '/')}`,
      ),
      fix: fixTo(line, s.num.to, s.slash + 1, '/', t('Bỏ khoảng trắng trước "/"', 'Remove the space before "/"')),
    });
  }
}

/** Separators: spaces after "/", spaces around "-", dashes other than "-", a missing "-". */
function separatorMistakes(s: SoParts): Plan['badSeps'] {
  const badSeps: Plan['badSeps'] = [];
  const afterSlash = s.year ? s.year.to + 1 : s.slash + 1;
  if (s.groups[0].from > afterSlash) badSeps.push({ from: afterSlash, to: s.groups[0].from, text: '' });
  for (const sp of s.seps) if (sp.text !== '-') badSeps.push({ from: sp.from, to: sp.to, text: '-' });
  return badSeps;
}

/** The type abbreviation: SO-08 (copies), SO-05 (công văn), SO-04 / VT-01 (typed documents). */
function planTypeAbbr(p: Plan): void {
  const { m, info, s } = p;
  const g0 = s.groups[0];
  const type: DocType | undefined = m.type;
  const typed = !!type && !!type.abbr && (m.typeSource === 'title' || m.typeSource === 'front-matter');
  if (g0.ph) p.g0Handled = true;
  else if (info.copy) planCopyAbbr(p, info.copy);
  else if (looseAbbr(g0.text) === 'CV' && (!type || type.key === 'cong_van')) planCvAbbr(p);
  else if (type && type.key === 'cong_van') planCongVanUnit(p);
  else if (typed) planTypedAbbr(p, type!);
  else if (!type || m.typeSource === 'so') {
    // Type unknown: only a PL III abbreviation misspelt in case or Đ ("QD", "TTR").
    const a = pl3ByLoose(g0.text);
    if (a && g0.text !== a && !ALL_ABBRS.includes(g0.text) && s.groups.length >= 2) {
      p.g0Handled = true;
      misspeltAbbr(p, a);
    }
  }
}

/** Only the case differs from the PL III abbreviation `a` ("Ttr" for "TTr"). */
function caseOnly(g0: Group, a: string): boolean {
  return g0.text !== a && looseAbbr(g0.text) === looseAbbr(a) && g0.text.toUpperCase() === a.toUpperCase();
}

/** VT-01: the first group is a PL III abbreviation spelt wrongly ("TTR", "QD"); `tl` names the type when known. */
function misspeltAbbr(p: Plan, a: string, tl?: string): void {
  const { line, out } = p;
  const g0 = p.s.groups[0];
  const issue: Issue = {
    ruleId: 'ND30-VT-01',
    line,
    from: g0.from,
    to: g0.to,
    // All capitals where PL III has mixed case ("TTR") follows PL I's "in hoa": warning.
    severity: g0.text === g0.text.toUpperCase() && caseOnly(g0, a) ? 'warning' : undefined,
    message: tl
      ? t(
          `Chữ viết tắt tên loại ${tl} theo Phụ lục III là ${q(a)} (đúng chữ hoa, chữ thường): ${q(g0.text)} → ${q(a)}`,
          `The Appendix III abbreviation of ${tl} is ${q(a)} (exact case): ${q(g0.text)} → ${q(a)}`,
        )
      : t(
          `Chữ viết tắt tên loại theo Phụ lục III là ${q(a)} (đúng chữ hoa, chữ thường): ${q(g0.text)} → ${q(a)}`,
          `The Appendix III type abbreviation is ${q(a)} (exact case): ${q(g0.text)} → ${q(a)}`,
        ),
    fix: fixTo(line, g0.from, g0.to, a),
  };
  out.push(issue);
  if (caseOnly(g0, a) && g0.text !== g0.text.toUpperCase()) p.caseFix = { issue, to: a };
}

/** SO-08: the symbol of a copy starts with its form's abbreviation (SY, SL, TrS). */
function planCopyAbbr(p: Plan, a: string): void {
  const { info, line, text, out, badSeps } = p;
  const g0 = p.s.groups[0];
  p.g0Handled = true;
  if (g0.text !== a) {
    // "SAO Y-UBND": the form of copy written out instead of its abbreviation.
    const mf = /^(sao\s+y(\s+bản\s+chính)?|sao\s+lục|trích\s+sao)(?=[-–—\s]|$)/iu.exec(text.slice(g0.from));
    const to = mf ? g0.from + mf[0].length : g0.to;
    const got = text.slice(g0.from, to);
    const wrongType = mf || isTypeLike(g0.text);
    if (!wrongType) p.g0Handled = false; // the inserted "SY-" leaves g0 to the case check
    const fix = wrongType
      ? fixTo(line, g0.from, to, a)
      : { title: t(`Thêm "${a}-"`, `Insert "${a}-"`), edits: [makeEdit(line, g0.from, g0.from, a + '-')] };
    out.push({
      ruleId: 'ND30-SO-08',
      line,
      from: g0.from,
      to,
      message: wrongType
        ? t(`Ký hiệu bản sao (${info.copyForm}) là ${q(a)}: ${q(got)} → ${q(a)}`, `The symbol of a copy (${info.copyForm}) is ${q(a)}: ${q(got)} → ${q(a)}`)
        : t(`Ký hiệu bản sao (${info.copyForm}) phải bắt đầu bằng ${q(a)}`, `The symbol of a copy (${info.copyForm}) starts with ${q(a)}`),
      fix,
    });
    if (mf) {
      // The spaces inside "SAO Y" are part of this finding, not a separator mistake.
      for (let i = badSeps.length - 1; i >= 0; i--) if (badSeps[i].from >= g0.from && badSeps[i].to <= to) badSeps.splice(i, 1);
    }
  }
}

/** SO-05: a công văn written with "CV" (PL III has no abbreviation for công văn). */
function planCvAbbr(p: Plan): void {
  const { s, line, text, out, badSeps } = p;
  const g0 = s.groups[0];
  const groups = s.groups.filter((g) => !g.ph);
  // Công văn with "CV": PL III has no abbreviation for công văn.
  p.g0Handled = true;
  const canDrop = groups.length >= 3 && s.seps.length >= 1;
  out.push({
    ruleId: 'ND30-SO-05',
    line,
    from: g0.from,
    to: g0.to,
    message: t(
      `Công văn không có chữ viết tắt tên loại ("${g0.text}" không có trong Phụ lục III): ký hiệu công văn gồm chữ viết tắt tên cơ quan ban hành và đơn vị soạn thảo hoặc lĩnh vực, ví dụ "Số: 05/BNV-VP"`,
      `A công văn has no type abbreviation ("${g0.text}" is not in Appendix III): its symbol is the issuer's abbreviation and the drafting unit or field, e.g. "Số: 05/BNV-VP"`,
    ),
    fix: canDrop ? fixTo(line, g0.from, s.seps[0].to, '', t(`Bỏ "${text.slice(g0.from, s.seps[0].to)}"`, `Remove "${text.slice(g0.from, s.seps[0].to)}"`)) : undefined,
  });
  if (canDrop) badSeps.splice(0, badSeps.length, ...badSeps.filter((b) => b.from >= s.seps[0].to || b.to <= g0.from));
}

/** SO-05: a công văn's symbol is the issuer and the unit or field; a lone group lacks the unit. */
function planCongVanUnit(p: Plan): void {
  const { s, line, out } = p;
  const g0 = s.groups[0];
  // Công văn: issuer + unit or field. A lone group lacks the unit.
  if (s.groups.length === 1) {
    out.push({
      ruleId: 'ND30-SO-05',
      line,
      from: g0.from,
      to: g0.to,
      message: t(
        `Ký hiệu công văn gồm chữ viết tắt tên cơ quan ban hành và chữ viết tắt tên đơn vị soạn thảo hoặc lĩnh vực được giải quyết: ${q(g0.text)} thiếu phần đơn vị, ví dụ "${g0.text}-VP"`,
        `A công văn's symbol is the issuer's abbreviation and the abbreviation of the drafting unit or field: ${q(g0.text)} lacks the unit, e.g. "${g0.text}-VP"`,
      ),
    });
  }
}

/** SO-04 / VT-01: the type abbreviation of a document whose type is known from its title. */
function planTypedAbbr(p: Plan, type: DocType): void {
  const { s, line, text, out } = p;
  const g0 = s.groups[0];
  const a = type.abbr;
  const tl = type.title;
  p.g0Handled = true;
  if (g0.text === a) {
    if (s.groups.length === 1) {
      out.push({
        ruleId: 'ND30-SO-04',
        line,
        from: g0.from,
        to: g0.to,
        message: t(
          `Ký hiệu văn bản gồm chữ viết tắt tên loại và chữ viết tắt tên cơ quan ban hành: ${q(a)} thiếu phần cơ quan, ví dụ "${a}-UBND"`,
          `The symbol is the type abbreviation and the issuer's abbreviation: ${q(a)} lacks the issuer, e.g. "${a}-UBND"`,
        ),
      });
    }
  } else if (g0.text.startsWith(a) && /^[\p{Lu}&]+$/u.test(g0.text.slice(a.length))) {
    // A compound type abbreviation used in practice ("HĐLĐ", "KHPH"): not flagged.
  } else if (looseAbbr(g0.text) === looseAbbr(a) || (looseAbbr(g0.text).startsWith(looseAbbr(a)) && /^\p{Ll}{1,2}$/u.test(g0.text.slice(a.length)))) {
    // "TTR", "Ttr", "QD", "QĐi" for the right type: PL III spelling (VT-01).
    misspeltAbbr(p, a, tl);
  } else if (looseAbbr(g0.text).startsWith(looseAbbr(a)) && /^[\p{Lu}&]+$/u.test(g0.text.slice(a.length))) {
    // "HDLĐ" for HỢP ĐỒNG: fix the PL III part only.
    const end = g0.from + a.length;
    out.push({
      ruleId: 'ND30-VT-01',
      line,
      from: g0.from,
      to: end,
      message: t(
        `Chữ viết tắt tên loại ${tl} theo Phụ lục III là ${q(a)}: ${q(text.slice(g0.from, end))} → ${q(a)}`,
        `The Appendix III abbreviation of ${tl} is ${q(a)}: ${q(text.slice(g0.from, end))} → ${q(a)}`,
      ),
      fix: fixTo(line, g0.from, end, a),
    });
  } else if (isTypeLike(g0.text)) {
    out.push({
      ruleId: 'ND30-SO-04',
      line,
      from: g0.from,
      to: g0.to,
      message: t(
        `Chữ viết tắt tên loại trong ký hiệu không khớp tên loại ${tl}: ${q(g0.text)} → ${q(a)}`,
        `The type abbreviation does not match the document type ${tl}: ${q(g0.text)} → ${q(a)}`,
      ),
      fix: fixTo(line, g0.from, g0.to, a),
    });
  } else {
    p.g0Handled = false; // g0 is the issuer: the case check still applies
    out.push({
      ruleId: 'ND30-SO-04',
      line,
      from: g0.from,
      to: g0.to,
      message: t(
        `Ký hiệu của ${tl} bắt đầu bằng chữ viết tắt tên loại ${q(a)}, rồi đến chữ viết tắt tên cơ quan ban hành: ${q(g0.text)} → ${q(a + '-' + g0.text)}`,
        `The symbol of ${tl} starts with the type abbreviation ${q(a)}, then the issuer's abbreviation: ${q(g0.text)} → ${q(a + '-' + g0.text)}`,
      ),
      fix: { title: t(`Thêm "${a}-"`, `Insert "${a}-"`), edits: [makeEdit(line, g0.from, g0.from, a + '-')] },
    });
  }
}

/** SO-03 (separators): one finding for the line. */
function planSeparators(p: Plan): void {
  const { s, line, text, out, badSeps } = p;
  if (badSeps.length) {
    const from = badSeps[0].from;
    const to = badSeps[badSeps.length - 1].to;
    // The message shows the ký hiệu from the slash to its last group.
    const shownFrom = Math.min(from, s.slash);
    const shownTo = Math.max(to, s.groups[s.groups.length - 1].to);
    let fixed = '';
    let p = shownFrom;
    for (const b of badSeps) {
      fixed += text.slice(p, b.from) + b.text;
      p = b.to;
    }
    fixed += text.slice(p, shownTo);
    const shown = text.slice(shownFrom, shownTo);
    out.push({
      ruleId: 'ND30-SO-03',
      line,
      from,
      to,
      message: t(
        `Sau dấu gạch chéo (/) và giữa các nhóm chữ viết tắt trong ký hiệu có dấu gạch nối (-), không cách chữ: ${q(shown)} → ${q(fixed)}`,
        `After the slash (/) and between the groups of the symbol there is a hyphen-minus (-), without spaces: ${q(shown)} → ${q(fixed)}`,
      ),
      fix: {
        title: t(`Sửa thành ${q(fixed)}`, `Change to ${q(fixed)}`),
        edits: badSeps.map((b) => makeEdit(line, b.from, b.to, b.text)),
      },
    });
  }
}

/** SO-03 (case): the ký hiệu is in capitals. */
function planCase(p: Plan): void {
  const { s, line, text, out, g0Handled, caseFix } = p;
  const g0 = s.groups[0];
  const lower = s.groups.filter((g, i) => !g.ph && !(i === 0 && g0Handled) && badCase(g.text));
  if (lower.length) {
    const edits = lower.map((g) => makeEdit(line, g.from, g.to, g.text.toUpperCase()));
    let from = lower[0].from;
    const to = lower[lower.length - 1].to;
    if (caseFix) {
      // "ttr-ubnd": one mistake (typed in lower case), one finding.
      out.splice(out.indexOf(caseFix.issue), 1);
      edits.unshift(makeEdit(line, g0.from, g0.to, caseFix.to));
      from = g0.from;
    }
    const fixedText = (g: Group) => (caseFix && g === g0 ? caseFix.to : g.text.toUpperCase());
    let fixed = '';
    let p = from;
    for (const g of caseFix ? [g0, ...lower] : lower) {
      fixed += text.slice(p, g.from) + fixedText(g);
      p = g.to;
    }
    out.push({
      ruleId: 'ND30-SO-03',
      line,
      from,
      to,
      message: t(
        `Ký hiệu văn bản viết chữ in hoa (trừ chữ viết tắt tên loại có chữ thường của Phụ lục III): ${q(text.slice(from, to))} → ${q(fixed)}`,
        `The symbol is written in capitals (except the mixed-case abbreviations of Appendix III): ${q(text.slice(from, to))} → ${q(fixed)}`,
      ),
      fix: { title: t(`Sửa thành ${q(fixed)}`, `Change to ${q(fixed)}`), edits },
    });
  }
}

/** Report the planner's issues of one rule. */
export function reportIssues(ctx: RuleContext, ruleId: string, withFix = true): void {
  for (const i of soIssues(ctx.model)) {
    if (i.ruleId !== ruleId) continue;
    ctx.report({ line: i.line, from: i.from, to: i.to, message: i.message, fix: withFix ? i.fix : undefined, severity: i.severity });
  }
}
