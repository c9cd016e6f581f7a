// ND30-NN-05: Quyết định and Nghị quyết send to the implementing addressees as "- Như Điều <n>;".

import type { Rule } from '../../rule';
import { bare } from '../../text';
import { PL3, t } from '../util';
import { NOI_NHAN_BARE, firstPart, listEntries, spanText, withoutBullet } from './common';

export const nn05: Rule = {
  meta: {
    id: 'ND30-NN-05',
    component: 'noi-nhan',
    severity: 'information',
    clause: PL3('Mẫu 1.1, 1.2, 1.3'),
    title: t('Quyết định, nghị quyết: nơi nhận thi hành ghi "- Như Điều …;"', 'Decisions and resolutions: implementing addressees as "- Như Điều …;"'),
    description: t(
      'Trong các mẫu nghị quyết, quyết định (Mẫu 1.1–1.3), các cơ quan, cá nhân chịu trách nhiệm thi hành đã nêu ở điều khoản thi hành được ghi gọn ở Nơi nhận là "- Như Điều <số>;".',
      'In the resolution and decision templates (1.1–1.3), the bodies and persons charged with implementation in the final article appear in Nơi nhận as "- Như Điều <n>;".',
    ),
    fixable: false,
    examples: { correct: ['Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, NC.'], incorrect: ['Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, NC.'] },
  },
  check(ctx) {
    const m = ctx.model;
    if (!m.noiNhan || !m.type || !['quyet_dinh', 'nghi_quyet'].includes(m.type.key)) return;
    const entries = listEntries(m.noiNhan, NOI_NHAN_BARE);
    if (entries.some((e) => /^nhu\s+(dieu|cac\s+dieu|khoan)/.test(bare(withoutBullet(spanText(firstPart(e)))).trim()))) return;
    // The implementing article: "… chịu trách nhiệm thi hành …".
    let art: string | undefined;
    let cur: string | undefined;
    for (const l of m.body) {
      const a = /^Điều\s+(\d+)\s*\./u.exec(l.text);
      if (a) cur = a[1];
      if (cur && /(chịu\s+trách\s+nhiệm\s+(thi\s+hành|thực\s+hiện|tổ\s+chức\s+thực\s+hiện)|tổ\s+chức\s+thi\s+hành)/iu.test(l.text)) art = cur;
    }
    // No article names the implementing addressees: nothing to refer to.
    if (!art) return;
    ctx.report({
      line: m.noiNhan.label,
      message: t(
        `Quyết định, nghị quyết thường ghi nơi nhận thi hành là "- Như Điều ${art};" (các cơ quan, cá nhân có tên ở điều khoản thi hành)`,
        `Decisions and resolutions usually list the implementing addressees as "- Như Điều ${art};" (those named in the implementation article)`,
      ),
      // No fix: which article applies is the drafter's decision (fixable: false).
    });
  },
};
