// ND30-NN-01: the Nơi nhận label is exactly "Nơi nhận:".

import type { Rule } from '../../rule';
import { bare } from '../../text';
import { PL1, t } from '../util';

const LABEL = 'Nơi nhận';

export const nn01: Rule = {
  meta: {
    id: 'ND30-NN-01',
    component: 'noi-nhan',
    severity: 'error',
    clause: PL1('II.9.d'),
    title: t('Từ "Nơi nhận" viết đúng, in thường, sau có dấu hai chấm', 'The label is "Nơi nhận:" in lower case with a colon'),
    description: t(
      'Từ "Nơi nhận" được trình bày trên một dòng riêng (ngang hàng với dòng quyền hạn, chức vụ của người ký, sát lề trái), sau có dấu hai chấm (:), bằng chữ in thường, cỡ chữ 12, kiểu chữ nghiêng, đậm. Không viết "Nơi gửi", "NƠI NHẬN", "Nơi nhận :".',
      'The word "Nơi nhận" stands on its own line (level with the signer\'s authority line, flush left), followed by a colon, in lower case, 12 pt bold italic. Not "Nơi gửi", "NƠI NHẬN" or "Nơi nhận :".',
    ),
    fixable: true,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: { correct: ['Nơi nhận:'], incorrect: ['Nơi nhận :', 'NƠI NHẬN:', 'Nơi gửi:', 'Nơi nhận'] },
  },
  check(ctx) {
    const nn = ctx.model.noiNhan;
    if (!nn) return;
    const l = nn.label;
    const m = /^noi\s+(nhan|gui)/.exec(bare(l.text));
    if (!m) return;
    const wordEnd = m[0].length;
    const word = l.text.slice(0, wordEnd);
    // What follows the words: spaces and a punctuation mark standing for the colon.
    const p = /^(\s*)([:.;]?)/.exec(l.text.slice(wordEnd))!;
    const punctEnd = wordEnd + p[0].length;
    const hasColon = p[2] === ':';
    const wordOk = word === LABEL;
    if (wordOk && hasColon && p[1] === '') return;
    // One edit when the word itself is wrong; otherwise only the punctuation
    // changes, so markup around the word ("***Nơi nhận***:") is kept.
    const edits = wordOk ? [ctx.edit(l, wordEnd, punctEnd, ':')] : [ctx.edit(l, 0, punctEnd, LABEL + ':')];
    const found = l.text.slice(0, punctEnd);
    ctx.report({
      line: l,
      from: 0,
      to: Math.max(punctEnd, wordEnd),
      message: t(`Từ "Nơi nhận" phải viết đúng là "Nơi nhận:" (chữ in thường, sau có dấu hai chấm): "${found}"`, `The label must read "Nơi nhận:" (lower case, followed by a colon): "${found}"`),
      fix: { title: t('Sửa thành "Nơi nhận:"', 'Change to "Nơi nhận:"'), edits },
    });
  },
};
