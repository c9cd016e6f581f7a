// Document symbols (outline, breadcrumbs): the components of the letter, with
// the căn cứ and the Phần/Chương/Mục/Điều structure of the body nested.

import { DocumentSymbol, DocumentSymbolParams, InitializeResult, SymbolKind } from 'vscode-languageserver/node';
import type { Lang } from '../engine';
import type { Line } from '../engine/markdown';
import type { DocModel } from '../engine/model';
import { LineIndex } from '../engine/positions';
import type { FeatureContext } from './context';
import { analysisFor, tr } from './util';

function span(lines: Line[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const l of lines) {
    start = Math.min(start, l.start);
    end = Math.max(end, l.end);
  }
  return { start, end };
}

function short(s: string, max = 80): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** Level of a structural heading of the body (Phần 0 … Điều 4), or -1. */
export function headingLevel(text: string): number {
  // "Phần I", "Phần thứ nhất"; not "Phần lớn các đơn vị …".
  if (/^phần\s+(thứ\s+\p{L}+|[IVXLC]+|\d+)\s*[.:]?$/iu.test(text) || /^phần\s+([IVXLC]+|\d+)\s*[.:]\s+\S/iu.test(text)) return 0;
  if (/^chương\s+([IVXLC]+|\d+)(?![\p{L}\p{N}])/iu.test(text)) return 1;
  if (/^tiểu\s+mục\s+\d+(?![\p{L}\p{N}])/iu.test(text)) return 3;
  if (/^mục\s+(\d+|[IVXLC]+)(?![\p{L}\p{N}])/iu.test(text)) return 2;
  if (/^điều\s+\d+\s*[.:]/iu.test(text)) return 4;
  // Reports and plans: "I. KẾT QUẢ …" (Roman numeral, upper-case title).
  if (/^[IVXLC]+\.\s+\S/u.test(text) && text === text.toUpperCase()) return 1;
  return -1;
}

