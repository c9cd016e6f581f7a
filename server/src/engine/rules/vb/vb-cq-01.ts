// VB-CQ-01: the document agrees with the team's agency profile (`coQuan` in
// .thethuc.jsonc or the `thethuc.coQuan` setting). Beyond the decree: the
// decree says what the parts are (PL I II.3.b, II.4, II.9.b; PL III), the
// profile says what they must be for this agency. Runs only when a profile is
// configured, and checks only the fields the profile sets:
//   - kyHieu: the issuer part of the ký hiệu (`05/SNV-VP`, `15/QĐ-UBND`);
//   - donVi: the unit of `Lưu: VT, <unit>` and, in a công văn, the unit part
//     of the ký hiệu (`05/SNV-<unit>`);
//   - diaDanh: the place name of the date line.

import type { Rule, RuleContext } from '../../rule';
import type { Line } from '../../markdown';
import { DOC_TYPES, COPY_FORMS } from '../../vocab';
import { canon, hasPlaceholder } from '../../text';
import { t } from '../util';

const TYPE_ABBRS = new Set([...DOC_TYPES.map((d) => d.abbr), ...COPY_FORMS.map((c) => c.abbr)].filter(Boolean).map((a) => canon(a).toUpperCase()));
const TOKEN = /[\p{L}\p{N}.&]+/gu;

export const vbCq01: Rule = {
  meta: {
    id: 'VB-CQ-01',
    component: 'co-quan',
    severity: 'warning',
    clause: t('hồ sơ cơ quan coQuan trong .thethuc.jsonc', 'agency profile coQuan in .thethuc.jsonc'),
    title: t('Ký hiệu, nơi lưu và địa danh khớp hồ sơ cơ quan', 'Ký hiệu, filing unit and place name match the agency profile'),
    description: t(
      'Khi nhóm khai báo hồ sơ cơ quan (`coQuan` trong `.thethuc.jsonc` hoặc cài đặt `thethuc.coQuan`), quy tắc kiểm tra: chữ viết tắt tên cơ quan trong ký hiệu văn bản đúng `coQuan.kyHieu` (ví dụ `Số: 05/SNV-VP`, `Số: 15/QĐ-UBND`); đơn vị soạn thảo ở dòng `Lưu: VT, <đơn vị>` (và ở ký hiệu công văn) là một trong các khoá của `coQuan.donVi`; địa danh ở dòng ngày tháng đúng `coQuan.diaDanh`. Đây là kiểm tra bổ sung ngoài Nghị định (tiền tố VB-): Nghị định quy định thành phần, hồ sơ cơ quan quy định giá trị. Có sửa nhanh khi giá trị đúng là duy nhất.',
      'When the team declares an agency profile (`coQuan` in `.thethuc.jsonc` or the `thethuc.coQuan` setting), this rule checks that the agency abbreviation in the ký hiệu equals `coQuan.kyHieu` (e.g. `Số: 05/SNV-VP`, `Số: 15/QĐ-UBND`); that the drafting unit of `Lưu: VT, <unit>` (and of a công văn ký hiệu) is one of the keys of `coQuan.donVi`; and that the place name of the date line equals `coQuan.diaDanh`. A check beyond the decree (VB- prefix): the decree defines the parts, the profile their values. Quick fixes when the right value is unambiguous.',
    ),
    fixable: true,
    regimes: ['hanh-chinh'],
    examples: {
      correct: ['Số: 05/SNV-VP', '*Lai Châu, ngày 05 tháng 3 năm 2026*', '- Lưu: VT, VP.'],
      incorrect: ['Số: 05/SNN-VP', '*Hà Nội, ngày 05 tháng 3 năm 2026*', '- Lưu: VT, KT.'],
    },
  },
  check(ctx) {
    const p = ctx.settings.coQuan;
    if (!p) return;
    const units = p.donVi && Object.keys(p.donVi).length ? Object.keys(p.donVi) : undefined;
    if (ctx.model.so && (p.kyHieu || units)) checkKyHieu(ctx, ctx.model.so, p.kyHieu, units);
    if (units && ctx.model.noiNhan) {
      const luu = ctx.model.noiNhan.items.find((l) => /^[-+•*–—]?\s*lưu(?![\p{L}\p{N}])/iu.test(l.text)) ?? (/lưu\s*:/iu.test(ctx.model.noiNhan.label.text) ? ctx.model.noiNhan.label : undefined);
      if (luu) checkLuu(ctx, luu, units);
    }
    if (p.diaDanh && ctx.model.date) checkDiaDanh(ctx, ctx.model.date, p.diaDanh);
  },
};

