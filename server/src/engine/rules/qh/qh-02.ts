// ND30-QH-02: the Tiêu ngữ is exactly "Độc lập - Tự do - Hạnh phúc".

import { RE } from '../../model';
import type { Rule } from '../../rule';
import { bare, canon } from '../../text';
import { TIEU_NGU } from '../../vocab';
import { PL1, t } from '../util';
import { segmentEnd } from './segment';

export const qh02: Rule = {
  meta: {
    id: 'ND30-QH-02',
    component: 'quoc-hieu',
    severity: 'error',
    clause: PL1('II.1.b'),
    title: t('Tiêu ngữ viết đúng "Độc lập - Tự do - Hạnh phúc"', 'Motto written exactly "Độc lập - Tự do - Hạnh phúc"'),
    description: t(
      'Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" trình bày bằng chữ in thường, chữ cái đầu của các cụm từ viết hoa, giữa các cụm từ có gạch nối (-) và có cách chữ, không có dấu câu.',
      'The motto "Độc lập - Tự do - Hạnh phúc" is in lower case with a capital at the start of each phrase; the phrases are joined by a hyphen-minus (-) with a space on each side; no punctuation.',
    ),
    fixable: true,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: {
      correct: ['Độc lập - Tự do - Hạnh phúc'],
      incorrect: ['Độc Lập - Tự Do - Hạnh Phúc', 'Độc lập – Tự do – Hạnh phúc', 'Độc lập-Tự do-Hạnh phúc', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC'],
    },
  },
  check(ctx) {
    const l = ctx.model.tieuNgu;
    if (!l) return;
    const end = segmentEnd(l, RE.tieuNguBare) ?? l.text.length;
    const seg = l.text.slice(0, end).trimEnd();
    if (canon(seg) === canon(TIEU_NGU)) return;
    // Say what is wrong: case, dash, spacing, punctuation.
    const why: string[] = [];
    const whyEn: string[] = [];
    const words = seg.replace(/[^\p{L}\s]/gu, ' ').trim().split(/\s+/);
    if (canon(words.join(' ')) !== canon('Độc lập Tự do Hạnh phúc')) {
      why.push('chữ in thường, chỉ viết hoa chữ cái đầu mỗi cụm từ');
      whyEn.push('lower case with a capital only at the start of each phrase');
    }
    const seps = seg.slice(0, segmentCoreEnd(seg)).match(/(?<=\p{L})[^\p{L}]+(?=\p{L})/gu) ?? [];
    const dashSeps = seps.filter((s) => s.trim() !== '');
    if (dashSeps.some((s) => s.trim() !== '-') || dashSeps.length !== 2) {
      why.push('gạch nối (-) giữa các cụm từ');
      whyEn.push('a hyphen-minus (-) between the phrases');
    } else if (dashSeps.some((s) => s !== ' - ')) {
      why.push('một dấu cách mỗi bên gạch nối');
      whyEn.push('one space on each side of the hyphen');
    }
    if (/[.,;:!]$/.test(seg)) {
      why.push('không có dấu câu ở cuối');
      whyEn.push('no final punctuation');
    }
    if (!why.length) {
      why.push('đúng từng chữ');
      whyEn.push('exact wording');
    }
    ctx.report({
      line: l,
      from: 0,
      to: seg.length,
      message: t(`Tiêu ngữ phải là "${TIEU_NGU}" (${why.join('; ')}): "${seg}"`, `The motto must read "${TIEU_NGU}" (${whyEn.join('; ')}): "${seg}"`),
      fix: { title: t(`Sửa thành "${TIEU_NGU}"`, `Change to "${TIEU_NGU}"`), edits: [ctx.edit(l, 0, seg.length, TIEU_NGU)] },
    });
  },
};

/** End of the letters of the motto (before trailing punctuation). */
function segmentCoreEnd(seg: string): number {
  const b = bare(seg);
  const i = b.lastIndexOf('phuc');
  return i >= 0 ? i + 4 : seg.length;
}
