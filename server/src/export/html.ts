// HTML writer for the print preview: the same layout as the DOCX (layout.ts),
// drawn on A4 sheets in millimetres and points, Times New Roman.

import type { Block, Layout, Para, Table } from './layout';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (x: number): string => String(Math.round(x * 100) / 100);

function paraHtml(p: Para): string {
  const st: string[] = [`font-size:${n(p.size)}pt`, `text-align:${p.align}`];
  if (p.bold) st.push('font-weight:bold');
  if (p.italic) st.push('font-style:italic');
  if (p.before) st.push(`margin-top:${n(p.before)}pt`);
  if (p.after) st.push(`margin-bottom:${n(p.after)}pt`);
  if (p.firstLine) st.push(`text-indent:${n(p.firstLine)}mm`);
  if (p.indentLeft) st.push(`padding-left:${n(p.indentLeft)}mm`);
  if (p.indentRight) st.push(`padding-right:${n(p.indentRight)}mm`);
  if (p.line) st.push(`line-height:${n(p.line * 1.15)}`);
  if (p.rule !== undefined) {
    return `<div class="rule ${p.role}" style="width:${n(p.rule)}mm;margin:${n(p.before ?? 0)}pt auto ${n(p.after ?? 0)}pt auto"></div>`;
  }
  const runs = p.runs
    .map((r) => {
      let t = esc(r.text);
      if (r.bold && !p.bold) t = `<b>${t}</b>`;
      if (r.italic && !p.italic) t = `<i>${t}</i>`;
      return t;
    })
    .join('');
  if (p.box !== undefined) return `<p class="${p.role}" style="${st.join(';')}"><span class="box">${runs}</span></p>`;
  return `<p class="${p.role}" style="${st.join(';')}">${runs || '&nbsp;'}</p>`;
}

function tableHtml(t: Table): string {
  const cols = t.widths.map((w) => `<col style="width:${n(w)}mm">`).join('');
  const rows = t.rows
    .map((r) => `<tr>${r.map((c) => `<td>${c.paras.map(paraHtml).join('')}</td>`).join('')}</tr>`)
    .join('');
  const style = `width:${n(t.widths.reduce((a, b) => a + b, 0))}mm${t.outdent ? `;margin-left:-${n(t.outdent)}mm` : ''}`;
  return `<table class="${t.role}${t.borders ? ' grid' : ''}" style="${style}"><colgroup>${cols}</colgroup>${rows}</table>`;
}

function blockHtml(b: Block): string {
  return b.kind === 'para' ? paraHtml(b) : tableHtml(b);
}

/** The CSS of the sheets, from the spec. */
export function pageCss(layout: Layout): string {
  const { spec } = layout;
  const m = spec.margins;
  return `
:root { color-scheme: light; }
body { background: #8a8a8a; margin: 0; padding: 12px 0; }
.sheet { box-sizing: border-box; width: ${spec.page.width}mm; min-height: ${spec.page.height}mm; margin: 0 auto 12px auto;
  padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; background: #fff; color: #000;
  font-family: '${spec.font}', 'Liberation Serif', 'Tinos', serif; font-size: ${spec.sizes.body}pt;
  box-shadow: 0 1px 4px rgba(0,0,0,.4); }
.sheet p { margin: 0; line-height: 1.15; }
.sheet table { border-collapse: collapse; table-layout: fixed; margin: 0 0 6pt 0; }
.sheet td { vertical-align: top; padding: 0 1mm; }
.sheet table.grid td { border: 1px solid #000; }
.sheet .rule { border-top: 1px solid #000; height: 0; }
.sheet .box { border: 1px solid #000; padding: 0 2mm; }
@media print { body { background: none; padding: 0; } .sheet { box-shadow: none; margin: 0; } @page { size: A4; margin: 0; } }
`;
}

/** A whole HTML page (no scripts): one sheet per section. */
export function layoutToHtml(layout: Layout, opts: { cspSource?: string; title?: string } = {}): string {
  const sheets = layout.sections
    .map((s) => `<div class="sheet ${s.kind}">${s.blocks.map(blockHtml).join('\n')}</div>`)
    .join('\n');
  const csp = opts.cspSource !== undefined ? `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' ${opts.cspSource};">` : '';
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${csp}<title>${esc(opts.title ?? 'Thể thức')}</title><style>${pageCss(layout)}</style></head><body>\n${sheets}\n</body></html>`;
}
