// ND30-QH-01: the Quốc hiệu is exactly "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", upper case.

import { RE } from '../../model';
import type { Rule } from '../../rule';
import { canon } from '../../text';
import { QUOC_HIEU } from '../../vocab';
import { PL1, t } from '../util';
import { segmentEnd } from './segment';

export const qh01: Rule = {
  meta: {
    id: 'ND30-QH-01',
    component: 'quoc-hieu',
    severity: 'error',
    clause: PL1('II.1.a'),
    title: t('Quốc hiệu viết đúng và in hoa', 'National title spelt exactly, in capitals'),
    description: t(
      'Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" trình bày bằng chữ in hoa, đầy đủ, không viết tắt, không có dấu câu. Cách bỏ dấu "HOÀ" cũng được chấp nhận (chính NĐ 30 dùng cả hai).',
      'The national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is written in full, in capitals, unabbreviated, without punctuation. The tone placement "HOÀ" is accepted too (the decree itself uses both).',
    ),
    fixable: true,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: { correct: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'], incorrect: ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.', 'CHXHCN VIỆT NAM'] },
  },
  check(ctx) {
    const l = ctx.model.quocHieu;
    if (!l) return;
    // Only the Quốc hiệu part of the line: a Tiêu ngữ typed after it stays.
    const end = segmentEnd(l, RE.quocHieuBare) ?? l.text.length;
    const seg = l.text.slice(0, end).trimEnd();
    if (canon(seg) === canon(QUOC_HIEU)) return;
    ctx.report({
      line: l,
      from: 0,
      to: seg.length,
      message: t(`Quốc hiệu phải là "${QUOC_HIEU}" (chữ in hoa, không viết tắt, không dấu câu): "${seg}"`, `The national title must read "${QUOC_HIEU}" (capitals, unabbreviated, no punctuation): "${seg}"`),
      fix: { title: t(`Sửa thành "${QUOC_HIEU}"`, `Change to "${QUOC_HIEU}"`), edits: [ctx.edit(l, 0, seg.length, QUOC_HIEU)] },
    });
  },
};
