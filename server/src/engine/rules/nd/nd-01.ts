// ND30-ND-01: the first citation of a document in the body gives its type, number
// and symbol, date, issuer and trích yếu; later citations may give type and number only.

import type { Line } from '../../markdown';
import type { DocModel } from '../../model';
import type { Rule } from '../../rule';
import { hasPlaceholder } from '../../text';
import { PL1, t } from '../util';
import { citedKeys, lineCitations } from './citation';

export const nd01: Rule = {
  meta: {
    id: 'ND30-ND-01',
    component: 'noi-dung',
    severity: 'warning',
    clause: PL1('II.6.b'),
    title: t('Viện dẫn lần đầu ghi đầy đủ ngày ban hành và cơ quan ban hành', 'A first citation gives the date and the issuing body'),
    description: t(
      'Khi viện dẫn lần đầu văn bản có liên quan, phải ghi đầy đủ tên loại, số, ký hiệu của văn bản, thời gian ban hành văn bản, tên cơ quan, tổ chức ban hành văn bản và trích yếu nội dung văn bản (đối với Luật và Pháp lệnh chỉ ghi tên loại và tên của Luật, Pháp lệnh); trong các lần viện dẫn tiếp theo, chỉ ghi tên loại và số, ký hiệu của văn bản đó. Quy tắc chỉ xét các viện dẫn dạng "<Tên loại> số <số>/<ký hiệu>" trong nội dung (không xét văn bản đã viện dẫn ở phần căn cứ hoặc trước đó, lời trích dẫn trong ngoặc kép, bảng biểu) và báo thiếu ngày ban hành hoặc cơ quan ban hành. Văn bản quy phạm pháp luật có năm ban hành và cơ quan ban hành trong ký hiệu ("Thông tư số 46/2018/TT-BYT") không bị báo.',
      'The first time a related document is cited, give its type, number and symbol, date of issue, issuing body and summary (for a Luật or Pháp lệnh only the type and name); later citations give only the type and number and symbol. The rule looks at citations of the form "<Type> số <number>/<symbol>" in the body (not documents already cited in the căn cứ block or earlier, quoted text or tables) and reports a missing date or issuing body. Legal normative documents, whose symbol carries the year and the issuer ("Thông tư số 46/2018/TT-BYT"), are not reported.',
    ),
    fixable: false,
    examples: {
      correct: [
        'Thực hiện Quyết định số 15/QĐ-BNV ngày 05 tháng 01 năm 2020 của Bộ trưởng Bộ Nội vụ về việc …; theo Quyết định số 15/QĐ-BNV, …',
      ],
      incorrect: ['Thực hiện Quyết định số 15/QĐ-BNV về việc …', 'Thực hiện Công văn số 12/SNV-VP của Sở Nội vụ về việc …'],
    },
  },
  check(ctx) {
    const m = ctx.model;
    // A văn bản hợp nhất follows the law on consolidation, not ND30 (its preamble cites the consolidated texts).
    if (m.so && /\/\s*VBHN(?![\p{L}])/u.test(m.so.text)) return;
    for (const p of firstCitationProblems(m)) {
      const cited = p.line.text.slice(p.from, p.to);
      ctx.report({
        line: p.line,
        from: p.from,
        to: p.to,
        message: t(
          `Viện dẫn lần đầu "${cited}" thiếu ${p.missing.map((x) => x[0]).join(' và ')}: ghi đầy đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu`,
          `First citation of "${cited}" lacks ${p.missing.map((x) => x[1]).join(' and ')}: give the type, number and symbol, date, issuing body and summary`,
        ),
      });
    }
  },
};

export interface CitationProblem {
  line: Line;
  from: number;
  to: number;
  /** [vi, en] names of the missing parts. */
  missing: [string, string][];
}

/** First citations in `lines` (default: the body) that lack the date or the issuer. */
export function firstCitationProblems(m: DocModel, lines: Line[] = m.body): CitationProblem[] {
  const out: CitationProblem[] = [];
  const seen = citedKeys(m.canCu);
  const body = lines;
  // A sentence hard-wrapped over several lines (no blank line, no end punctuation).
  const joins = (a: Line, b: Line) => !b.blankBefore && !a.cell && !b.cell && !/[.;:!?]$/.test(a.text.trim()) && b.i === a.i + 1;
  body.forEach((l, idx) => {
    // A citation has "số" on its line or on the line it wraps onto (the
    // type's words cannot reach further): most lines have none.
    const next1 = body[idx + 1];
    if (!l.text.includes('số') && !(next1 && next1.text.includes('số') && joins(l, next1))) return;
    let prev = '';
    for (let k = idx - 1, n = 0; k >= 0 && n < 3 && joins(body[k], body[k + 1]); k--, n++) prev = body[k].text + (prev ? ' ' + prev : '');
    let next = '';
    for (let k = idx + 1, n = 0; k < body.length && n < 3 && joins(body[k - 1], body[k]); k++, n++) next += (next ? ' ' : '') + body[k].text;
    if (!l.cell) {
      for (const c of lineCitations(l, prev, next)) {
        const first = !seen.has(c.key);
        seen.add(c.key);
        if (!first || hasPlaceholder(l.text.slice(c.from, c.to))) continue;
        const missing: [string, string][] = [];
        if (c.missingDate) missing.push(['ngày ban hành', 'the date of issue']);
        if (c.missingIssuer) missing.push(['cơ quan, tổ chức ban hành', 'the issuing body']);
        if (missing.length) out.push({ line: l, from: c.from, to: c.to, missing });
      }
    }
    for (const k of citedKeys([l])) seen.add(k);
  });
  return out;
}
