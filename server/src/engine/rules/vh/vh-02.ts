// ND30-VH-02: Vietnamese personal names (Phụ lục II §II.1): every syllable is
// capitalised ("Nguyễn Ái Quốc", "Trần Phú"). Conservative: only a common surname,
// then a common middle name written in lower case, then a capitalised given name
// ("Nguyễn văn An", "Trần thị Hoa").

import type { Rule } from '../../rule';
import { t } from '../util';
import { key, reportCase, scan, lineLocalVh } from './common';
import { vhMeta } from './meta';

const SURNAMES = ['nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'ngô', 'dương', 'trương', 'lương', 'đoàn', 'trịnh', 'đào'];
const MIDDLE = ['văn', 'thị', 'đức', 'hữu', 'đình', 'ngọc', 'xuân', 'quang', 'thanh', 'công', 'trọng', 'tiến', 'minh'];
const RE = new RegExp(`(?<![\\p{L}\\p{N}])(${SURNAMES.map(key).join('|')}) (${MIDDLE.map(key).join('|')}) (\\p{L}+)(?![\\p{L}\\p{N}])`, 'gu');

export const vh02: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-02',
    'II.1',
    ['Viết hoa tên người Việt Nam', 'Capitalisation of Vietnamese personal names'],
    [
      'Tên người Việt Nam: viết hoa chữ cái đầu tất cả các âm tiết ("Nguyễn Ái Quốc", "Trần Phú"). Quy tắc chỉ báo trường hợp rõ ràng: họ phổ biến viết hoa, tên đệm phổ biến viết thường, tên viết hoa ("Nguyễn văn An").',
      'Vietnamese personal names capitalise every syllable ("Nguyễn Ái Quốc", "Trần Phú"). Only clear cases are reported: a common surname, a common middle name in lower case, a capitalised given name ("Nguyễn văn An").',
    ],
    { correct: ['ông Nguyễn Văn An', 'bà Trần Thị Hoa'], incorrect: ['ông Nguyễn văn An', 'bà Trần thị Hoa'] },
  ),
  check(ctx) {
    scan(ctx, RE, (line, m) => {
      const found = line.text.slice(m.index, m.index + m[0].length);
      const w = found.split(' ');
      if (!/^\p{Lu}\p{Ll}*$/u.test(w[0]) || !/^\p{Ll}+$/u.test(w[1]) || !/^\p{Lu}\p{Ll}*$/u.test(w[2])) return;
      const want = `${w[0]} ${w[1][0].toUpperCase()}${w[1].slice(1)} ${w[2]}`;
      reportCase(ctx, { line, from: m.index, found, want, why: t('Tên người viết hoa chữ cái đầu tất cả các âm tiết', 'A personal name capitalises every syllable') });
    });
  },
});
