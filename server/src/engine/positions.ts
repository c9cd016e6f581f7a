// Offsets ↔ positions: the one place where a line and a column are computed
// from a UTF-16 offset of a text, or back. Lines end at LF, CRLF or a lone CR
// (as in the LSP and VS Code). Building an index is linear, each lookup a
// binary search over the line starts, so many lookups in one text never
// recount from its start.

import type { Position, Range } from './types';

/** Offsets where the lines of `text` start (the first is 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Maps offsets (UTF-16) of one source text to 0-based positions and back. */
export class LineIndex {
  readonly starts: number[];
  /** `starts`: the text's line starts when already known (they must be lineStarts(text)). */
  constructor(
    readonly text: string,
    starts?: number[],
  ) {
    this.starts = starts ?? lineStarts(text);
  }
  get lineCount(): number {
    return this.starts.length;
  }
  /** The position of an offset (clamped to the text). */
  position(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }
  /** The offset of a position (the character clamped to its line's end). */
  offset(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[pos.line];
    const lineEnd = this.lineEnd(pos.line);
    return Math.min(lineStart + pos.character, lineEnd);
  }
  /** Offset of the end of a line, before its line break. */
  lineEnd(line: number): number {
    let e = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    while (e > this.starts[line] && (this.text.charCodeAt(e - 1) === 10 || this.text.charCodeAt(e - 1) === 13)) e--;
    return e;
  }
  /** The text of a line, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.lineEnd(line));
  }
}

/**
 * Offset → position of one text, as a function: the index is built once, so
 * a caller with many offsets of one file (config problems) stays linear.
 */
export function lineColOf(text: string): (offset: number) => Position {
  const index = new LineIndex(text);
  return (offset) => index.position(offset);
}
