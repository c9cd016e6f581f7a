// The body (ô 6): the lines between the opening components (title, Kính gửi,
// căn cứ, enacting line) and the footer (signer, Nơi nhận), without the Nơi
// nhận lines and the notes after the signature. Quoted legal text inside it
// is read by quotation.ts.

import type { Line } from '../markdown';
import type { DocModel } from './doc-model';
import { readQuotations } from './quotation';

/** Sets `m.body` (lines [bodyStart, footerStart) not in `skip`) and `m.quotations`. */
export function readBody(m: DocModel, bodyStart: number, footerStart: number, skip: Set<number>): void {
  const notes = new Set(m.notes.map((l) => l.i));
  m.body = m.lines.slice(bodyStart, footerStart).filter((l: Line) => !skip.has(l.i) && !notes.has(l.i));
  m.quotations = readQuotations(m.body);
}
