// ND30-TL-04: the trích yếu of a công văn (ô 5b) follows "V/v".

import type { Rule } from '../../rule';
import { inventedTitle } from '../doc/doc-03';
import { PL1, t } from '../util';

/** The prefix of a công văn trích yếu: "V/v", "V/V", "v/v", "V / v", "V/v:", "Về việc". */
const PREFIX = /^(v\s*\/\s*v|về\s+việc)(\s*[:.\-–]+)?/iu;

export const tl04: Rule = {
  meta: {
    id: 'ND30-TL-04',
    component: 'ten-loai-trich-yeu',
    severity: 'error',
    clause: PL1('II.5.b'),
    title: t('Trích yếu công văn viết sau chữ "V/v"', 'The summary of a công văn follows "V/v"'),
    description: t(
      'Đối với công văn, trích yếu nội dung văn bản trình bày tại ô số 5b, sau chữ "V/v" (chữ V hoa, gạch chéo, chữ v thường, một dấu cách), bằng chữ in thường, cỡ chữ từ 12 đến 13, kiểu chữ đứng: "V/v nâng bậc lương năm 2019". "V/V", "v/v" là sai chữ "V/v" mà Nghị định quy định (lỗi); "V/v:" (thêm dấu hai chấm) và viết đầy đủ "Về việc" khác với mẫu (cảnh báo).',
      'In a công văn the summary goes in box 5b after "V/v" (capital V, slash, lower-case v, one space), in lower case, 12–13 pt, upright: "V/v nâng bậc lương năm 2019". "V/V" and "v/v" misspell the "V/v" the decree prescribes (error); "V/v:" (an added colon) and "Về việc" written in full depart from the template (warning).',
    ),
    fixable: true,
    examples: { correct: ['V/v nâng bậc lương năm 2019'], incorrect: ['V/V nâng bậc lương năm 2019', 'v/v nâng bậc lương năm 2019', 'V/v: nâng bậc lương năm 2019', 'Về việc nâng bậc lương năm 2019'] },
  },
  check(ctx) {
    const m = ctx.model;
    if (m.type?.key !== 'cong_van') return;
    // A title line of an unknown type above it (ND30-DOC-03): not a công văn.
    if (inventedTitle(ctx)) return;
    const l = m.trichYeu[0];
    if (!l) return;
    const p = PREFIX.exec(l.text);
    if (!p) return;
    const after = l.text.charAt(p[0].length);
    const spaced = after === ' ';
    if (p[0] === 'V/v' && (spaced || after === '')) return;
    const full = /^về/iu.test(p[1]);
    const wrongCase = !full && p[1].replace(/\s/g, '') !== 'V/v';
    const to = p[0].length;
    const repl = spaced || after === '' ? 'V/v' : 'V/v ';
    const shown = l.text.slice(0, to) + (spaced ? ' ' : '');
    let vi: string;
    let en: string;
    if (full) {
      vi = `Trích yếu công văn viết sau chữ "V/v", không viết "${p[0]}"`;
      en = `The summary of a công văn follows "V/v", not "${p[0]}"`;
    } else if (wrongCase) {
      vi = `Viết đúng chữ "V/v" (V hoa, v thường): "${p[0]}" → "V/v"`;
      en = `Write "V/v" exactly (capital V, lower-case v): "${p[0]}" → "V/v"`;
    } else if (p[1] !== 'V/v') {
      vi = `Viết liền chữ "V/v", không có dấu cách: "${p[1]}" → "V/v"`;
      en = `Write "V/v" without spaces: "${p[1]}" → "V/v"`;
    } else if (p[2]) {
      vi = `Sau chữ "V/v" là một dấu cách rồi đến trích yếu, không có dấu "${p[2].trim()}"`;
      en = `"V/v" is followed by a space and the summary, without "${p[2].trim()}"`;
    } else {
      vi = 'Sau chữ "V/v" có một dấu cách';
      en = '"V/v" is followed by a space';
    }
    ctx.report({
      line: l,
      from: 0,
      to,
      severity: wrongCase ? undefined : 'warning',
      message: t(vi, en),
      fix: { title: t(`Sửa "${shown.trim()}" thành "V/v"`, `Change "${shown.trim()}" to "V/v"`), edits: [ctx.edit(l, 0, to, repl)] },
    });
  },
};
