// Finding and reading the files the CLI checks. Every failure becomes a plain
// message (Vietnamese and English), never a stack trace.

import { readdirSync, realpathSync, statSync, Stats } from 'node:fs';
import { join, sep, resolve } from 'node:path';
import { InputError, special } from '../config/read';
import { globToRegExp, isGlob } from '../util/glob';

export { globToRegExp, isGlob };
export { InputError, MAX_BYTES, decode, looksUtf16, readText, tooLarge } from '../config/read';
const MD_EXT = /\.(md|markdown|mdown|mkd)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.cache', '.vscode-test']);

export interface CollectOptions {
  /**
   * Extra filter for what folder recursion and globs find (ignore files,
   * include/exclude). Receives the path as walked and whether it is a folder;
   * files named explicitly are always checked.
   */
  accept?: (path: string, isDir: boolean) => boolean;
  /** Called before a folder is walked (to read its .thethucignore). */
  enterDir?: (dir: string) => void;
}

/**
 * Expand files, folders (recursively, Markdown files only) and globs.
 * Missing paths are returned as errors; the order is stable.
 */
export interface Collected {
  files: string[];
  /** Size in bytes of each file found (by path), for largest-first scheduling. */
  sizes: Map<string, number>;
  errors: InputError[];
  /** Folders and globs given that matched no file. */
  empty: string[];
}

export function collect(args: string[], opts: CollectOptions = {}): Collected {
  const files: string[] = [];
  const errors: InputError[] = [];
  const sizes = new Map<string, number>();
  const empty: string[] = [];
  const seen = new Set<string>();
  let found = 0;
  const add = (f: string, size: number) => {
    found++;
    const key = resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
      sizes.set(f, size);
    }
  };
  const accept = (f: string, isDir: boolean) => !opts.accept || opts.accept(f, isDir);
  // Iterative (no recursion depth limit), depth-first in name order.
  const walk = (top: string, filter: (p: string) => boolean) => {
    // Real paths of the folders walked: a symlink back to a parent is met once.
    const visited = new Set<string>();
    const stack = [top];
    while (stack.length) {
      const dir = stack.pop()!;
      let real: string;
      try {
        real = realpathSync(dir);
      } catch {
        real = resolve(dir);
      }
      if (visited.has(real)) continue; // a symlink loop, or a folder reached twice
      visited.add(real);
      let entries: string[];
      try {
        entries = readdirSync(dir).sort();
      } catch {
        errors.push(new InputError(dir, 'không đọc được thư mục', 'cannot read the folder'));
        continue;
      }
      opts.enterDir?.(dir);
      const sub: string[] = [];
      for (const name of entries) {
        const p = join(dir, name);
        let st: Stats;
        try {
          st = statSync(p);
        } catch {
          continue; // a dangling link
        }
        if (st.isDirectory()) {
          if (!SKIP_DIRS.has(name) && !name.startsWith('.') && accept(p, true)) sub.push(p);
        } else if (filter(p) && accept(p, false)) {
          if (st.isFile()) add(p, st.size);
          else errors.push(special(p));
        }
      }
      for (let i = sub.length - 1; i >= 0; i--) stack.push(sub[i]);
    }
  };
  const walked = (arg: string, run: () => unknown) => {
    const before = found;
    run();
    if (found === before) empty.push(arg);
  };
  for (const arg of args) {
    if (isGlob(arg)) {
      const parts = toPosix(arg).split('/');
      const baseParts: string[] = [];
      while (parts.length && !isGlob(parts[0])) baseParts.push(parts.shift()!);
      const base = baseParts.join('/') || '.';
      let re: { test(p: string): boolean };
      try {
        re = globToRegExp(toPosix(arg).replace(/^\.\//, ''));
      } catch (e) {
        const g = e as { vi?: string; en?: string };
        errors.push(new InputError(arg, `mẫu glob không hợp lệ: ${g.vi ?? String(e)}`, `bad glob pattern: ${g.en ?? String(e)}`));
        continue;
      }
      let baseIsDir = false;
      try {
        baseIsDir = statSync(base).isDirectory();
      } catch {
        /* a missing base folder: the pattern matches nothing */
      }
      walked(arg, () => baseIsDir && walk(base, (p) => re.test(toPosix(p).replace(/^\.\//, ''))));
      continue;
    }
    let st: Stats;
    try {
      st = statSync(arg);
    } catch {
      errors.push(new InputError(arg, 'không tìm thấy tệp hoặc thư mục', 'no such file or folder'));
      continue;
    }
    if (st.isDirectory()) walked(arg, () => walk(arg, (p) => MD_EXT.test(p)));
    else if (st.isFile()) add(arg, st.size); // a file named explicitly is checked whatever its extension
    else errors.push(special(arg));
  }
  return { files, sizes, errors, empty };
}


export function toPosix(p: string): string {
  return p.split(sep).join('/');
}
