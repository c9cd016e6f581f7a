// Parser of the place-date line (ô 4): "<Địa danh>, ngày dd tháng m năm yyyy",
// shared by the ND30-DD rules and ND30-DOC-05. All positions are indexes into
// `line.text` (NFC, markup removed).

import { decreeDay, decreeMonth } from '../../decreeDate';
import type { Line } from '../../markdown';

/** A part of the line with its position. */
export interface Part {
  text: string;
  from: number;
  to: number;
}

export interface DateValue extends Part {
  /** Nothing written (blank) or a placeholder run (…, ...., ___). */
  unfilled: boolean;
}

export interface FullDate {
  kind: 'full';
  place: Part;
  /** Between the place and "ngày": ", " when correct. */
  sep: Part;
  kwDay: Part;
  kwMonth: Part;
  kwYear: Part;
  day: DateValue;
  month: DateValue;
  year: DateValue;
  /** Whatever follows the year ("." …). */
  tail: Part;
}

export interface NumericDate {
  kind: 'numeric';
  place: Part;
  /** From the separator after the place to the end of the line. */
  rest: Part;
  day: string;
  month: string;
  year: string;
}

export type ParsedDate = FullDate | NumericDate;

/** A placeholder run of the templates (ellipsis, dots, underscores). */
export const UNFILLED_RE = /^[\s….·_\-?]*$/u;

const L = '\\p{L}';
const FULL_RE = new RegExp(
  `^(.*?)(\\s*,?\\s*)(?<![${L}])(ngày)(?![${L}])(.*?)(?<![${L}])(tháng)(?![${L}])(.*?)(?<![${L}])(năm)(?![${L}])(.*)$`,
  'iud',
);
const NUMERIC_RE = /^(.*?)(\s*,?\s*)(?:ngày\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\4\s*(\d{4})\s*\.?$/iud;

function part(text: string, idx: [number, number] | undefined): Part {
  const [from, to] = idx ?? [0, 0];
  return { text: text.slice(from, to), from, to };
}

/** A value between two keywords: trim the spaces around it. */
function value(text: string, idx: [number, number]): DateValue {
  const raw = text.slice(idx[0], idx[1]);
  const lead = raw.length - raw.trimStart().length;
  const v = raw.trim();
  const from = idx[0] + lead;
  return { text: v, from, to: from + v.length, unfilled: UNFILLED_RE.test(v) };
}

export function parseDate(line: Line): ParsedDate | undefined {
  const s = line.text;
  const n = NUMERIC_RE.exec(s);
  if (n && n.indices) {
    const place = part(s, n.indices[1]);
    return { kind: 'numeric', place, rest: { text: s.slice(place.to), from: place.to, to: s.length }, day: n[3], month: n[5], year: n[6] };
  }
  const m = FULL_RE.exec(s);
  if (!m || !m.indices) return undefined;
  const ix = m.indices as [number, number][];
  // The year group holds the year and whatever follows it.
  const yRaw = s.slice(ix[8][0], ix[8][1]);
  const lead = yRaw.length - yRaw.trimStart().length;
  const yStart = ix[8][0] + lead;
  const yTok = /^[^\s.,;:!?)]*[….]*/u.exec(s.slice(yStart))![0];
  // A year written "2026." keeps its period in the tail.
  let yLen = yTok.length;
  if (/^\d+\.+$/.test(yTok)) yLen = yTok.replace(/\.+$/, '').length;
  const yVal = s.slice(yStart, yStart + yLen);
  const year: DateValue = { text: yVal, from: yStart, to: yStart + yLen, unfilled: UNFILLED_RE.test(yVal) };
  const tailFrom = yStart + yLen;
  return {
    kind: 'full',
    place: part(s, ix[1]),
    sep: part(s, ix[2]),
    kwDay: part(s, ix[3]),
    day: value(s, ix[4]),
    kwMonth: part(s, ix[5]),
    month: value(s, ix[6]),
    kwYear: part(s, ix[7]),
    year,
    tail: { text: s.slice(tailFrom), from: tailFrom, to: s.length },
  };
}

/** Is the place an unfilled placeholder ("…", ".......", blank)? */
export function placeUnfilled(p: Part): boolean {
  return UNFILLED_RE.test(p.text) || /^[….]+\s*\d*\s*[….]+$/u.test(p.text);
}

/** Canonical day: two digits. */
export function canonDay(d: string): string {
  return decreeDay(parseInt(d, 10));
}
/** Canonical month: "01", "02", then 3 … 12 without a zero. */
export function canonMonth(m: string): string {
  return decreeMonth(parseInt(m, 10));
}

/** Today's date in Vietnam (UTC+7), as y/m/d. */
export function todayVN(today: Date): { y: number; m: number; d: number } {
  const t = new Date(today.getTime() + 7 * 3600 * 1000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}
