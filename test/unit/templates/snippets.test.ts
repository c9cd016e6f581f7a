// The snippets of Phụ lục III (snippets/thethuc.json): every template, filled
// with typical values, with its own placeholders, or from an agency profile,
// checks clean — no error or warning except ND30-DOC-05 (unfilled
// placeholders, information) — and the engine reads its components.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, Finding } from '../../../server/src/engine';
import {
  ALL_TEMPLATES,
  COMPONENTS,
  MAU_1_4_TYPES,
  TEMPLATES,
  TemplateDef,
  compile,
  expandSnippet,
  fillTemplate,
  parseSnippet,
  sampleValues,
  snippetFileText,
  templateById,
} from '../../../server/src/templates';
import { TODAY } from '../helpers';

const SNIPPET_FILE = join(__dirname, '..', '..', '..', 'snippets', 'thethuc.json');
const snippets: Record<string, { prefix: string; body: string[]; description: string }> = JSON.parse(readFileSync(SNIPPET_FILE, 'utf8'));

/** Snippet variables pinned for the tests (a month that needs the zero, one that must not have it, one with two digits). */
const VARIABLE_SETS = [
  { CURRENT_DATE: '05', CURRENT_MONTH: '03', CURRENT_YEAR: '2026' },
  { CURRENT_DATE: '09', CURRENT_MONTH: '02', CURRENT_YEAR: '2026' },
  { CURRENT_DATE: '27', CURRENT_MONTH: '11', CURRENT_YEAR: '2026' },
];
const PROFILE = { ten: 'SỞ NỘI VỤ', chuQuan: 'UBND TỈNH LAI CHÂU', kyHieu: 'SNV', diaDanh: 'Lai Châu', donVi: { VP: 'Văn phòng' } };

type Variant = 'placeholders' | 'typical' | 'profile';

/**
 * Findings of the engine on correct templates that come from gaps of the
 * engine, not from the templates (reported to the lead; remove an entry when
 * the engine is fixed — the test then guards the fix):
 * - the decree's own name placeholder "Họ và tên" under the signature is not
 *   read as an (unfilled) signer name, so the whole signer block is missed;
 * - Mẫu 1.10's confirmation box ("Xác nhận của cơ quan … / (Chữ ký, dấu) /
 *   Họ và tên") after the signer table hides the signer block;
 * - Mẫu 3.1's copy block after a document: its Nơi nhận is taken as the
 *   document's, so KG-05 asks for "Như trên" there.
 */
const KNOWN_ENGINE_GAPS: { ids: string[] | '*'; variants: Variant[]; ruleId: string; message: RegExp }[] = [];

function isKnownGap(id: string, variant: Variant, f: Finding): boolean {
  return KNOWN_ENGINE_GAPS.some((g) => (g.ids === '*' || g.ids.includes(id)) && g.variants.includes(variant) && g.ruleId === f.ruleId && g.message.test(f.message));
}

