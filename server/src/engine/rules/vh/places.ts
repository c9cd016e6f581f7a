// ND30-VH-04…09: Vietnamese and foreign place names (Phụ lục II §III).

import type { Rule } from '../../rule';
import { PROVINCES_2025, PROVINCES_BEFORE_2025, REGIONS, SPECIAL_PLACES, TERRAIN_NAMES, TRANSLITERATED } from '../../data/places';
import { t } from '../util';
import { alternation, atSentenceStart, canonicalMap, NOT_WORD_AFTER, NOT_WORD_BEFORE, phraseMatcher, reportCase, scan, lineLocalVh } from './common';
import { vhMeta } from './meta';
import { PLACE_OPTIONS, teamPlaces } from './team';
import type { RuleOptions } from '../../types';

const PROVINCE_NAMES = [...new Set([...PROVINCES_2025, ...PROVINCES_BEFORE_2025].map(([n]) => n))].filter((n) => n !== 'Hồ Chí Minh');
const PROVINCE_MAP = canonicalMap(PROVINCE_NAMES);
const PROVINCE_RE = new RegExp(`${NOT_WORD_BEFORE}(tỉnh|thành phố) (${alternation(PROVINCE_NAMES)})${NOT_WORD_AFTER}`, 'gu');
const LOWER_KINDS = ['huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu'];

export const vh04: Rule<RuleOptions<typeof PLACE_OPTIONS>> = lineLocalVh({
  meta: {
    ...vhMeta(
      'ND30-VH-04',
      'III.1.a',
      ['Tên đơn vị hành chính: danh từ chung viết thường, tên riêng viết hoa', 'Administrative units: generic noun lower case, name capitalised'],
      [
        'Tên đơn vị hành chính gồm danh từ chung (tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn) và tên riêng: viết hoa chữ cái đầu các âm tiết của tên riêng, không dùng gạch nối; danh từ chung viết thường ("tỉnh Nam Định", "thành phố Thái Nguyên"). Kiểm tra tên 34 đơn vị hành chính cấp tỉnh từ ngày 12/6/2025 và 63 đơn vị trước đó, cùng địa danh riêng khai báo ở "vietHoa.diaDanh" trong .thethuc.jsonc. Chữ hoa ở đầu câu không bị báo.',
        'An administrative unit = generic noun + name: the name\'s syllables are capitalised, no hyphens; the generic noun stays lower case ("tỉnh Nam Định", "thành phố Thái Nguyên"). Checked for the 34 provincial units from 12 June 2025, the 63 before, and the team\'s places ("vietHoa.diaDanh"). A capital at a sentence start is not reported.',
      ],
      { correct: ['Ủy ban nhân dân tỉnh Lai Châu', 'thành phố Thái Nguyên', 'tỉnh Nam Định'], incorrect: ['Ủy ban nhân dân Tỉnh Lai Châu', 'tỉnh Nam định', 'thành phố hải phòng'] },
    ),
    options: PLACE_OPTIONS,
  },
  check(ctx) {
    const team = teamPlaces(ctx);
    const names = team.length ? canonicalMap([...PROVINCE_NAMES, ...team]) : PROVINCE_MAP;
    const re = PROVINCE_RE;
    const check = (lineRe: RegExp) =>
      scan(ctx, lineRe, (line, m) => {
        const from = m.index;
        const found = line.text.slice(from, from + m[0].length);
        if (found === found.toUpperCase()) return;
        const name = names.get(m[2]);
        if (!name) return;
        const kindWritten = found.slice(0, m[1].length);
        // The generic noun: lower case, except at a sentence start (VH-01).
        // "Thành phố" is left as written: city-level names ("Điện lực Thành phố Thái Nguyên")
        // are capitalised in much official usage; "Tỉnh" inside a sentence is not.
        const kind = atSentenceStart(line.text, from) || m[1] !== 'tỉnh' ? kindWritten : m[1];
        // "Thành phố" of a provincial city named like the province is the same rule.
        const want = `${kind} ${name}`;
        reportCase(ctx, { line, from, found, want, why: t('Tên đơn vị hành chính: danh từ chung viết thường, tên riêng viết hoa', 'Administrative unit: generic noun lower case, name capitalised') });
      });
    check(re);
    if (team.length) check(new RegExp(`${NOT_WORD_BEFORE}(${alternation(['tỉnh', 'thành phố', ...LOWER_KINDS])}) (${alternation(team)})${NOT_WORD_AFTER}`, 'gu'));
  },
});

const NUMBERED = new RegExp(`${NOT_WORD_BEFORE}(quận|phường) \\d+${NOT_WORD_AFTER}`, 'gu');
export const vh05: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-05',
    'III.1.b',
    ['Đơn vị hành chính đặt theo số: viết hoa cả danh từ chung', 'Numbered administrative units: the generic noun is capitalised'],
    [
      'Tên đơn vị hành chính gồm danh từ chung kết hợp với chữ số, tên người, tên sự kiện lịch sử: viết hoa cả danh từ chung ("Quận 1", "Phường Điện Biên Phủ"). Quy tắc kiểm tra quận, phường đặt theo số.',
      'A unit named by a number, a person or an event capitalises the generic noun too ("Quận 1", "Phường Điện Biên Phủ"). Numbered quận and phường are checked.',
    ],
    { correct: ['Ủy ban nhân dân Quận 1', 'Phường 5'], incorrect: ['Ủy ban nhân dân quận 1', 'phường 5'] },
  ),
  check(ctx) {
    scan(ctx, NUMBERED, (line, m, lf) => {
      const from = m.index;
      const found = line.text.slice(from, from + m[1].length);
      if (/(?:các|những) $/u.test(lf.slice(Math.max(0, from - 6), from))) return;
      reportCase(ctx, { line, from, found, want: found[0].toUpperCase() + found.slice(1), why: t('Đơn vị hành chính đặt theo số viết hoa cả danh từ chung', 'A numbered administrative unit capitalises the generic noun') });
    });
  },
});

