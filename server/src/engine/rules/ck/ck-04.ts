// ND30-CK-04: no học hàm, học vị or honorary title before the signer's name; the name in full.

import type { Rule } from '../../rule';
import type { RuleOptions } from '../../types';
import { isAbbreviatedName, looksLikeName } from '../../model';
import { bare } from '../../text';
import { PL1, t } from '../util';
import { nameLine } from './common';

// Học hàm, học vị (allowed by sector rules: option allowAcademic).
const ACADEMIC =
  /^(?:(?:GS|PGS|TSKH|TS|ThS|Ths|THS|BSCKII|BSCKI|BS|CKII|CKI|KS|DS)(?:\s*[.-]\s*|\s+)|(?:Phó\s+giáo\s+sư|Giáo\s+sư|Tiến\s+sĩ(?:\s+khoa\s+học)?|Thạc\s+sĩ|Bác\s+sĩ(?:\s+chuyên\s+khoa\s+(?:cấp\s+)?(?:II|I))?|Dược\s+sĩ|Kỹ\s+sư)\s+)/iu;
// Quân hàm (allowed for the armed forces by sector rules: option allowAcademic).
const MILITARY = /^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+/iu;
// Danh hiệu danh dự: never allowed.
const HONORARY =
  /^(?:(?:NGND|NGƯT|NSND|NSƯT|TTND|TTƯT|AHLĐ|AHLLVT)(?:\s*[.\-,]\s*|\s+)|(?:Nhà\s+giáo|Nghệ\s+sĩ|Thầy\s+thuốc)\s+(?:nhân\s+dân|ưu\s+tú)\s+|Anh\s+hùng\s+(?:lao\s+động|lực\s+lượng\s+vũ\s+trang(?:\s+nhân\s+dân)?)\s+)/iu;

// A form of address before the name, followed by a common surname and at least one more word.
const ADDRESS =
  /^(Ông|Bà)\s+(?=(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Lò|Đinh|Hà|Mai|Tạ|Lương|Trịnh|Đào|Cao|Lại|Vương|Tô|Chu|Lưu|Triệu|Quách|Kiều|Thái|Đoàn|Tống|Giàng|Vàng|Sùng|Tẩn|Phùng|Lục|Nông|Hứa|Tăng|Đàm|Khổng|La)\s+\p{Lu})/u;

interface Tok {
  from: number;
  to: number;
  honorary: boolean;
  /** A military rank (quân hàm). */
  military?: boolean;
}

// Letterheads of the armed forces (bare text of an ô 2 line): their sector
// rules put the quân hàm before the signer's name (PL I §II.7.c).
const ARMED_FORCES =
  /^(bo quoc phong|bo cong an|quan khu|quan doan|quan chung|binh chung|su doan|lu doan|trung doan|bo tu lenh|bo tong tham muu|tong cuc (chinh tri|hau can|ky thuat|cong nghiep quoc phong|ii)|bo chi huy (quan su|bo doi bien phong)|ban chi huy quan su|bo doi bien phong|canh sat bien|vung canh sat bien|hai quan nhan dan|cong an (tinh|thanh pho|xa|phuong|dac khu)|hoc vien (quan su|quoc phong|luc quan|chinh tri|quan y|hau can|ky thuat quan su|an ninh|canh sat|bien phong|hai quan|phong khong))(?![a-z])/;

/** Is the issuer a unit of the armed forces (Quân đội, Công an)? */
export function isArmedForces(agency: { text: string }[]): boolean {
  return agency.some((l) => ARMED_FORCES.test(bare(l.text).replace(/\s+/g, ' ').trim()));
}

/** Academic, military and honorary titles at the start of a name line. */
export function titlesBefore(text: string): Tok[] {
  const out: Tok[] = [];
  let pos = 0;
  for (;;) {
    const s = text.slice(pos);
    const h = HONORARY.exec(s);
    const a = h ? undefined : ACADEMIC.exec(s) ?? MILITARY.exec(s);
    const m = h ?? a;
    if (!m) break;
    out.push({ from: pos, to: pos + m[0].length, honorary: !!h, military: !h && !ACADEMIC.exec(s) });
    pos += m[0].length;
  }
  // Something must remain: the name itself.
  return pos < text.length && /\p{Lu}/u.test(text.slice(pos)) ? out : [];
}

