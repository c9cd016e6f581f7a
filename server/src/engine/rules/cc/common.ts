// Shared helpers of the căn cứ rules (ND30-CC-…): the căn cứ block as items,
// the cited documents inside one item, and the Markdown markup around a line.

import { srcLineEndAt, srcLineStartAt } from '../tail';
import type { Line } from '../../markdown';
import { isBareCitation, RE } from '../../model';
import { bare } from '../../text';
import { DOC_TYPE_WORDS } from '../../vocab';
import type { DocModel } from '../../model';

/** One căn cứ: its first line and the lines it wraps onto. */
export interface CanCuItem {
  lines: Line[];
  first: Line;
  last: Line;
  /** "Căn cứ …" (a citation), as opposed to "Xét …", "Theo đề nghị …". */
  isCanCu: boolean;
}

/** An enacting line, loosely: "QUYẾT ĐỊNH:", "Quyết định", "QUYẾT NGHỊ :". */
// (\s*:)? and not \s*:?\s*: the two runs of spaces would be tried at every split (quadratic).
export const ENACT_BARE = /^(quyet\s+dinh|quyet\s+nghi)(\s*:)?\s*$/;

export function canCuItems(m: DocModel): CanCuItem[] {
  const items: CanCuItem[] = [];
  const lines = [...m.canCu];
  // "Theo đề nghị của …:" right before the enacting line: the model leaves a line
  // ending with ":" out of the block, but it is the block's last line.
  const [b0, b1] = m.body;
  if (m.canCu.length && !m.enact && b0 && b1 && RE.canCuFollow.test(b0.text) && /:$/.test(b0.text) && ENACT_BARE.test(bare(b1.text))) lines.push(b0);
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    // A document cited on its own line between căn cứ, without "Căn cứ", is a căn cứ (reader/can-cu.ts).
    const bareCitation = k > 0 && isBareCitation(l, lines[k - 1]);
    if (RE.canCuFollow.test(l.text) || bareCitation || !items.length) {
      items.push({ lines: [l], first: l, last: l, isCanCu: RE.canCu.test(l.text) || bareCitation });
    } else {
      const it = items[items.length - 1];
      it.lines.push(l);
      it.last = l;
    }
  }
  return items;
}

/** Document types that open a citation (vocab.ts). */
export { DOC_TYPE_WORDS };
const TYPE_ALT = DOC_TYPE_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|');
/** The law-like types: cited with name and date, no number (PL I §II.6.a). */
export const LAW_RE = /^(Bộ\s+luật|Luật|Pháp\s+lệnh)(?![\p{L}\p{N}])/u;

/**
 * A second citation inside one line: after ";" (optionally "và", "căn cứ" or
 * "Căn cứ" — drafters often paste a whole second "Căn cứ …" line after the ;),
 * a law-like type followed by its capitalised name, or another type followed
 * by "số". Group 1: the words to drop before the type; group 2: the type.
 */
export const SECOND_CITATION = new RegExp(
  `;(\\s*(?:và\\s+)?(?:[Cc]ăn\\s+cứ\\s+)?)((?:Bộ\\s+luật|Luật|Pháp\\s+lệnh)(?=\\s+\\p{Lu})|(?:${TYPE_ALT})(?=\\s+số(?![\\p{L}\\p{N}])))`,
  'gu',
);

/** Is the citation starting at `from` an amendment of the one before ("Luật sửa đổi, bổ sung …")? */
export function isAmendment(text: string, from: number): boolean {
  const seg = text.slice(from, from + 160).split(';')[0];
  return /(sửa\s+đổi|bổ\s+sung|hợp\s+nhất)/iu.test(seg);
}

export interface Citation {
  /** Index of the type word in the line text. */
  start: number;
  end: number;
  type: string;
  text: string;
}

/** Leading structural references: "điểm a khoản 2 Điều 5 của". */
const PROVISION = /^((?:điểm|khoản|Điều|Mục|Chương|Phần|Tiểu\s+mục)\s+[\p{L}\p{N}]+\s*,?\s*(?:(?:và|,)\s*[\p{L}\p{N}]+\s+)?)+(?:của\s+)?/u;

/** A document type at the start of a text. */
const FIRST_TYPE = new RegExp(`^(${TYPE_ALT})(?![\\p{L}\\p{N}])`, 'u');

/**
 * The citations of one căn cứ line: the first after "Căn cứ" and each further
 * one after ";" (amendments included), with the text up to the next one.
 */
export function citations(text: string): Citation[] {
  const out: Citation[] = [];
  const head = /^căn\s+cứ\s+/iu.exec(text);
  // A căn cứ listed without "Căn cứ" (reader/can-cu.ts isBareCitation) starts with the cited type.
  if (!head && !FIRST_TYPE.test(text)) return out;
  let rest = head ? text.slice(head[0].length) : text;
  let base = head ? head[0].length : 0;
  const prov = head ? PROVISION.exec(rest) : null;
  if (prov) {
    rest = rest.slice(prov[0].length);
    base += prov[0].length;
  }
  const first = FIRST_TYPE.exec(rest);
  const starts: { start: number; type: string }[] = [];
  if (first) starts.push({ start: base, type: first[1] });
  SECOND_CITATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SECOND_CITATION.exec(text))) {
    const s = m.index + 1 + m[1].length;
    if (starts.length && s <= starts[starts.length - 1].start) continue;
    starts.push({ start: s, type: m[2] });
  }
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k].start;
    const e = k + 1 < starts.length ? text.lastIndexOf(';', starts[k + 1].start) : text.length;
    out.push({ start: s, end: Math.max(s, e), type: starts[k].type.replace(/\s+/g, ' '), text: text.slice(s, Math.max(s, e)) });
  }
  return out;
}

/**
 * The Markdown markup that wraps one line in the source ("*", "**", "> "),
 * when a line can be split by inserting a newline: the opening markup is
 * repeated at the start of the new line and the closing markup at the end of
 * the first one. Undefined when the line is in a table cell or the markup
 * spans several lines.
 */
export function lineWrap(text: string, line: Line): { open: string; close: string } | undefined {
  if (line.cell || !line.text.length) return undefined;
  const first = line.starts[0];
  const last = line.ends[line.text.length - 1];
  const sol = srcLineStartAt(text, first);
  const eol = srcLineEndAt(text, last);
  if (/[\r\n]/.test(text.slice(sol, last))) return undefined;
  const open = text.slice(sol, first);
  const close = text.slice(last, eol);
  if (!/^[ \t>*_+-]*$/.test(open) || !/^[*_ \t]*$/.test(close)) return undefined;
  const em = (s: string) => s.replace(/[^*_]/g, '');
  if (em(open) !== [...em(close)].reverse().join('')) return undefined;
  return { open, close: close.trimEnd() };
}
