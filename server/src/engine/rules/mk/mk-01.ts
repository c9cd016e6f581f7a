// ND30-MK-01: secrecy marks are only TUYỆT MẬT, TỐI MẬT, MẬT, in capitals.

import type { Rule } from '../../rule';
import { PL1, t } from '../util';
import { checkMarks } from './marks';

export const mk01: Rule = {
  meta: {
    id: 'ND30-MK-01',
    component: 'do-mat-khan',
    severity: 'error',
    clause: PL1('III.2.a'),
    title: t('Dấu chỉ độ mật: TUYỆT MẬT, TỐI MẬT hoặc MẬT', 'Secrecy mark: TUYỆT MẬT, TỐI MẬT or MẬT'),
    description: t(
      'Con dấu các độ mật là "TUYỆT MẬT", "TỐI MẬT" hoặc "MẬT" (khắc sẵn theo pháp luật về bảo vệ bí mật nhà nước), chữ in hoa, đóng vào ô số 10a. Các cách ghi khác ("Mật", "BÍ MẬT", "CONFIDENTIAL") không đúng.',
      'The secrecy stamps are "TUYỆT MẬT", "TỐI MẬT" or "MẬT" (made under the state-secret law), in capitals, in box 10a. Other forms ("Mật", "BÍ MẬT", "CONFIDENTIAL") are wrong.',
    ),
    fixable: true,
    examples: { correct: ['MẬT', 'TỐI MẬT'], incorrect: ['Mật', 'BÍ MẬT'] },
  },
  check(ctx) {
    checkMarks(ctx, 'secrecy');
  },
};