const special = phraseMatcher(SPECIAL_PLACES, { anyUpper: true });
export const vh06: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-06',
    'III.1.c',
    ['Trường hợp viết hoa đặc biệt: Thủ đô Hà Nội, Thành phố Hồ Chí Minh', 'Special cases: Thủ đô Hà Nội, Thành phố Hồ Chí Minh'],
    ['Phụ lục II quy định viết hoa đặc biệt: "Thủ đô Hà Nội", "Thành phố Hồ Chí Minh".', 'Appendix II sets two special spellings: "Thủ đô Hà Nội", "Thành phố Hồ Chí Minh".'],
    { correct: ['Thành phố Hồ Chí Minh', 'Thủ đô Hà Nội'], incorrect: ['thành phố Hồ Chí Minh', 'thủ đô Hà Nội'] },
  ),
  check(ctx) {
    special(ctx, t('Trường hợp viết hoa đặc biệt', 'Special capitalisation'));
  },
});

const terrain = phraseMatcher(TERRAIN_NAMES, { upperFirst: true });
export const vh07: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-07',
    'III.1.d',
    ['Địa danh gồm danh từ chỉ địa hình và tên riêng một âm tiết', 'Places made of a terrain noun and a one-syllable name'],
    [
      'Tên địa lý gồm danh từ chung chỉ địa hình với danh từ riêng một âm tiết đã trở thành tên riêng: viết hoa tất cả các âm tiết ("Cửa Lò", "Vũng Tàu", "Cầu Giấy"). Chỉ kiểm tra các địa danh có trong từ điển.',
      'A place made of a terrain noun and a one-syllable name that became its name capitalises every syllable ("Cửa Lò", "Vũng Tàu", "Cầu Giấy"). Only names in the dictionary are checked.',
    ],
    { correct: ['biển Cửa Lò', 'quận Cầu Giấy'], incorrect: ['Cửa lò', 'Vũng tàu'] },
  ),
  check(ctx) {
    terrain(ctx, t('Viết hoa tên địa lý chưa đúng', 'Place name capitalised wrongly'));
  },
});

const regions = phraseMatcher(REGIONS, { upperFirst: true });
export const vh08: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-08',
    'III.1.đ',
    ['Tên vùng, miền: viết hoa mọi âm tiết', 'Regions: every syllable capitalised'],
    [
      'Tên vùng, miền tạo bởi từ chỉ phương hướng kết hợp với từ chỉ phương hướng khác hoặc với danh từ chỉ địa hình: viết hoa chữ cái đầu mọi âm tiết ("Tây Bắc", "Đông Bắc", "Bắc Bộ"). Chỉ báo khi âm tiết đầu đã viết hoa (dùng làm tên riêng).',
      'Regions made of direction words (or a direction and a terrain noun) capitalise every syllable ("Tây Bắc", "Đông Bắc", "Bắc Bộ"). Reported only when the first syllable is already a capital (used as a name).',
    ],
    { correct: ['các tỉnh Tây Bắc', 'Đồng bằng Bắc Bộ'], incorrect: ['Bắc bộ', 'Tây nguyên'] },
  ),
  check(ctx) {
    regions(ctx, t('Tên vùng, miền viết hoa mọi âm tiết', 'A region capitalises every syllable'));
  },
});

const foreign = phraseMatcher(TRANSLITERATED, { upperFirst: true });
export const vh09: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-09',
    'III.2',
    ['Tên địa lý nước ngoài phiên âm', 'Transliterated foreign place names'],
    [
      'Tên địa lý nước ngoài phiên âm Hán - Việt viết như tên địa lý Việt Nam ("Bắc Kinh"); phiên âm trực tiếp: viết hoa chữ cái đầu âm tiết thứ nhất của mỗi thành phần, các âm tiết nối bằng gạch nối ("Mát-xcơ-va", "Men-bơn"). Chỉ kiểm tra các tên có trong từ điển.',
      'Sino-Vietnamese foreign place names follow the Vietnamese rule ("Bắc Kinh"); direct transliterations capitalise only the first syllable of each part, hyphenated ("Mát-xcơ-va", "Men-bơn"). Only names in the dictionary are checked.',
    ],
    { correct: ['Mát-xcơ-va', 'Men-bơn'], incorrect: ['Mát-Xcơ-Va'] },
  ),
  check(ctx) {
    foreign(ctx, t('Tên phiên âm chỉ viết hoa âm tiết đầu của mỗi thành phần', 'A transliterated name capitalises only the first syllable of each part'));
  },
});


