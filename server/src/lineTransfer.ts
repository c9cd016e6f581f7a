// Sending an analysis from the analysis thread to the main thread: the
// per-character source offsets of the logical lines (two arrays of numbers
// per line, about 2 numbers per character of the document) are packed into
// one transferable Int32Array instead of going through structured clone
// element by element (on 1 MB: ~1.5 s of cloning on each side, against a few
// milliseconds). Other objects that hold the same lines (the model's
// components) keep their identity: the lines are emptied in place before the
// message (or, for the placed lines of an incremental reading, left out by
// structured clone) and filled in place after it.

import type { Line } from './engine/markdown';

export interface PackedOffsets {
  /** Line k's offsets are data[index[k] .. index[k+1]) (starts) and the same range + total (ends). */
  index: Int32Array;
  data: Int32Array;
}

/**
 * Move the offsets of `lines` into typed arrays, leaving the lines that own
 * them with empty arrays (the sender must not use those lines afterwards;
 * placed lines of an incremental reading keep theirs).
 */
export function packLineOffsets(lines: Line[]): PackedOffsets {
  const n = lines.length;
  const index = new Int32Array(n + 1);
  let total = 0;
  for (let k = 0; k < n; k++) {
    index[k] = total;
    total += lines[k].starts.length;
  }
  index[n] = total;
  const data = new Int32Array(2 * total);
  for (let k = 0; k < n; k++) {
    const l = lines[k];
    const a = index[k];
    const m = l.starts.length;
    for (let j = 0; j < m; j++) {
      data[a + j] = l.starts[j];
      data[total + a + j] = l.ends[j];
    }
    // Own arrays (lines of a one-off reading) are emptied, so structured
    // clone does not copy them. Offsets behind accessors (incremental.ts'
    // placed lines, which later analyses of the document share) are not own
    // properties: structured clone leaves them out, and they stay intact here.
    if (Object.prototype.hasOwnProperty.call(l, 'starts')) {
      l.starts = [];
      l.ends = [];
    }
  }
  return { index, data };
}

/** Put the offsets packed by packLineOffsets back into the (received) lines. */
export function unpackLineOffsets(lines: Line[], p: PackedOffsets): void {
  const total = p.index[lines.length];
  for (let k = 0; k < lines.length; k++) {
    const a = p.index[k];
    const m = p.index[k + 1] - a;
    const starts = new Array<number>(m);
    const ends = new Array<number>(m);
    for (let j = 0; j < m; j++) {
      starts[j] = p.data[a + j];
      ends[j] = p.data[total + a + j];
    }
    lines[k].starts = starts;
    lines[k].ends = ends;
  }
}
