// ND30-VH-15: positions and titles (Phụ lục II §V.3): capitalised when they go with a
// specific person or body ("Chủ tịch Quốc hội", "Thủ tướng Chính phủ", "Phó Chủ tịch
// Ủy ban nhân dân tỉnh", "Bộ trưởng Bộ Tài chính"); generic uses ("các phó chủ tịch")
// are not reported. Every syllable in capitals ("Phó Chủ Tịch") is always wrong.

import type { Rule } from '../../rule';
import type { Line } from '../../markdown';
import { titleCaseRecipients } from '../kg/kg-04';
import { t } from '../util';
import { alternation, canonicalMap, NOT_WORD_AFTER, NOT_WORD_BEFORE, reportCase, scan, lineLocalVh, kgRunsKey } from './common';
import { vhMeta } from './meta';

const POSITIONS = [
  'Chủ tịch', 'Phó Chủ tịch', 'Thủ tướng', 'Phó Thủ tướng', 'Bộ trưởng', 'Thứ trưởng', 'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc',
  'Phó Tổng Giám đốc', 'Bí thư', 'Phó Bí thư', 'Cục trưởng', 'Phó Cục trưởng', 'Vụ trưởng', 'Phó Vụ trưởng', 'Chi cục trưởng',
  'Phó Chi cục trưởng', 'Tổng cục trưởng', 'Phó Tổng cục trưởng', 'Chánh án', 'Viện trưởng', 'Hiệu trưởng', 'Phó Hiệu trưởng',
  'Chủ nhiệm', 'Phó Chủ nhiệm',
];
const CANON = canonicalMap(POSITIONS);
const RE = new RegExp(`${NOT_WORD_BEFORE}(${alternation(POSITIONS)})${NOT_WORD_AFTER}`, 'gu');
/** A body right after the position (written as a proper name). */
const BODY = /^ (?:Ủy ban|Uỷ ban|UBND|HĐND|Sở|Bộ|Chính phủ|Quốc hội|Hội đồng|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|Cục|Chi cục|Tổng cục|Văn phòng|Ban|Tập đoàn|Công ty|Trung tâm|Mặt trận|Trường|Viện|Liên đoàn|Hội|Đoàn|Tòa án|Toà án|Ngân hàng|Kho bạc|Bảo hiểm|Đài|Báo)(?![\p{L}])/u;
const SURNAME = /^ (?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trương|Lương|Đoàn|Mai|Cao|Tô|Hà|Lưu|Trịnh|Đào|Chu|Thái|Tạ|Lâm|Quách|Vương) \p{Lu}\p{Ll}*/u;
const WHY = t('Tên chức vụ đi liền với cơ quan hoặc người cụ thể viết hoa', 'A position attached to a specific body or person is capitalised');
const WHY_TITLE = t('Tên chức vụ không viết hoa mọi âm tiết', 'A position does not capitalise every syllable');

export const vh15: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-15',
    'V.3',
    ['Viết hoa tên chức vụ đi liền với cơ quan, người cụ thể', 'Positions attached to a body or person are capitalised'],
    [
      'Tên chức vụ, học vị viết hoa khi đi liền với tên người, cơ quan cụ thể ("Chủ tịch Quốc hội", "Thủ tướng Chính phủ", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Bộ trưởng Bộ Tài chính"); viết hoa chữ cái đầu của từ chỉ chức vụ, không viết hoa mọi âm tiết ("Phó Chủ Tịch"). Dùng chung ("các phó chủ tịch") không bị báo.',
      'Positions are capitalised when attached to a specific person or body ("Chủ tịch Quốc hội", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Bộ trưởng Bộ Tài chính"), not in Title Case ("Phó Chủ Tịch"). Generic uses ("các phó chủ tịch") are not reported.',
    ],
    { correct: ['Phó Chủ tịch Ủy ban nhân dân tỉnh', 'Bộ trưởng Bộ Tài chính', 'các phó chủ tịch'], incorrect: ['Phó chủ tịch Ủy ban nhân dân tỉnh', 'giám đốc Sở Nội vụ', 'Phó Chủ Tịch'] },
  ),
  check(ctx) {
    const kg = titleCaseRecipients(ctx.model);
    const inKg = (line: Line, a: number, b: number) => kg.some((r) => r.line === line && r.from < b && a < r.to);
    scan(ctx, RE, (line, m, lf) => {
      const from = m.index;
      const found = line.text.slice(from, from + m[0].length);
      const want = CANON.get(m[1]);
      if (!want || found === found.toUpperCase() || inKg(line, from, from + found.length)) return;
      const words = found.split(' ');
      const wantWords = want.split(' ');
      // Title Case: a syllable the decree's form writes in lower case is a capital.
      const titleCase = words.some((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !/^\p{Lu}/u.test(wantWords[i]));
      if (titleCase) {
        reportCase(ctx, { line, from, found, want, why: WHY_TITLE });
        return;
      }
      const before = lf.slice(Math.max(0, from - 8), from);
      if (/(?:các|những|mọi|từng|là|làm) $/u.test(before)) return;
      const after = line.text.slice(from + found.length, from + found.length + 40);
      if (!BODY.test(after) && !SURNAME.test(after)) return;
      // "Chủ tịch Ủy ban nhân dân các huyện": the chairs of several bodies, generic.
      if (/^ [^,;.]{0,30}? các(?![\p{L}])/u.test(after)) return;
      reportCase(ctx, { line, from, found, want, why: WHY });
    });
  },
}, kgRunsKey);