/** Errors and warnings (anything but DOC-05 information), minus the known gaps. */
function problems(id: string, variant: Variant, text: string): string[] {
  const a = analyze(text, { today: TODAY });
  assert.deepEqual(a.internalErrors, [], `internal errors on ${id}`);
  return a.findings
    .filter((f) => !(f.ruleId === 'ND30-DOC-05' && (f.severity === 'information' || f.severity === 'hint')))
    .filter((f) => f.severity === 'error' || f.severity === 'warning' || f.ruleId === 'ND30-DOC-05')
    .filter((f) => !isKnownGap(id, variant, f))
    .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.ruleId} ${f.message}`);
}

function assertClean(id: string, variant: Variant, text: string): void {
  const p = problems(id, variant, text);
  assert.deepEqual(p, [], `${id} (${variant}) should check clean:\n${text}\n--- findings:\n${p.join('\n')}`);
}

/** A host document for the blocks that follow a document (phụ lục, bản sao). */
function host(): string {
  const t = templateById('cong_van')!;
  return expandSnippet(compile(t).body, { variables: VARIABLE_SETS[0], values: sampleValues(t) });
}

function bodyOf(t: TemplateDef): string {
  const name = Object.keys(snippets).find((k) => snippets[k].prefix === t.prefix);
  assert.ok(name, `no snippet with prefix ${t.prefix}`);
  return snippets[name].body.join('\n');
}

/** Text of a template variant: its snippet body from the snippet file, expanded. */
function variantText(t: TemplateDef, variant: Variant, vars = VARIABLE_SETS[0]): string {
  let text: string;
  if (variant === 'profile') text = expandSnippet(fillTemplate(t.id, { profile: PROFILE, date: new Date(2026, 0, 9) }), { variables: vars });
  else text = expandSnippet(bodyOf(t), { variables: vars, values: variant === 'typical' ? sampleValues(t) : {} });
  // A document with a phụ lục refers to it in its text (ND30-PL-01, PL I §III.1.a).
  const withPointer = (h: string) => (t.id === 'phu_luc' ? h.replace('./.', ' (chi tiết tại Phụ lục kèm theo)./.') : h);
  return t.appendix ? `${withPointer(host())}\n${text}` : text;
}

describe('templates: snippet file', () => {
  it('is valid JSON and up to date with server/src/templates (npx tsx scripts/gen-snippets.ts)', () => {
    assert.equal(readFileSync(SNIPPET_FILE, 'utf8'), snippetFileText());
  });

  it('has a snippet for every template of Phụ lục III and the components, with unique prefixes', () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length, 'duplicate prefixes');
    const wanted = ['congvan', 'quyetdinh', 'quyetdinhbanhanh', 'nghiquyet', 'totrinh', 'kehoach', 'baocao', 'thongbao', 'giaymoi', 'giaygioithieu', 'bienban', 'giaynghiphep', 'congdien', 'phuluc', 'bansao', 'vanbancotenloai', 'quochieu', 'soky', 'ngaythang', 'cancu', 'kinhgui', 'kinhguinhieu', 'noinhan', 'chuky'];
    for (const p of wanted) assert.ok(prefixes.includes(p), `missing prefix ${p}`);
    const maus = new Set(TEMPLATES.map((t) => t.mau));
    for (const m of ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '2.1', '3.1']) assert.ok(maus.has(m), `missing Mẫu ${m}`);
  });

  it('every snippet parses, has a Vietnamese description and the templates name their Mẫu', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(Array.isArray(s.body) && s.body.length > 0, name);
      parseSnippet(s.body.join('\n'));
      assert.match(s.description, /[^\x00-\x7F]/u, `${name}: description in Vietnamese`);
    }
    for (const t of TEMPLATES) assert.match(bodyOf(t) && snippets[Object.keys(snippets).find((k) => snippets[k].prefix === t.prefix)!].description, new RegExp(`Mẫu ${t.mau.replace('.', '\\.')}`));
  });

  it('signer prefixes are offered as a choice ${n|KT.,TM.,TL.,TUQ.,Q.|}', () => {
    assert.match(bodyOf(templateById('chu_ky')!), /\$\{1\|KT\.,TM\.,TL\.,TUQ\.,Q\.\|\}/);
  });

  it('the Số line of the generic Mẫu 1.4 follows the chosen type (placeholder transform)', () => {
    const t = templateById('van_ban_co_ten_loai')!;
    const c = compile(t);
    const typeStop = c.stops.tenLoai;
    for (const ty of MAU_1_4_TYPES) {
      const text = expandSnippet(bodyOf(t), { variables: VARIABLE_SETS[0], values: { ...sampleValues(t, c), [typeStop]: ty.title } });
      assert.ok(text.includes(`/${ty.abbr}-SNV |`), `${ty.title} → ${ty.abbr}`);
      assert.ok(text.includes(`**${ty.title}**`));
      assertClean(`van_ban_co_ten_loai/${ty.key}`, 'typical', text);
    }
  });
});

describe('templates: every template checks clean with the engine', () => {
  for (const t of TEMPLATES) {
    describe(`Mẫu ${t.mau} ${t.label} (${t.prefix})`, () => {
      it('with typical values', () => assertClean(t.id, 'typical', variantText(t, 'typical')));
      it('with its own placeholders (for several dates)', () => {
        for (const vars of VARIABLE_SETS) assertClean(t.id, 'placeholders', variantText(t, 'placeholders', vars));
      });
      it('filled from an agency profile and a date', () => assertClean(t.id, 'profile', variantText(t, 'profile')));
      it('the engine reads its components (typical values)', () => {
        const m = analyze(variantText(t, 'typical'), { today: TODAY }).model;
        assert.ok(m.isDocument);
        assert.equal(m.regime, 'hanh-chinh');
        assert.ok(m.quocHieu && m.tieuNgu, 'Quốc hiệu, Tiêu ngữ');
        assert.ok(m.agency.length >= 1, 'agency');
        assert.ok(m.so, 'Số');
        if (t.id !== 'bien_ban') assert.ok(m.date, 'date');
        assert.ok(m.noiNhan && m.noiNhan.items.some((x) => /^- Lưu: VT/.test(x.text)), 'Nơi nhận with Lưu');
        if (t.appendix) return;
        const expectedType = t.id === 'quyet_dinh_ban_hanh' ? 'quyet_dinh' : t.id === 'van_ban_co_ten_loai' ? 'thong_bao' : t.id;
        assert.equal(m.type?.key, expectedType, 'type');
        if (t.id === 'cong_van') assert.ok(m.trichYeuInHeader && m.kinhGui, 'V/v and Kính gửi');
        else assert.ok(m.title, 'tên loại');
        if (!['giay_gioi_thieu', 'giay_nghi_phep'].includes(t.id)) assert.ok(m.trichYeu.length, 'trích yếu');
        if (['nghi_quyet', 'quyet_dinh', 'quyet_dinh_ban_hanh'].includes(t.id)) assert.ok(m.authority.length && m.canCu.length && m.enact, 'authority, căn cứ, enacting line');
        if (t.id !== 'giay_nghi_phep') assert.ok(m.signers.length && m.signers.every((s) => s.name), 'signer with name');
        if (t.id === 'bien_ban') assert.equal(m.signers.length, 2, 'thư ký and chủ tọa');
      });
    });
  }
});

describe('templates: component snippets', () => {
  const comp = (id: string, values: Record<number, string> = {}) => {
    const t = templateById(id)!;
    return expandSnippet(bodyOf(t), { variables: VARIABLE_SETS[0], values: { ...sampleValues(t), ...values } });
  };

  it('every component expands with its placeholders and with typical values', () => {
    for (const t of COMPONENTS) {
      assert.ok(expandSnippet(bodyOf(t), { variables: VARIABLE_SETS[0] }).length > 0);
      assert.ok(!/\$\{|\{\{/.test(comp(t.id)), t.id);
    }
  });

  it('the date line uses the decree form from the snippet variables', () => {
    assert.equal(expandSnippet(bodyOf(templateById('ngay_thang')!), { variables: VARIABLE_SETS[0] }), '*…, ngày 05 tháng 3 năm 2026*');
    assert.equal(expandSnippet(bodyOf(templateById('ngay_thang')!), { variables: VARIABLE_SETS[1] }), '*…, ngày 09 tháng 02 năm 2026*');
  });

  it('a công văn composed from components (sequential layout) checks clean', () => {
    const so = templateById('so_ky_hieu')!;
    const stops = compile(so).stops;
    const text = [
      'UBND TỈNH LAI CHÂU',
      '**SỞ NỘI VỤ**',
      '',
      comp('so_ky_hieu', { [stops.so]: '05', [stops.vietTat]: 'SNV', [stops.kyHieu]: 'VP' }),
      '',
      comp('trich_yeu_cong_van'),
      '',
      comp('quoc_hieu'),
      '',
      comp('ngay_thang'),
      '',
      comp('kinh_gui_nhieu'),
      '',
      'Sở Nội vụ đề nghị các cơ quan, đơn vị triển khai thực hiện đúng tiến độ./.',
      '',
      comp('noi_nhan'),
      '',
      comp('chu_ky'),
    ].join('\n');
    assertClean('components/cong_van', 'typical', text);
    const m = analyze(text, { today: TODAY }).model;
    assert.equal(m.type?.key, 'cong_van');
    assert.ok(m.so && m.date && m.kinhGui && m.noiNhan && m.signers[0]?.name);
  });

  it('a quyết định composed from the header, căn cứ and footer components checks clean', () => {
    const text = [
      comp('dau_van_ban'),
      '',
      '**QUYẾT ĐỊNH**',
      '',
      '**Về việc thành lập Tổ công tác triển khai chữ ký số năm 2026**',
      '',
      '**GIÁM ĐỐC SỞ NỘI VỤ**',
      '',
      comp('can_cu_luat').replace(/;\*$/, ';*'),
      '',
      comp('can_cu').replace(/;\*$/, '.*'),
      '',
      '**QUYẾT ĐỊNH:**',
      '',
      '**Điều 1.** Thành lập Tổ công tác triển khai chữ ký số năm 2026.',
      '',
      '**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./.',
      '',
      comp('chan_van_ban', { [compile(templateById('chan_van_ban')!).stops.noiNhan1]: 'Như Điều 2' }),
    ].join('\n');
    assertClean('components/quyet_dinh', 'typical', text);
  });

  it('Kính gửi to one recipient stays on the same line', () => {
    assert.equal(comp('kinh_gui'), 'Kính gửi: Ủy ban nhân dân tỉnh Lai Châu');
  });
});

describe('templates: all snippet names', () => {
  it('the snippet file lists exactly the templates and components', () => {
    assert.deepEqual(Object.values(snippets).map((s) => s.prefix), ALL_TEMPLATES.map((t) => t.prefix));
  });
});
