// ND30-VH-17, VH-20, VH-21, VH-22: holidays, Tết, weekdays, months, lunar years,
// historical events, titles of works (Phụ lục II §V.5, §V.8, §V.9, §V.10).

import type { Rule } from '../../rule';
import { CAN, CHI, EVENTS, HOLIDAYS, MONTH_WORDS, TET_NAMES, WEEKDAYS, WORKS } from '../../data/calendar';
import { t } from '../util';
import { alternation, atSentenceStart, canonicalMap, key, NOT_WORD_AFTER, NOT_WORD_BEFORE, phraseMatcher, reportCase, scan, lineLocalVh } from './common';
import { vhMeta } from './meta';

const holidays = phraseMatcher(HOLIDAYS, { before: 'ngày ' });
const HOLIDAY_DAY = new RegExp(`${NOT_WORD_BEFORE}ngày (?:${alternation(HOLIDAYS)}) (\\d{1,2})/(\\d{1,2})(?![\\d/])`, 'gu');
export const vh17: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-17',
    'V.5',
    ['Viết hoa tên ngày lễ, ngày kỷ niệm', 'Capitalisation of holidays and anniversaries'],
    [
      'Viết hoa chữ cái đầu của âm tiết tạo thành tên gọi ngày lễ, ngày kỷ niệm ("ngày Quốc khánh 2-9", "ngày Quốc tế Lao động 1-5", "ngày Phụ nữ Việt Nam 20-10"). Kiểm tra các ngày lễ có trong từ điển, viết sau chữ "ngày". Ngày tháng viết "2/9" thay cho "2-9" (cách viết của các ví dụ) chỉ là thông tin.',
      'The name of a holiday is capitalised ("ngày Quốc khánh 2-9", "ngày Quốc tế Lao động 1-5", "ngày Phụ nữ Việt Nam 20-10"). Holidays of the dictionary after "ngày" are checked. A day written "2/9" instead of "2-9" (the form of the examples) is information only.',
    ],
    { correct: ['ngày Quốc khánh 2-9', 'ngày Quốc tế Lao động 1-5', 'ngày Nhà giáo Việt Nam 20-11'], incorrect: ['ngày quốc khánh 2-9', 'Ngày Quốc Khánh', 'ngày nhà giáo Việt Nam'] },
  ),
  check(ctx) {
    holidays(ctx, t('Viết hoa tên ngày lễ, ngày kỷ niệm', 'Capitalise the name of a holiday'));
    // The decree's examples write the day of a holiday with a hyphen ("2-9"): information only (§11).
    scan(ctx, HOLIDAY_DAY, (line, m) => {
      const slash = m.index + m[0].length - m[2].length - 1;
      if (line.text[slash] !== '/') return;
      ctx.report({
        line,
        from: slash - m[1].length,
        to: m.index + m[0].length,
        severity: 'information',
        message: t(
          `Ngày lễ, ngày kỷ niệm ghi ngày tháng bằng gạch nối như các ví dụ của Phụ lục II: "${m[1]}/${m[2]}" → "${m[1]}-${m[2]}"`,
          `The examples of Appendix II write a holiday's day with a hyphen: "${m[1]}/${m[2]}" → "${m[1]}-${m[2]}"`,
        ),
        fix: { title: t(`Sửa thành "${m[1]}-${m[2]}"`, `Change to "${m[1]}-${m[2]}"`), edits: [ctx.edit(line, slash, slash + 1, '-')] },
      });
    });
  },
});

