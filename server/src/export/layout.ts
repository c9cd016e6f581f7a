// From the engine's document model to a writer-independent layout: paragraphs
// with the decree's sizes and styles, the borderless header and signature
// tables, sections for appendices. The DOCX writer (docx.ts) and the HTML
// preview (html.ts) both render this tree.
//
// Text is taken as written (the checker reports case and wording); only the
// presentation is imposed. No line of the model is dropped: lines no component
// claims are rendered as plain paragraphs where they stand.

import type { DocModel } from '../engine/model';
import { buildModel, isAttachedToLine, isUpperLine } from '../engine/model';
import type { Line } from '../engine/markdown';
import { LayoutSpec, textWidth } from './spec';
import { measure } from './metrics';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Para {
  kind: 'para';
  /** Component name, for tests and the preview's CSS classes. */
  role: string;
  runs: Run[];
  size: number;
  align: Align;
  bold?: boolean;
  italic?: boolean;
  /** mm */
  firstLine?: number;
  indentLeft?: number;
  indentRight?: number;
  /** pt */
  before?: number;
  after?: number;
  /** Line spacing (multiple); 1 when absent. */
  line?: number;
  /** A short solid rule of this width (mm), centred: the paragraph has no text. */
  rule?: number;
  /** Single-line frame around the text (độ khẩn, phạm vi lưu hành), width in mm. */
  box?: number;
  keepNext?: boolean;
}

export interface Cell {
  paras: Para[];
  /** Vertical alignment. */
  valign?: 'top' | 'center';
}

export interface Table {
  kind: 'table';
  role: 'header' | 'signature' | 'body';
  /** Column widths, mm. */
  widths: number[];
  rows: Cell[][];
  /** Body tables keep their grid; header and signature tables are borderless. */
  borders: boolean;
  /** Start this far left of the text block (mm). */
  outdent?: number;
}

export type Block = Para | Table;

export interface Section {
  /** 'main' or 'annex'. Each section starts on a new page and numbers its pages from 1. */
  kind: 'main' | 'annex';
  blocks: Block[];
}

export interface Layout {
  spec: LayoutSpec;
  sections: Section[];
}

// ------------------------------------------------------------------ inline runs

/**
 * The inline emphasis of a line, read from its Markdown source: `**bold**`,
 * `*italic*`, `***both***`. The model's text is authoritative; when the runs
 * do not spell exactly that text the line falls back to one run.
 */
export function runsOf(model: DocModel, l: Line): Run[] {
  const src = model.md.text;
  let a = l.start;
  let b = l.end;
  // Widen to the markers around the content (the model's range starts after them).
  while (a > 0 && /[*_]/.test(src[a - 1])) a--;
  while (b < src.length && /[*_]/.test(src[b])) b++;
  const raw = src.slice(a, b);
  const runs = parseInline(raw);
  const joined = runs.map((r) => r.text).join('');
  if (joined.replace(/\s+/g, ' ').trim() !== l.text.replace(/\s+/g, ' ').trim()) {
    return [{ text: l.text, bold: l.bold || undefined, italic: l.italic || undefined }];
  }
  // A line the reader joined across source lines (a table cell pandoc wrapped,
  // a căn cứ wrapped by a PDF copy): the line break and indent read as one space.
  for (const r of runs) r.text = r.text.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
  // Trim the outer whitespace.
  if (runs.length) {
    runs[0].text = runs[0].text.replace(/^\s+/, '');
    runs[runs.length - 1].text = runs[runs.length - 1].text.replace(/\s+$/, '');
  }
  return merge(runs.filter((r) => r.text.length));
}

function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const p = out[out.length - 1];
    if (p && !!p.bold === !!r.bold && !!p.italic === !!r.italic) p.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

