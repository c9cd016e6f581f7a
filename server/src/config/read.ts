// Reading a document from disk or stdin: regular files only (type and size
// checked with fstat before reading), UTF-8 only, with plain messages in both
// languages. Shared by the CLI and the language server's workspace check.

import { readRegularFile } from './index';
import { MAX_CHECK_BYTES, megabytes } from './limits';
import type { Lang } from '../engine';
import { tr } from '../engine/i18n';

export const MAX_BYTES = MAX_CHECK_BYTES;

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
    return `${this.file}: ${tr(lang, this.vi, this.en)}`;
  }
}

export function special(file: string): InputError {
  return new InputError(
    file,
    'không phải tệp thường (thiết bị, FIFO hoặc socket), bỏ qua',
    'not a regular file (a device, FIFO or socket), skipped',
    'special',
  );
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