export function buildSymbols(model: DocModel, text: string, lang: Lang): DocumentSymbol[] {
  const index = new LineIndex(text);
  const sym = (name: string, kind: SymbolKind, lines: Line[], detail?: string, children?: DocumentSymbol[], selection?: Line): DocumentSymbol => {
    const s = span(lines);
    const sel = selection ?? lines[0];
    return {
      name,
      detail,
      kind,
      range: index.range(s.start, s.end),
      selectionRange: index.range(sel.start, sel.end),
      children: children?.length ? children : undefined,
    };
  };
  const out: DocumentSymbol[] = [];
  const L = (vi: string, en: string) => tr(lang, vi, en);

  if (model.quocHieu || model.tieuNgu) {
    const lines = [model.quocHieu, model.tieuNgu].filter((x): x is Line => !!x);
    out.push(sym(L('Quốc hiệu', 'National title'), SymbolKind.Constant, lines, short(lines.map((l) => l.text).join(' — '))));
  }
  if (model.agency.length) out.push(sym(L('Tên cơ quan', 'Issuing agency'), SymbolKind.Object, model.agency, short(model.agency.map((l) => l.text).join(' / '))));
  if (model.so) out.push(sym(L('Số', 'Number'), SymbolKind.Number, [model.so], model.so.text));
  if (model.date) out.push(sym(L('Ngày', 'Date'), SymbolKind.Event, [model.date], model.date.text));
  if (model.title) out.push(sym(L('Tên loại', 'Document type'), SymbolKind.Class, [model.title], model.title.text));
  else if (model.vbqpplTitle) out.push(sym(L('Tên loại', 'Document type'), SymbolKind.Class, [model.vbqpplTitle], model.vbqpplTitle.text));
  if (model.trichYeu.length) out.push(sym(L('Trích yếu', 'Subject'), SymbolKind.String, model.trichYeu, short(model.trichYeu.map((l) => l.text).join(' '))));
  if (model.kinhGui) {
    const kg = model.kinhGui;
    const children = kg.items.map((it) => sym(short(it.text.replace(/^[-+•*–—]\s*/u, '')), SymbolKind.Field, [it]));
    out.push(sym(L('Kính gửi', 'Addressees'), SymbolKind.Interface, [kg.label, ...kg.items], short(kg.label.text), children, kg.label));
  }
  if (model.canCu.length) {
    // One child per căn cứ; a wrapped continuation line joins the one above.
    const groups: Line[][] = [];
    for (const l of model.canCu) {
      if (groups.length && /^\p{Ll}/u.test(l.text)) groups[groups.length - 1].push(l);
      else groups.push([l]);
    }
    const children = groups.map((g) => sym(short(g.map((l) => l.text).join(' ')), SymbolKind.Property, g));
    out.push(sym(L('Căn cứ', 'Legal basis'), SymbolKind.Package, model.canCu, `${groups.length}`, children));
  }
  if (model.body.length) {
    out.push(sym(L('Nội dung', 'Body'), SymbolKind.Namespace, model.enact ? [model.enact, ...model.body] : model.body, undefined, bodyStructure(model.body, sym)));
  }
  if (model.noiNhan) {
    const nn = model.noiNhan;
    const children = nn.items.map((it) => sym(short(it.text.replace(/^[-+•*–—]\s*/u, '')), SymbolKind.Field, [it]));
    out.push(sym(L('Nơi nhận', 'Recipients'), SymbolKind.Interface, [nn.label, ...nn.items], undefined, children, nn.label));
  }
  for (const s of model.signers) {
    const lines = [...s.titles, ...s.placeholders, ...(s.name ? [s.name] : [])];
    out.push(sym(L('Người ký', 'Signer'), SymbolKind.Key, lines, short([...s.titles.map((l) => l.text), s.name?.text].filter(Boolean).join(' — '))));
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}

type SymFn = (name: string, kind: SymbolKind, lines: Line[], detail?: string, children?: DocumentSymbol[], selection?: Line) => DocumentSymbol;

/** Nest the Phần/Chương/Mục/Tiểu mục/Điều headings of the body. */
function bodyStructure(body: Line[], sym: SymFn): DocumentSymbol[] {
  const heads: { at: number; level: number }[] = [];
  body.forEach((l, at) => {
    const level = headingLevel(l.text);
    if (level >= 0) heads.push({ at, level });
  });
  const KINDS = [SymbolKind.Module, SymbolKind.Module, SymbolKind.Namespace, SymbolKind.Namespace, SymbolKind.Method];
  const build = (from: number, to: number, minLevel: number): DocumentSymbol[] => {
    const res: DocumentSymbol[] = [];
    let k = from;
    while (k < to) {
      const h = heads[k];
      // The section runs until the next heading of the same or a higher level.
      let next = k + 1;
      while (next < to && heads[next].level > h.level) next++;
      const endLine = next < heads.length ? heads[next].at : body.length;
      const lines = body.slice(h.at, endLine);
      let name = h.level === 4 ? body[h.at].text : body[h.at].text.replace(/\s*[.:]\s*$/, '');
      // "Chương I" / "QUY ĐỊNH CHUNG": the title is on the next line.
      const titleLine = body[h.at + 1];
      if (h.level < 4 && /^\S+(\s+thứ)?\s+\S+$/u.test(name) && titleLine && headingLevel(titleLine.text) < 0 && titleLine.text === titleLine.text.toUpperCase()) {
        name = `${name}. ${titleLine.text}`;
      }
      res.push(sym(short(name), KINDS[h.level], lines, undefined, build(k + 1, next, h.level + 1), body[h.at]));
      k = next;
    }
    void minLevel;
    return res;
  };
  return build(0, heads.length, 0);
}

export async function provideDocumentSymbols(ctx: FeatureContext, params: DocumentSymbolParams): Promise<DocumentSymbol[]> {
  const a = await analysisFor(ctx, params.textDocument.uri, { allowStale: true });
  if (!a || !a.analysis.summary.isDocument) return [];
  return buildSymbols(a.analysis.model, a.doc.getText(), a.lang);
}

export const symbolsFeature = {
  capabilities(result: InitializeResult): void {
    result.capabilities.documentSymbolProvider = { label: 'Thể thức' };
  },
  init(ctx: FeatureContext): void {
    ctx.connection.onDocumentSymbol((params) => provideDocumentSymbols(ctx, params));
  },
};