/** Report a unit that is not in the profile; fix when it differs from exactly one key by case only. */
function reportUnit(ctx: RuleContext, line: Line, from: number, unit: string, units: string[], where: { vi: string; en: string }): void {
  if (units.some((u) => canon(u) === canon(unit))) return;
  const same = units.filter((u) => canon(u).toUpperCase() === canon(unit).toUpperCase());
  const list = units.join(', ');
  ctx.report({
    line,
    from,
    to: from + unit.length,
    message: t(
      `Đơn vị soạn thảo "${unit}" ${where.vi} không có trong hồ sơ cơ quan (coQuan.donVi: ${list})`,
      `Drafting unit "${unit}" ${where.en} is not in the agency profile (coQuan.donVi: ${list})`,
    ),
    fix: same.length === 1 ? { title: t(`Sửa thành "${same[0]}"`, `Change to "${same[0]}"`), edits: [ctx.edit(line, from, from + unit.length, same[0])] } : undefined,
  });
}

function checkKyHieu(ctx: RuleContext, so: Line, kyHieu: string | undefined, units: string[] | undefined): void {
  const text = so.text;
  // Số: 05/SNV-VP · Số: 15/QĐ-UBND · Số: 89/2025/QĐ-UBND · Số: 05/CĐ-UBND
  const m = /^\S+\s*[:.;]?\s*[^/\s]*\s*\/\s*(?:\d{4}\s*\/\s*)?/u.exec(text);
  if (!m) return;
  const rest = text.slice(m[0].length);
  if (!rest || hasPlaceholder(rest)) return;
  // Only the dash-joined head of the ký hiệu ("SNV-VP"), not any trailing words.
  const head = /^[\p{L}\p{N}.&]+(?:\s*[-–]\s*[\p{L}\p{N}.&]+)*/u.exec(rest);
  if (!head) return;
  const parts: { s: string; at: number }[] = [];
  TOKEN.lastIndex = 0;
  let tm: RegExpExecArray | null;
  while ((tm = TOKEN.exec(head[0]))) parts.push({ s: tm[0].replace(/\.+$/, ''), at: m[0].length + tm.index });
  if (!parts.length) return;
  const first = canon(parts[0].s).toUpperCase();
  const hasType = parts.length >= 2 && TYPE_ABBRS.has(first);
  const issuer = hasType ? parts[1] : parts[0];
  if (kyHieu && issuer && canon(issuer.s) !== canon(kyHieu)) {
    ctx.report({
      line: so,
      from: issuer.at,
      to: issuer.at + issuer.s.length,
      message: t(
        `Chữ viết tắt tên cơ quan trong ký hiệu là "${issuer.s}", hồ sơ cơ quan ghi "${kyHieu}"`,
        `The agency abbreviation in the ký hiệu is "${issuer.s}"; the agency profile says "${kyHieu}"`,
      ),
      fix: { title: t(`Sửa thành "${kyHieu}"`, `Change to "${kyHieu}"`), edits: [ctx.edit(so, issuer.at, issuer.at + issuer.s.length, kyHieu)] },
    });
  }
  // A công văn (no type abbreviation) names the drafting unit after the agency.
  if (units && !hasType && parts.length >= 2 && !ctx.model.type?.abbr) {
    reportUnit(ctx, so, parts[1].at, parts[1].s, units, { vi: 'trong ký hiệu', en: 'in the ký hiệu' });
  }
}

function checkLuu(ctx: RuleContext, luu: Line, units: string[]): void {
  const text = luu.text;
  const m = /lưu\s*:?\s*/iu.exec(text);
  if (!m) return;
  const start = m.index + m[0].length;
  const rest = text.slice(start);
  if (hasPlaceholder(rest)) return;
  // "VT, VP, NVA(05)." → items; the first is the văn thư (VT), the second the unit.
  const items: { s: string; at: number }[] = [];
  const re = /[^,;]+/gu;
  let im: RegExpExecArray | null;
  while ((im = re.exec(rest))) {
    const raw = im[0];
    const lead = raw.length - raw.trimStart().length;
    const s = raw.trim().replace(/\s*\(\s*\d+\s*\)\s*\.?$/u, '').replace(/[./]+$/u, '').trim();
    if (s) items.push({ s, at: start + im.index + lead });
  }
  if (items.length < 2) return;
  const unit = items[1];
  if (!/^[\p{Lu}\p{N}.&]+$/u.test(unit.s)) return; // a written-out unit name, not an abbreviation
  reportUnit(ctx, luu, unit.at, unit.s, units, { vi: 'ở dòng "Lưu"', en: 'in the "Lưu" line' });
}

function checkDiaDanh(ctx: RuleContext, date: Line, diaDanh: string): void {
  const text = date.text;
  const m = /^([^,]+?)\s*,\s*ngày(?![\p{L}\p{N}])/iu.exec(text);
  if (!m) return;
  const place = m[1].trim();
  const from = text.indexOf(place);
  if (!place || hasPlaceholder(place)) return;
  if (canon(place).toLowerCase() === canon(diaDanh).toLowerCase() && canon(place) === canon(diaDanh)) return;
  ctx.report({
    line: date,
    from,
    to: from + place.length,
    message: t(`Địa danh "${place}" khác hồ sơ cơ quan: "${diaDanh}"`, `Place name "${place}" differs from the agency profile: "${diaDanh}"`),
    fix: { title: t(`Sửa thành "${diaDanh}"`, `Change to "${diaDanh}"`), edits: [ctx.edit(date, from, from + place.length, diaDanh)] },
  });
}
