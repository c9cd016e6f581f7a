// ND30-KG-03: several recipients: "Kính gửi:" alone, then "- …;" lines, the last ending ".".

import type { Rule, RuleContext } from '../../rule';
import type { Text2 } from '../../types';
import { PL1, t } from '../util';
import { BULLET_RE, endMark, Entry, insertLineAfter, insertLineBefore, lastPart, listEntries, spanText } from '../nn/common';

/** The label of a công điện's recipient block ("THỦ TƯỚNG CHÍNH PHỦ điện:"), bare. */
const DIEN_BARE = /^.*\bdien\s*:?/;
import { readLabel, recipients } from './common';

const PLACEHOLDER_ONLY = /^[\s….·_-]*$/u;

/** Head nouns that open the name of a body (a recipient), as in Phụ lục II §IV. */
const BODY_HEAD = /^(?:Bộ|Sở|Ủy\s+ban|Uỷ\s+ban|UBND|Ban|Cục|Chi\s+cục|Tổng\s+cục|Vụ|Văn\s+phòng|Thanh\s+tra|Trung\s+tâm|Bệnh\s+viện|Trường|Viện|Học\s+viện|Phòng|Hội\s+đồng|Hội|Liên\s+đoàn|Đoàn|Công\s+an|Bộ\s+Chỉ\s+huy|Kho\s+bạc|Thuế|Hải\s+quan|Bảo\s+hiểm|Ngân\s+hàng|Tòa\s+án|Toà\s+án|Viện\s+kiểm\s+sát|Đài|Báo|Hạt|Tổng\s+công\s+ty|Công\s+ty|Tập\s+đoàn|Mặt\s+trận|Ủy\s+ban\s+Mặt\s+trận|Tỉnh\s+ủy|Thành\s+ủy|Đảng\s+ủy)(?![\p{L}\p{N}])/u;

/** Split "A, B, C" into recipients when each part opens with a body's head noun. */
function commaRecipients(rest: string): string[] {
  const parts = rest.split(/,\s+/);
  if (parts.length < 2 || !parts.every((p) => BODY_HEAD.test(p))) return [];
  return parts;
}

export const kg03: Rule = {
  meta: {
    id: 'ND30-KG-03',
    component: 'kinh-gui',
    severity: 'error',
    clause: PL1('II.9.d'),
    title: t('Gửi nhiều nơi: mỗi nơi một dòng "- …;", dòng cuối kết thúc "."', 'Several recipients: one "- …;" line each, the last ending "."'),
    description: t(
      'Trường hợp văn bản gửi cho hai cơ quan, tổ chức hoặc cá nhân trở lên thì xuống dòng sau "Kính gửi:"; tên mỗi cơ quan, tổ chức, cá nhân hoặc mỗi nhóm được trình bày trên một dòng riêng, đầu dòng có gạch đầu dòng (-), cuối dòng có dấu chấm phẩy (;), cuối dòng cuối cùng có dấu chấm (.); các gạch đầu dòng thẳng hàng với nhau dưới dấu hai chấm.',
      'With two or more recipients, the list starts on the line after "Kính gửi:"; each recipient or group stands on its own line, starting with a dash (-) and ending with a semicolon (;), the last one with a period (.); the dashes line up under the colon.',
    ),
    fixable: true,
    examples: {
      correct: ['Kính gửi:\n- Bộ Nội vụ;\n- Bộ Kế hoạch và Đầu tư;\n- Bộ Tài chính.'],
      incorrect: ['Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính;', 'Kính gửi: Bộ Nội vụ; Bộ Tài chính.'],
    },
  },
  check(ctx) {
    // A công điện's recipients ("THỦ TƯỚNG CHÍNH PHỦ điện:" then "- …;" items, Mẫu 1.6) follow the same form.
    const dien = ctx.model.dienGui;
    if (dien) checkItems(ctx, listEntries(dien, DIEN_BARE, false), t('"… điện:"', '"… điện:"'), t('Danh sách nơi nhận công điện', 'Recipients of the công điện'));
    const kg = ctx.model.kinhGui;
    if (!kg) return;
    const lb = readLabel(kg.label);
    if (!lb) return;
    const l = kg.label;
    const { entries } = recipients(ctx.model);
    const clean = (s: string) => s.trim().replace(/\s*[;.,]$/u, '');

    if (lb.rest && !entries.length) {
      // "Kính gửi: A; B." on one line.
      let parts = lb.rest.split(/;\s*/).map(clean).filter((p) => p && !PLACEHOLDER_ONLY.test(p));
      // "Kính gửi: Sở Nội vụ, Sở Tài chính, Kho bạc Nhà nước khu vực VIII." — recipients
      // joined by commas. Only split where every part opens with the head noun of a body,
      // so "Ủy ban nhân dân các xã, phường" or "Ông Nguyễn Văn A, Giám đốc …" stay whole.
      if (parts.length < 2) parts = commaRecipients(clean(lb.rest));
      if (parts.length < 2) return;
      const lines = parts.map((p, k) => `- ${p}${k === parts.length - 1 ? '.' : ';'}`);
      ctx.report({
        line: l,
        from: lb.restStart,
        to: l.text.length,
        message: t('Gửi nhiều nơi: xuống dòng sau "Kính gửi:", mỗi nơi nhận một dòng "- …;", dòng cuối kết thúc bằng dấu chấm', 'Several recipients: start a new line after "Kính gửi:", one "- …;" line each, the last ending with a period'),
        fix: {
          title: t('Tách mỗi nơi nhận một dòng', 'One recipient per line'),
          edits: [ctx.edit(l, lb.punctEnd, l.text.length, ''), insertLineAfter(ctx, l, lines)],
        },
      });
      return;
    }
    if (lb.rest && entries.length) {
      // A recipient on the label's line and more below it.
      const first = entries[0].parts[0];
      const moved = `- ${clean(lb.rest)};`;
      ctx.report({
        line: l,
        from: lb.restStart,
        to: l.text.length,
        message: t('Gửi nhiều nơi: "Kính gửi:" đứng riêng một dòng, các nơi nhận ở các dòng dưới', 'Several recipients: "Kính gửi:" stands alone, the recipients on the lines below'),
        fix: {
          title: t(`Chuyển "${clean(lb.rest)}" xuống dòng riêng`, `Move "${clean(lb.rest)}" to its own line`),
          edits: [ctx.edit(l, lb.punctEnd, l.text.length, ''), first.from === 0 ? insertLineBefore(ctx, first.line, moved) : insertLineAfter(ctx, l, moved)],
        },
      });
      return;
    }
    checkItems(ctx, entries, t('"Kính gửi:"', '"Kính gửi:"'), t('Danh sách "Kính gửi"', '"Kính gửi" list'));
  },
};

