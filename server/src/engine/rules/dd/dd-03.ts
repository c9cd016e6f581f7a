// ND30-DD-03: the place name is the official, full name, with capital initials.

import type { Rule } from '../../rule';
import { bare, isUpper } from '../../text';
import { PL1, t } from '../util';
import { parseDate, placeUnfilled } from './date';

const HCM = 'Thành phố Hồ Chí Minh';

/** "TP. Hồ Chí Minh", "TP.HCM", "Tp HCM", "TPHCM", "HCM", "Hồ Chí Minh", "thành phố Hồ Chí Minh". */
function isHcmVariant(place: string): boolean {
  const b = bare(place).replace(/\s+/g, ' ').trim();
  return /^((t\.?\s?p\.?|thanh pho)\s*)?(hcm|ho chi minh)$/.test(b);
}

/** "TP. Đà Nẵng", "Tp Cần Thơ", "T.P. Huế": the abbreviation of "Thành phố". */
const TP_ABBR = /^(T\.?\s?P\.?|Tp\.?)(\s*)(?=\p{Lu})/u;
/** "TX. Mường Lay", "TT. Sìn Hồ", "Q. 1", "P. Bến Nghé", "H. Tam Đường": abbreviated generic nouns. */
const UNIT_ABBR = /^(TX|Tx|TT|Tt|Q|P|H)\.\s*(?=[\p{Lu}\d])/u;
const UNIT_FULL: Record<string, string> = { tx: 'Thị xã', tt: 'Thị trấn', q: 'Quận', p: 'Phường', h: 'Huyện' };

/** Generic nouns that may lead a place name in lower case before a proper name. */
const GENERIC = /^(xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|đặc khu)(?=\s)/iu;

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}
function properCase(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}

export const dd03: Rule = {
  meta: {
    id: 'ND30-DD-03',
    component: 'dia-danh-ngay',
    severity: 'error',
    clause: PL1('II.4.a, c'),
    title: t('Địa danh ghi tên gọi chính thức, đầy đủ, viết hoa chữ cái đầu', 'Place: official full name with capital initials'),
    description: t(
      'Địa danh là tên gọi chính thức của đơn vị hành chính nơi cơ quan đóng trụ sở; đơn vị hành chính đặt theo tên người, bằng chữ số hoặc sự kiện lịch sử phải ghi tên gọi đầy đủ ("Thành phố Hồ Chí Minh", không viết "TP. Hồ Chí Minh", "TP.HCM"). Địa danh trình bày bằng chữ in thường, các chữ cái đầu của địa danh phải viết hoa ("Hà Nội", không viết "hà nội", "HÀ NỘI").',
      'The place is the official name of the administrative unit where the agency sits; units named after a person, a number or a historical event take their full name ("Thành phố Hồ Chí Minh", not "TP. Hồ Chí Minh", "TP.HCM"). It is written in lower case with the initials of the name capitalised ("Hà Nội", not "hà nội", "HÀ NỘI").',
    ),
    fixable: true,
    regimes: ['hanh-chinh', 'vbqppl'],
    examples: {
      correct: ['Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019', 'Hà Nội, ngày 05 tháng 01 năm 2020'],
      incorrect: ['TP. Hồ Chí Minh, ngày 29 tháng 6 năm 2019', 'TP.HCM, ngày 29 tháng 6 năm 2019', 'hà nội, ngày 05 tháng 01 năm 2020'],
    },
  },
  check(ctx) {
    const l = ctx.model.date;
    if (!l) return;
    const p = parseDate(l);
    if (!p) return;
    const place = p.place;
    if (!place.text || placeUnfilled(place)) return;
    const text = place.text;
    /** Report the place name with a fix that replaces it by `fixed`. */
    const replacePlace = (vi: string, en: string, fixed: string) =>
      ctx.report({
        line: l,
        from: place.from,
        to: place.to,
        message: t(vi, en),
        fix: { title: t(`Sửa thành "${fixed}"`, `Change to "${fixed}"`), edits: [ctx.edit(l, place.from, place.to, fixed)] },
      });

    if (isHcmVariant(text)) {
      if (text === HCM) return;
      replacePlace(`Địa danh phải ghi tên gọi đầy đủ: "${text}" → "${HCM}"`, `The place takes its full official name: "${text}" → "${HCM}"`, HCM);
      return;
    }

    const tp = TP_ABBR.exec(text);
    if (tp) {
      const fixed = 'Thành phố ' + text.slice(tp[0].length);
      replacePlace(`Địa danh ghi tên gọi chính thức, không viết tắt: "${text}" → "${fixed}"`, `The place is not abbreviated: "${text}" → "${fixed}"`, fixed);
      return;
    }

    const ua = UNIT_ABBR.exec(text);
    if (ua) {
      const fixed = `${UNIT_FULL[ua[1].toLowerCase()]} ${text.slice(ua[0].length)}`;
      replacePlace(`Địa danh ghi tên gọi chính thức, không viết tắt: "${text}" → "${fixed}"`, `The place is not abbreviated: "${text}" → "${fixed}"`, fixed);
      return;
    }

    // ALL CAPS place: "HÀ NỘI" → "Hà Nội".
    const letters = text.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2 && isUpper(text)) {
      const fixed = text.replace(/\p{L}+/gu, properCase);
      replacePlace(`Địa danh viết bằng chữ in thường, chỉ viết hoa chữ cái đầu: "${text}" → "${fixed}"`, `The place is in lower case with capital initials: "${text}" → "${fixed}"`, fixed);
      return;
    }

    // Words of the name that start in lower case. A leading generic noun
    // ("xã Tân Lập") is left alone unless a number follows it ("quận 1" → "Quận 1").
    const words = [...text.matchAll(/\S+/gu)].map((w) => ({ w: w[0], from: w.index! }));
    let start = 0;
    const g = GENERIC.exec(text);
    if (g) {
      const after = text.slice(g[0].length).trim();
      if (!/^\d/.test(after)) start = g[0].split(/\s+/).length;
    }
    const bad = words.slice(start).filter((x) => /^\p{Ll}/u.test(x.w));
    if (!bad.length) return;
    const fixed = words.map((x, i) => (i >= start && /^\p{Ll}/u.test(x.w) ? capitalise(x.w) : x.w)).join(' ');
    ctx.report({
      line: l,
      from: place.from,
      to: place.to,
      message: t(`Các chữ cái đầu của địa danh phải viết hoa: "${text}" → "${fixed}"`, `The initials of the place name are capitalised: "${text}" → "${fixed}"`),
      fix: {
        title: t(`Sửa thành "${fixed}"`, `Change to "${fixed}"`),
        edits: bad.map((x) => ctx.edit(l, place.from + x.from, place.from + x.from + 1, x.w.charAt(0).toUpperCase())),
      },
    });
  },
};
