// One size limit for every way a document reaches the engine: the CLI (files
// and --stdin), the language server (while typing) and the workspace check.
//
// Set from the measurements of issues #11 and #13 on this project's 2-core
// machine, with micromark 4.0.2 pinned: a full check costs about 2.4 s per MB
// of letters (one core), a 1.9 MB document blocked the old server for 46 s,
// 10 MB ran for minutes in the CLI. 2 MiB keeps the worst realistic document
// at a few seconds — analysed off the main thread in the server, within its
// time budget — while every real letter, decision or plan is far below.

/** Largest document checked, in bytes of UTF-8. */
export const MAX_CHECK_BYTES = 2 * 1024 * 1024;

/** "2.0 MB" */
export function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** UTF-8 size of a string without allocating a buffer (Node's Buffer; counted in the browser). */
export function utf8Length(text: string): number {
  if (typeof Buffer !== 'undefined') return Buffer.byteLength(text, 'utf8');
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4; // surrogate pair
      i++;
    } else n += 3; // BMP (a lone surrogate is written as U+FFFD: 3 bytes)
  }
  return n;
}
