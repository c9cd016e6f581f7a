// ND30-CC-01: one căn cứ per line; ";" at the end of each line, "." at the end of the last.

import { lineBreakOf } from '../tail';
import type { Rule } from '../../rule';
import { RE } from '../../model';
import { PLACEHOLDER_RE } from '../../text';
import { PL1, t } from '../util';
import { canCuItems, isAmendment, lineWrap, SECOND_CITATION } from './common';

export const cc01: Rule = {
  meta: {
    id: 'ND30-CC-01',
    component: 'can-cu',
    severity: 'error',
    clause: PL1('II.6.a'),
    title: t('Mỗi căn cứ một dòng, cuối dòng có dấu chấm phẩy, dòng cuối có dấu chấm', 'One căn cứ per line, ending ";", the last one ending "."'),
    description: t(
      'Căn cứ ban hành văn bản trình bày dưới phần tên loại và trích yếu; "sau mỗi căn cứ phải xuống dòng, cuối dòng có dấu chấm phẩy (;), dòng cuối cùng kết thúc bằng dấu chấm (.)". Trong mẫu quyết định, dòng cuối cùng của khối căn cứ là "Theo đề nghị của … ." Không ghi hai căn cứ trên cùng một dòng (trừ văn bản sửa đổi, bổ sung viện dẫn liền sau văn bản được sửa đổi).',
      'The grounds for issue come under the type and summary; "after each căn cứ a new line, each line ends with a semicolon (;), the last line ends with a period (.)". In the decision templates the last line of the block is "Theo đề nghị của … ." Two citations do not share a line (except an amending document cited right after the one it amends).',
    ),
    fixable: true,
    examples: {
      correct: [
        'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
        'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
        'Theo đề nghị của Chánh Văn phòng.',
      ],
      incorrect: [
        'Căn cứ Quyết định số 701/QĐ-UBND ngày 24 tháng 5 năm 2023 của Ủy ban nhân dân tỉnh về …; Quyết định số 25/QĐ-SNV ngày 05 tháng 6 năm 2023 của Sở Nội vụ về … .',
        'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư,',
        'Theo đề nghị của Chánh Văn phòng;',
      ],
    },
  },
  check(ctx) {
    const m = ctx.model;
    // "- Căn cứ …;": a căn cứ is a line of its own, not a list item (the decree's templates have no bullet).
    for (const l of m.canCuBullets) {
      const b = /^[-–—+•]\s*/u.exec(l.text);
      if (!b) continue;
      ctx.report({
        line: l,
        from: 0,
        to: b[0].length,
        message: t(`Căn cứ không có gạch đầu dòng: bỏ "${b[0].trim()}" ở đầu dòng`, `A căn cứ line has no bullet: remove "${b[0].trim()}" at its start`),
        fix: { title: t('Bỏ gạch đầu dòng', 'Remove the bullet'), edits: [ctx.edit(l, 0, b[0].length, '')] },
      });
    }
    const items = canCuItems(m);
    // In a công văn, tờ trình or báo cáo (no authority or enacting line), căn cứ lines that
    // end with "," or ";" and lead into the next sentence ("Căn cứ …;" / "Sở Nội vụ kính
    // trình …:") are the opening of the body, not a căn cứ block: no punctuation check.
    const lastText = m.canCu.length ? m.canCu[m.canCu.length - 1].text : '';
    const decision = m.type?.key === 'quyet_dinh' || m.type?.key === 'nghi_quyet';
    const leadIn = !decision && !m.enact && !m.authority.length && /[,;]$/.test(lastText) && !!m.body.length && /^\p{Lu}/u.test(m.body[0].text) && !RE.article.test(m.body[0].text);
    items.forEach((it, k) => {
      // Two citations on one line. "Xét Tờ trình …; Báo cáo thẩm tra …; ý kiến …" lists the
      // papers of one proposal: only "Căn cứ" lines are checked.
      for (const [li, l] of (it.isCanCu ? it.lines : []).entries()) {
        SECOND_CITATION.lastIndex = 0;
        let sc: RegExpExecArray | null;
        while ((sc = SECOND_CITATION.exec(l.text))) {
          const typeStart = sc.index + 1 + sc[1].length;
          // The amending words may be on the next line of a căn cứ wrapped over several lines.
          const rest = [l.text.slice(typeStart), ...it.lines.slice(li + 1).map((x) => x.text)].join(' ');
          if (isAmendment(rest, 0)) continue;
          const num = /^\S+(?:\s+\S+)*?\s+số\s+\S+/u.exec(l.text.slice(typeStart, typeStart + 500));
          const to = typeStart + (num ? num[0].replace(/[,;.]$/, '').length : sc[2].length);
          const wrap = lineWrap(ctx.text, l);
          const cited = l.text.slice(typeStart, to);
          ctx.report({
            line: l,
            from: typeStart,
            to,
            message: t(
              `Hai căn cứ trên cùng một dòng: "${cited}" phải xuống dòng thành một căn cứ riêng ("Căn cứ ${cited} …;")`,
              `Two citations on one line: "${cited}" must go on its own line as a separate căn cứ ("Căn cứ ${cited} …;")`,
            ),
            fix: wrap
              ? {
                  title: t('Tách thành căn cứ riêng trên dòng mới', 'Split into a separate căn cứ on a new line'),
                  edits: [ctx.edit(l, sc.index + 1, typeStart, `${wrap.close}${lineBreakOf(ctx.text)}${wrap.open}Căn cứ `)],
                }
              : undefined,
          });
        }
      }
      // End punctuation of the item's last line.
      if (leadIn) return;
      const l = it.last;
      const text = l.text;
      const isLast = k === items.length - 1;
      const want = isLast ? '.' : ';';
      if (!text.length || text.endsWith(want)) return;
      // An unfilled template line ("Căn cứ ……") is not a format error.
      const tail = text.slice(-4);
      if (PLACEHOLDER_RE.test(tail) && !/[;.,:]$/.test(text)) return;
      const lastCh = text[text.length - 1];
      const wrong = /[;.,:]/.test(lastCh);
      const from = wrong ? text.length - 1 : text.length;
      ctx.report({
        line: l,
        from: wrong ? from : Math.max(0, text.length - 1),
        to: text.length,
        message: isLast
          ? t(
              wrong
                ? `Dòng cuối cùng của phần căn cứ phải kết thúc bằng dấu chấm (.), không phải "${lastCh}"`
                : 'Dòng cuối cùng của phần căn cứ phải kết thúc bằng dấu chấm (.)',
              wrong ? `The last line of the căn cứ block must end with a period (.), not "${lastCh}"` : 'The last line of the căn cứ block must end with a period (.)',
            )
          : t(
              wrong ? `Cuối mỗi dòng căn cứ phải có dấu chấm phẩy (;), không phải "${lastCh}"` : 'Cuối mỗi dòng căn cứ phải có dấu chấm phẩy (;)',
              wrong ? `Each căn cứ line must end with a semicolon (;), not "${lastCh}"` : 'Each căn cứ line must end with a semicolon (;)',
            ),
        fix: {
          title: t(wrong ? `Thay bằng "${want}"` : `Thêm "${want}"`, wrong ? `Replace with "${want}"` : `Add "${want}"`),
          edits: [ctx.edit(l, from, text.length, want)],
        },
      });
    });
  },
};
