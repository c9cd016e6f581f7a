// ND30-CC-02: each căn cứ cites the document in full: type, number and symbol,
// issuer, date and summary; a Luật / Pháp lệnh takes its name and date only.

import { PUNCT_WS, trimEndChars } from '../tail';
import type { Rule } from '../../rule';
import type { RuleOptions } from '../../types';
import { PLACEHOLDER_RE } from '../../text';
import { PL1, t } from '../util';
import { canCuItems, citations, LAW_RE } from './common';

/** A date: "ngày 05 tháng 3 năm 2020", "ngày 05/3/2020", "ngày … tháng … năm …". */
const DATE = /(ngày|ngay)\s*(\d{1,2}|…|\.{2,}|_{2,})|tháng\s+\d{1,2}\s+năm\s+\d{4}|(?<![\p{N}/])\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}(?![\p{N}])/u;
/** A number and symbol: "30/2020/NĐ-CP", "15/QĐ-UBND", "…/QĐ-UBND", "số 08-NQ/TU". */
const NUMBER = /(?<![\p{L}\p{N}])(\d[\p{L}\p{N}]*\s*[/-]\s*(?=[\p{L}\p{N}&.-]*\p{L})[\p{L}\p{N}&.-]+|số\s+(\d+|…|\.{2,}|_{2,}))/u;
/** The law's own number: " số 72/2025/QH15", " số 45/2019/QH14". */
const LAW_NUMBER = /\s+số\s+\d+\s*\/\s*\d{4}\s*\/\s*[\p{L}\p{N}]+/u;
/**
 * A legal document named after "của" ("một số điều của Luật Bảo hiểm y tế",
 * inside the trích yếu): a document, not the issuer.
 */
const A_DOCUMENT = String.raw`(?:Luật|Bộ\s+luật|Pháp\s+lệnh|Hiến\s+pháp|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Quyết\s+định|Chỉ\s+thị)(?![\p{L}\p{N}])`;
/** An issuer: "của …", "do … ban hành", "giữa …", a joint document. */
const ISSUER = new RegExp(String.raw`(?<![\p{L}])(của|do|giữa)(?![\p{L}])(?!\s+${A_DOCUMENT})|liên\s+tịch`, 'iu');
/** "của <issuer> …" to the end (not "của <a legal document>"). */
const ISSUER_OF = new RegExp(String.raw`(?<![\p{L}])của\s+(?!${A_DOCUMENT})(.*)$`, 'u');
/** Words that start a summary (trích yếu) or show one is there. */
const SUMMARY = /(?<![\p{L}])(về|quy\s+định|hướng\s+dẫn|ban\s+hành|phê\s+duyệt|thành\s+lập|sửa\s+đổi|bổ\s+sung|quản\s+lý|công\s+bố|triển\s+khai|thực\s+hiện|tổ\s+chức|kiện\s+toàn|giao|phân\s+cấp|ủy\s+quyền|uỷ\s+quyền|chuyển|điều\s+chỉnh|bãi\s+bỏ|áp\s+dụng|xử\s+lý|cho\s+phép|chấp\s+thuận|tiếp\s+tục|đẩy\s+mạnh|tăng\s+cường|nâng\s+cao|xây\s+dựng|phát\s+triển|đối\s+với|trong|tại|nhằm|để)(?![\p{L}])/iu;
/** Party congress resolutions and the like have no number. */
const NO_NUMBER = /^Nghị\s+quyết\s+(Đại\s+hội|Hội\s+nghị|của\s+(Đại\s+hội|Hội\s+nghị|Ban\s+Chấp\s+hành|Bộ\s+Chính\s+trị))/u;

const OPTIONS = {
  luatSo: {
    type: 'enum',
    values: ['warning', 'error', 'information', 'hint', 'off'],
    aliases: { warn: 'warning', info: 'information', false: 'off' },
    default: 'warning',
    description: t(
      'Mức báo khi văn bản hành chính dẫn Luật kèm số, ký hiệu ("Luật … số 72/2025/QH15"); "off" để không báo.',
      'Level of the finding when an administrative document cites a Luật with its number ("Luật … số 72/2025/QH15"); "off" to not report it.',
    ),
  },
} as const;

