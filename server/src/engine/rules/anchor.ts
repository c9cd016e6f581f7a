// Where a component is, or where it belongs when it is missing.
//
// A missing component is reported on the line where it belongs (and spans
// that line), not as an invisible mark at the start of the file. The model
// will offer the same as `model.anchor(component)`; until then rules use
// `anchorOf`, computed from the model's fields.

import type { Line } from '../markdown';
import type { DocModel } from '../model';

export type AnchorComponent =
  | 'quocHieu'
  | 'tieuNgu'
  | 'agency'
  | 'so'
  | 'date'
  | 'title'
  | 'trichYeu'
  | 'kinhGui'
  | 'authority'
  | 'canCu'
  | 'enact'
  | 'body'
  | 'signer'
  | 'noiNhan';

function firstText(m: DocModel): Line | undefined {
  return m.lines.find((l) => l.text.length > 0);
}

function lastOf<T>(xs: T[]): T | undefined {
  return xs.length ? xs[xs.length - 1] : undefined;
}

/** The model's own anchor when it has one (the reader's `model.anchor`), else ours. */
export function anchorOf(m: DocModel, c: AnchorComponent): Line | undefined {
  const own = (m as unknown as { anchor?: (c: string) => Line | undefined }).anchor;
  if (typeof own === 'function') {
    const l = own.call(m, c);
    if (l) return l;
  }
  return computeAnchor(m, c);
}

/** The anchor computed from the model's fields. */
export function computeAnchor(m: DocModel, c: AnchorComponent): Line | undefined {
  const first = firstText(m);
  const header = m.quocHieu ?? m.tieuNgu ?? m.agency[0] ?? first;
  const lastBody = lastOf(m.body);
  switch (c) {
    case 'quocHieu':
      return m.quocHieu ?? m.tieuNgu ?? first;
    case 'tieuNgu':
      return m.tieuNgu ?? m.quocHieu ?? first;
    case 'agency':
      return m.agency[0] ?? first;
    case 'so':
      // Under the agency name (ô 3).
      return m.so ?? lastOf(m.agency) ?? header;
    case 'date':
      // Under the Tiêu ngữ (ô 4).
      return m.date ?? m.tieuNgu ?? m.quocHieu ?? header;
    case 'title':
      return m.title ?? m.vbqpplTitle ?? m.trichYeu[0] ?? m.lines[m.headerEnd] ?? lastOf(m.lines.slice(0, m.headerEnd)) ?? first;
    case 'trichYeu':
      // Under the tên loại, or (công văn, ô 5b) under the Số line.
      return m.trichYeu[0] ?? m.title ?? m.vbqpplTitle ?? m.so ?? header;
    case 'kinhGui':
      return m.kinhGui?.label ?? m.body[0] ?? lastOf(m.trichYeu) ?? header;
    case 'authority':
      return m.authority[0] ?? m.canCu[0] ?? m.enact ?? lastOf(m.trichYeu) ?? m.title ?? header;
    case 'canCu':
      // After the trích yếu and the authority line, before the enacting line.
      return m.canCu[0] ?? m.enact ?? lastOf(m.authority) ?? lastOf(m.trichYeu) ?? m.title ?? header;
    case 'enact':
      return m.enact ?? lastOf(m.canCu) ?? lastOf(m.authority) ?? m.body[0] ?? header;
    case 'body':
      return m.body[0] ?? m.enact ?? lastOf(m.canCu) ?? m.kinhGui?.label ?? lastOf(m.trichYeu) ?? m.lines[m.headerEnd] ?? header;
    case 'signer':
      // After the end of the main text.
      return m.signers[0]?.titles[0] ?? lastBody ?? m.noiNhan?.label ?? lastOf(m.lines.filter((l) => l.text.length > 0));
    case 'noiNhan':
      // Level with the signer, after the end of the main text.
      return m.noiNhan?.label ?? lastBody ?? m.signers[0]?.titles[0] ?? lastOf(m.lines.filter((l) => l.text.length > 0));
  }
}
