// Text utilities: NFC normalisation with an offset map back to the source,
// the tone-placement fold of catalogue §0.5 (offset ↔ position: positions.ts).

const COMBINING = /\p{M}/u;

/**
 * A piece of source text normalised to NFC, with, for each character of the
 * normalised text, the source offsets it came from.
 */
export interface Mapped {
  text: string;
  /** Source offset where the character at i starts. */
  starts: number[];
  /** Source offset just after the character at i. */
  ends: number[];
}

/**
 * Normalise `s` (source text as read, with the source offset of each code
 * unit) to NFC, cluster by cluster, so every output character maps back to
 * exact source offsets even for NFD-decomposed input. The result's `starts`
 * may be `offsets` itself.
 */
export function normaliseMapped(s: string, offsets: number[]): Mapped {
  const n = s.length;
  // Already NFC (nearly every line): the text is the characters themselves;
  // only clusters with combining marks share one source range.
  if (isNfcSafe(s) || s.normalize('NFC') === s) {
    const ends: number[] = [];
    // Every cluster one code unit (nearly every line): the starts are the
    // offsets themselves (the same array, not a copy).
    if (singleUnits(s, offsets)) {
      for (let k = 0; k < n; k++) ends.push(offsets[k] + 1);
      return { text: s, starts: offsets, ends };
    }
    const starts: number[] = [];
    let i = 0;
    while (i < n) {
      const j = clusterEnd(s, offsets, i);
      const start = offsets[i];
      const end = unitsEnd(s, offsets, i, j);
      for (let k = i; k < j; k++) {
        starts.push(start);
        ends.push(end);
      }
      i = j;
    }
    return { text: s, starts, ends };
  }
  const out: Mapped = { text: '', starts: [], ends: [] };
  const parts: string[] = [];
  let i = 0;
  while (i < n) {
    const j = clusterEnd(s, offsets, i);
    const nfc = s.slice(i, j).normalize('NFC');
    const start = offsets[i];
    const end = unitsEnd(s, offsets, i, j);
    for (let k = 0; k < nfc.length; k++) {
      out.starts.push(start);
      out.ends.push(end);
    }
    parts.push(nfc);
    i = j;
  }
  out.text = parts.join('');
  return out;
}

/**
 * End of the cluster at i: a base character and the combining marks that
 * follow it in the source; an astral character read from an entity is two
 * code units at one offset, one cluster.
 */
function clusterEnd(s: string, offsets: number[], i: number): number {
  const n = s.length;
  let j = i + 1;
  while (j < n && (entityPair(s, offsets, j) || (offsets[j] === offsets[j - 1] + 1 && isMarkAt(s, j)))) j++;
  return j;
}

/** No cluster of more than one code unit (clusterEnd). */
function singleUnits(s: string, offsets: number[]): boolean {
  for (let i = 0; i + 1 < s.length; i++) if (clusterEnd(s, offsets, i) > i + 1) return false;
  return true;
}

/** The units j-1 and j are the two halves of one astral character read from an entity. */
function entityPair(s: string, offsets: number[], j: number): boolean {
  return offsets[j] === offsets[j - 1] && (s.charCodeAt(j - 1) & 0xfc00) === 0xd800 && (s.charCodeAt(j) & 0xfc00) === 0xdc00;
}

/** Source offset just after the units i..j-1 (an entity's astral character stands for two). */
function unitsEnd(s: string, offsets: number[], i: number, j: number): number {
  return offsets[j - 1] + (j - 1 > i && entityPair(s, offsets, j - 1) ? 2 : 1);
}

/**
 * A copy of `s` that does not keep the string it was cut from alive. V8
 * represents a slice of a long string as a pointer into it: a line text or a
 * cache key sliced from a 1 MB document would keep every version of that
 * document in memory for as long as the line or the key lives (a memo, the
 * chunk cache). Concatenating then slicing makes V8 copy the characters.
 */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}

