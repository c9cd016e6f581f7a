// The layout spec of Phụ lục I (NĐ 30/2020): page set-up, sizes and styles of
// every component. Both writers (DOCX and the HTML preview) read it, so the
// printed letter and the preview cannot drift apart.
//
// Where the decree gives a range the default is the middle of it
// (`profile: 'giua'`); the two profiles of the font table's footnote
// ("13": QH 12 / TN 13 / date 13, "14": QH 13 / TN 14 / date 14) are also
// offered, because PL I §V requires the sizes to step together.

export type Profile = 'giua' | '13' | '14';

export interface Sizes {
  quocHieu: number;
  tieuNgu: number;
  chuQuan: number;
  agency: number;
  so: number;
  date: number;
  tenLoai: number;
  trichYeu: number;
  vv: number;
  body: number;
  signer: number;
  name: number;
  noiNhanLabel: number;
  noiNhanItem: number;
  drafter: number;
  phuLucLabel: number;
  phuLucTitle: number;
  mark: number;
  pageNumber: number;
}

/** PL I §V, the size table; ranges → middle, and the footnote's two profiles. */
export const PROFILES: Record<Profile, Sizes> = {
  giua: {
    quocHieu: 12.5, tieuNgu: 13.5, chuQuan: 12.5, agency: 12.5, so: 13, date: 13.5, tenLoai: 13.5, trichYeu: 13.5, vv: 12.5,
    body: 13.5, signer: 13.5, name: 13.5, noiNhanLabel: 12, noiNhanItem: 11, drafter: 11, phuLucLabel: 14, phuLucTitle: 13.5, mark: 13.5, pageNumber: 13.5,
  },
  '13': {
    quocHieu: 12, tieuNgu: 13, chuQuan: 12, agency: 12, so: 13, date: 13, tenLoai: 14, trichYeu: 14, vv: 12,
    body: 14, signer: 14, name: 14, noiNhanLabel: 12, noiNhanItem: 11, drafter: 11, phuLucLabel: 14, phuLucTitle: 14, mark: 13, pageNumber: 13,
  },
  '14': {
    quocHieu: 13, tieuNgu: 14, chuQuan: 13, agency: 13, so: 13, date: 14, tenLoai: 14, trichYeu: 14, vv: 12,
    body: 14, signer: 14, name: 14, noiNhanLabel: 12, noiNhanItem: 11, drafter: 11, phuLucLabel: 14, phuLucTitle: 14, mark: 14, pageNumber: 14,
  },
};

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Decree ranges (mm), PL I §I.3. */
export const MARGIN_RANGES: Record<keyof Margins, [number, number]> = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
};

export interface LayoutSpec {
  font: string;
  /** A4 portrait, mm. */
  page: { width: number; height: number };
  margins: Margins;
  /** Distance of the page-number header from the top edge, mm. */
  headerDistance: number;
  sizes: Sizes;
  /** Body: first-line indent (mm), space between paragraphs (pt), line spacing (multiple). PL I §II.6.e. */
  firstLine: number;
  paraAfter: number;
  lineSpacing: number;
  /**
   * The header table is wider than the text block and reaches into the left and
   * right margins (as in the decree's own Mẫu), so that a long agency name and
   * the Quốc hiệu each fit on their lines: left column, right column, mm, and
   * how far it starts left of the text block.
   */
  header: { left: number; right: number; outdent: number };
  /** Width of the left column of the signature table (fraction of the text width). */
  signLeft: number;
  /** Rule under the agency name and the trích yếu: fraction of the text above it (1/3–1/2). */
  shortRule: number;
  /** Blank space for the signature and seal, mm. */
  signatureSpace: number;
}

export interface ExportSettings {
  profile?: Profile;
  margins?: Partial<Margins>;
  lineSpacing?: number;
  firstLine?: number;
}

const mid = (r: [number, number]) => (r[0] + r[1]) / 2;

export function layoutSpec(s: ExportSettings = {}): LayoutSpec {
  const margins = {} as Margins;
  for (const k of Object.keys(MARGIN_RANGES) as (keyof Margins)[]) {
    const r = MARGIN_RANGES[k];
    const v = s.margins?.[k];
    // Values outside the decree's range are clamped into it.
    margins[k] = typeof v === 'number' && Number.isFinite(v) ? Math.min(r[1], Math.max(r[0], v)) : mid(r);
  }
  const lineSpacing = typeof s.lineSpacing === 'number' && s.lineSpacing >= 1 && s.lineSpacing <= 1.5 ? s.lineSpacing : 1.2;
  const firstLine = s.firstLine === 10 || s.firstLine === 12.7 ? s.firstLine : 12.7;
  return {
    font: 'Times New Roman',
    page: { width: 210, height: 297 },
    margins,
    headerDistance: 10,
    sizes: PROFILES[s.profile && PROFILES[s.profile] ? s.profile : 'giua'],
    firstLine,
    paraAfter: 6,
    lineSpacing,
    header: { left: 74, right: 100, outdent: 10 },
    signLeft: 0.47,
    shortRule: 0.4,
    signatureSpace: 24,
  };
}

export function textWidth(spec: LayoutSpec): number {
  return spec.page.width - spec.margins.left - spec.margins.right;
}

/** Read the `export` section of a `.thethuc.jsonc` (unknown keys ignored). */
export function exportSettingsFrom(raw: unknown): ExportSettings {
  if (!raw || typeof raw !== 'object') return {};
  const r = raw as Record<string, unknown>;
  const out: ExportSettings = {};
  if (r.profile === 'giua' || r.profile === '13' || r.profile === '14') out.profile = r.profile;
  if (r.profile === 13 || r.profile === 14) out.profile = String(r.profile) as Profile;
  if (r.margins && typeof r.margins === 'object') {
    const m = r.margins as Record<string, unknown>;
    out.margins = {};
    for (const k of ['top', 'bottom', 'left', 'right'] as const) if (typeof m[k] === 'number') out.margins[k] = m[k] as number;
  }
  if (typeof r.lineSpacing === 'number') out.lineSpacing = r.lineSpacing;
  if (typeof r.firstLine === 'number') out.firstLine = r.firstLine;
  return out;
}
