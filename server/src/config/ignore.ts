// `.thethucignore`: gitignore-like patterns, one per line.
//   # comment · blank lines · `!pattern` re-includes · `dir/` folders only ·
//   `/pattern` anchored at the ignore file's folder · `*`, `**`, `?`, `[abc]`.
// A pattern without a slash matches a name at any depth. The last matching
// pattern wins. Ignore files are read from the folder given on the command
// line and its parents up to the current folder, and from sub-folders met
// while walking.

import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isInside } from './index';
import { compileGlob, GlobMatcher } from '../util/glob';

export const IGNORE_FILE = '.thethucignore';

interface Pattern {
  /** Folder of the ignore file (absolute). */
  base: string;
  match: GlobMatcher;
  negate: boolean;
  dirOnly: boolean;
}

export function parseIgnore(text: string, base: string): Pattern[] {
  const out: Pattern[] = [];
  for (let line of text.split(/\r?\n/)) {
    line = trimUnescaped(line);
    if (!line || line.startsWith('#')) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    } else if (line.startsWith('\\!') || line.startsWith('\\#')) line = line.slice(1);
    let dirOnly = false;
    if (line.endsWith('/')) {
      dirOnly = true;
      line = line.slice(0, -1);
    }
    if (!line) continue;
    const anchored = line.startsWith('/') || line.includes('/');
    line = line.replace(/^\//, '');
    let match: GlobMatcher;
    try {
      match = compileGlob(line, { anyDepth: !anchored });
    } catch {
      continue; // a malformed pattern ("[z-a]") matches nothing, as in git
    }
    out.push({ base, negate, dirOnly, match });
  }
  return out;
}


/** Trailing whitespace removed unless escaped ("a\\ "); linear, unlike a `\s+$` pattern. */
function trimUnescaped(line: string): string {
  let end = line.length;
  while (end > 0 && /\s/.test(line[end - 1])) end--;
  if (end < line.length && end > 0 && line[end - 1] === '\\') end++;
  return line.slice(0, end);
}

/** Ignore patterns collected from several files; cheap to extend per folder. */
export class IgnoreSet {
  private readonly loaded = new Set<string>();
  constructor(private patterns: Pattern[] = []) {}

  /** Read `.thethucignore` of a folder (once). */
  addFolder(dir: string): this {
    const d = resolve(dir);
    if (this.loaded.has(d)) return this;
    this.loaded.add(d);
    let text: string;
    try {
      text = readFileSync(join(d, IGNORE_FILE), 'utf8');
    } catch {
      return this;
    }
    this.patterns = [...this.patterns, ...parseIgnore(text, d)];
    return this;
  }

  /** The folder given and its parents up to `top` (the current folder), outermost first. */
  addAncestors(dir: string, top: string = process.cwd()): this {
    const chain: string[] = [];
    let d = resolve(dir);
    const t = resolve(top);
    if (!isInside(d, t)) return this.addFolder(d);
    for (;;) {
      chain.unshift(d);
      if (d === t) break;
      const p = dirname(d);
      if (p === d) break;
      d = p;
    }
    for (const c of chain) this.addFolder(c);
    return this;
  }

  /** Is an absolute path ignored? */
  ignores(path: string, isDir: boolean): boolean {
    const abs = resolve(path);
    let ignored = false;
    for (const p of this.patterns) {
      if (!isInside(abs, p.base) || abs === p.base) continue;
      if (p.dirOnly && !isDir) continue;
      const rel = relative(p.base, abs).split(sep).join('/');
      if (p.match(rel)) ignored = !p.negate;
    }
    return ignored;
  }
}
