// Completion in the places of a letter where the decree fixes the form:
// - the date line: today's date in the decree's form;
// - after "Số: …/": the Phụ lục III type abbreviations (none for a công văn);
// - at the start of a signer line: TM., KT., TL., TUQ., Q.;
// - after "Lưu: VT, ": the units (from the Số line and the agency profile);
// - after "Căn cứ " or "<type> số ": the documents already cited in the letter;
// - after "Luật " / "Bộ luật ": the laws and codes already cited, spelt as Phụ lục II says.

import {
  CompletionItem,
  CompletionItemKind,
  CompletionList,
  CompletionParams,
  InitializeResult,
  InsertTextFormat,
  MarkupKind,
  Position,
} from 'vscode-languageserver/node';
import type { Lang } from '../engine';
import { formatNgay } from '../engine/decreeDate';
import type { DocModel } from '../engine/model';
import { ALL_ABBRS, COPY_FORMS, DOC_TYPES, SIGN_PREFIXES } from '../engine/vocab';
import { citedLaws } from '../engine/rules/vh/vh-18';
import { SIGN_PREFIX_INFO } from './components';
import type { FeatureContext } from './context';
import { analysisFor, clampPosition, loc, tr } from './util';

export interface Citation {
  type: string;
  number: string;
  date?: string;
  /** "Quyết định số 701/QĐ-UBND ngày 24/5/2023". */
  full: string;
}

const CITE_TYPES =
  'Bộ luật|Luật|Pháp lệnh|Nghị quyết liên tịch|Nghị quyết|Nghị định|Quyết định|Thông tư liên tịch|Thông tư|Chỉ thị|Kế hoạch|Công văn|Văn bản|Thông báo|Hướng dẫn|Tờ trình|Báo cáo|Chương trình|Đề án|Phương án|Công điện|Quy chế|Quy định';
const CITE_RE = new RegExp(
  `(?<![\\p{L}])(${CITE_TYPES})\\s+(?:số\\s+)?(\\d+[\\p{L}\\p{N}/.&-]*\\/[\\p{L}\\p{N}/.&-]*[\\p{L}\\p{N}])(\\s*,?\\s*ngày\\s+(?:\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}|\\d{1,2}\\/\\d{1,2}\\/\\d{4}))?`,
  'gu',
);

/** Documents cited in the letter (type + số ký hiệu + date), first citation first, one per number. */
export function findCitations(model: DocModel): Citation[] {
  const byNumber = new Map<string, Citation>();
  for (const l of model.lines) {
    if (l.i === model.so?.i) continue;
    CITE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CITE_RE.exec(l.text))) {
      const type = m[1];
      const number = m[2];
      const date = m[3]?.replace(/^\s*,?\s*/, '');
      const prev = byNumber.get(number);
      if (prev && (prev.date || !date)) continue;
      byNumber.set(number, { type, number, date, full: `${type} số ${number}${date ? ' ' + date : ''}` });
    }
  }
  return [...byNumber.values()];
}

/** Units of the agency: the ký hiệu groups of the Số line and the profile's donVi. */
export function unitsFor(model: DocModel, coQuan: unknown): { abbr: string; name?: string }[] {
  const out = new Map<string, string | undefined>();
  const so = model.so?.text;
  if (so) {
    const sym = so.slice(so.indexOf('/') + 1).trim();
    for (const g of sym.split(/[-/]/)) {
      const s = g.trim();
      if (!s || /^\d+$/.test(s) || ALL_ABBRS.includes(s) || COPY_FORMS.some((c) => c.abbr === s) || /[…_.]{2,}/.test(s)) continue;
      out.set(s, undefined);
    }
  }
  const donVi = (coQuan as { donVi?: unknown } | undefined)?.donVi;
  if (Array.isArray(donVi)) {
    for (const d of donVi) {
      if (typeof d === 'string') out.set(d, out.get(d));
      else if (d && typeof d === 'object') {
        const o = d as Record<string, unknown>;
        const abbr = String(o.kyHieu ?? o.abbr ?? o.ma ?? '');
        if (abbr) out.set(abbr, String(o.ten ?? o.name ?? '') || undefined);
      }
    }
  } else if (donVi && typeof donVi === 'object') {
    for (const [k, v] of Object.entries(donVi as Record<string, unknown>)) out.set(k, typeof v === 'string' ? v : undefined);
  }
  return [...out].map(([abbr, name]) => ({ abbr, name }));
}

