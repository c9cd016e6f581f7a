// The TextMate injection grammar (syntaxes/thethuc.injection.tmLanguage.json):
// valid JSON, declared in package.json, and every regex matches the lines it
// is meant for and not the others. The regexes use only constructs shared by
// Oniguruma and JavaScript (lookbehind, \p{…}), so they run here as they are,
// with the u flag.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const grammar = JSON.parse(readFileSync(join(ROOT, 'syntaxes', 'thethuc.injection.tmLanguage.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

interface Pattern {
  match?: string;
  name?: string;
  captures?: Record<string, { name: string }>;
}
const repo: Record<string, Pattern> = grammar.repository;
const re = (key: string) => new RegExp(repo[key].match!, 'u');

/** Scope of each capture group (or the whole match) on a line, as "scope=text". */
function scopes(key: string, line: string): string[] {
  const m = re(key).exec(line);
  if (!m) return [];
  const out: string[] = [];
  if (repo[key].name) out.push(`${repo[key].name}=${m[0]}`);
  for (const [g, c] of Object.entries(repo[key].captures ?? {})) if (m[Number(g)] !== undefined) out.push(`${c.name}=${m[Number(g)]}`);
  return out;
}

const CASES: Record<string, { yes: [string, string[]][]; no: string[] }> = {
  'quoc-hieu': {
    yes: [
      ['**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', ['entity.name.section.quoc-hieu.thethuc=CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
      ['| UBND<br>**SỞ** | **CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>', ['entity.name.section.quoc-hieu.thethuc=CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM']],
    ],
    no: ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'CHXHCN VIỆT NAM'],
  },
  'tieu-ngu': {
    yes: [['**Độc lập - Tự do - Hạnh phúc**', ['entity.name.section.tieu-ngu.thethuc=Độc lập - Tự do - Hạnh phúc']]],
    no: ['độc lập tự chủ'],
  },
  'do-mat': {
    yes: [
      ['**MẬT**', ['constant.language.do-mat.thethuc=MẬT']],
      ['THƯỢNG KHẨN', ['constant.language.do-mat.thethuc=THƯỢNG KHẨN']],
      ['**HỎA TỐC**', ['constant.language.do-mat.thethuc=HỎA TỐC']],
      ['LƯU HÀNH NỘI BỘ', ['constant.language.do-mat.thethuc=LƯU HÀNH NỘI BỘ']],
    ],
    no: ['BẢO VỆ BÍ MẬT NHÀ NƯỚC', 'Khẩn trương thực hiện', 'MẬT MÃ'],
  },
  'so-ky-hieu': {
    yes: [
      ['Số: 15/QĐ-UBND', ['keyword.other.so.thethuc=Số', 'punctuation.separator.key-value.thethuc=:', 'constant.numeric.so.thethuc=15', 'punctuation.separator.thethuc=/', 'variable.other.constant.ky-hieu.thethuc=QĐ-UBND']],
      ['| Số:      /TTr-UBND<br>V/v … |', ['keyword.other.so.thethuc=Số', 'punctuation.separator.key-value.thethuc=:', 'constant.numeric.so.thethuc=', 'punctuation.separator.thethuc=/', 'variable.other.constant.ky-hieu.thethuc=TTr-UBND']],
      ['Số: 1465/SNN-VP', ['keyword.other.so.thethuc=Số', 'punctuation.separator.key-value.thethuc=:', 'constant.numeric.so.thethuc=1465', 'punctuation.separator.thethuc=/', 'variable.other.constant.ky-hieu.thethuc=SNN-VP']],
    ],
    no: ['Số lượng: 15', 'Tổng số: 15/20 đơn vị'],
  },
  'ngay-thang': {
    yes: [
      [
        '*Lai Châu, ngày 05 tháng 3 năm 2026*',
        [
          'string.other.ngay-thang.thethuc=Lai Châu, ngày 05 tháng 3 năm 2026',
          'entity.name.dia-danh.thethuc=Lai Châu',
          'keyword.other.ngay.thethuc=ngày',
          'constant.numeric.ngay.thethuc=05',
          'keyword.other.thang.thethuc=tháng',
          'constant.numeric.thang.thethuc=3',
          'keyword.other.nam.thethuc=năm',
          'constant.numeric.nam.thethuc=2026',
        ],
      ],
      [
        '…, ngày … tháng … năm …',
        [
          'string.other.ngay-thang.thethuc=…, ngày … tháng … năm …',
          'entity.name.dia-danh.thethuc=…',
          'keyword.other.ngay.thethuc=ngày',
          'constant.numeric.ngay.thethuc=…',
          'keyword.other.thang.thethuc=tháng',
          'constant.numeric.thang.thethuc=…',
          'keyword.other.nam.thethuc=năm',
          'constant.numeric.nam.thethuc=…',
        ],
      ],
    ],
    no: ['trong ngày hôm nay', 'ngày 05/3/2026'],
  },
  'trich-yeu-vv': { yes: [['V/v hướng dẫn triển khai', ['keyword.other.vv.thethuc=V/v']]], no: ['V/V hướng dẫn', 'v/v hướng dẫn'] },
  'can-cu': {
    yes: [
      ['*Căn cứ Nghị định số 30/2020/NĐ-CP;*', ['keyword.control.can-cu.thethuc=Căn cứ']],
      ['*Theo đề nghị của Chánh Văn phòng.*', ['keyword.control.can-cu.thethuc=Theo đề nghị của']],
    ],
    no: ['căn cước công dân'],
  },
  'kinh-gui': { yes: [['Kính gửi: Bộ Nội vụ', ['keyword.control.kinh-gui.thethuc=Kính gửi', 'punctuation.separator.key-value.thethuc=:']]], no: ['Kính gửi Bộ Nội vụ'] },
  'noi-nhan': {
    yes: [['| ***Nơi nhận:***<br>- Như trên;', ['keyword.control.noi-nhan.thethuc=Nơi nhận', 'punctuation.separator.key-value.thethuc=:']]],
    no: ['nơi nhận hồ sơ'],
  },
  luu: {
    yes: [
      ['- Lưu: VT, VP.', ['keyword.other.luu.thethuc=Lưu', 'punctuation.separator.key-value.thethuc=:', 'constant.language.van-thu.thethuc=VT', 'punctuation.separator.thethuc=,', 'variable.other.constant.don-vi.thethuc=VP']],
      ['- Lưu: VT.', ['keyword.other.luu.thethuc=Lưu', 'punctuation.separator.key-value.thethuc=:', 'constant.language.van-thu.thethuc=VT']],
      ['- Lưu: VT, Hồ sơ. |', ['keyword.other.luu.thethuc=Lưu', 'punctuation.separator.key-value.thethuc=:', 'constant.language.van-thu.thethuc=VT', 'punctuation.separator.thethuc=,', 'variable.other.constant.don-vi.thethuc=Hồ sơ']],
    ],
    no: ['Lưu trữ hồ sơ', 'Lưu: VTV'],
  },
  'quyen-han': {
    yes: [
      ['**KT. GIÁM ĐỐC**', ['keyword.control.quyen-han.thethuc=KT', 'punctuation.terminator.thethuc=.']],
      ['| **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH** |', ['keyword.control.quyen-han.thethuc=TM', 'punctuation.terminator.thethuc=.']],
      ['TUQ. CHỦ TỊCH', ['keyword.control.quyen-han.thethuc=TUQ', 'punctuation.terminator.thethuc=.']],
      ['Q. GIÁM ĐỐC', ['keyword.control.quyen-han.thethuc=Q', 'punctuation.terminator.thethuc=.']],
    ],
    no: ['HKT. GIÁM ĐỐC', 'KT. giám đốc'],
  },
  'ban-hanh': { yes: [['**QUYẾT ĐỊNH:**', ['keyword.control.ban-hanh.thethuc=QUYẾT ĐỊNH', 'punctuation.separator.key-value.thethuc=:']]], no: ['**QUYẾT ĐỊNH**'] },
  dieu: {
    yes: [['**Điều 1.** Thành lập Tổ công tác', ['keyword.control.dieu.thethuc=Điều', 'constant.numeric.dieu.thethuc=1', 'punctuation.terminator.thethuc=.']]],
    no: ['theo Điều 3 của Quyết định'],
  },
  chuong: {
    yes: [
      ['**Chương I**', ['entity.name.section.thethuc=Chương', 'constant.numeric.section.thethuc=I']],
      ['Mục 2', ['entity.name.section.thethuc=Mục', 'constant.numeric.section.thethuc=2']],
    ],
    no: ['Chương trình công tác', 'theo Chương II của Quy chế'],
  },
  diem: {
    yes: [
      ['a) Xây dựng kế hoạch;', ['variable.other.diem.thethuc=a', 'punctuation.definition.list.thethuc=)']],
      ['đ) Tổng hợp;', ['variable.other.diem.thethuc=đ', 'punctuation.definition.list.thethuc=)']],
    ],
    no: ['(a) Xây dựng', 'Ghi chú a)'],
  },
  'ket-thuc': { yes: [['thi hành Quyết định này./.', ['punctuation.terminator.ket-thuc.thethuc=./.']]], no: ['hết./'] },
};

describe('templates: TextMate injection grammar', () => {
  it('is declared in package.json, injected into Markdown', () => {
    const g = (pkg.contributes.grammars as { scopeName: string; path: string; injectTo: string[] }[]).find((x) => x.scopeName === grammar.scopeName);
    assert.ok(g, 'contributes.grammars entry');
    assert.equal(g.path, './syntaxes/thethuc.injection.tmLanguage.json');
    assert.deepEqual(g.injectTo, ['text.html.markdown']);
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown/);
  });

  it('every pattern is included, has a scope and compiles as a JavaScript regex', () => {
    const included = (grammar.patterns as { include: string }[]).map((p) => p.include.replace(/^#/, ''));
    assert.deepEqual([...included].sort(), Object.keys(repo).sort());
    for (const [k, p] of Object.entries(repo)) {
      assert.ok(p.match, k);
      assert.ok(p.name || p.captures, `${k} has a scope`);
      assert.doesNotThrow(() => re(k), k);
      for (const c of Object.values(p.captures ?? {})) assert.match(c.name, /\.thethuc$/);
    }
  });

  it('every pattern has test lines', () => {
    assert.deepEqual(Object.keys(CASES).sort(), Object.keys(repo).sort());
  });

  for (const [key, c] of Object.entries(CASES)) {
    it(`${key}: scopes on sample lines`, () => {
      for (const [line, want] of c.yes) assert.deepEqual(scopes(key, line), want, line);
      for (const line of c.no) assert.deepEqual(scopes(key, line), [], `should not match: ${line}`);
    });
  }
});
