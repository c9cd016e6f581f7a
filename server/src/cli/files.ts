// Finding and reading the files the CLI checks. Every failure becomes a plain
// message (Vietnamese and English), never a stack trace.

import { readdirSync, realpathSync, statSync, Stats } from 'node:fs';
import { join, sep, resolve } from 'node:path';
import type { Lang } from '../engine';
import { readRegularFile } from '../config';
import { MAX_CHECK_BYTES, megabytes } from '../config/limits';
import { globToRegExp, isGlob } from '../util/glob';

export { globToRegExp, isGlob };

export const MAX_BYTES = MAX_CHECK_BYTES;
const MD_EXT = /\.(md|markdown|mdown|mkd)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.cache', '.vscode-test']);

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly vi: string,
    readonly en: string,
    /** 'special': a device, FIFO or socket, skipped (not an error when other files were checked). */
    readonly kind: 'error' | 'special' = 'error',
  ) {
    super(en);
  }
  text(lang: Lang): string {
    return `${this.file}: ${lang === 'en' ? this.en : this.vi}`;
  }
}

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

function special(file: string): InputError {
  return new InputError(
    file,
    'không phải tệp thường (thiết bị, FIFO hoặc socket), bỏ qua',
    'not a regular file (a device, FIFO or socket), skipped',
    'special',
  );
}

export function toPosix(p: string): string {
  return p.split(sep).join('/');
}

export function tooLarge(file: string, size: number): InputError {
  return new InputError(
    file,
    `tệp quá lớn để kiểm tra (${megabytes(size)} > ${megabytes(MAX_BYTES)}), bỏ qua; hãy tách thành các tệp nhỏ hơn`,
    `file too large to check (${megabytes(size)} > ${megabytes(MAX_BYTES)}), skipped; split it into smaller files`,
  );
}

/**
 * Read a file as UTF-8 text, refusing binary, non-UTF-8 and huge files and
 * anything that is not a regular file. Type and size are checked on the open
 * descriptor (fstat) before a byte is read: /dev/zero or a FIFO never hangs.
 */
export function readText(file: string): string {
  let buf: Buffer;
  try {
    buf = readRegularFile(file, MAX_BYTES);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError(file, 'là thư mục, không phải tệp', 'is a folder, not a file');
    if (code === 'ENOTREG') throw special(file);
    if (code === 'EFBIG') throw tooLarge(file, (e as { size: number }).size);
    if (code === 'ENOENT') throw new InputError(file, 'không tìm thấy tệp', 'no such file');
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(file, 'không có quyền đọc tệp', 'permission denied');
    throw new InputError(file, `không đọc được tệp (${code ?? 'lỗi'})`, `cannot read the file (${code ?? 'error'})`);
  }
  return decode(file, buf);
}

/**
 * UTF-16 without a byte order mark: text in the Latin and Vietnamese ranges
 * has a zero in (nearly) every other byte — odd bytes for little-endian,
 * even ones for big-endian — while the other half has almost none.
 */
export function looksUtf16(buf: Buffer): boolean {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  const hi = Math.max(evenZero, oddZero);
  const lo = Math.min(evenZero, oddZero);
  return hi >= pairs * 0.4 && lo <= pairs * 0.05;
}

export function decode(file: string, buf: Buffer): string {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff) || looksUtf16(buf)) {
    throw new InputError(file, 'tệp mã hoá UTF-16, hãy lưu lại dưới dạng UTF-8', 'file is UTF-16 encoded; save it as UTF-8');
  }
  const head = buf.subarray(0, Math.min(buf.length, 8192));
  if (head.includes(0)) throw new InputError(file, 'tệp nhị phân, không phải văn bản Markdown', 'binary file, not a Markdown text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new InputError(
      file,
      'tệp không phải UTF-8 (có thể là TCVN3/VNI hoặc Windows-1258): hãy chuyển sang Unicode UTF-8',
      'file is not UTF-8 (maybe TCVN3/VNI or Windows-1258): convert it to Unicode UTF-8',
    );
  }
}
