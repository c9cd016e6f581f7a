// VB-DISABLE-01: an inline disable comment that suppresses nothing.
// The engine evaluates it while applying the directives (see engine/index.ts).

import type { Rule } from '../../rule';
import { t } from '../util';

export const vbDisable01: Rule = {
  meta: {
    id: 'VB-DISABLE-01',
    component: 'document',
    severity: 'information',
    clause: t('quy ước của Thể thức (chú thích thethuc-disable)', 'Thể thức convention (thethuc-disable comments)'),
    title: t('Chú thích tắt quy tắc không che lỗi nào', 'Disable comment that suppresses nothing'),
    description: t(
      'Một chú thích `<!-- thethuc-disable … -->`, `<!-- thethuc-disable-next-line … -->` hoặc `<!-- thethuc-disable-file -->` không che phát hiện nào: quy tắc đã được sửa hoặc tên quy tắc viết sai. Nên xoá để chú thích không che lỗi về sau.',
      'A `<!-- thethuc-disable … -->` comment that hides no finding: the problem was fixed or the rule ID is misspelt. Remove it so it does not hide future problems.',
    ),
    fixable: true,
    regimes: ['hanh-chinh', 'vbqppl'],
  },
  check() {
    /* evaluated by the engine after all rules ran */
  },
};