function isCongVan(model: DocModel): boolean {
  return model.type?.key === 'cong_van' || (!model.title && (model.trichYeuInHeader || !!model.kinhGui));
}

/** The text of the current cell segment before the cursor, without leading markup. */
function segmentBefore(lineText: string): string {
  let seg = lineText;
  const cut = Math.max(seg.lastIndexOf('|'), ...[...seg.matchAll(/<br\s*\/?>/gi)].map((m) => (m.index ?? 0) + m[0].length - 1));
  if (cut >= 0) seg = seg.slice(cut + 1);
  return seg.replace(/^[\s>#*_]+/, '');
}

interface Ctx {
  model: DocModel;
  lang: Lang;
  position: Position;
  text: string;
  today: Date;
  coQuan: Record<string, unknown> | undefined;
}

/** After "Số: …/": the type abbreviations of Phụ lục III (a công văn: the agency's symbol). */
function typeAbbrCompletions(c: Ctx, range: { start: Position; end: Position }, kyHieu: string | undefined): CompletionItem[] {
  const { model, lang } = c;
  if (isCongVan(model)) {
    return kyHieu
      ? [{ label: kyHieu, kind: CompletionItemKind.Value, detail: tr(lang, 'Ký hiệu cơ quan (công văn không có chữ viết tắt tên loại)', 'Agency symbol (a công văn has no type abbreviation)'), textEdit: { range, newText: `${kyHieu}-` } }]
      : [];
  }
  const own = model.type?.abbr;
  const items: CompletionItem[] = DOC_TYPES.filter((t) => t.abbr).map((t, i) => ({
    label: t.abbr,
    kind: CompletionItemKind.EnumMember,
    detail: t.name,
    documentation: tr(lang, `Chữ viết tắt tên loại "${t.name}" (Phụ lục III)`, `Abbreviation of the type "${t.name}" (Appendix III)`),
    sortText: `${t.abbr === own ? '0' : '1'}${String(i).padStart(2, '0')}`,
    preselect: t.abbr === own,
    textEdit: { range, newText: `${t.abbr}-${kyHieu ?? ''}` },
    filterText: t.abbr,
  }));
  if (model.copyForm) {
    COPY_FORMS.forEach((f, i) => items.push({ label: f.abbr, kind: CompletionItemKind.EnumMember, detail: f.title, sortText: `2${i}`, textEdit: { range, newText: `${f.abbr}-${kyHieu ?? ''}` } }));
  }
  return items;
}

export function completionsAt(c: Ctx): CompletionItem[] {
  const { model, lang, position } = c;
  const lines = c.text.split(/\r\n|\r|\n/);
  const lineText = (lines[position.line] ?? '').slice(0, position.character);
  const seg = segmentBefore(lineText);
  const range = (typed: number) => ({ start: { line: position.line, character: position.character - typed }, end: position });
  const kyHieu = typeof c.coQuan?.kyHieu === 'string' ? (c.coQuan.kyHieu as string) : undefined;

  // ---- Số: …/  → type abbreviations
  const so = /^S[ốoô]\s*:?\s*[\d.…_\s]*\/\s*([\p{L}]*)$/iu.exec(seg);
  if (so) return typeAbbrCompletions(c, range(so[1].length), kyHieu);

  // ---- Lưu: VT, → units
  const luu = /Lưu\s*:\s*VT\s*,\s*(?:[^,]*,\s*)*([\p{L}\p{N}&]*)$/iu.exec(seg);
  if (luu) {
    const typed = luu[1].length;
    const already = new Set(seg.slice(seg.search(/VT/i)).split(/[,\s.]+/));
    return unitsFor(model, c.coQuan)
      .filter((u) => !already.has(u.abbr) || u.abbr === luu[1])
      .map((u, i) => ({
        label: u.abbr,
        kind: CompletionItemKind.Unit,
        detail: u.name ?? tr(lang, 'Đơn vị soạn thảo (theo ký hiệu văn bản)', 'Drafting unit (from the symbol)'),
        sortText: String(i).padStart(3, '0'),
        textEdit: { range: range(typed), newText: u.abbr },
      }));
  }

  // ---- date line
  const today = formatNgay(c.today);
  const place = /^(\p{Lu}[\p{L}.\s]*?),\s*((?:n|ng|nga|ngà|ngay|ngày)?)$/u.exec(seg);
  const headerSrcEnd = headerSourceEnd(model, position.line);
  const inHeader = position.line <= headerSrcEnd;
  const bareNgay = /^((?:ng|nga|ngà|ngay|ngày))$/iu.exec(seg);
  if ((place && (inHeader || !model.date)) || (bareNgay && inHeader)) {
    const typed = (place ? place[2] : bareNgay![1]).length;
    return [
      {
        label: today,
        kind: CompletionItemKind.Value,
        detail: tr(lang, 'Hôm nay, theo thể thức NĐ 30/2020', 'Today, in the form of Decree 30/2020'),
        documentation: tr(lang, 'Ngày nhỏ hơn 10 và tháng 1, 2 có số 0 phía trước (Phụ lục I, mục II.4.b).', 'Days below 10 and months 1, 2 take a leading zero (Appendix I, II.4.b).'),
        preselect: true,
        textEdit: { range: range(typed), newText: today },
      },
    ];
  }
  const diaDanh = typeof c.coQuan?.diaDanh === 'string' ? (c.coQuan.diaDanh as string) : undefined;
  if (diaDanh && inHeader && !model.date && seg.trim() === '') {
    return [{ label: `${diaDanh}, ${today}`, kind: CompletionItemKind.Value, detail: tr(lang, 'Địa danh và ngày ban hành', 'Place and date of issue'), textEdit: { range: range(0), newText: `${diaDanh}, ${today}` } }];
  }

  // ---- signer prefixes
  const sp = /^([A-Z]{0,3})$/.exec(seg);
  if (sp && inFooter(model, c.text, position.line)) {
    const typed = sp[1].length;
    return SIGN_PREFIXES.map((p, i) => ({
      label: p,
      kind: CompletionItemKind.Keyword,
      detail: tr(lang, 'Quyền hạn của người ký', 'Signing authority'),
      documentation: { kind: MarkupKind.Markdown, value: `${loc(SIGN_PREFIX_INFO[p], lang)}\n\n*${tr(lang, 'NĐ 30/2020, Phụ lục I, mục II.7.b', 'Decree 30/2020, Appendix I, section II.7.b')}*` },
      sortText: String(i),
      textEdit: { range: range(typed), newText: `${p} ` },
    }));
  }

  // ---- laws and codes already cited, after "Luật " / "Bộ luật " (names as Phụ lục II §V.6 writes them)
  const luat = /(?:^|[\s(])(Bộ luật|Luật)\s+$/u.exec(seg);
  if (luat) {
    const kind = luat[1];
    return citedLaws(model)
      .filter((n) => n.startsWith(kind + ' '))
      .map((n, i) => ({
        label: n.slice(kind.length + 1),
        kind: CompletionItemKind.Reference,
        detail: tr(lang, 'Luật đã viện dẫn trong văn bản này', 'Law already cited in this letter'),
        sortText: String(i).padStart(3, '0'),
        textEdit: { range: range(0), newText: n.slice(kind.length + 1) },
      }));
  }

  // ---- citations
  const canCu = /(?:^|[\s(])(căn\s+cứ)\s+$/iu.exec(seg);
  const soWord = /(?:^|\s)((?:\p{L}+\s+){0,3})số\s+$/iu.exec(seg);
  if (canCu || soWord) {
    const cites = findCitations(model);
    if (canCu) {
      return cites.map((x, i) => ({
        label: x.full,
        kind: CompletionItemKind.Reference,
        detail: tr(lang, 'Văn bản đã viện dẫn trong văn bản này', 'Document already cited in this letter'),
        sortText: String(i).padStart(3, '0'),
        insertTextFormat: InsertTextFormat.PlainText,
        textEdit: { range: range(0), newText: x.full },
      }));
    }
    const before = soWord![1].trim().toLowerCase();
    const matching = cites.filter((x) => !before || before.endsWith(x.type.toLowerCase()));
    return (matching.length ? matching : cites).map((x, i) => {
      const rest = `${x.number}${x.date ? ' ' + x.date : ''}`;
      return {
        label: rest,
        kind: CompletionItemKind.Reference,
        detail: x.type,
        sortText: String(i).padStart(3, '0'),
        textEdit: { range: range(0), newText: rest },
      };
    });
  }
  return [];
}

/** Last source line of the header zone (before the title, Kính gửi or body). */
function headerSourceEnd(model: DocModel, cursorLine: number): number {
  const hdr = [model.quocHieu, model.tieuNgu, model.so, model.date, ...model.agency, ...model.marks].filter(Boolean) as { srcLine: number }[];
  if (model.trichYeuInHeader) hdr.push(...model.trichYeu);
  const max = hdr.length ? Math.max(...hdr.map((l) => l.srcLine)) : -1;
  // The line being typed may itself have ended the header (the model reads it as body).
  const firstAfter = [model.title, model.kinhGui?.label, ...model.trichYeu, ...model.body.slice(0, 2)].filter(Boolean) as { srcLine: number }[];
  const next = firstAfter.filter((l) => l.srcLine > max && l.srcLine !== cursorLine).map((l) => l.srcLine);
  // Up to the line before the next component, or a few lines below the last header line.
  return next.length ? Math.min(...next) - 1 : max + 3;
}

/** Is the source line in the signature zone (after the body's "./." or at the signer/Nơi nhận block)? */
function inFooter(model: DocModel, text: string, line: number): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  for (let k = line - 1; k >= 0; k--) if (/\.\/\.\s*[*_]*\s*$/.test(lines[k])) return true;
  const footer = [model.noiNhan?.label, ...model.signers.flatMap((s) => s.titles)].filter(Boolean) as { srcLine: number }[];
  return footer.length > 0 && line >= Math.min(...footer.map((l) => l.srcLine)) - 1;
}

export async function provideCompletion(ctx: FeatureContext, params: CompletionParams): Promise<CompletionList | null> {
  const a = await analysisFor(ctx, params.textDocument.uri, { allowStale: true });
  if (!a) return null;
  const position = clampPosition(a.doc, params.position);
  const settings = (await ctx.getSettings(params.textDocument.uri)) as unknown as Record<string, unknown>;
  const coQuan = ((a.options.coQuan as unknown) ?? settings?.coQuan) as Record<string, unknown> | undefined;
  const items = completionsAt({
    model: a.analysis.model,
    lang: a.lang,
    position,
    text: a.doc.getText(),
    today: a.options.today ?? new Date(),
    coQuan: coQuan && typeof coQuan === 'object' ? coQuan : undefined,
  });
  return { isIncomplete: false, items };
}

export const completionFeature = {
  capabilities(result: InitializeResult): void {
    result.capabilities.completionProvider = { triggerCharacters: [' ', '/', ','], resolveProvider: false };
  },
  init(ctx: FeatureContext): void {
    ctx.connection.onCompletion((params) => provideCompletion(ctx, params));
  },
};