const TET_NAME = new RegExp(`${NOT_WORD_BEFORE}tết (${alternation(TET_NAMES)})${NOT_WORD_AFTER}`, 'gu');
const TET_CANON = canonicalMap(TET_NAMES);
const TET_ALONE = new RegExp(`${NOT_WORD_BEFORE}tết${NOT_WORD_AFTER}`, 'gu');
const WEEKDAY = new RegExp(`${NOT_WORD_BEFORE}thứ (${alternation(WEEKDAYS)})${NOT_WORD_AFTER}`, 'gu');
const MONTH = new RegExp(`${NOT_WORD_BEFORE}tháng (${alternation(MONTH_WORDS)})${NOT_WORD_AFTER}`, 'gu');
const YEAR = new RegExp(`${NOT_WORD_BEFORE}(${alternation(CAN)}) (${alternation([...CHI, 'Tị', 'Tí'])})${NOT_WORD_AFTER}`, 'gu');
const CAN_I = new Map(CAN.map((c, i) => [key(c), i]));
const CHI_I = new Map([...CHI.map((c, i): [string, number] => [key(c), i]), [key('Tị'), 5], [key('Tí'), 0]]);
const CAN_C = canonicalMap(CAN);
const CHI_C = canonicalMap([...CHI, 'Tị', 'Tí']);
const DATE_AFTER = /^\s*[,(]?\s*(?:ngày\s+)?\d{1,2}\s*(?:\/|-|\.|tháng)/u;
const WEEKDAY_BEFORE = /(?:vào|sáng|chiều|tối|trưa|đêm|các|mỗi|hằng|hàng) $/u;

export const vh20: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-20',
    'V.8',
    ['Viết hoa năm âm lịch, ngày tết, thứ và tháng viết bằng chữ', 'Lunar years, Tết, weekdays and months in words'],
    [
      'Tên năm âm lịch viết hoa mọi âm tiết ("Kỷ Tỵ", "Mậu Tuất"); tên ngày tết viết hoa âm tiết thứ nhất của tên gọi ("tết Nguyên đán", "tết Trung thu"), viết hoa "Tết" khi thay cho tết Nguyên đán; thứ trong tuần và tháng viết bằng chữ viết hoa âm tiết chỉ ngày, tháng ("thứ Hai", "thứ Tư", "tháng Năm", "tháng Tám"). "thứ hai" viết thường chỉ bị báo khi rõ là ngày trong tuần (có ngày tháng đi kèm).',
      'Lunar years capitalise every syllable ("Kỷ Tỵ", "Mậu Tuất"); Tết names capitalise the first syllable of the name ("tết Nguyên đán"), and "Tết" alone (for tết Nguyên đán) is capitalised; weekdays and months in words capitalise the day or month word ("thứ Hai", "tháng Tám"). A lower-case "thứ hai" is reported only when it is clearly a weekday (a date follows).',
    ],
    { correct: ['tết Nguyên đán', 'nghỉ Tết', 'thứ Hai, ngày 05/01/2026', 'tháng Tám', 'Xuân Ất Tỵ'], incorrect: ['Tết nguyên đán', 'họp vào Thứ Bảy', 'vào thứ bảy, ngày 10/01/2026', 'xuân ất tỵ', 'nghỉ tết'] },
  ),
  check(ctx) {
    const why = (vi: string, en: string) => t(vi, en);
    scan(ctx, TET_NAME, (line, m) => {
      const from = m.index + 4;
      const found = line.text.slice(from, from + m[1].length);
      if (found === found.toUpperCase() && found.length > 1) return;
      reportCase(ctx, { line, from, found, want: TET_CANON.get(m[1])!, why: why('Tên ngày tết viết hoa âm tiết thứ nhất của tên gọi', 'A Tết name capitalises the first syllable of the name') });
    });
    scan(ctx, TET_ALONE, (line, m, lf) => {
      const found = line.text.slice(m.index, m.index + 3);
      if (found !== 'tết') return;
      // "ngày tết", "các tết": Tết days in general, not tết Nguyên đán.
      if (/(?:ngày|các|những) $/u.test(lf.slice(Math.max(0, m.index - 6), m.index))) return;
      const rest = line.text.slice(m.index + 3, m.index + 60);
      const next = /^ (\p{L}+)/u.exec(rest);
      if (next) {
        if (/^\p{Ll}/u.test(next[1])) return;
        if (TET_CANON.has(key(next[1])) || TET_NAMES.some((n) => key(rest.slice(1, 1 + n.length)) === key(n))) return;
      }
      reportCase(ctx, { line, from: m.index, found, want: 'Tết', why: why('Viết hoa chữ Tết khi thay cho tết Nguyên đán', '"Tết" standing for tết Nguyên đán is capitalised') });
    });
    scan(ctx, WEEKDAY, (line, m, lf) => {
      const from = m.index;
      const found = line.text.slice(from, from + m[0].length);
      if (found === found.toUpperCase()) return;
      const word = found.slice(4);
      const thu = found.slice(0, 3);
      const start = atSentenceStart(line.text, from);
      if (/^\p{Lu}/u.test(thu) && !start) {
        // "Thứ Bảy" inside a sentence: a weekday written with a capital "Thứ".
      } else if (/^\p{Ll}/u.test(word)) {
        const before = lf.slice(Math.max(0, from - 8), from);
        const after = line.text.slice(from + found.length, from + found.length + 20);
        if (!DATE_AFTER.test(after) && !WEEKDAY_BEFORE.test(before)) return;
      } else return;
      const want = (start ? thu : 'thứ') + ' ' + word[0].toUpperCase() + word.slice(1);
      reportCase(ctx, { line, from, found, want, why: why('Thứ trong tuần viết bằng chữ: viết hoa chữ chỉ ngày, "thứ" viết thường', 'A weekday in words capitalises the day word; "thứ" stays lower case') });
    });
    scan(ctx, MONTH, (line, m, lf) => {
      const from = m.index;
      const found = line.text.slice(from, from + m[0].length);
      if (found === found.toUpperCase()) return;
      if (/cách mạng $/u.test(lf.slice(Math.max(0, from - 10), from))) return;
      if (/^ (?:một|hai)(?![\p{L}])/u.test(lf.slice(from + found.length, from + found.length + 10))) return;
      const start = atSentenceStart(line.text, from);
      const month = found.slice(0, 5);
      const word = found.slice(6);
      const want = (start ? month : 'tháng') + ' ' + word[0].toUpperCase() + word.slice(1);
      reportCase(ctx, { line, from, found, want, why: why('Tháng viết bằng chữ: viết hoa chữ chỉ tháng', 'A month in words capitalises the month word') });
    });
    scan(ctx, YEAR, (line, m, lf) => {
      const ci = CAN_I.get(m[1]);
      const bi = CHI_I.get(m[2]);
      if (ci === undefined || bi === undefined || ci % 2 !== bi % 2) return;
      const from = m.index;
      const found = line.text.slice(from, from + m[0].length);
      if (found === found.toUpperCase()) return;
      const before = lf.slice(Math.max(0, from - 6), from);
      if (found === found.toLowerCase() && !/(?:năm|tết|xuân) $/u.test(before)) return;
      if (!/^\p{Lu}/u.test(found) && !/(?:năm|tết|xuân) $/u.test(before)) return;
      reportCase(ctx, { line, from, found, want: `${CAN_C.get(m[1])} ${CHI_C.get(m[2])}`, why: why('Tên năm âm lịch viết hoa mọi âm tiết', 'A lunar year capitalises every syllable') });
    });
  },
});

