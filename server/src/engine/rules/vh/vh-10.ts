// ND30-VH-10: names of Vietnamese agencies and organisations are capitalised
// as Phụ lục II §IV.1.a says: the first letter of the words that say what
// kind of body it is and what its function or field is, the rest lower case
// ("Sở Nội vụ", "Bộ Tài nguyên và Môi trường", "Ủy ban nhân dân tỉnh Lai Châu",
// "Chi cục Thuế", "Phòng Giáo dục và Đào tạo").
//
// Checked with the dictionaries of server/src/engine/data/agencies.ts (and the
// team's own units from `.thethuc.jsonc` "vietHoa.donVi"), so it only speaks when
// it knows the official spelling. A name is checked only when it is written as a
// proper name (its first letter is a capital). Lines in capitals are exempt.

import type { Rule } from '../../rule';
import type { Line } from '../../markdown';
import { FIELD_KINDS, FIELDS, FIXED_NAMES, OFFICE_FIELDS } from '../../data/agencies';
import { titleCaseRecipients } from '../kg/kg-04';
import { alternation, canonicalMap, key, NOT_WORD_AFTER, NOT_WORD_BEFORE, reportCase, scan, lineLocalVh, kgRunsKey } from './common';
import { vhMeta } from './meta';
import { t } from '../util';
import { teamUnits, UNIT_OPTIONS } from './team';
import type { RuleOptions } from '../../types';

const WHY = t('Viết hoa tên cơ quan chưa đúng', 'Agency name capitalised wrongly');
const KINDS = canonicalMap(FIELD_KINDS);
const FIELD_MAP = canonicalMap(FIELDS);
const OFFICE_KEYS = new Set(OFFICE_FIELDS.map(key));
const FIELD_RE = new RegExp(`${NOT_WORD_BEFORE}(${alternation(FIELD_KINDS)}) (${alternation(FIELDS)})${NOT_WORD_AFTER}`, 'gu');
function compileNames(list: string[]) {
  return { names: canonicalMap(list), nameRe: new RegExp(`${NOT_WORD_BEFORE}(${alternation(list)})${NOT_WORD_AFTER}`, 'gu') };
}
// The dictionaries are compiled once; a team's own units add a per-check pattern.
const DEFAULT_NAMES = compileNames(FIXED_NAMES);

export const vh10: Rule<RuleOptions<typeof UNIT_OPTIONS>> = lineLocalVh({
  meta: {
    ...vhMeta(
      'ND30-VH-10',
      'IV.1.a',
      ['Viết hoa tên cơ quan, tổ chức', 'Capitalisation of agency names'],
      [
        'Tên cơ quan, tổ chức của Việt Nam: viết hoa chữ cái đầu của các từ, cụm từ chỉ loại hình cơ quan, tổ chức và chức năng, lĩnh vực hoạt động ("Sở Nội vụ", "Bộ Tài nguyên và Môi trường", "Ủy ban nhân dân tỉnh Lai Châu", "Chi cục Thuế", "Phòng Giáo dục và Đào tạo"). Quy tắc chỉ kiểm tra các tên có trong từ điển (bộ, cơ quan ngang bộ, tổng cục, cục, vụ, sở, phòng, chi cục, Ủy ban nhân dân, Hội đồng nhân dân…; đơn vị riêng của cơ quan khai báo ở "vietHoa.donVi" trong .thethuc.jsonc), viết như tên riêng (chữ cái đầu viết hoa); không kiểm tra dòng viết in hoa toàn bộ.',
        'Names of Vietnamese agencies: capitalise the first letter of the words for the kind of body and its function or field ("Sở Nội vụ", "Bộ Tài nguyên và Môi trường", "Ủy ban nhân dân tỉnh Lai Châu", "Chi cục Thuế"). Only names in the dictionary (and the team\'s units in "vietHoa.donVi") written as proper names are checked; lines in capitals are exempt.',
      ],
      { correct: ['Quyết định số 25/QĐ-SNV ngày 05 tháng 6 năm 2023 của Sở Nội vụ', '- Ủy ban nhân dân các xã, phường;', 'Chi cục Thuế khu vực V'], incorrect: ['của Sở nội vụ', 'Sở Nội Vụ', 'Ủy Ban Nhân Dân tỉnh', 'Ủy ban Nhân dân tỉnh', 'Chi Cục Thuế', 'Phòng giáo dục và đào tạo'] },
    ),
    options: UNIT_OPTIONS,
  },
  check(ctx) {
    const kgRuns = titleCaseRecipients(ctx.model);
    const inKg = (line: Line, a: number, b: number) => kgRuns.some((r) => r.line === line && r.from < b && a < r.to);
    const team = teamUnits(ctx);
    const { names, nameRe } = team.length ? compileNames([...FIXED_NAMES, ...team]) : DEFAULT_NAMES;
    const fields = FIELD_MAP;
    const fieldRe = FIELD_RE;
    const done = new Set<string>();
    const go = (line: Line, from: number, found: string, want: string | undefined) => {
      if (!want || !/^\p{Lu}/u.test(found) || found === found.toUpperCase()) return;
      if (inKg(line, from, from + found.length)) return;
      if (done.has(`${line.i}:${from}`)) return;
      if (reportCase(ctx, { line, from, found, want, why: WHY })) done.add(`${line.i}:${from}`);
    };
    // go reads only a match that starts with a capital: cased scans.
    scan(ctx, nameRe, (line, m) => go(line, m.index, line.text.slice(m.index, m.index + m[0].length), names.get(m[1])), true);
    scan(ctx, fieldRe, (line, m) => {
      const kind = KINDS.get(m[1]);
      const field = fields.get(m[2]);
      if (!kind || !field) return;
      // "Vụ" as a kind only before the fields of ministry departments (not "vụ Đông Xuân").
      if (OFFICE_KEYS.has(m[2]) && !['cục', 'chi cục', 'tổng cục'].includes(key(kind))) return;
      if (key(kind) === 'vụ' && !['pháp chế', 'tổ chức cán bộ', 'kế hoạch - tài chính', 'hợp tác quốc tế'].map(key).includes(m[2])) return;
      go(line, m.index, line.text.slice(m.index, m.index + m[0].length), `${kind} ${field}`);
    }, true);
  },
}, kgRunsKey);
