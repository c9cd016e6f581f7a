// Where each component of Điều 8 is, or belongs when it is missing, so that a
// missing component can be reported on its place rather than at line 1.
//
// For a component that is present: its first line. For a missing one, a
// header part is reported on the component it goes under (in the two-column
// layouts the "next line" may be in the other column):
// - quocHieu, agency: the first line of the document (the header starts there);
// - tieuNgu: the Quốc hiệu it goes under (or the first line);
// - so: the last agency line it goes under (or the first line);
// - date: the Tiêu ngữ (or the Quốc hiệu, the Số, the first line);
// - title: the first line after the header;
// - trichYeu: the title it goes under (công văn: the Số line);
// - kinhGui: the line below the trích yếu / title (công văn, tờ trình…);
// - authority: the line below the trích yếu;
// - canCu: the line it belongs above: the enacting line ("QUYẾT ĐỊNH:"), or
//   the first line after the title, trích yếu and authority lines;
// - enact: the first line after the căn cứ block;
// - body: the first body line (or the line after the header/title);
// - signature: the last line of the body (the signature goes at its end);
// - noiNhan: the last line of the main document (before any annex).

import type { Line } from '../markdown';
import type { AnchorComponent, DocModel } from './doc-model';

function after(m: DocModel, l: Line | undefined): Line | undefined {
  return l ? m.lines[Math.min(l.i + 1, m.lines.length - 1)] : undefined;
}
function last<T>(a: T[]): T | undefined {
  return a.length ? a[a.length - 1] : undefined;
}

/** The line where `c` is or belongs (see the file comment); undefined only for a document with no line. */
export function anchorOf(m: DocModel, c: AnchorComponent): Line | undefined {
  const lines = m.lines;
  if (!lines.length) return undefined;
  const first = lines[0];
  const mainEnd = lines.length - m.annex.length;
  const lastMain = lines[Math.max(0, mainEnd - 1)];
  const headerNext = lines[Math.min(m.headerEnd, mainEnd - 1, lines.length - 1)] ?? first;
  const titleEnd = last(m.trichYeuInHeader ? [] : m.trichYeu) ?? m.title ?? m.vbqpplTitle;
  switch (c) {
    case 'quocHieu':
      return m.quocHieu ?? first;
    case 'tieuNgu':
      return m.tieuNgu ?? m.quocHieu ?? first;
    case 'agency':
      return m.agency[0] ?? first;
    case 'so':
      return m.so ?? last(m.agency) ?? first;
    case 'date':
      return m.date ?? m.tieuNgu ?? m.quocHieu ?? m.so ?? first;
    case 'title':
      return m.title ?? m.vbqpplTitle ?? headerNext;
    case 'trichYeu':
      return m.trichYeu[0] ?? m.title ?? m.vbqpplTitle ?? m.so ?? headerNext;
    case 'kinhGui':
      return m.kinhGui?.label ?? m.dienGui?.label ?? after(m, titleEnd) ?? headerNext;
    case 'authority':
      return m.authority[0] ?? after(m, titleEnd) ?? headerNext;
    case 'canCu':
      return m.canCu[0] ?? m.enact ?? after(m, last(m.authority) ?? titleEnd) ?? headerNext;
    case 'enact':
      return m.enact ?? after(m, last(m.canCu) ?? last(m.authority) ?? titleEnd) ?? headerNext;
    case 'body':
      return m.body[0] ?? after(m, m.enact ?? last(m.canCu) ?? m.kinhGui?.label ?? titleEnd) ?? headerNext;
    case 'signature':
      return m.signers[0]?.titles[0] ?? last(m.body) ?? lastMain;
    case 'noiNhan':
      return m.noiNhan?.label ?? lastMain;
  }
}
