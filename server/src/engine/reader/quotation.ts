// Quoted legal text inside a letter: a provision copied verbatim (between
// quotation marks, or a list of points that starts at "c)", "d)", "đ)"…
// rather than "a)"), and the ellipsis lines that mark omitted text.

import type { Line } from '../markdown';
import type { Quotation } from './doc-model';

import { trimEndIndex } from '../rules/tail';

const OPEN_QUOTE = /^[*_]*[“"«„]/u;
/**
 * Does `s` end with a closing quotation mark, then optional emphasis, a
 * punctuation mark and "./." (what /[”"»][*_]*\s*[.;,:]?\s*(\.\/\.)?\s*$/
 * matches)? Read from the end once: the pattern is cubic on a run of spaces.
 */
function closesQuote(s: string): boolean {
  let k = trimEndIndex(s);
  if (k >= 3 && s.slice(k - 3, k) === './.') k = trimEndIndex(s, k - 3);
  if (k > 0 && '.;,:'.includes(s[k - 1])) k = trimEndIndex(s, k - 1);
  while (k > 0 && (s[k - 1] === '*' || s[k - 1] === '_')) k--;
  return k > 0 && '”"»'.includes(s[k - 1]);
}
const CLOSE_QUOTE = { test: closesQuote };
/** "a)", "đ)", "c." : a point of a clause. */
const POINT = /^\(?([a-zđ])\)\s*/u;
/** "1.", "2)": a clause; "Điều 5.": an article. */
const CLAUSE = /^(\d+(\.\d+)*[.)]|điều\s+\d+[a-zđ]?\.?)\s/iu;

/** A line that only marks omitted text: "…", "...", "*…*", "“…", "…”", "….". */
export function isEllipsisLine(l: Line | string): boolean {
  const t = (typeof l === 'string' ? l : l.text).trim();
  return /^[*_“”"'\s]*(…|\.{3,})[.…\s]*[*_“”"'\s]*$/u.test(t) && t.length <= 12;
}

/**
 * "tỉnh,… bảo đảm", "thuế,... trong", "v.v…": an ellipsis that means "etc." in
 * running text (after a word or a comma, followed by more text or a stop),
 * not a blank to fill in. `at` is the index of the ellipsis in `text`.
 */
export function isRunningEllipsis(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const m = /^(…|\.{3,})/u.exec(text.slice(at));
  if (!m) return false;
  const after = text.slice(at + m[0].length);
  // Glued to the word or comma before it ("tỉnh,…"), not a blank after a field word ("ngày…", "Số: …").
  if (!/[\p{L}\p{N},)”"]$/u.test(before)) return false;
  if (/(^|\s)(ngày|tháng|năm|số|giờ|phút|lúc|tại|ông|bà|đồng\s+chí)\s*[\d/]*$/iu.test(before)) return false;
  // A number being filled in ("20…", "15/…") is a blank.
  if (/[\d/]$/.test(before) && (after === '' || /^[\s/]/.test(after))) return false;
  return after === '' || /^\s*[\p{Ll}\p{N}(]/u.test(after) || /^\s*[.;:,)”"]/u.test(after) || /^\s+\p{Lu}/u.test(after);
}

function pointLetter(l: Line): string | undefined {
  return POINT.exec(l.text)?.[1];
}

/** Lines that continue a quoted list: points, clauses, ellipsis lines, lower-case continuations. */
function continuesQuote(l: Line): boolean {
  return pointLetter(l) !== undefined || CLAUSE.test(l.text) || isEllipsisLine(l) || /^\p{Ll}/u.test(l.text) || /^[-+]\s/.test(l.text);
}

/** Reads the quoted blocks of `lines` (body lines, in order). */
export function readQuotations(lines: Line[]): Quotation[] {
  const out: Quotation[] = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    // Between quotation marks: from an opening mark to the line that closes it (at most 60 lines).
    if (OPEN_QUOTE.test(l.text) && !CLOSE_QUOTE.test(l.text.slice(1))) {
      let e = -1;
      for (let j = k + 1; j < Math.min(lines.length, k + 60); j++) {
        if (CLOSE_QUOTE.test(lines[j].text)) {
          e = j;
          break;
        }
        if (OPEN_QUOTE.test(lines[j].text) && !isEllipsisLine(lines[j])) break;
      }
      if (e > k) {
        out.push({ lines: lines.slice(k, e + 1) });
        k = e;
        continue;
      }
    }
    // A list of points that starts past "a)" after an introducing line
    // ("… quy định:", an article or clause heading, or an ellipsis line).
    const letter = pointLetter(l);
    const prev = lines[k - 1];
    const introduced = !!prev && (/:\s*[*_]*$/u.test(prev.text) || isEllipsisLine(prev) || CLAUSE.test(prev.text) || OPEN_QUOTE.test(prev.text));
    if (letter && letter !== 'a' && introduced && !(prev && pointLetter(prev))) {
      const start = prev && isEllipsisLine(prev) ? k - 1 : k;
      let e = k;
      while (e + 1 < lines.length && continuesQuote(lines[e + 1]) && !(pointLetter(lines[e + 1]) === 'a')) e++;
      out.push({ lines: lines.slice(start, e + 1) });
      k = e;
      continue;
    }
    // A lone ellipsis line between paragraphs of a quote.
    if (isEllipsisLine(l)) out.push({ lines: [l] });
  }
  return out;
}