export const cc02: Rule<RuleOptions<typeof OPTIONS>> = {
  meta: {
    id: 'ND30-CC-02',
    component: 'can-cu',
    severity: 'error',
    clause: PL1('II.6.a'),
    title: t('Căn cứ ghi đầy đủ tên loại, số, ký hiệu, cơ quan ban hành, ngày tháng năm và trích yếu', 'A căn cứ cites type, number and symbol, issuer, date and summary'),
    description: t(
      'Căn cứ ban hành văn bản "được ghi đầy đủ tên loại văn bản, số, ký hiệu, cơ quan ban hành, ngày tháng năm ban hành văn bản và trích yếu nội dung văn bản (riêng Luật, Pháp lệnh không ghi số, ký hiệu, cơ quan ban hành)". Trong văn bản hành chính, dẫn Luật theo kiểu văn bản quy phạm pháp luật năm 2025 ("Luật … số 72/2025/QH15") được báo ở mức cảnh báo (tùy chọn `luatSo`: "warning", "error", "information" hoặc "off"). Quy tắc không áp dụng cho văn bản quy phạm pháp luật.',
      'The grounds "are cited in full: type, number, symbol, issuing body, date of issue and summary (a Luật or Pháp lệnh takes no number, symbol or issuer)". In an administrative document a Luật cited in the 2025 normative style ("Luật … số 72/2025/QH15") is a warning (option `luatSo`: "warning", "error", "information" or "off"). Normative documents are not checked.',
    ),
    fixable: false,
    examples: {
      correct: [
        'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
        'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
      ],
      incorrect: ['Căn cứ Nghị định 30/2020/NĐ-CP;', 'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;'],
    },
    options: OPTIONS,
  },
  check(ctx) {
    const luatSo = ctx.options.luatSo;
    for (const it of canCuItems(ctx.model)) {
      if (!it.isCanCu) continue;
      // Work on the item's first line plus its wrapped lines, as one text.
      const l = it.first;
      const full = it.lines.map((x) => x.text).join(' ');
      for (const c of citations(full)) {
        // Only the part on the first line can be reported precisely.
        const onFirst = c.start < l.text.length;
        if (!onFirst) continue;
        const body = trimEndChars(c.text, PUNCT_WS(';.'));
        const typeEnd = c.start + c.type.length;
        const hasDate = DATE.test(body);
        if (LAW_RE.test(c.type)) {
          const num = LAW_NUMBER.exec(body);
          if (num) {
            if (luatSo === 'off') continue;
            const from = c.start + num.index + 1;
            const to = Math.min(l.text.length, c.start + num.index + num[0].length);
            ctx.report({
              line: l,
              from,
              to,
              severity: luatSo,
              message: t(
                `Trong văn bản hành chính, căn cứ ${c.type} không ghi số, ký hiệu mà ghi tên và ngày ban hành ("${c.type} … ngày … tháng … năm …"): "${num[0].trim()}"`,
                `In an administrative document a ${c.type} is cited by name and date, without its number ("${c.type} … ngày … tháng … năm …"): "${num[0].trim()}"`,
              ),
              // No fix: deleting a citation's number is the drafter's call (fixable: false).
            });
            continue;
          }
          if (!hasDate) {
            ctx.report({
              line: l,
              from: c.start,
              to: Math.min(l.text.length, typeEnd),
              message: t(
                `Căn cứ ${c.type} phải ghi ngày tháng năm ban hành ("${c.type} … ngày … tháng … năm …")`,
                `A ${c.type} in the căn cứ must give its date of issue ("${c.type} … ngày … tháng … năm …")`,
              ),
            });
          }
          continue;
        }
        const missing: { vi: string; en: string }[] = [];
        // An unfilled citation ("Quyết định số …/QĐ-… ngày … của …") is not a format error.
        const exempt = NO_NUMBER.test(body) || PLACEHOLDER_RE.test(body);
        const noDates = body.replace(/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/gu, ' ');
        if (!exempt && !NUMBER.test(noDates)) missing.push(t('số, ký hiệu', 'number and symbol'));
        if (!exempt && !hasDate) missing.push(t('ngày tháng năm ban hành', 'date of issue'));
        if (!exempt && !ISSUER.test(body)) missing.push(t('cơ quan ban hành ("của …")', 'issuer ("của …")'));
        // Summary (conservative): the citation plainly ends with its issuer, number or date.
        const iss = ISSUER_OF.exec(body);
        const noSummary = iss
          ? !SUMMARY.test(iss[1]) && iss[1].split(/\s+/).length <= 8
          : // The tail only, and no overlapping quantifiers (\d+[\p{L}\p{N}]* was cubic on a run of digits);
            // a summary after the type ("… ngày 01 tháng 7 năm 2021 về Phiên họp … tháng 6 năm 2021") is one.
            /(\d{4}|(?<!\p{N})\d[\p{L}\p{N}]*\s*\/\s*[\p{L}\p{N}Đđ&./-]+)$/u.test(body.slice(-200)) && !SUMMARY.test(body.slice(c.type.length));
        if (!exempt && noSummary) missing.push(t('trích yếu nội dung', 'summary'));
        if (!missing.length) continue;
        ctx.report({
          line: l,
          from: c.start,
          to: Math.min(l.text.length, c.start + trimEndChars(c.text, PUNCT_WS(';.,')).length),
          message: t(
            `Căn cứ chưa đầy đủ, thiếu: ${missing.map((x) => x.vi).join(', ')} (ghi đủ tên loại, số, ký hiệu, ngày tháng năm ban hành, cơ quan ban hành và trích yếu)`,
            `Incomplete citation, missing: ${missing.map((x) => x.en).join(', ')} (give type, number and symbol, date, issuer and summary)`,
          ),
        });
      }
    }
  },
};
