// The document model: where each component of Điều 8 is on the logical lines.
// Filled by the recognisers of this folder; `buildModel` (../model.ts) calls
// them in the decree's order.

import type { Line, MarkdownDoc } from '../markdown';
import type { DocType } from '../vocab';
import type { Regime } from '../types';

export interface SignerBlock {
  /** UPPER lines: authority prefix lines and position titles. */
  titles: Line[];
  /** Placeholders for the signature: "(Đã ký)", "(Chữ ký, dấu)". */
  placeholders: Line[];
  name?: Line;
}

export interface ListBlock {
  label: Line;
  items: Line[];
}

/** A document attached after the main one (a quy chế issued with a QĐ, a phụ lục, a kế hoạch). */
export interface Annex {
  /** All its lines, header included (a slice of `DocModel.lines`). */
  lines: Line[];
  /** Its heading: "PHỤ LỤC I", "QUY CHẾ", "KẾ HOẠCH", "DANH MỤC …". */
  title?: Line;
  /** Lines under the heading naming its content ("Tổ chức và hoạt động của …"). */
  trichYeu: Line[];
  /** "(Kèm theo Quyết định số …)", "(Ban hành kèm theo …)". */
  attachedTo?: Line;
}

/** A block of quoted legal text (a provision copied verbatim into a letter). */
export interface Quotation {
  lines: Line[];
}

/**
 * The components whose place the model knows even when they are missing
 * (see `DocModel.anchor`).
 */
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
  | 'signature'
  | 'noiNhan';

export interface DocModel {
  md: MarkdownDoc;
  lines: Line[];
  /** Is this Markdown file an administrative document at all? */
  isDocument: boolean;
  regime: Regime;
  type?: DocType;
  /** How the type was found. */
  typeSource?: 'front-matter' | 'title' | 'v/v' | 'kinh-gui' | 'so';
  /** Title of a VBQPPL (LUẬT, NGHỊ ĐỊNH…). */
  vbqpplTitle?: Line;
  headerEnd: number;
  quocHieu?: Line;
  tieuNgu?: Line;
  party?: Line;
  agency: Line[];
  /** The Số line; when its ký hiệu is broken onto the next line, one joined line (see `soCont`). */
  so?: Line;
  /** A ký hiệu broken after a hyphen onto the next line ("Số: 15/QĐ-" / "UBND"): that next line (its text is also in `so`). */
  soCont?: Line;
  date?: Line;
  marks: Line[];
  title?: Line;
  /** Copy form line (SAO Y, SAO LỤC, TRÍCH SAO). */
  copyForm?: Line;
  trichYeu: Line[];
  /**
   * The whole trích yếu as one logical line: its lines (wrapped in pasted
   * text, or typed over two lines) joined by a space that stands for the line
   * break; each character keeps its source offsets. Undefined without trích yếu.
   */
  trichYeuLine?: Line;
  /** The trích yếu is in ô 5b (V/v line of a công văn, or a "Về việc" line in the header). */
  trichYeuInHeader: boolean;
  kinhGui?: ListBlock;
  /** Recipients of a công điện: "THỦ TƯỚNG CHÍNH PHỦ điện:" then "- …;" items. */
  dienGui?: ListBlock;
  authority: Line[];
  /**
   * The căn cứ block, one logical line per căn cứ: from its opening words
   * ("Căn cứ", "Xét", "Theo đề nghị"…) to its end. Lines that wrap a căn cứ
   * (text pasted from a PDF) are joined by a space standing for the line
   * break, each character keeping its source offsets, so a wrapped căn cứ is
   * checked like the same căn cứ on one line.
   */
  canCu: Line[];
  /** Same array as `canCu` (kept as an explicit name for the joined items). */
  canCuItems: Line[];
  /**
   * Căn cứ lines typed as list items ("- Căn cứ …;", "– Xét đề nghị …"): the
   * source lines, bullet included; `canCu` holds them without the bullet.
   */
  canCuBullets: Line[];
  enact?: Line;
  body: Line[];
  /** Quoted legal text inside the body (its lines are also in `body`). */
  quotations: Quotation[];
  signers: SignerBlock[];
  noiNhan?: ListBlock;
  /** Notes after the signature ("Ghi chú: …", "*Gửi kèm …*"): not the signer. */
  notes: Line[];
  /** Drafter's ký hiệu and copies (ô 12), e.g. "PL.(300)". */
  drafter?: Line;
  footerStart: number;
  /** Documents attached after the main footer, header included (all their lines). */
  annex: Line[];
  /** The same lines, one entry per attached document, with its own title and trích yếu. */
  annexes: Annex[];
  /**
   * The line where a component is, or where it belongs when it is missing
   * (for reporting a missing component on its place). Undefined only when the
   * document has no line. See reader/anchors.ts for each component's place.
   */
  anchor(component: AnchorComponent): Line | undefined;
  /** Is this line inside a quoted block of legal text? */
  inQuotation(l: Line): boolean;
}