const OPTIONS = {
  allowAcademic: {
    type: 'boolean',
    default: false,
    description: t(
      'Cho phép học hàm, học vị, quân hàm trước họ tên người ký (đơn vị vũ trang nhân dân, tổ chức sự nghiệp giáo dục, y tế, khoa học theo quy định của ngành); danh hiệu danh dự vẫn bị báo.',
      'Allow academic titles and military ranks before the signer\'s name (armed forces, education, health and science bodies under their sector\'s rules); honorary titles are still reported.',
    ),
  },
} as const;

export const ck04: Rule<RuleOptions<typeof OPTIONS>> = {
  meta: {
    id: 'ND30-CK-04',
    component: 'chu-ky',
    severity: 'error',
    clause: PL1('II.7.c'),
    title: t('Không ghi học hàm, học vị, danh hiệu trước họ tên người ký; ghi đủ họ tên', 'No academic or honorary title before the signer\'s name; the name in full'),
    description: t(
      'Họ và tên người ký gồm họ, tên đệm (nếu có) và tên; không viết tắt ("N.V. An"). Trước họ tên người ký không ghi học hàm, học vị và các danh hiệu danh dự khác. Việc ghi thêm quân hàm, học hàm, học vị đối với văn bản của đơn vị vũ trang nhân dân, tổ chức sự nghiệp giáo dục, y tế, khoa học do người đứng đầu ngành quy định: bật tùy chọn `allowAcademic` của quy tắc cho các cơ quan này (danh hiệu danh dự như NGND, NSƯT vẫn bị báo).',
      'The signer\'s name is the surname, middle name (if any) and given name, not initials ("N.V. An"). No academic degree, rank or honorary title stands before it. Armed forces, education, health and science bodies may add military rank or academic titles under their sector\'s rules: set the rule option `allowAcademic` for them (honorary titles such as NGND or NSƯT are still reported).',
    ),
    fixable: false,
    examples: { correct: ['Nguyễn Văn A'], incorrect: ['TS. Nguyễn Văn A', 'PGS.TS Trần Văn B', 'NGND Lê Văn C', 'N.V. A', 'Ông Nguyễn Văn A'] },
    options: OPTIONS,
  },
  check(ctx) {
    const allow = ctx.options.allowAcademic;
    // Quân hàm before the name is the armed forces' own rule, not an error.
    const armed = isArmedForces(ctx.model.agency);
    for (const s of ctx.model.signers) {
      const n = nameLine(ctx.model, s, (x) => titlesBefore(x).length > 0 || looksLikeName(x));
      if (!n) continue;
      const toks = titlesBefore(n.text);
      const flagged = toks.filter((x) => x.honorary || (!allow && !(armed && x.military)));
      if (flagged.length) {
        // One finding for a contiguous run of titles.
        const from = flagged[0].from;
        const to = flagged[flagged.length - 1].to;
        const found = n.text.slice(from, to).trim();
        ctx.report({
          line: n,
          from,
          to: from + found.length,
          message: t(
            `Trước họ tên người ký không ghi học hàm, học vị, danh hiệu danh dự: "${found}"`,
            `No academic degree or honorary title before the signer's name: "${found}"`,
          ),
          // No fix: the signer's name line is the drafter's to change (fixable: false).
        });
      }
      // "Ông Nguyễn Văn A", "Bà Lê Thị B": a form of address is not part of the name
      // (PL I §II.7.c: "họ, tên đệm (nếu có) và tên"). "Ông" is also a surname
      // ("Ông Văn Tùng"), so only a common surname right after it counts.
      const addr = ADDRESS.exec(n.text);
      if (addr && !toks.length) {
        ctx.report({
          line: n,
          from: 0,
          to: addr[1].length,
          message: t(`Họ và tên người ký gồm họ, tên đệm và tên, không ghi "${addr[1]}" phía trước`, `The signer's name is surname, middle and given name, without "${addr[1]}" before it`),
        });
      }
      const after = toks.length ? n.text.slice(toks[toks.length - 1].to) : n.text;
      if (isAbbreviatedName(after.trim())) {
        const from = n.text.length - after.trimStart().length;
        ctx.report({
          line: n,
          from,
          to: n.text.length,
          message: t(`Họ và tên người ký ghi đầy đủ họ, tên đệm và tên, không viết tắt: "${after.trim()}"`, `Write the signer's full name (surname, middle name, given name), not initials: "${after.trim()}"`),
        });
      }
    }
  },
};
