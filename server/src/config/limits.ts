// One size limit for every way a document reaches the engine: the CLI (files
// and --stdin), the language server (while typing) and the workspace check.
//
// Measured on this project's machine (2 cores, shared) with micromark 4.0.2
// pinned: a full check of concatenated letters costs about 2.4 s per MB on
// one core, and a one-character-per-line file is the worst shape per byte
// (16 s for 1 M newlines before the engine fixes of issue #13). 2 MiB keeps
// the worst realistic document at a few seconds, analysed off the main
// thread in the server; every real letter, decision or plan is far below.

/** Largest document checked, in bytes of UTF-8. */
export const MAX_CHECK_BYTES = 2 * 1024 * 1024;

/** "2.0 MB" */
export function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** The message for a document over the limit (Vietnamese, English). */
export function tooLargeMessage(bytes: number): { vi: string; en: string } {
  const size = megabytes(bytes);
  const max = megabytes(MAX_CHECK_BYTES);
  return {
    vi: `văn bản quá lớn để kiểm tra (${size} > ${max}); hãy tách thành các tệp nhỏ hơn`,
    en: `document too large to check (${size} > ${max}); split it into smaller files`,
  };
}

/** UTF-8 size of a string without allocating a buffer. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