function parseInline(raw: string): Run[] {
  const runs: Run[] = [];
  let bold = false;
  let italic = false;
  let buf = '';
  const flush = () => {
    if (buf) runs.push({ text: buf, bold: bold || undefined, italic: italic || undefined });
    buf = '';
  };
  let i = 0;
  const s = raw.replace(/^\s*(#{1,6}\s+|>\s*)/, '');
  while (i < s.length) {
    const ch = s[i];
    if (ch === '\\' && i + 1 < s.length && /[\\`*_{}[\]()#+\-.!|<>~]/.test(s[i + 1])) {
      buf += s[i + 1];
      i += 2;
      continue;
    }
    if (ch === '*' || ch === '_') {
      let n = 1;
      while (s[i + n] === ch) n++;
      // An underscore inside a word is a letter, not a marker.
      if (ch === '_' && /[\p{L}\p{N}]/u.test(s[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(s[i + n] ?? '')) {
        buf += s.slice(i, i + n);
        i += n;
        continue;
      }
      flush();
      if (n >= 3) {
        bold = !bold;
        italic = !italic;
      } else if (n === 2) bold = !bold;
      else italic = !italic;
      i += n;
      continue;
    }
    if (ch === '`') {
      i++;
      continue;
    }
    buf += ch;
    i++;
  }
  flush();
  return runs;
}

// ------------------------------------------------------------------ builder

const ARTICLE = /^(Điều\s+\d+[a-zđ]?\.)/u;
const CHAPTER = /^(Chương|Phần|Mục|Tiểu\s+mục)\s+([IVXLC]+|\d+)\.?$/u;
const ROMAN_HEAD = /^[IVXLC]+\.\s+\S/u;
const PHU_LUC = /^phụ\s+lục(?![\p{L}])/iu;
/** "(Kèm theo …)", "(Ban hành kèm theo …)" in brackets: the line naming the document an attached one goes with (the reader's test). */
const kemTheo = (l: Line): boolean => /^\(/.test(l.text) && isAttachedToLine(l);
const CONTACT = /^(địa chỉ|điện thoại|đt|fax|e-?mail|website)(?![\p{L}\p{N}])/iu;

export function buildLayout(model: DocModel, spec: LayoutSpec): Layout {
  const sections: Section[] = [{ kind: 'main', blocks: documentBlocks(model, spec) }];
  for (const part of splitAnnex(model.annex)) sections.push({ kind: 'annex', blocks: annexBlocks(model, part, spec) });
  return { spec, sections };
}

function para(role: string, runs: Run[], size: number, align: Align, extra: Partial<Para> = {}): Para {
  return { kind: 'para', role, runs, size, align, ...extra };
}
function textPara(role: string, text: string, size: number, align: Align, extra: Partial<Para> = {}): Para {
  return para(role, [{ text }], size, align, extra);
}
function rulePara(role: string, width: number, extra: Partial<Para> = {}): Para {
  return { kind: 'para', role, runs: [], size: 1, align: 'center', rule: Math.max(8, width), ...extra };
}

function documentBlocks(model: DocModel, spec: LayoutSpec): Block[] {
  const z = spec.sizes;
  const W = textWidth(spec);
  const blocks: Block[] = [];
  const used = new Set<number>();
  const use = (l?: Line) => {
    if (l) used.add(l.i);
    return l;
  };
  const annexFrom = model.annex.length ? model.annex[0].i : model.lines.length;

  // ---- header table (ô 1–4, 5b, 10, 11)
  const header = headerTable(model, spec, use);
  if (header) blocks.push(header);
  // Header-zone lines no component claimed (stay where they were written).
  for (let i = 0; i < Math.min(model.headerEnd, annexFrom); i++) if (!used.has(i)) blocks.push(bodyPara(model, model.lines[i], spec, used));

  // ---- tên loại, trích yếu (ô 5a)
  const head = model.title ?? model.vbqpplTitle;
  if (head) {
    use(head);
    blocks.push(textPara('ten-loai', head.text, z.tenLoai, 'center', { bold: true, before: 12, keepNext: true }));
  }
  if (!model.trichYeuInHeader && model.trichYeu.length) {
    let w = 0;
    for (const l of model.trichYeu) {
      use(l);
      blocks.push(textPara('trich-yeu', l.text, z.trichYeu, 'center', { bold: true, keepNext: true }));
      w = Math.max(w, Math.min(W, measure(l.text, z.trichYeu, { bold: true })));
    }
    blocks.push(rulePara('trich-yeu-rule', Math.min(60, Math.max(25, w * spec.shortRule)), { before: 6, after: 10 }));
  } else if (head) {
    blocks.push(rulePara('trich-yeu-rule', Math.min(60, Math.max(25, measure(head.text, z.tenLoai, { bold: true }) * spec.shortRule)), { before: 6, after: 10 }));
  }
  // "(Kèm theo Quyết định số …)" under the trích yếu of an attached document.
  const afterTy = (model.trichYeu[model.trichYeu.length - 1] ?? head)?.i;
  if (afterTy !== undefined && model.lines[afterTy + 1] && kemTheo(model.lines[afterTy + 1]) && !used.has(afterTy + 1)) {
    const l = model.lines[afterTy + 1];
    use(l);
    const rule = blocks.pop()!;
    blocks.push(textPara('kem-theo', l.text, z.body, 'center', { italic: true }), rule);
  }

  // ---- Kính gửi (ô 9a), authority line, căn cứ, enacting line
  const kinhGui = () => {
    const kg = model.kinhGui;
    if (!kg) return;
    use(kg.label);
    const labelW = measure('Kính gửi', z.body);
    if (!kg.items.length) {
      blocks.push(textPara('kinh-gui', kg.label.text, z.body, 'center', { before: 6, after: 6 }));
      return;
    }
    const left = Math.max(0, W * 0.22);
    blocks.push(textPara('kinh-gui', kg.label.text, z.body, 'left', { indentLeft: left, before: 6 }));
    kg.items.forEach((l, k) => {
      use(l);
      blocks.push(textPara('kinh-gui-item', l.text, z.body, 'left', { indentLeft: left + labelW, after: k === kg.items.length - 1 ? 6 : 0 }));
    });
  };
  const kgFirst = model.kinhGui && (!model.authority.length || model.kinhGui.label.i < model.authority[0].i);
  if (kgFirst) kinhGui();
  for (const l of model.authority) {
    use(l);
    blocks.push(textPara('authority', l.text, z.body, 'center', { bold: true, before: 6, after: 6, keepNext: true }));
  }
  if (!kgFirst) kinhGui();
  for (const l of model.canCu) {
    use(l);
    blocks.push(para('can-cu', runsOf(model, l), z.body, 'justify', { italic: true, firstLine: spec.firstLine, after: spec.paraAfter, line: spec.lineSpacing }));
  }
  if (model.enact) {
    use(model.enact);
    blocks.push(textPara('enact', model.enact.text, z.body, 'center', { bold: true, before: 6, after: 6, keepNext: true }));
  }

  // ---- body (ô 6)
  const footerLines = new Set<number>();
  for (const s of model.signers) for (const l of [...s.titles, ...s.placeholders, ...(s.name ? [s.name] : [])]) footerLines.add(l.i);
  if (model.noiNhan) for (const l of [model.noiNhan.label, ...model.noiNhan.items]) footerLines.add(l.i);
  if (model.drafter) footerLines.add(model.drafter.i);
  const rest: Line[] = [];
  for (let i = model.headerEnd; i < annexFrom; i++) if (!used.has(i) && !footerLines.has(i)) rest.push(model.lines[i]);
  const bodyLines = rest.filter((l) => l.i < model.footerStart);
  const trailing = rest.filter((l) => l.i >= model.footerStart);
  blocks.push(...bodyBlocks(model, bodyLines, spec, used));

  // ---- signature table (ô 9b, 12 | ô 7a–7c)
  const signature = signatureTable(model, spec, use);
  if (signature) blocks.push(signature);
  // Lines after the footer that no component claimed: contact block (ô 13) and the like.
  trailing.forEach((l, k) => {
    use(l);
    const contact = CONTACT.test(l.text);
    if (contact && k === 0) blocks.push(rulePara('contact-rule', W, { before: 12 }));
    blocks.push(para(contact ? 'contact' : 'trailing', runsOf(model, l), contact ? 11.5 : z.body, 'left', { before: k === 0 && !contact ? 6 : 0 }));
  });
  return blocks;
}

type Use = (l?: Line) => Line | undefined;

/** The header table (ô 1–4, 5b, 10, 11): agency | Quốc hiệu over Số | date. */
function headerTable(model: DocModel, spec: LayoutSpec, use: Use): Block | undefined {
  const z = spec.sizes;
  const leftW = spec.header.left;
  const rightW = spec.header.right;
  const topLeft: Para[] = [];
  const topRight: Para[] = [];
  const lowLeft: Para[] = [];
  const lowRight: Para[] = [];
  // Chủ quản (regular) vs issuer (bold): split on bold (PL I §II.2, corrections §11.1 CQ-01).
  const agency = model.agency.filter((l) => !model.marks.includes(l));
  let firstBold = agency.findIndex((l) => l.bold);
  if (firstBold < 0) firstBold = agency.length > 1 ? 1 : 0;
  let widest = 0;
  agency.forEach((l, k) => {
    use(l);
    const issuer = k >= firstBold;
    const size = issuer ? z.agency : z.chuQuan;
    topLeft.push(textPara(issuer ? 'agency' : 'chu-quan', l.text, size, 'center', { bold: issuer || undefined }));
    if (issuer) widest = Math.max(widest, Math.min(leftW, measure(l.text, size, { bold: true })));
  });
  if (agency.length) topLeft.push(rulePara('agency-rule', widest * spec.shortRule, { before: 5 }));
  const ownMarks = model.marks.filter((l) => /xem\s+xong|lưu\s+hành|nội\s+bộ/iu.test(l.text));
  for (const l of ownMarks) {
    use(l);
    topRight.push(textPara('mark-scope', l.text, z.mark, 'center', { bold: true, box: measure(l.text, z.mark, { bold: true }) + 4, after: 4 }));
  }
  if (model.party) {
    use(model.party);
    topRight.push(textPara('party', model.party.text, z.quocHieu, 'center', { bold: true }));
    topRight.push(rulePara('party-rule', measure(model.party.text, z.quocHieu, { bold: true })));
  }
  if (model.quocHieu) {
    use(model.quocHieu);
    topRight.push(textPara('quoc-hieu', model.quocHieu.text, z.quocHieu, 'center', { bold: true }));
  }
  if (model.tieuNgu) {
    use(model.tieuNgu);
    topRight.push(textPara('tieu-ngu', model.tieuNgu.text, z.tieuNgu, 'center', { bold: true }));
    topRight.push(rulePara('tieu-ngu-rule', measure(model.tieuNgu.text, z.tieuNgu, { bold: true }), { before: 5 }));
  }
  if (model.so) {
    use(model.so);
    lowLeft.push(textPara('so', model.so.text, z.so, 'center', { before: 6 }));
  }
  if (model.trichYeuInHeader) {
    model.trichYeu.forEach((l, k) => {
      use(l);
      lowLeft.push(para('vv', runsOf(model, l).map((r) => ({ text: r.text })), z.vv, 'center', { before: k === 0 ? 6 : 0 }));
    });
  }
  for (const l of model.marks) {
    if (ownMarks.includes(l)) continue;
    use(l);
    lowLeft.push(textPara('mark', l.text, z.mark, 'center', { bold: true, box: measure(l.text, z.mark, { bold: true }) + 4, before: 6 }));
  }
  if (model.date) {
    use(model.date);
    lowRight.push(textPara('date', model.date.text, z.date, 'center', { italic: true, before: 6 }));
  }
  if (topLeft.length + topRight.length + lowLeft.length + lowRight.length) {
    const rows: Cell[][] = [];
    if (topLeft.length || topRight.length) rows.push([{ paras: topLeft }, { paras: topRight }]);
    if (lowLeft.length || lowRight.length) rows.push([{ paras: lowLeft }, { paras: lowRight }]);
    return { kind: 'table', role: 'header', widths: [leftW, rightW], rows, borders: false, outdent: spec.header.outdent };
  }
  return undefined;
}

/** The signature table (ô 9b, 12 | ô 7a–7c): Nơi nhận and drafter | signers. */
function signatureTable(model: DocModel, spec: LayoutSpec, use: Use): Block | undefined {
  const z = spec.sizes;
  const W = textWidth(spec);
  const left: Para[] = [];
  const right: Para[] = [];
  if (model.noiNhan) {
    const nn = model.noiNhan;
    use(nn.label);
    left.push(textPara('noi-nhan', nn.label.text, z.noiNhanLabel, 'left', { bold: true, italic: true }));
    for (const l of nn.items) {
      use(l);
      left.push(textPara('noi-nhan-item', l.text, z.noiNhanItem, 'left', { indentLeft: /^[-+•*–]/u.test(l.text) ? 0 : 2 }));
    }
  }
  if (model.drafter) {
    use(model.drafter);
    left.push(textPara('drafter', model.drafter.text, z.drafter, 'left'));
  }
  model.signers.forEach((s, k) => {
    s.titles.forEach((l, j) => {
      use(l);
      right.push(textPara('signer-title', l.text, z.signer, 'center', { bold: true, before: k > 0 && j === 0 ? 18 : 0 }));
    });
    // Space for the signature and the seal; a written placeholder sits in its middle.
    const ptSpace = (spec.signatureSpace * 72) / 25.4;
    const ph = s.placeholders;
    ph.forEach((l, j) => {
      use(l);
      right.push(textPara('signature', l.text, z.signer, 'center', { italic: true, before: j === 0 ? ptSpace / 2 - z.signer / 2 : 0 }));
    });
    if (s.name) {
      use(s.name);
      right.push(textPara('signer-name', s.name.text, z.name, 'center', { bold: true, before: ph.length ? ptSpace / 2 - z.signer / 2 : ptSpace }));
    } else {
      right.push(textPara('signature-space', '', z.signer, 'center', { before: ph.length ? ptSpace / 2 : ptSpace }));
    }
  });
  if (left.length || right.length) {
    const lw = W * spec.signLeft;
    return { kind: 'table', role: 'signature', widths: [lw, W - lw], rows: [[{ paras: left }, { paras: right }]], borders: false };
  }
  return undefined;
}

/** One body line as a paragraph: Điều, Chương/Mục headings, khoản, điểm, prose. */
function bodyPara(model: DocModel, l: Line, spec: LayoutSpec, used: Set<number>): Para {
  used.add(l.i);
  const z = spec.sizes;
  const runs = runsOf(model, l);
  const base: Partial<Para> = { after: spec.paraAfter, line: spec.lineSpacing };
  if (PHU_LUC.test(l.text) && l.text.length <= 40 && !/[.;,:]$/.test(l.text)) return para('phu-luc', runs, z.phuLucLabel, 'center', { bold: true, before: 6, keepNext: true });
  if (kemTheo(l) && /\)\s*$/.test(l.text)) return para('kem-theo', runs, z.body, 'center', { italic: true, after: 6 });
  if (CHAPTER.test(l.text)) return para('chapter', runs, z.body, 'center', { bold: true, before: 6, after: 0, keepNext: true });
  const m = ARTICLE.exec(l.text);
  if (m) {
    // "Điều 1." bold; a short heading line (no sentence after it) is bold whole.
    const whole = l.bold || !/[.;:]\s*\S/.test(l.text.slice(m[1].length)) && l.text.length < 120 && !/[.;:]$/.test(l.text.slice(m[1].length).trim());
    const out: Run[] = [];
    let cut = m[1].length;
    for (const r of runs) {
      if (cut <= 0 || whole) {
        out.push({ ...r, bold: whole ? true : r.bold });
        continue;
      }
      if (r.text.length <= cut) {
        out.push({ ...r, bold: true });
        cut -= r.text.length;
      } else {
        out.push({ ...r, text: r.text.slice(0, cut), bold: true }, { ...r, text: r.text.slice(cut) });
        cut = 0;
      }
    }
    return para('dieu', merge(out), z.body, 'justify', { ...base, firstLine: spec.firstLine, keepNext: whole });
  }
  if (l.heading > 0) return para('heading', runs, z.body, l.heading <= 1 ? 'center' : 'left', { ...base, bold: true, firstLine: l.heading <= 1 ? 0 : spec.firstLine, keepNext: true });
  if (ROMAN_HEAD.test(l.text) && isUpperLine(l)) return para('muc', runs, z.body, 'justify', { ...base, bold: true, firstLine: spec.firstLine, keepNext: true });
  if (isUpperLine(l) && l.text.length <= 120 && !/[.;,]$/.test(l.text)) return para('body-title', runs, z.body, 'center', { ...base, bold: true, keepNext: true });
  return para('body', runs, z.body, 'justify', { ...base, firstLine: spec.firstLine, bold: l.bold || undefined, italic: l.italic || undefined });
}

/** Body lines → paragraphs; lines of a Markdown table → a table with its grid. */
function bodyBlocks(model: DocModel, lines: Line[], spec: LayoutSpec, used: Set<number>): Block[] {
  const out: Block[] = [];
  const W = textWidth(spec);
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    if (l.cell) {
      const t = l.cell.table;
      const cells = new Map<string, Line[]>();
      let rowsN = 0;
      let colsN = 0;
      while (k < lines.length && lines[k].cell?.table === t) {
        const c = lines[k].cell!;
        used.add(lines[k].i);
        const key = `${c.row},${c.col}`;
        if (!cells.has(key)) cells.set(key, []);
        cells.get(key)!.push(lines[k]);
        rowsN = Math.max(rowsN, c.row + 1);
        colsN = Math.max(colsN, c.col + 1);
        k++;
      }
      k--;
      const rows: Cell[][] = [];
      for (let r = 0; r < rowsN; r++) {
        const row: Cell[] = [];
        for (let c = 0; c < colsN; c++) {
          const ls = cells.get(`${r},${c}`) ?? [];
          const align: Align = r === 0 || /^[\d.,%/ -]+$/.test(ls.map((x) => x.text).join(' ')) ? 'center' : 'left';
          row.push({ paras: ls.length ? ls.map((x) => para('table-cell', runsOf(model, x), spec.sizes.body - 0.5, align, { bold: r === 0 || undefined, before: 2, after: 2 })) : [textPara('table-cell', '', spec.sizes.body - 0.5, 'left')] });
        }
        rows.push(row);
      }
      // Column widths follow the longest text of each column (a narrow STT column, a wide name column).
      // Narrow columns keep their natural width; the others share the rest.
      const natural = Array.from({ length: colsN }, (_, c) => {
        let w = 0;
        for (const row of rows) for (const p of row[c].paras) w = Math.max(w, measure(p.runs.map((x) => x.text).join(''), p.size, { bold: p.bold }));
        return Math.max(10, w + 5);
      });
      const narrow = natural.map((w) => w <= 28);
      const fixed = natural.reduce((a, w, c) => a + (narrow[c] ? w : 0), 0);
      const wide = natural.reduce((a, w, c) => a + (narrow[c] ? 0 : w), 0);
      const widths = wide > 0 && fixed < W ? natural.map((w, c) => (narrow[c] ? w : ((W - fixed) * w) / wide)) : natural.map((w) => (w * W) / (fixed + wide));
      out.push({ kind: 'table', role: 'body', widths, rows, borders: true });
      continue;
    }
    out.push(bodyPara(model, l, spec, used));
  }
  return out;
}

// ------------------------------------------------------------------ appendices

/** The annex lines split into parts, one per "Phụ lục …" heading or attached document. */
function splitAnnex(annex: Line[]): Line[][] {
  const parts: Line[][] = [];
  for (const l of annex) {
    const starts = parts.length === 0 || (PHU_LUC.test(l.text) && l.text.length <= 80 && !/[;,.]$/.test(l.text) && l.blankBefore && !l.cell);
    if (starts) parts.push([l]);
    else parts[parts.length - 1].push(l);
  }
  return parts;
}

function annexBlocks(model: DocModel, part: Line[], spec: LayoutSpec): Block[] {
  const z = spec.sizes;
  const used = new Set<number>();
  if (PHU_LUC.test(part[0].text)) {
    const blocks: Block[] = [textPara('phu-luc', part[0].text, z.phuLucLabel, 'center', { bold: true })];
    used.add(part[0].i);
    let k = 1;
    let w = 0;
    while (k < part.length && k <= 3 && isUpperLine(part[k]) && !part[k].cell) {
      blocks.push(textPara('phu-luc-title', part[k].text, z.phuLucTitle, 'center', { bold: true }));
      w = Math.max(w, measure(part[k].text, z.phuLucTitle, { bold: true }));
      used.add(part[k].i);
      k++;
    }
    if (k < part.length && kemTheo(part[k])) {
      blocks.push(textPara('kem-theo', part[k].text, z.body, 'center', { italic: true }));
      w = Math.max(w, measure(part[k].text, z.body, { italic: true }));
      used.add(part[k].i);
      k++;
    }
    blocks.push(rulePara('phu-luc-rule', Math.min(60, Math.max(25, w * spec.shortRule)), { before: 4, after: 12 }));
    blocks.push(...bodyBlocks(model, part.slice(k), spec, used));
    return blocks;
  }
  // An attached document with its own header or title (a quy chế issued with
  // a quyết định): the engine's model of that part, laid out like a document.
  const sub = buildModel({ ...model.md, lines: part.map((l, i) => ({ ...l, starts: l.starts, ends: l.ends, i })) });
  if (sub.annex.length >= part.length) return bodyBlocks(model, part, spec, used);
  return [...documentBlocks(sub, spec), ...splitAnnex(sub.annex).flatMap((p) => annexBlocks(sub, p, spec))];
}
