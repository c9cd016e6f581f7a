// `thethuc new <loại>`: every template of Phụ lục III written as a plain
// Markdown file from the agency profile and a date; the file checks clean
// (no error or warning; unfilled placeholders are information).

import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../../server/src/engine';
import { documentChoices, templateById } from '../../../server/src/templates';
import { parseDate, resolveTemplate, runNew, NewArgs } from '../../../server/src/cli/new';
import { TODAY } from '../helpers';

function run(args: Partial<NewArgs>, cwd = mkdtempSync(join(tmpdir(), 'thethuc-new-'))) {
  let out = '';
  let err = '';
  const code = runNew({ lang: 'vi', ...args }, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, today: new Date(2026, 2, 5) });
  return { code, out, err, cwd };
}

const PROFILE_CONFIG = '{ "coQuan": { "ten": "SỞ NỘI VỤ", "chuQuan": "UBND TỈNH LAI CHÂU", "kyHieu": "SNV", "diaDanh": "Lai Châu", "donVi": { "VP": "Văn phòng" } } }';

describe('cli: thethuc new', () => {
  it('resolves a type by id or by its name with or without diacritics', () => {
    assert.equal(resolveTemplate('cong_van'), 'cong_van');
    assert.equal(resolveTemplate('công văn'), 'cong_van');
    assert.equal(resolveTemplate('Cong van'), 'cong_van');
    assert.equal(resolveTemplate('tờ trình'), 'to_trinh');
    assert.equal(resolveTemplate('khong co'), undefined);
  });

  it('parses --date strictly', () => {
    assert.deepEqual(parseDate('2026-03-05'), new Date(2026, 2, 5));
    assert.equal(parseDate('2026-02-30'), undefined);
    assert.equal(parseDate('05/03/2026'), undefined);
  });

  it('without a type lists the templates and exits 2', () => {
    const r = run({});
    assert.equal(r.code, 2);
    assert.match(r.err, /cong_van/);
    assert.match(r.err, /Mẫu 1\.5/);
  });

  it('an unknown type exits 2 with the list', () => {
    const r = run({ type: 'thu_tinh' });
    assert.equal(r.code, 2);
    assert.match(r.err, /không có mẫu "thu_tinh"/);
  });

  it('writes to stdout with the profile of the nearest .thethuc.jsonc and today in the decree form', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thethuc-new-'));
    writeFileSync(join(dir, '.thethuc.jsonc'), PROFILE_CONFIG);
    const r = run({ type: 'công văn' }, dir);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /\*\*SỞ NỘI VỤ\*\*/);
    assert.match(r.out, /Số: {6}\/SNV-VP/);
    assert.match(r.out, /Lai Châu, ngày 05 tháng 3 năm 2026/);
  });

  it('-o writes the file, refuses to overwrite without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thethuc-new-'));
    let r = run({ type: 'to_trinh', out: 'a.md' }, dir);
    assert.equal(r.code, 0, r.err);
    assert.match(readFileSync(join(dir, 'a.md'), 'utf8'), /TỜ TRÌNH/);
    r = run({ type: 'to_trinh', out: 'a.md' }, dir);
    assert.equal(r.code, 2);
    assert.match(r.err, /không ghi đè/);
    r = run({ type: 'to_trinh', out: 'a.md', force: true }, dir);
    assert.equal(r.code, 0);
  });

  it('a phụ lục or a copy block goes after a document: -o <document> appends it, and the file checks clean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thethuc-new-'));
    assert.equal(run({ type: 'cong_van', out: 'cv.md', date: '2026-03-05' }, dir).code, 0);
    const before = readFileSync(join(dir, 'cv.md'), 'utf8');
    for (const type of ['ban_sao', 'phu_luc']) {
      const r = run({ type, out: 'cv.md', date: '2026-03-05' }, dir);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, new RegExp(`Đã thêm ${type} vào cuối cv\\.md`));
    }
    const text = readFileSync(join(dir, 'cv.md'), 'utf8');
    assert.ok(text.startsWith(before), 'the document is kept as it was');
    assert.match(text, /SAO Y/);
    assert.match(text, /Phụ lục/);
    const bad = analyze(text, { today: TODAY }).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    assert.deepEqual(bad.map((f) => `${f.ruleId} ${f.message}`), []);
    // Alone (stdout or a new file) the block is written with a note saying where it goes.
    const alone = run({ type: 'ban_sao' }, dir);
    assert.equal(alone.code, 0);
    assert.match(alone.err, /đặt ở cuối một văn bản/);
    assert.match(run({ type: 'phu_luc', out: 'pl.md' }, dir).err, /đặt ở cuối một văn bản/);
  });

  it('English messages with --lang en', () => {
    const r = run({ type: 'nope', lang: 'en' });
    assert.match(r.err, /no template "nope"/);
  });

  for (const c of documentChoices()) {
    it(`${c.id} (Mẫu ${c.mau}) from a profile checks clean`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'thethuc-new-'));
      writeFileSync(join(dir, '.thethuc.jsonc'), PROFILE_CONFIG);
      const r = run({ type: c.id, date: '2026-03-05' }, dir);
      assert.equal(r.code, 0, r.err);
      // An appendix (Mẫu 2.1) or a copy block (Mẫu 3.1) is written after a document.
      const text = templateById(c.id)!.appendix ? `${run({ type: 'cong_van', date: '2026-03-05' }, dir).out}\n${r.out}` : r.out;
      const a = analyze(text, { today: TODAY });
      assert.deepEqual(a.internalErrors, []);
      assert.ok(a.summary.isDocument, `${c.id} is read as a document`);
      const bad = a.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.range.start.line + 1} ${f.ruleId} ${f.message}`);
      assert.deepEqual(bad, [], `${c.id}:\n${text}`);
    });
  }
});
