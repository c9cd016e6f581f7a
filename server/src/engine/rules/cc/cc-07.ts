// ND30-CC-07: the enacting line "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" after the căn cứ.

import { lineBreakOf, srcLineEndAt } from '../tail';
import type { Line } from '../../markdown';
import type { Rule } from '../../rule';
import { bare } from '../../text';
import { PL3, t } from '../util';
import { ENACT_BARE } from './common';

const QD = 'QUYẾT ĐỊNH:';
const NQ = 'QUYẾT NGHỊ:';

export const cc07: Rule = {
  meta: {
    id: 'ND30-CC-07',
    component: 'can-cu',
    severity: 'warning',
    clause: PL3('Mẫu 1.1, 1.2, 1.3'),
    title: t('Dòng "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" sau phần căn cứ', 'Enacting line "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" after the căn cứ'),
    description: t(
      'Theo mẫu, sau phần căn cứ của quyết định là dòng "QUYẾT ĐỊNH:", của nghị quyết là dòng "QUYẾT NGHỊ:": chữ in hoa, đậm, canh giữa, có dấu hai chấm liền sau. Phụ lục I không có quy định riêng về dòng này, nên quy tắc ở mức cảnh báo.',
      'In the templates the căn cứ of a decision is followed by "QUYẾT ĐỊNH:", of a resolution by "QUYẾT NGHỊ:": capitals, bold, centred, with a colon right after. Appendix I has no text on this line, hence a warning.',
    ),
    fixable: true,
    examples: {
      correct: ['QUYẾT ĐỊNH:', 'QUYẾT NGHỊ:'],
      incorrect: ['Quyết định:', 'QUYẾT ĐỊNH', 'QUYẾT ĐỊNH :'],
    },
  },
  check(ctx) {
    const m = ctx.model;
    const key = m.type?.key;
    if (key !== 'quyet_dinh' && key !== 'nghi_quyet') return;
    const want = key === 'nghi_quyet' ? NQ : QD;
    let enact: Line | undefined = m.enact;
    // The model may stop the căn cứ block early: look at the first body lines too.
    if (!enact) enact = m.body.slice(0, 4).find((l) => ENACT_BARE.test(bare(l.text)));
    if (enact) {
      const text = enact.text;
      if (text === want) return;
      const otherType = bare(text).startsWith(key === 'nghi_quyet' ? 'quyet dinh' : 'quyet nghi');
      ctx.report({
        line: enact,
        message: otherType
          ? t(
              `Dòng ban hành của ${key === 'nghi_quyet' ? 'nghị quyết' : 'quyết định'} là "${want}", không phải "${text}"`,
              `The enacting line of a ${key === 'nghi_quyet' ? 'resolution' : 'decision'} is "${want}", not "${text}"`,
            )
          : t(`Dòng ban hành viết in hoa, có dấu hai chấm liền sau: "${text}" → "${want}"`, `The enacting line is in capitals with a colon right after: "${text}" → "${want}"`),
        fix: { title: t(`Sửa thành "${want}"`, `Change to "${want}"`), edits: [ctx.edit(enact, 0, text.length, want)] },
      });
      return;
    }
    if (!m.canCu.length) return;
    const last = m.canCu[m.canCu.length - 1];
    const bold = !!m.title?.bold;
    const line = bold ? `**${want}**` : want;
    const insert = last.cell ? `<br>${line}` : undefined;
    // Insert after the end of the last căn cứ's source line (its closing markup included).
    const lastEnd = last.ends[last.text.length - 1];
    // Any line break ends the line: LF, CRLF or a lone CR (a lone-CR file got
    // the line inserted at its end on every pass).
    const eol = srcLineEndAt(ctx.text, lastEnd);
    const nl = lineBreakOf(ctx.text);
    ctx.report({
      line: last,
      message: t(
        `Thiếu dòng "${want}" sau phần căn cứ`,
        `The "${want}" line after the căn cứ is missing`,
      ),
      fix: {
        title: t(`Thêm dòng "${want}"`, `Add the line "${want}"`),
        edits: [insert ? ctx.edit(last, last.text.length, last.text.length, insert) : { start: eol, end: eol, text: `${nl}${nl}${line}` }],
      },
    });
  },
};