/** Each recipient "- …;", the last one ending "." (Kính gửi list, công điện recipients). */
function checkItems(ctx: RuleContext, entries: Entry[], label: Text2, list: Text2): void {
  if (entries.length < 2) return;
  entries.forEach((e, k) => {
    const isLast = k === entries.length - 1;
    const f = e.parts[0];
    const tx = spanText(f);
    if (PLACEHOLDER_ONLY.test(tx)) return;
    const b = BULLET_RE.exec(tx);
    if (!b) {
      ctx.report({
        line: f.line,
        from: f.from,
        to: f.to,
        message: t(`Mỗi nơi nhận sau ${label.vi} bắt đầu bằng gạch đầu dòng "- ": "${tx}"`, `Each recipient under ${label.en} starts with a dash "- ": "${tx}"`),
        fix: { title: t('Thêm "- "', 'Add "- "'), edits: [ctx.edit(f.line, f.from, f.from, '- ')] },
      });
    } else if (b[1] !== '-' || b[2] === '') {
      ctx.report({
        line: f.line,
        from: f.from,
        to: f.from + b[0].length,
        message: t(`Gạch đầu dòng là "- ", không dùng "${b[1]}"`, `The bullet is "- ", not "${b[1]}"`),
        fix: { title: t('Sửa thành "- "', 'Change to "- "'), edits: [ctx.edit(f.line, f.from, f.from + b[0].length, '- ')] },
      });
    }
    const lp = lastPart(e);
    const want = isLast ? '.' : ';';
    const em = endMark(lp);
    if (em.ch === want) return;
    if (/(…|\.{3,})$/u.test(spanText(lp)) && !isLast) return;
    const what = isLast ? t('dòng cuối cùng kết thúc bằng dấu chấm (.)', 'the last line ends with a period (.)') : t('cuối dòng có dấu chấm phẩy (;)', 'each line ends with a semicolon (;)');
    ctx.report({
      line: lp.line,
      from: em.index >= 0 ? em.index : lp.from,
      to: em.index >= 0 ? em.index + 1 : lp.to,
      message: t(`${list.vi}: ${what.vi}`, `${list.en}: ${what.en}`),
      fix: {
        title: t(`Sửa thành "${want}"`, `Change to "${want}"`),
        edits: [em.index >= 0 ? ctx.edit(lp.line, em.index, em.index + 1, want) : ctx.edit(lp.line, lp.to, lp.to, want)],
      },
    });
  });
}