const events = phraseMatcher(EVENTS, { upperFirst: true });
const AUGUST = /(?<![\p{L}\p{N}])cách mạng tháng 8(?![\p{L}\p{N}])/gu;
export const vh21: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-21',
    'V.9',
    ['Viết hoa tên sự kiện lịch sử, triều đại', 'Capitalisation of historical events and dynasties'],
    [
      'Tên sự kiện lịch sử và triều đại viết hoa chữ cái đầu các âm tiết tạo thành sự kiện và tên sự kiện; mốc thời gian trong tên ghi bằng chữ và viết hoa ("Triều Lý", "Phong trào Xô viết Nghệ Tĩnh", "Cách mạng tháng Tám"). Chỉ kiểm tra các tên có trong từ điển, viết như tên riêng.',
      'Historical events and dynasties: "Triều Lý", "Phong trào Xô viết Nghệ Tĩnh", "Cách mạng tháng Tám" (a time milestone in words, capitalised). Only names in the dictionary written as proper names are checked.',
    ],
    { correct: ['Cách mạng tháng Tám', 'Triều Lý'], incorrect: ['Cách mạng Tháng Tám', 'Cách mạng tháng 8', 'kỷ niệm Phong trào Xô Viết Nghệ Tĩnh'] },
  ),
  check(ctx) {
    events(ctx, t('Viết hoa tên sự kiện lịch sử chưa đúng', 'Historical event capitalised wrongly'));
    scan(ctx, AUGUST, (line, m) => {
      const found = line.text.slice(m.index, m.index + m[0].length);
      if (!/^\p{Lu}/u.test(found)) return;
      const d = m.index + m[0].length - 1;
      const head = found.slice(0, -1);
      const edits = [ctx.edit(line, d, d + 1, 'Tám')];
      const want = 'Cách mạng tháng ';
      for (let i = 0; i < head.length; i++) if (head[i] !== want[i] && head[i].toLowerCase() === want[i].toLowerCase()) edits.unshift(ctx.edit(line, m.index + i, m.index + i + 1, want[i]));
      ctx.report({
        line,
        from: m.index,
        to: m.index + m[0].length,
        message: t(`Mốc thời gian trong tên sự kiện ghi bằng chữ và viết hoa: "${found}" → "Cách mạng tháng Tám"`, `A time milestone in an event's name is written in words and capitalised: "${found}" → "Cách mạng tháng Tám"`),
        fix: { title: t('Sửa thành "Cách mạng tháng Tám"', 'Change to "Cách mạng tháng Tám"'), edits },
      });
    });
  },
});

const WORK_RE = new RegExp(`${NOT_WORD_BEFORE}(${alternation(WORKS.map(([k]) => k))}) (${alternation(WORKS.map(([, w]) => w))})${NOT_WORD_AFTER}`, 'gu');
const WORK_C = canonicalMap(WORKS.map(([, w]) => w));
export const vh22: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-22',
    'V.10',
    ['Viết hoa tên tác phẩm, sách báo, tạp chí', 'Titles of works, newspapers and journals'],
    [
      'Tên tác phẩm, sách báo, tạp chí viết hoa chữ cái đầu của âm tiết thứ nhất tạo thành tên ("từ điển Bách khoa toàn thư", "tạp chí Cộng sản"). Chỉ kiểm tra các tên có trong từ điển, khi âm tiết đầu đã viết hoa.',
      'Titles capitalise the first syllable only ("từ điển Bách khoa toàn thư", "tạp chí Cộng sản"). Only titles of the dictionary whose first syllable is a capital are checked.',
    ],
    { correct: ['tạp chí Cộng sản', 'từ điển Bách khoa toàn thư'], incorrect: ['tạp chí Cộng Sản'] },
  ),
  check(ctx) {
    scan(ctx, WORK_RE, (line, m) => {
      const from = m.index + m[1].length + 1;
      const found = line.text.slice(from, from + m[2].length);
      if (!/^\p{Lu}/u.test(found) || found === found.toUpperCase()) return;
      if (!WORKS.some(([k, w]) => key(k) === m[1] && key(w) === m[2])) return;
      reportCase(ctx, { line, from, found, want: WORK_C.get(m[2])!, why: t('Tên tác phẩm, sách báo chỉ viết hoa âm tiết thứ nhất', 'A title capitalises only its first syllable') });
    });
  },
});
