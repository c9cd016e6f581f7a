// ND30-VH-11: special capitalisations of agencies (Phụ lục II §IV.1.b) — the Party's
// bodies and the mass organisations: "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
// "Văn phòng Trung ương Đảng", "Mặt trận Tổ quốc Việt Nam".

import type { Rule } from '../../rule';
import { PARTY_NAMES } from '../../data/agencies';
import { t } from '../util';
import { phraseMatcher, lineLocalVh } from './common';
import { vhMeta } from './meta';

const match = phraseMatcher(PARTY_NAMES, { upperFirst: true });

export const vh11: Rule = lineLocalVh({
  meta: vhMeta(
    'ND30-VH-11',
    'IV.1.b',
    ['Viết hoa tên cơ quan của Đảng, tổ chức chính trị - xã hội', 'Capitalisation of Party bodies and mass organisations'],
    [
      'Các trường hợp viết hoa đặc biệt: "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Văn phòng Trung ương Đảng"; tên các tổ chức chính trị - xã hội theo cùng quy tắc ("Mặt trận Tổ quốc Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam"). Chỉ kiểm tra tên có trong từ điển, viết như tên riêng.',
      'Special cases: "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Văn phòng Trung ương Đảng"; mass organisations follow the same rule ("Mặt trận Tổ quốc Việt Nam"). Only names in the dictionary written as proper names are checked.',
    ],
    { correct: ['Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], incorrect: ['Ban chấp hành trung ương Đảng', 'phối hợp với Mặt Trận Tổ Quốc Việt Nam'] },
  ),
  check(ctx) {
    match(ctx, t('Viết hoa tên cơ quan, tổ chức chưa đúng', 'Organisation name capitalised wrongly'));
  },
});
