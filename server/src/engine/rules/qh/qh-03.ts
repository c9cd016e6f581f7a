// ND30-QH-03: the Tiêu ngữ sits under the Quốc hiệu, both in box 1 (top right).

import type { Rule } from '../../rule';
import { PL1, t } from '../util';

export const qh03: Rule = {
  meta: {
    id: 'ND30-QH-03',
    component: 'quoc-hieu',
    severity: 'error',
    clause: PL1('II.1.b, c'),
    title: t('Tiêu ngữ đặt dưới Quốc hiệu, cùng ở ô số 1 (bên phải)', 'The motto sits under the national title, both in box 1 (right)'),
    description: t(
      'Quốc hiệu ở phía trên cùng, bên phải trang đầu tiên; Tiêu ngữ được canh giữa dưới Quốc hiệu; hai dòng cách nhau dòng đơn, tại ô số 1. Quy tắc báo Tiêu ngữ đặt trên Quốc hiệu, Tiêu ngữ ở cột khác Quốc hiệu, hoặc Quốc hiệu ở cột bên trái tên cơ quan ban hành trong bảng hai cột.',
      'The national title is at the top right of page 1; the motto is centred under it, single-spaced, in box 1. The rule reports a motto above the national title, a motto in another column, or the national title in the column left of the issuing agency in a two-column table.',
    ),
    fixable: false,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: {
      correct: ['| SỞ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |'],
      incorrect: ['Độc lập - Tự do - Hạnh phúc\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc | SỞ NỘI VỤ |'],
    },
  },
  check(ctx) {
    const { quocHieu: qh, tieuNgu: tn, agency } = ctx.model;
    if (!qh || !tn) return;
    if (tn.i < qh.i) {
      ctx.report({ line: tn, message: t('Tiêu ngữ trình bày dưới Quốc hiệu, không đặt phía trên', 'The motto goes under the national title, not above it') });
      return;
    }
    if (qh.cell && tn.cell && qh.cell.table === tn.cell.table && qh.cell.col !== tn.cell.col) {
      ctx.report({ line: tn, message: t('Tiêu ngữ trình bày ngay dưới Quốc hiệu, cùng ở ô số 1 (cột bên phải)', 'The motto goes right under the national title, in box 1 (the right column)') });
      return;
    }
    const ag = agency.find((l) => l.cell && qh.cell && l.cell.table === qh.cell.table);
    if (ag?.cell && qh.cell && qh.cell.col < ag.cell.col && qh.cell.row === ag.cell.row) {
      ctx.report({ line: qh, message: t('Quốc hiệu và Tiêu ngữ ở phía trên cùng, bên phải trang đầu (ô số 1); tên cơ quan ban hành ở bên trái (ô số 2)', 'The national title and motto are at the top right of page 1 (box 1); the issuing agency at the left (box 2)') });
    }
  },
};
