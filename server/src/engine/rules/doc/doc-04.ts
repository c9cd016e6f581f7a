// ND30-DOC-04: the content of the document ends with "./.".

import type { Rule } from '../../rule';
import { endsWithLooseEndMark, trailingSlashMark } from '../tail';
import { PL3, t } from '../util';

const END = './.';

export const doc04: Rule = {
  meta: {
    id: 'ND30-DOC-04',
    component: 'noi-dung',
    severity: 'warning',
    clause: PL3('các Mẫu 1.1–1.10, 2.1'),
    title: t('Nội dung văn bản kết thúc bằng "./."', 'The content ends with "./."'),
    description: t(
      'Trong tất cả các mẫu của Phụ lục III (và điều cuối của chính Nghị định 30/2020), phần nội dung văn bản kết thúc bằng dấu "./." ở cuối đoạn cuối cùng, ngay trước phần chữ ký và nơi nhận. Quy định lấy từ mẫu, nên mức cảnh báo.',
      'In every template of Appendix III (and in the last article of Decree 30/2020 itself) the content ends with "./." at the end of its last paragraph, right before the signature and recipients. The rule comes from the templates, hence a warning.',
    ),
    fixable: true,
    examples: {
      correct: ['Giám đốc Sở yêu cầu Thủ trưởng các phòng, đơn vị nghiêm túc triển khai thực hiện./.'],
      incorrect: ['Giám đốc Sở yêu cầu Thủ trưởng các phòng, đơn vị nghiêm túc triển khai thực hiện.', 'Giám đốc Sở yêu cầu Thủ trưởng các phòng, đơn vị nghiêm túc triển khai thực hiện'],
    },
  },
  check(ctx) {
    const m = ctx.model;
    const body = m.body;
    if (!body.length) return;
    // Without a recognised footer the "last body line" may be the signer or
    // an appendix: only judge a body that the footer closes.
    if (!m.signers.length && !m.noiNhan) return;
    // Any "./." in the content already marks its end (the lines after it may
    // be a footer the model did not recognise).
    const last = body[body.length - 1];
    if (body.some((l) => (l === last ? l.text.endsWith(END) : endsWithLooseEndMark(l.text)))) return;
    const l = last;
    const s = l.text;
    // An unfilled last paragraph ("… ") is ND30-DOC-05's.
    if (/(…|\.{3,}|_{3,})$/u.test(s)) return;
    let from: number;
    let to: number;
    let fixed: string;
    let what: string;
    // Linear scan (the pattern /\s*\.?\s*\/\s*\.?$/ was cubic on a line of spaces).
    const slashAt = trailingSlashMark(s);
    if (slashAt > 0) {
      // A malformed end mark: "/.", ". /.", "./", "/".
      from = slashAt;
      to = s.length;
      fixed = END;
      what = s.slice(slashAt).trim();
    } else if (/\.$/u.test(s)) {
      from = to = s.length;
      fixed = '/.';
      what = '.';
    } else if (/[;,:!]$/u.test(s)) {
      from = s.length - 1;
      to = s.length;
      fixed = END;
      what = s.slice(-1);
    } else {
      from = to = s.length;
      fixed = END;
      what = '';
    }
    const fixedEnd = s.slice(Math.max(0, from - 12), from) + fixed;
    ctx.report({
      line: l,
      from: Math.max(0, s.length - 1),
      to: s.length,
      message: what
        ? t(`Nội dung văn bản kết thúc bằng "./.", không phải "${what}"`, `The content ends with "./.", not "${what}"`)
        : t('Nội dung văn bản kết thúc bằng "./."', 'The content ends with "./."'),
      fix: { title: t(`Kết thúc bằng "./." (…${fixedEnd})`, `End with "./." (…${fixedEnd})`), edits: [ctx.edit(l, from, to, fixed)] },
    });
  },
};
