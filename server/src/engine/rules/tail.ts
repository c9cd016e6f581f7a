// Linear-time tests on the end of a line. Patterns like /\s*:\s*$/ or
// /\s*\.?\s*\/\s*\.?$/ are tried from every start position and backtrack over
// every run of spaces: quadratic (or cubic) on a line of many spaces. These
// scan from the end once.

const isWs = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);

/** Index where trailing whitespace starts. */
export function trimEndIndex(s: string, end = s.length): number {
  let k = end;
  while (k > 0 && isWs(s[k - 1])) k--;
  return k;
}

/**
 * The leftmost index of a trailing `\s*X\s*$` where X is one of `chars`
 * (what /\s*[X]\s*$/ would match), or -1.
 */
export function trailingMark(s: string, chars: string): number {
  const k = trimEndIndex(s);
  if (k === 0 || !chars.includes(s[k - 1])) return -1;
  return trimEndIndex(s, k - 1);
}

/** `s` without a trailing `\s*X\s*$` (X one of `chars`). */
export function stripTrailingMark(s: string, chars: string): string {
  const k = trailingMark(s, chars);
  return k < 0 ? s : s.slice(0, k);
}

/**
 * The leftmost index of a trailing /\s*\.?\s*\/\s*\.?$/ (an end mark "./."
 * written with spaces or a missing dot), or -1.
 */
export function trailingSlashMark(s: string): number {
  let j = s.length;
  if (s[j - 1] === '.') j--;
  j = trimEndIndex(s, j);
  if (j === 0 || s[j - 1] !== '/') return -1;
  let k = trimEndIndex(s, j - 1);
  if (s[k - 1] === '.') k--;
  return trimEndIndex(s, k);
}

/** Does `s` end with "./." allowing spaces inside (/\.\s*\/\s*\.$/)? */
export function endsWithLooseEndMark(s: string): boolean {
  const n = s.length;
  if (s[n - 1] !== '.') return false;
  const j = trimEndIndex(s, n - 1);
  if (s[j - 1] !== '/') return false;
  const k = trimEndIndex(s, j - 1);
  return s[k - 1] === '.';
}

/** The line break a fix should write in `text`: CRLF, LF, or a lone CR (what the text uses). */
export function lineBreakOf(text: string): string {
  const lf = text.indexOf('\n');
  if (lf >= 0) return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
  return text.includes('\r') ? '\r' : '\n';
}

/** Offset of the end of the source line holding `off` (before its CR, LF or CRLF). */
export function srcLineEndAt(text: string, off: number): number {
  let k = off;
  while (k < text.length && text[k] !== '\n' && text[k] !== '\r') k++;
  return k;
}

/** Offset of the start of the source line holding `off` (after a CR, LF or CRLF). */
export function srcLineStartAt(text: string, off: number): number {
  let k = off;
  while (k > 0 && text[k - 1] !== '\n' && text[k - 1] !== '\r') k--;
  return k;
}

/** `s` without the trailing characters of `set` (what s.replace(/[set]+$/u, '') does, in linear time). */
export function trimEndChars(s: string, set: (c: string) => boolean): string {
  let k = s.length;
  while (k > 0 && set(s[k - 1])) k--;
  return s.slice(0, k);
}

/** Characters of ";", ".", "," and white space. */
export const PUNCT_WS = (extra: string) => (c: string) => extra.includes(c) || /\s/u.test(c);
