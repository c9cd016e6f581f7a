// The team's own units and place names (".thethuc.jsonc": "vietHoa": {"donVi": [...],
// "diaDanh": [...]}), passed to the rules through the rule options of ND30-VH-10 and
// ND30-VH-04 or through the agency profile (coQuan.ten, coQuan.donVi).

import type { RuleContext } from '../../rule';

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && /\p{Lu}/u.test(x) && x.trim().length > 2).map((x) => x.trim().normalize('NFC')) : [];
}

/** Agency names the team declared, written with their official capitalisation. */
export function teamUnits(ctx: RuleContext): string[] {
  const out = strings(ctx.options.donVi);
  const s = ctx.settings as { vietHoa?: { donVi?: unknown } };
  out.push(...strings(s.vietHoa?.donVi));
  const p = ctx.settings.coQuan;
  if (p?.ten && p.ten !== p.ten.toUpperCase()) out.push(p.ten.trim());
  // The profile's units: {"KHTC": "Phòng Kế hoạch - Tài chính"} or [{"kyHieu": …, "ten": …}, …].
  const dv = p?.donVi as unknown;
  const vals = Array.isArray(dv) ? dv.map((d) => (typeof d === 'object' && d ? (d as { ten?: unknown }).ten : d)) : dv && typeof dv === 'object' ? Object.values(dv) : [];
  out.push(...strings(vals));
  return out;
}

/** Place names the team declared (each syllable capitalised). */
export function teamPlaces(ctx: RuleContext): string[] {
  const out = strings(ctx.options.diaDanh);
  const s = ctx.settings as { vietHoa?: { diaDanh?: unknown } };
  out.push(...strings(s.vietHoa?.diaDanh));
  return out;
}
