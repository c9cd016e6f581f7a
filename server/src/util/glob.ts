// Glob patterns (**, *, ?, [abc], [!a-z], {a,b}, \x) over '/'-separated
// paths. Shared by the CLI (arguments, .thethucignore) and the configuration
// (include/exclude).
//
// Matching is a set-of-states simulation of the pattern (an NFA), never a
// backtracking regular expression: time is O(path length × pattern length)
// whatever the pattern ("*a*a*a*…" against a long name stays linear in the
// name). A malformed pattern (a reversed range "[z-a]", too many {…}
// alternatives) throws a GlobError with a plain message.

export class GlobError extends Error {
  constructor(
    readonly glob: string,
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${glob}: ${en}`);
  }
}

type Tok =
  | { k: 'lit'; c: string }
  | { k: 'any' }
  | { k: 'class'; neg: boolean; chars: Set<string>; ranges: [number, number][] }
  | { k: 'star' }
  | { k: 'gstar' }
  /** "**" followed by "/": nothing, or anything ending with a '/'. */
  | { k: 'gslash' };

/** At most this many alternatives after expanding {a,b} groups. */
const MAX_ALTERNATIVES = 256;
/** Longest pattern accepted (a glob is a short human-written thing). */
const MAX_GLOB_LENGTH = 4096;

export interface GlobOptions {
  /** The pattern may match at any depth: an implicit leading "**" followed by "/". */
  anyDepth?: boolean;
  /** A match of a folder also matches everything inside it: an implicit trailing `(/…)?`. */
  inside?: boolean;
}

export type GlobMatcher = (path: string) => boolean;

/** Compile a glob into a linear-time matcher; throws GlobError when malformed. */
export function compileGlob(glob: string, o: GlobOptions = {}): GlobMatcher {
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(glob.slice(0, 40) + '…', `mẫu glob quá dài (> ${MAX_GLOB_LENGTH} ký tự)`, `glob pattern too long (> ${MAX_GLOB_LENGTH} characters)`);
  const alts = expandBraces(glob).map((g) => {
    const toks = tokenize(g);
    return o.anyDepth ? [{ k: 'gslash' } as Tok, ...toks] : toks;
  });
  return (path) => alts.some((t) => run(t, path, !!o.inside));
}

/** Whole-path matcher (no implicit prefix or suffix). */
export function globToRegExp(glob: string): { test(path: string): boolean } {
  const m = compileGlob(glob);
  return { test: m };
}

/** Does the string contain glob syntax? */
export function isGlob(s: string): boolean {
  return /[*?{]/.test(s);
}

export function escapeRe(s: string): string {
  return s.replace(/[.+^$()|[\]\\{}*?]/g, '\\$&');
}

// ------------------------------------------------------------------ parsing

/** Expand {a,b} groups (nesting allowed, escapes kept) into plain patterns. */
function expandBraces(glob: string): string[] {
  let out = [''];
  let i = 0;
  // Iterative over the top level; nested groups recurse on the (short) group text.
  while (i < glob.length) {
    const c = glob[i];
    if (c === '\\' && i + 1 < glob.length) {
      out = out.map((s) => s + c + glob[i + 1]);
      i += 2;
      continue;
    }
    if (c === '{') {
      const end = matchingBrace(glob, i);
      if (end < 0) {
        out = out.map((s) => s + '\\{');
        i++;
        continue;
      }
      const parts = splitTop(glob.slice(i + 1, end)).flatMap(expandBraces);
      const next: string[] = [];
      for (const s of out) for (const p of parts) next.push(s + p);
      if (next.length > MAX_ALTERNATIVES) throw new GlobError(glob, `quá nhiều lựa chọn {…} (> ${MAX_ALTERNATIVES})`, `too many {…} alternatives (> ${MAX_ALTERNATIVES})`);
      out = next;
      i = end + 1;
      continue;
    }
    out = out.map((s) => s + c);
    i++;
  }
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

function tokenize(glob: string): Tok[] {
  const toks: Tok[] = [];
  const chars = Array.from(glob);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '*') {
      if (chars[i + 1] === '*') {
        while (chars[i + 1] === '*') i++;
        if (chars[i + 1] === '/') {
          i++;
          toks.push({ k: 'gslash' });
        } else toks.push({ k: 'gstar' });
      } else if (toks[toks.length - 1]?.k !== 'star') toks.push({ k: 'star' }); // "**" inside a name = "*"
    } else if (c === '?') toks.push({ k: 'any' });
    else if (c === '[') {
      const cls = parseClass(chars, i, glob);
      if (!cls) toks.push({ k: 'lit', c: '[' });
      else {
        toks.push(cls.tok);
        i = cls.end;
      }
    } else if (c === '\\' && i + 1 < chars.length) toks.push({ k: 'lit', c: chars[++i] });
    else toks.push({ k: 'lit', c });
  }
  return toks;
}

function parseClass(chars: string[], open: number, glob: string): { tok: Tok; end: number } | undefined {
  let i = open + 1;
  let neg = false;
  if (chars[i] === '!' || chars[i] === '^') {
    neg = true;
    i++;
  }
  const set = new Set<string>();
  const ranges: [number, number][] = [];
  let first = true;
  for (; i < chars.length; i++) {
    let c = chars[i];
    if (c === ']' && !first) return { tok: { k: 'class', neg, chars: set, ranges }, end: i };
    first = false;
    if (c === '\\' && i + 1 < chars.length) c = chars[++i];
    if (chars[i + 1] === '-' && i + 2 < chars.length && chars[i + 2] !== ']') {
      let hi = chars[i + 2];
      i += 2;
      if (hi === '\\' && i + 1 < chars.length) hi = chars[++i];
      const a = c.codePointAt(0)!;
      const b = hi.codePointAt(0)!;
      if (a > b) throw new GlobError(glob, `khoảng ký tự ngược "[${c}-${hi}]"`, `reversed character range "[${c}-${hi}]"`);
      ranges.push([a, b]);
    } else set.add(c);
  }
  return undefined; // no closing bracket: a literal "["
}

// ------------------------------------------------------------------ matching

function step(t: Tok, c: string): 'stay' | 'next' | 'both' | 'none' {
  switch (t.k) {
    case 'lit':
      return t.c === c ? 'next' : 'none';
    case 'any':
      return c !== '/' ? 'next' : 'none';
    case 'class': {
      if (c === '/') return 'none';
      const cp = c.codePointAt(0)!;
      const hit = t.chars.has(c) || t.ranges.some(([a, b]) => cp >= a && cp <= b);
      return hit !== t.neg ? 'next' : 'none';
    }
    case 'star':
      return c !== '/' ? 'stay' : 'none';
    case 'gstar':
      return 'stay';
    case 'gslash':
      return c === '/' ? 'both' : 'stay';
  }
}

const skippable = (t: Tok) => t.k === 'star' || t.k === 'gstar' || t.k === 'gslash';

function run(toks: Tok[], path: string, inside: boolean): boolean {
  const m = toks.length;
  let cur = new Uint8Array(m + 1);
  let nxt = new Uint8Array(m + 1);
  const add = (set: Uint8Array, s: number) => {
    // ε-closure: star-like tokens may match nothing.
    while (s <= m && !set[s]) {
      set[s] = 1;
      if (s < m && skippable(toks[s])) s++;
      else break;
    }
  };
  add(cur, 0);
  for (const c of path) {
    if (inside && c === '/' && cur[m]) return true; // "folder/…" when the folder matches
    nxt.fill(0);
    let any = false;
    for (let s = 0; s < m; s++) {
      if (!cur[s]) continue;
      const r = step(toks[s], c);
      if (r === 'none') continue;
      any = true;
      if (r === 'stay' || r === 'both') add(nxt, s);
      if (r === 'next' || r === 'both') add(nxt, s + 1);
    }
    if (!any) return false;
    const t = cur;
    cur = nxt;
    nxt = t;
  }
  return cur[m] === 1;
}
