// Finding and reading the files the CLI checks. Every failure becomes a plain
// message (Vietnamese and English), never a stack trace.

import { readFileSync, readdirSync, statSync, Stats } from 'node:fs';
import { join, sep, resolve } from 'node:path';
import type { Lang } from '../engine';
import { globToRegExp } from '../util/glob';

export { globToRegExp };

export const MAX_BYTES = 20 * 1024 * 1024;
const MD_EXT = /\.(md|markdown|mdown|mkd)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.cache', '.vscode-test']);

export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
  text(lang: Lang): string {
    return `${this.file}: ${lang === 'en' ? this.en : this.vi}`;
  }
}

export function isGlob(s: string): boolean {
  return /[*?{]/.test(s);
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
export function collect(args: string[], opts: CollectOptions = {}): { files: string[]; errors: InputError[] } {
  const files: string[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = resolve(f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  const accept = (f: string, isDir: boolean) => !opts.accept || opts.accept(f, isDir);
  const walk = (dir: string, filter: (p: string) => boolean) => {
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch {
      errors.push(new InputError(dir, 'không đọc được thư mục', 'cannot read the folder'));
      return;
    }
    opts.enterDir?.(dir);
    for (const name of entries) {
      const p = join(dir, name);
      let st: Stats;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        if (!SKIP_DIRS.has(name) && !name.startsWith('.') && accept(p, true)) walk(p, filter);
      } else if (st.isFile() && filter(p) && accept(p, false)) add(p);
    }
  };
  for (const arg of args) {
    if (isGlob(arg)) {
      const parts = toPosix(arg).split('/');
      const baseParts: string[] = [];
      while (parts.length && !isGlob(parts[0])) baseParts.push(parts.shift()!);
      const base = baseParts.join('/') || '.';
      const re = globToRegExp(toPosix(arg).replace(/^\.\//, ''));
      walk(base, (p) => re.test(toPosix(p).replace(/^\.\//, '')));
      continue;
    }
    let st: Stats;
    try {
      st = statSync(arg);
    } catch {
      errors.push(new InputError(arg, 'không tìm thấy tệp hoặc thư mục', 'no such file or folder'));
      continue;
    }
    if (st.isDirectory()) walk(arg, (p) => MD_EXT.test(p));
    else add(arg); // a file named explicitly is checked whatever its extension
  }
  return { files, errors };
}

export function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** Read a file as UTF-8 text, refusing binary, non-UTF-8 and huge files. */
export function readText(file: string): string {
  let buf: Buffer;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError(file, 'là thư mục, không phải tệp', 'is a folder, not a file');
    if (st.size > MAX_BYTES) {
      throw new InputError(file, `tệp quá lớn (${(st.size / 1048576).toFixed(1)} MB > ${MAX_BYTES / 1048576} MB), bỏ qua`, `file too large (${(st.size / 1048576).toFixed(1)} MB > ${MAX_BYTES / 1048576} MB), skipped`);
    }
    buf = readFileSync(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, 'không tìm thấy tệp', 'no such file');
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(file, 'không có quyền đọc tệp', 'permission denied');
    throw new InputError(file, `không đọc được tệp (${code ?? 'lỗi'})`, `cannot read the file (${code ?? 'error'})`);
  }
  return decode(file, buf);
}

export function decode(file: string, buf: Buffer): string {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
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
