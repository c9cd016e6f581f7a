// The team's own units and place names (".thethuc.jsonc": "vietHoa": {"donVi": [...],
// "diaDanh": [...]}), passed to the rules through the rule options of ND30-VH-10 and
// ND30-VH-04 or through the agency profile (coQuan.ten, coQuan.donVi).

import type { RuleContext } from '../../rule';
import { t } from '../util';

/** VH-10's option: the team's units (also "vietHoa.donVi" and the agency profile). */
export const UNIT_OPTIONS = {
  donVi: {
    type: 'strings',
    default: [],
    description: t(
      'Tên cơ quan, đơn vị của nhóm, viết đúng chữ hoa (như "vietHoa.donVi" của .thethuc.jsonc), ví dụ "Trung tâm Phục vụ hành chính công".',
      'The team\'s agency and unit names, capitalised as they are written (like "vietHoa.donVi" in .thethuc.jsonc), e.g. "Trung tâm Phục vụ hành chính công".',
    ),
  },
} as const;

/** VH-04's option: the team's place names (also "vietHoa.diaDanh"). */
export const PLACE_OPTIONS = {
  diaDanh: {
    type: 'strings',
    default: [],
    description: t(
      'Địa danh (tên riêng của đơn vị hành chính) của nhóm, viết đúng chữ hoa (như "vietHoa.diaDanh"), ví dụ "Tam Đường".',
      'The team\'s place names (administrative unit names), capitalised as they are written (like "vietHoa.diaDanh"), e.g. "Tam Đường".',
    ),
  },
} as const;

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && /\p{Lu}/u.test(x) && x.trim().length > 2).map((x) => x.trim().normalize('NFC')) : [];
}

/** Agency names the team declared, written with their official capitalisation. */
export function teamUnits(ctx: RuleContext<{ readonly donVi: readonly string[] }>): string[] {
  const out = strings(ctx.options.donVi);
  out.push(...strings(ctx.settings.vietHoa?.donVi));
  const p = ctx.settings.coQuan;
  if (p?.ten && p.ten !== p.ten.toUpperCase()) out.push(p.ten.trim());
  // The profile's units: {"KHTC": "Phòng Kế hoạch - Tài chính"} or [{"kyHieu": …, "ten": …}, …].
  const dv = p?.donVi as unknown;
  const vals = Array.isArray(dv) ? dv.map((d) => (typeof d === 'object' && d ? (d as { ten?: unknown }).ten : d)) : dv && typeof dv === 'object' ? Object.values(dv) : [];
  out.push(...strings(vals));
  return out;
}

/** Place names the team declared (each syllable capitalised). */
export function teamPlaces(ctx: RuleContext<{ readonly diaDanh: readonly string[] }>): string[] {
  const out = strings(ctx.options.diaDanh);
  out.push(...strings(ctx.settings.vietHoa?.diaDanh));
  return out;
}
