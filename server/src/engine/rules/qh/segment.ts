// Where the Quốc hiệu / Tiêu ngữ text sits on its line: the loose match of the
// model's recogniser plus trailing punctuation. Text after it (a Tiêu ngữ typed
// on the same line, for instance) is not part of it and is kept by the fixes.

import type { Line } from '../../markdown';
import { bare } from '../../text';

/** [0, end) of the line that the recogniser `re` (on bare text) covers, with trailing punctuation. */
export function segmentEnd(line: Line, re: RegExp): number | undefined {
  const b = bare(line.text);
  const m = re.exec(b);
  if (!m || m.index !== 0) return undefined;
  let end = m[0].length;
  const tail = /^[\s.,;:!]*[.,;:!]/u.exec(line.text.slice(end));
  if (tail) end += tail[0].length;
  return end;
}
