// The blocks the templates share, in the layout of the templates: the header
// and the signature block are two-column pipe tables with <br> between lines.

import { QUOC_HIEU, TIEU_NGU } from '../engine/vocab';

/** Quốc hiệu and Tiêu ngữ (ô 1), bold, one line each. */
export const QUOC_HIEU_LINES = [`**${QUOC_HIEU}**`, `**${TIEU_NGU}**`];

export const SIG_NOTE = '*(Chữ ký của người có thẩm quyền, dấu/chữ ký số của cơ quan, tổ chức)*';

/** The first row of the header table: agency (ô 2) and Quốc hiệu, Tiêu ngữ (ô 1). */
export function agencyRow(): string[] {
  return [`| {{chuQuan}}**{{coQuan}}** | ${QUOC_HIEU_LINES.join('<br>')} |`, '|:---:|:---:|'];
}

/** The standard header (two-column table): ô 1–4. `so` is the Số line, `extraLeft` more lines under it (V/v). */
export function header(so: string, opts: { date?: boolean; extraLeft?: string } = {}): string[] {
  const left = `Số: {{so}}/${so}${opts.extraLeft ? `<br>${opts.extraLeft}` : ''}`;
  const right = opts.date === false ? ' ' : '*{{diaDanh}}, {{ngayThang}}*';
  return [...agencyRow(), `| ${left} | ${right} |`];
}

/** The signer (ô 7): authority and position, the signature note, the name. */
export const SIGNATURE_LINES = ['**{{quyenHan}} {{thamQuyen}}**', '**{{chucVu}}**', '', SIG_NOTE, '', '**{{hoTen}}**'];

/** Nơi nhận (ô 9b): the label, the items, the Lưu line. */
export function noiNhanLines(items: string[], luu = '- Lưu: VT, {{donVi}}.'): string[] {
  return ['***Nơi nhận:***', ...items, luu];
}

/** The standard footer (two-column table): Nơi nhận (ô 9b) and the signer (ô 7, 8). */
export function footer(items: string[], luu?: string): string[] {
  return [`| ${noiNhanLines(items, luu).join('<br>')} | ${SIGNATURE_LINES.join('<br>')} |`, '|:---|:---:|'];
}

/** Two căn cứ and the proposing unit (ô 6 of a quyết định). */
export const CAN_CU_BLOCK = ['*Căn cứ {{canCu1}};*', '', '*Căn cứ {{canCu2}};*', '', '*Theo đề nghị của {{deNghi}}.*'];

/** The two-item Nơi nhận of most templates: "- Như …;" and one more. */
export function nhuItems(nhu: string): string[] {
  return [`- ${nhu};`, '- {{noiNhan2}};'];
}
