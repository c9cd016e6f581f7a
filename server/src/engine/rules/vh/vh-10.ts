// ND30-VH-10: names of Vietnamese agencies and organisations are capitalised
// as Phụ lục II §IV.1.a says: the first letter of the words that say what
// kind of body it is and what its function or field is, the rest lower case
// ("Sở Nội vụ", "Bộ Tài nguyên và Môi trường", "Ủy ban nhân dân tỉnh Lai Châu").
//
// Checked with a dictionary of the ministries' and departments' fields, so it
// only speaks when it knows the official spelling. Lines in capitals (the
// letterhead, the signer's title) are exempt.

import type { Rule } from '../../rule';
import type { Line } from '../../markdown';
import { bare } from '../../text';
import { t } from '../util';
import { titleCaseRecipients } from '../kg/kg-04';

/** Official capitalisation of the field part of "Bộ …" / "Sở …" names. */
const FIELDS = [
  'Nội vụ',
  'Tài chính',
  'Tư pháp',
  'Xây dựng',
  'Y tế',
  'Công Thương',
  'Ngoại giao',
  'Ngoại vụ',
  'Quốc phòng',
  'Công an',
  'Giáo dục và Đào tạo',
  'Khoa học và Công nghệ',
  'Văn hóa, Thể thao và Du lịch',
  'Nông nghiệp và Môi trường',
  'Nông nghiệp và Phát triển nông thôn',
  'Tài nguyên và Môi trường',
  'Kế hoạch và Đầu tư',
  'Lao động - Thương binh và Xã hội',
  'Giao thông vận tải',
  'Thông tin và Truyền thông',
  'Dân tộc và Tôn giáo',
];
/** Bodies whose whole name is fixed (the rest of the name, a place, follows). */
const BODIES = ['Ủy ban nhân dân', 'Hội đồng nhân dân', 'Văn phòng Ủy ban nhân dân', 'Văn phòng Hội đồng nhân dân'];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
// Match on the bare (no diacritics, lower-case) text; same length as the line.
const FIELD_RE = new RegExp(`(?<![\\p{L}])(so|bo) (${FIELDS.map((f) => escape(bare(f))).join('|')})(?![\\p{L}])`, 'gu');
const BODY_RE = new RegExp(`(?<![\\p{L}])(${BODIES.map((f) => escape(bare(f))).join('|')})(?![\\p{L}])`, 'gu');

function isCapsLine(l: Line): boolean {
  const letters = l.text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

export const vh10: Rule = {
  meta: {
    id: 'ND30-VH-10',
    component: 'noi-dung',
    severity: 'error',
    clause: { vi: 'NĐ 30/2020, Phụ lục II, mục IV.1.a', en: 'Decree 30/2020, Appendix II, section IV.1.a' },
    title: t('Viết hoa tên cơ quan, tổ chức', 'Capitalisation of agency names'),
    description: t(
      'Tên cơ quan, tổ chức của Việt Nam: viết hoa chữ cái đầu của các từ, cụm từ chỉ loại hình cơ quan, tổ chức và chức năng, lĩnh vực hoạt động ("Sở Nội vụ", "Bộ Tài nguyên và Môi trường", "Ủy ban nhân dân tỉnh Lai Châu"). Quy tắc chỉ kiểm tra các tên có trong từ điển (các bộ, sở và Ủy ban nhân dân, Hội đồng nhân dân), không kiểm tra dòng viết in hoa toàn bộ.',
      'Names of Vietnamese agencies: capitalise the first letter of the words for the kind of body and its function or field ("Sở Nội vụ", "Bộ Tài nguyên và Môi trường", "Ủy ban nhân dân tỉnh Lai Châu"). Only names in the dictionary (ministries, departments, People\'s Committees and Councils) are checked; lines in capitals are exempt.',
    ),
    fixable: true,
    examples: { correct: ['Quyết định số 25/QĐ-SNV ngày 05 tháng 6 năm 2023 của Sở Nội vụ', '- Ủy ban nhân dân các xã, phường;'], incorrect: ['của Sở nội vụ', 'Sở Nội Vụ', 'Ủy Ban Nhân Dân tỉnh', 'Ủy ban Nhân dân tỉnh'] },
  },
  check(ctx) {
    const m = ctx.model;
    const skip = new Set<Line>([...m.agency, ...(m.quocHieu ? [m.quocHieu] : []), ...(m.tieuNgu ? [m.tieuNgu] : []), ...m.authority, ...m.signers.flatMap((s) => s.titles)]);
    // Title-Case recipients of "Kính gửi" are ND30-KG-04's finding: one mistake, one finding.
    const kgRuns = titleCaseRecipients(m);
    for (const line of m.lines) {
      if (skip.has(line) || isCapsLine(line)) continue;
      const b = bare(line.text);
      const check = (re: RegExp, canonical: (mm: RegExpExecArray) => string) => {
        re.lastIndex = 0;
        let mm: RegExpExecArray | null;
        while ((mm = re.exec(b))) {
          const found = line.text.slice(mm.index, mm.index + mm[0].length);
          const want = canonical(mm);
          // Only names meant as proper names: the first letter is a capital.
          if (!/^\p{Lu}/u.test(found)) continue;
          // All in capitals inside a mixed line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" of a
          // công điện, Mẫu 1.6): a heading-style name, not a capitalisation slip.
          if (found === found.toUpperCase()) continue;
          if (kgRuns.some((r) => r.line === line && r.from < mm!.index + mm![0].length && mm!.index < r.to)) continue;
          if (found.normalize('NFC') === want || foldUy(found) === foldUy(want)) continue;
          // Words of the field written all in capitals inside a sentence (an acronym-like style) are left alone.
          ctx.report({
            line,
            from: mm.index,
            to: mm.index + mm[0].length,
            message: t(`Viết hoa tên cơ quan chưa đúng: "${found}" → "${want}"`, `Agency name capitalised wrongly: "${found}" → "${want}"`),
            fix: { title: t(`Sửa thành "${want}"`, `Change to "${want}"`), edits: [ctx.edit(line, mm.index, mm.index + mm[0].length, want)] },
          });
        }
      };
      check(FIELD_RE, (mm) => {
        const head = line.text.slice(mm.index, mm.index + mm[1].length);
        const field = FIELDS.find((f) => bare(f) === mm[2])!;
        return (head[0].toUpperCase() + head.slice(1).toLowerCase()) + ' ' + field;
      });
      check(BODY_RE, (mm) => BODIES.find((f) => bare(f) === mm[1])!);
    }
  },
};

/** "Uỷ"/"Ủy" and "hoá"/"hóa" are the same word (§0.5). */
function foldUy(s: string): string {
  return s.normalize('NFC').replace(/Uỷ/g, 'Ủy').replace(/uỷ/g, 'ủy').replace(/oá/g, 'óa').replace(/oà/g, 'òa');
}
