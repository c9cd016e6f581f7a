// Shared helpers of the body-structure rules (ND30-ND-…).

import type { Line } from '../../markdown';
import type { DocModel } from '../../model';
import type { FixEdit } from '../../types';
import type { RuleContext } from '../../rule';
import { isUpper } from '../../text';

const bodies = new WeakMap<DocModel, readonly Line[]>();
/** The body of the document and of any document attached after its footer (rows of a table are not headings); one list per model. */
export function bodyLines(m: DocModel): readonly Line[] {
  let b = bodies.get(m);
  if (!b) {
    // A loop, not spreads: built once per analysis, over every line of a long document.
    const out = m.body.slice();
    const annex = m.annex ?? [];
    for (let k = 0; k < annex.length; k++) if (!annex[k].cell) out.push(annex[k]);
    bodies.set(m, (b = out));
  }
  return b;
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** The value of a well-formed Roman numeral, or undefined. */
export function fromRoman(s: string): number | undefined {
  if (!/^[IVXLCDM]+$/.test(s)) return undefined;
  let n = 0;
  let i = 0;
  for (const [v, sym] of ROMAN) {
    while (s.startsWith(sym, i)) {
      n += v;
      i += sym.length;
    }
  }
  return i === s.length && n > 0 && toRoman(n) === s ? n : undefined;
}

/**
 * Edits that replace line.text[from, to) with `text` run by run, so markup
 * inside the range (e.g. "*" of a partly italic title) is kept. `text` must
 * have the same length as the range.
 */
export function runEdits(ctx: RuleContext, line: Line, from: number, to: number, text: string): FixEdit[] {
  const edits: FixEdit[] = [];
  let a = from;
  for (let i = from + 1; i <= to; i++) {
    if (i === to || line.starts[i] !== line.ends[i - 1]) {
      if (line.text.slice(a, i) !== text.slice(a - from, i - from)) edits.push(ctx.edit(line, a, i, text.slice(a - from, i - from)));
      a = i;
    }
  }
  return edits;
}

/** Does a title need upper-casing (it has lower-case letters)? */
export function needsUpper(title: string): boolean {
  return /\p{Ll}/u.test(title) && !isUpper(title);
}

/** A khoản line: "1.", "2.", "1.2." followed by text. */
export const KHOAN = /^\d{1,3}(\.\d{1,3})*\.(\s|$)/u;
/** An article or a structural heading. */
export const STRUCTURE = /^(điều|chương|mục|tiểu\s+mục|phần)\s+[\p{L}\p{N}]+/iu;
/** A Roman mục of a report: "I. …". */
export const ROMAN_MUC = /^([IVXLC]+)\.\s+\S/u;
