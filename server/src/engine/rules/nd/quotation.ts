// Quoted legal text in the body of a letter.
//
// Letters that answer a question or apply a provision quote it verbatim: the
// quote is introduced by "… quy định:" / "… như sau:", is often in quotation
// marks or in italics, usually starts in the middle of the cited article (at
// "c)", "d)", "đ)") and marks omitted text with "…". Such lines are the cited
// document's, not the letter's own structure: the body-structure rules
// (ND30-ND-06) and the placeholder rule (ND30-DOC-05) leave them alone.
//
// Works on the model's body lines (and those of attached documents).

import type { Line } from '../../markdown';
import type { DocModel } from '../../model';
import { bodyLines } from './common';
import { textFact } from '../../textMemo';

const OPEN = /^[-–+]?\s*[“"«‘]/u;
const OPEN_CH = /[“«‘]/gu;
const CLOSE_CH = /[”»’]/gu;
/** A line that introduces a quotation: "… quy định:", "… như sau:", "… hướng dẫn:". */
const INTRO =
  /(quy\s+định|như\s+sau|hướng\s+dẫn|nêu\s+rõ|ghi\s+rõ|có\s+nội\s+dung|nội\s+dung\s+sau|trích(\s+dẫn)?|cụ\s+thể|(tại|theo)\s+(điểm|khoản|điều|mục|phụ\s+lục)\s+[^:]{0,120})\s*:\s*[“"]?$/iu;
/** A point marker: "c)", "(d)", "đ.". Group 1/2 the letter. */
const DIEM = /^[“"«]?\s*(?:\(([a-zđ])\)|([a-zđ])[).])\s+\S/u;
/** A line that is only an omission mark: "…", "….", "*…*", "“…", "…”", "[…]", "(…)". */
const OMISSION_LINE = /^[“"«([]?\s*(…|\.{3})[….]{0,2}\s*[”"»)\]]?[.;,]?$/u;
const STARTS_OMISSION = /^[“"«]?\s*(…|\.{3})/u;

function opens(text: string): number {
  const o = (text.match(OPEN_CH) ?? []).length;
  const c = (text.match(CLOSE_CH) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return o - c + (straight % 2);
}

const MULTI = 1;
const WHOLE = 2;
const INTRO_LINE = 4;
/** What quotedLines reads of a line's text first: it opens marks over several lines, it is wholly quoted, it introduces a quotation (0 for most lines). */
const startOf = textFact((t) => {
  const open = OPEN.test(t);
  return (open && opens(t) > 0 ? MULTI : 0) | (open && /[”"»]\s*[.;,:]?(\s*\.\/\.)?$/u.test(t) ? WHOLE : 0) | (INTRO.test(t) ? INTRO_LINE : 0);
});

const cache = new WeakMap<DocModel, Set<Line>>();

/** The body lines that belong to a quotation of another text. */
export function quotedLines(m: DocModel): Set<Line> {
  const hit = cache.get(m);
  if (hit) return hit;
  const out = new Set<Line>();
  const lines = bodyLines(m);
  const start = startOf.of(m.lines);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const f = start(l);
    if (!f) continue;
    const t = l.text;
    // Quotation marks over several lines: from the opening line to the one that closes.
    if (f & MULTI) {
      let depth = opens(t);
      let j = i + 1;
      while (j < lines.length && j - i <= 60 && depth > 0) {
        depth += opens(lines[j].text);
        j++;
      }
      if (depth <= 0) {
        for (let k = i; k < j; k++) out.add(lines[k]);
        i = j - 1;
        continue;
      }
    }
    // A line wholly in quotation marks.
    if (f & WHOLE) {
      out.add(l);
      continue;
    }
    if (!(f & INTRO_LINE) || i + 1 >= lines.length) continue;
    // Unmarked quotation after an introducing line.
    const first = lines[i + 1];
    // Quotation marks on the next line: read by the marks above.
    if (OPEN.test(first.text)) continue;
    const d = DIEM.exec(first.text);
    const italic = first.italic && !first.bold;
    // "a) … theo quy định:" then "b) …": the letter's own list goes on, not a quotation.
    const own = DIEM.exec(t);
    const next = (x: string) => String.fromCharCode(x.charCodeAt(0) + 1);
    const continuesOwn = !!d && !!own && ((d[1] ?? d[2]) === next(own[1] ?? own[2]) || ((own[1] ?? own[2]) === 'd' && (d[1] ?? d[2]) === 'đ') || ((own[1] ?? own[2]) === 'đ' && (d[1] ?? d[2]) === 'e'));
    const startsMid = !!d && (d[1] ?? d[2]) !== 'a' && !continuesOwn;
    if (!italic && !startsMid && !STARTS_OMISSION.test(first.text) && !OMISSION_LINE.test(first.text)) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const x = lines[j];
      if (italic) {
        if (!(x.italic || OMISSION_LINE.test(x.text))) break;
      } else if (!(DIEM.test(x.text) || STARTS_OMISSION.test(x.text) || OMISSION_LINE.test(x.text) || /^\p{Ll}/u.test(x.text))) {
        // A khoản or paragraph of the letter's own text ends an unmarked quotation.
        break;
      }
      out.add(x);
    }
    i = j - 1;
  }
  cache.set(m, out);
  return out;
}

/** Is this line (or the omission mark at `at`) part of a quotation? */
export function isQuoted(m: DocModel, l: Line): boolean {
  return quotedLines(m).has(l);
}

/** An omission mark inside quotation marks: "“…", "…”", or a line that is only "…". */
export function isOmissionMark(l: Line, from: number, to: number): boolean {
  if (OMISSION_LINE.test(l.text)) return true;
  const before = l.text.slice(0, from).trimEnd();
  const after = l.text.slice(to).trimStart();
  return /[“"«([]$/u.test(before) || /^[”"»)\]]/u.test(after);
}
