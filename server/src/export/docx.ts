// DOCX writer: renders the layout (layout.ts) with the `docx` package.
// A4 portrait, the decree's margins, Times New Roman, borderless header and
// signature tables, short rules drawn as bottom borders of empty centred
// paragraphs, page numbers centred in the top margin from page 2.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block, Layout, Para, Table as LTable } from './layout';
import { textWidth } from './spec';

/** mm → twips */
export const tw = (mm: number): number => Math.round((mm * 1440) / 25.4);
/** pt → twips */
const ptw = (pt: number): number => Math.round(pt * 20);
/** pt → half-points */
const hp = (pt: number): number => Math.round(pt * 2);

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** Left and right padding inside table cells, mm. */
export const CELL_PAD = 1;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } as const;

function paragraph(p: Para, width: number, font: string): Paragraph {
  if (p.rule !== undefined) {
    const w = Math.min(width, p.rule);
    const side = Math.max(0, (width - w) / 2);
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { left: tw(side), right: tw(side) },
      // The rule is the bottom border of an empty line `before` points high, so it sits that far under the text.
      spacing: { before: 0, after: ptw(p.after ?? 0), line: ptw(Math.max(1, p.before ?? 0)), lineRule: LineRuleType.EXACT },
      border: { bottom: { ...LINE, space: 0 } },
      children: [new TextRun({ text: '', size: 2, font })],
      keepNext: p.keepNext,
    });
  }
  let indentLeft = p.indentLeft ?? 0;
  let indentRight = p.indentRight ?? 0;
  let border;
  if (p.box !== undefined) {
    // A single-line frame as wide as the text: the paragraph is narrowed to it.
    const side = Math.max(0, (width - p.box) / 2);
    indentLeft = side;
    indentRight = side;
    border = { top: { ...LINE, space: 1 }, bottom: { ...LINE, space: 1 }, left: { ...LINE, space: 4 }, right: { ...LINE, space: 4 } };
  }
  return new Paragraph({
    alignment: ALIGN[p.align],
    indent: { left: tw(indentLeft), right: tw(indentRight), firstLine: p.firstLine ? tw(p.firstLine) : undefined },
    spacing: {
      before: ptw(p.before ?? 0),
      after: ptw(p.after ?? 0),
      line: Math.round(240 * (p.line ?? 1)),
      lineRule: LineRuleType.AUTO,
    },
    keepNext: p.keepNext,
    border,
    children: p.runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          bold: p.bold || r.bold || false,
          italics: p.italic || r.italic || false,
          size: hp(p.size),
          font,
          color: '000000',
        }),
    ),
  });
}

function table(t: LTable, font: string): Table {
  const borders = t.borders
    ? undefined
    : { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
  const cellBorders = t.borders ? undefined : { top: NONE, bottom: NONE, left: NONE, right: NONE };
  return new Table({
    width: { size: tw(t.widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: t.widths.map(tw),
    layout: TableLayoutType.FIXED,
    indent: t.outdent ? { size: -tw(t.outdent), type: WidthType.DXA } : undefined,
    borders,
    margins: { left: tw(CELL_PAD), right: tw(CELL_PAD), top: 0, bottom: 0 },
    rows: t.rows.map(
      (row) =>
        new TableRow({
          cantSplit: t.role !== 'body',
          children: row.map(
            (cell, c) =>
              new TableCell({
                width: { size: tw(t.widths[c]), type: WidthType.DXA },
                verticalAlign: cell.valign === 'center' ? VerticalAlign.CENTER : VerticalAlign.TOP,
                borders: cellBorders,
                children: cell.paras.length ? cell.paras.map((p) => paragraph(p, t.widths[c] - 2 * CELL_PAD, font)) : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

function blocks(bs: Block[], width: number, font: string): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of bs) {
    if (b.kind === 'para') out.push(paragraph(b, width, font));
    else {
      out.push(table(b, font));
      // Word needs a paragraph between two tables, or they merge.
      out.push(new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text: '', size: 2, font })] }));
    }
  }
  return out;
}

export function layoutToDocument(layout: Layout, meta: { title?: string } = {}): Document {
  const { spec } = layout;
  const font = spec.font;
  const width = textWidth(spec);
  const pageHeader = () =>
    new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: hp(spec.sizes.pageNumber), font, color: '000000' })],
        }),
      ],
    });
  return new Document({
    creator: 'Thể thức',
    title: meta.title,
    styles: {
      default: {
        document: { run: { font, size: hp(spec.sizes.body), color: '000000' }, paragraph: { spacing: { before: 0, after: 0 } } },
      },
    },
    sections: layout.sections.map((s) => ({
      properties: {
        titlePage: true,
        page: {
          size: { width: tw(spec.page.width), height: tw(spec.page.height) },
          margin: {
            top: tw(spec.margins.top),
            bottom: tw(spec.margins.bottom),
            left: tw(spec.margins.left),
            right: tw(spec.margins.right),
            header: tw(spec.headerDistance),
            footer: tw(spec.headerDistance),
          },
          // Each appendix numbers its pages on its own (PL I §III.1.đ).
          pageNumbers: { start: 1 },
        },
      },
      headers: { default: pageHeader(), first: new Header({ children: [new Paragraph({})] }) },
      children: blocks(s.blocks, width, font),
    })),
  });
}

export async function layoutToDocx(layout: Layout, meta: { title?: string } = {}): Promise<Buffer> {
  return Packer.toBuffer(layoutToDocument(layout, meta));
}
