// ND30-DOC-07: Party documents follow the Party's own rules.

import type { Rule } from '../../rule';
import { t } from '../util';

export const doc07: Rule = {
  meta: {
    id: 'ND30-DOC-07',
    component: 'document',
    severity: 'information',
    clause: t('NĐ 30/2020, Điều 2 khoản 2 (áp dụng "cho phù hợp"); thực tiễn: văn bản của Đảng theo hướng dẫn của Đảng', 'Decree 30/2020, Article 2.2 (applied "as appropriate"); practice: Party documents follow Party guidance'),
    title: t('Văn bản của Đảng: không kiểm tra theo NĐ 30', 'Party document: not checked against Decree 30'),
    description: t(
      'Văn bản có tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" trình bày theo quy định và hướng dẫn về thể thức văn bản của Đảng; công cụ không áp dụng các quy tắc của Nghị định 30/2020 cho văn bản này.',
      'A document headed "ĐẢNG CỘNG SẢN VIỆT NAM" follows the Party\'s own format rules; the checker does not apply Decree 30/2020 to it.',
    ),
    fixable: false,
    regimes: ['dang'],
  },
  check(ctx) {
    const l = ctx.model.party ?? ctx.model.lines[0];
    if (!l) return;
    ctx.report({
      line: l,
      message: t(
        'Văn bản của Đảng ("ĐẢNG CỘNG SẢN VIỆT NAM"): thể thức theo quy định của Đảng, không kiểm tra theo NĐ 30/2020',
        'Party document ("ĐẢNG CỘNG SẢN VIỆT NAM"): its format follows Party rules; Decree 30/2020 is not checked',
      ),
    });
  },
};