/** The JavaScript `\s` class (white space and line terminators) for one code unit, without a regex. */
export function isWhiteCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether a code unit may start a combining mark: every mark is at U+0300 or
 * above, and none is in Latin Extended Additional (U+1E00–U+1EFF: the
 * precomposed Vietnamese letters, nearly every character of a letter) or
 * General Punctuation (U+2000–U+206F). Cheap: no regex.
 */
export function mayBeMark(c: number): boolean {
  return c >= 0x300 && (c < 0x1e00 || c > 0x1eff) && (c < 0x2000 || c > 0x206f);
}

/** The code unit at i is a combining mark (a BMP one: astral marks are two code units, never one). */
export function isMarkAt(text: string, i: number): boolean {
  return mayBeMark(text.charCodeAt(i)) && COMBINING.test(text[i]);
}

/**
 * Text of characters whose NFC quick-check is Yes is NFC whatever its order:
 * below U+0300 (no marks, no decompositions), the precomposed Vietnamese
 * letters (U+1E00–U+1EFF) and general punctuation except the two spaces with
 * singleton decompositions (U+2000, U+2001). Nearly every line of a letter;
 * the rest is compared with its normal form.
 */
function isNfcSafe(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff) && (c < 0x2002 || c > 0x206f)) return false;
  }
  return true;
}

// Tone placement pairs (§0.5): "oà" and "òa" are both accepted; the fold moves
// the tone to the first vowel (the form the decree mostly uses: HÒA, ủy).
const TONES: Record<string, string[]> = {
  // base: [grave, acute, hook, tilde, dot]
  a: ['à', 'á', 'ả', 'ã', 'ạ'],
  e: ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  y: ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
  o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
  u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
};
const FOLD_MAP = new Map<string, string>();
function addPair(first: string, second: string): void {
  for (let t = 0; t < 5; t++) {
    const from = first + TONES[second][t];
    const to = TONES[first][t] + second;
    for (const [f, tt] of [
      [from, to],
      [from.toUpperCase(), to.toUpperCase()],
      [from[0].toUpperCase() + from[1], to[0].toUpperCase() + to[1]],
      [from[0] + from[1].toUpperCase(), to[0] + to[1].toUpperCase()],
    ]) {
      FOLD_MAP.set(f, tt);
    }
  }
}
addPair('o', 'a');
addPair('o', 'e');
addPair('u', 'y');
const FOLD_RE = new RegExp([...FOLD_MAP.keys()].join('|'), 'g');
/** Every key of FOLD_MAP is o/u (any case) followed by a toned a/e/y. */
const FOLD_ANY = new RegExp(`[oOuU][${[...new Set([...FOLD_MAP.keys()].map((k) => k[1]))].join('')}]`);

/** Fold tone placement variants (length-preserving). Input must be NFC. */
export function foldTones(s: string): string {
  if (!FOLD_ANY.test(s)) return s;
  return s.replace(FOLD_RE, (m) => FOLD_MAP.get(m) ?? m);
}

/** NFC + tone fold, for comparing fixed strings. */
export function canon(s: string): string {
  return foldTones(s.normalize('NFC'));
}

const LETTER = /\p{L}/u;
/** True when every letter of `s` is upper case and it has at least one letter. */
export function isUpper(s: string): boolean {
  return LETTER.test(s) && s === s.toUpperCase() && s !== s.toLowerCase();
}

// ---- a case table: the letter/case tests of hot predicates without
// allocating (toLowerCase()/toUpperCase() of each character, \p{…} tests).
// Filled lazily, one UTF-16 unit at a time; astral characters are computed.

/** `\p{L}` */
export const CH_LETTER = 1;
/** `\p{Lu}` */
export const CH_LU = 2;
/** Has a case: ch.toLowerCase() !== ch.toUpperCase(). */
export const CH_CASED = 4;
/** Cased and ch === ch.toUpperCase(). */
export const CH_UPPER = 8;
const CH_KNOWN = 128;
const CASE_TABLE = new Uint8Array(0x10000);
const LU = /\p{Lu}/u;

