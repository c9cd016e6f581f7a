// ND30-CQ-03: a local chủ quản carries the name of its administrative unit
// ("UBND TỈNH LAI CHÂU", not "UBND TỈNH").

import type { Rule } from '../../rule';
import { canon } from '../../text';
import { PL1, t } from '../util';
import { agencyBlock } from './agency';

/** A People's Committee / Council with at most a level word and no place name. */
const NO_PLACE = new RegExp(
  '^(' + ['UBND', 'ỦY BAN NHÂN DÂN', 'HĐND', 'HỘI ĐỒNG NHÂN DÂN'].map(canon).join('|') + ')(\\s+(' + ['TỈNH', 'THÀNH PHỐ', 'TP.', 'TP', 'HUYỆN', 'QUẬN', 'THỊ XÃ', 'XÃ', 'PHƯỜNG', 'THỊ TRẤN', 'ĐẶC KHU'].map((s) => canon(s).replace('.', '\\.')).join('|') + '))?$',
  'u',
);

export const cq03: Rule = {
  meta: {
    id: 'ND30-CQ-03',
    component: 'co-quan',
    severity: 'warning',
    clause: PL1('II.2.a'),
    title: t('Tên cơ quan chủ quản ở địa phương có tên đơn vị hành chính', 'A local parent agency includes the name of its administrative unit'),
    description: t(
      'Đối với tên cơ quan, tổ chức chủ quản trực tiếp ở địa phương có thêm tên tỉnh, thành phố hoặc xã, phường… nơi cơ quan ban hành văn bản đóng trụ sở: "UBND TỈNH LAI CHÂU" / "SỞ TÀI CHÍNH", không phải "UBND TỈNH" / "SỞ TÀI CHÍNH". Quy tắc chỉ xét chủ quản là Ủy ban nhân dân, Hội đồng nhân dân.',
      'A local parent agency (chủ quản) carries the name of the province, commune… where the issuer sits: "UBND TỈNH LAI CHÂU" / "SỞ TÀI CHÍNH", not "UBND TỈNH" / "SỞ TÀI CHÍNH". Only People\'s Committees and Councils as parent agencies are checked.',
    ),
    fixable: false,
    examples: { correct: ['UBND TỈNH LAI CHÂU / SỞ TÀI CHÍNH'], incorrect: ['UBND TỈNH / SỞ TÀI CHÍNH'] },
  },
  check(ctx) {
    const b = agencyBlock(ctx.model);
    if (!b || !b.confident || !b.chuQuan.length) return;
    const joined = canon(b.chuQuan.map((l) => l.text.trim()).join(' ').replace(/\s+/g, ' ').toUpperCase());
    if (!NO_PLACE.test(joined)) return;
    const first = b.chuQuan[0];
    const last = b.chuQuan[b.chuQuan.length - 1];
    const shown = b.chuQuan.map((l) => l.text.trim()).join(' ');
    ctx.report({
      start: first.start,
      end: last.end,
      message: t(
        `Tên cơ quan chủ quản ở địa phương phải có tên đơn vị hành chính nơi cơ quan ban hành đóng trụ sở: "${shown}", ví dụ "UBND TỈNH LAI CHÂU"`,
        `A local parent agency carries the name of the administrative unit where the issuer sits: "${shown}", e.g. "UBND TỈNH LAI CHÂU"`,
      ),
    });
  },
};