function classify(ch: string): number {
  let v = CH_KNOWN;
  if (LETTER.test(ch)) v |= CH_LETTER;
  if (LU.test(ch)) v |= CH_LU;
  const lo = ch.toLowerCase();
  const hi = ch.toUpperCase();
  if (lo !== hi) {
    v |= CH_CASED;
    if (ch === hi) v |= CH_UPPER;
  }
  return v;
}

/** Class bits (CH_*) of the code point at `i` of `s` (a lone surrogate has none). */
export function charClassAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    const cp = s.codePointAt(i)!;
    return cp > 0xffff ? classify(String.fromCodePoint(cp)) : CH_KNOWN;
  }
  const v = CASE_TABLE[c];
  return v !== 0 ? v : (CASE_TABLE[c] = classify(s[i]));
}

/** Number of cased letters (characters with a case) in `s`. */
export function casedLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (charClassAt(s, i) & CH_CASED) n++;
    if (s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/**
 * A bounded memo shared by every analysis of the process (a server with 50
 * documents open, edited for hours): two generations of at most `size`
 * entries; when the young one is full it becomes the old one and the old one
 * is dropped, so what the current analyses use stays and what edits left
 * behind (each edit makes new line texts) goes. Memory stays flat.
 */
class LineMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(k: string): V | undefined {
    const v = this.young.get(k);
    if (v !== undefined) return v;
    const o = this.old.get(k);
    if (o !== undefined) this.set(k, o);
    return o;
  }
  set(k: string, v: V): void {
    if (k.length > 2000) return;
    if (this.young.size >= this.size) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(k, v);
  }
}

const UPPER_MEMO = new LineMemo<number>(8192);
/** Share of cased letters that are upper case. */
export function upperRatio(s: string): number {
  const hit = UPPER_MEMO.get(s);
  if (hit !== undefined) return hit;
  const r = countUpper(s);
  UPPER_MEMO.set(s, r);
  return r;
}

function countUpper(s: string): number {
  let up = 0;
  let all = 0;
  for (let i = 0; i < s.length; i++) {
    const v = charClassAt(s, i);
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (!(v & CH_CASED)) continue;
    all++;
    if (v & CH_UPPER) up++;
  }
  return all === 0 ? 0 : up / all;
}

/** Placeholder runs of the templates (§0.5.4 and ND30-DOC-05). */
export const PLACEHOLDER_RE = /…|\.{3,}|_{3,}|\[CẦN BỔ SUNG[^\]]*\]|\?{3,}|<[^>\s]{0,30}>|\[\s*\]/u;
export function hasPlaceholder(s: string): boolean {
  return PLACEHOLDER_RE.test(s);
}

/** Lower case, no diacritics, đ → d: for loose recognition only. Length-preserving
 * per UTF-16 unit for NFC text, so indexes into `bare(s)` are indexes into `s`. */
export function bare(s: string): string {
  const hit = BARE_MEMO.get(s);
  if (hit !== undefined) return hit;
  let out = '';
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 128) continue;
    ascii = false;
    break;
  }
  if (ascii) out = s.toLowerCase();
  else
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      const code = c.charCodeAt(0);
      if (code < 128) {
        out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
        continue;
      }
      let b = BARE_CHAR.get(c);
      if (b === undefined) {
        if (c === 'đ' || c === 'Đ') b = 'd';
        else {
          const lo = c.normalize('NFD')[0].toLowerCase();
          b = lo.length === 1 ? lo : c;
        }
        BARE_CHAR.set(c, b);
      }
      out += b;
    }
  // Rules ask for the bare form of the same line text again and again.
  BARE_MEMO.set(s, out);
  return out;
}
const BARE_MEMO = new LineMemo<string>(8192);
const BARE_CHAR = new Map<string, string>();
