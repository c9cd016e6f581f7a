// Rendering: LibreOffice opens the exported letters, converts them to PDF, and
// pdftoppm draws the pages. Checks page count, A4 size and page numbering; the
// PNGs are kept under test-results/export/ for review. Skipped (with a message)
// when LibreOffice or poppler-utils is missing; .ci/run installs both.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { exportDocx, findSoffice } from '../../../server/src/export';
import { example, fixture, FIXTURES, TODAY } from '../helpers';

const OUT = join(__dirname, '..', '..', '..', 'test-results', 'export');
const has = (bin: string) => spawnSync('which', [bin]).status === 0;

const LETTERS: { name: string; text: string; pages: number }[] = [
  // The example letter of ../shared is read when the test reads it, not at import time.
  {
    name: 'cong-van-1465-SNN-VP',
    get text() {
      return example();
    },
    pages: 2,
  },
  { name: 'quyet-dinh', text: fixture('valid/quyet-dinh.md'), pages: 1 },
  { name: 'cong-van', text: fixture('valid/cong-van.md'), pages: 1 },
  { name: 'cong-van-phu-luc', text: readFileSync(join(__dirname, 'fixtures', 'cong-van-phu-luc.md'), 'utf8'), pages: 2 },
  { name: 'ke-hoach-mat', text: fixture('valid/header-ke-hoach-mat.md'), pages: 1 },
];
// Every correct fixture opens in LibreOffice too (page count not pinned).
const VALID = readdirSync(join(FIXTURES, 'valid'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({ name: `valid-${f.replace(/\.md$/, '')}`, text: fixture(`valid/${f}`), pages: 0 }));
const ALL = [...LETTERS, ...VALID];

describe('export: rendering in LibreOffice', function () {
  this.timeout(600_000);
  const soffice = findSoffice();
  const poppler = has('pdftoppm') && has('pdfinfo') && has('pdftotext');

  before(async function () {
    if (!soffice || !poppler) {
      console.log(`      (skipped: ${!soffice ? 'LibreOffice (soffice)' : 'poppler-utils'} not installed; .ci/run installs libreoffice-writer-nogui and poppler-utils)`);
      this.skip();
    }
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    for (const l of ALL) writeFileSync(join(OUT, `${l.name}.docx`), (await exportDocx(l.text, { today: TODAY })).docx);
    // One LibreOffice run for all letters, with a private profile.
    const profile = join(tmpdir(), `thethuc-lo-${process.pid}`);
    const r = spawnSync(
      soffice!,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', OUT, ...ALL.map((l) => join(OUT, `${l.name}.docx`))],
      { encoding: 'utf8', timeout: 500_000 },
    );
    rmSync(profile, { recursive: true, force: true });
    assert.equal(r.status, 0, r.stderr);
    for (const l of ALL) {
      const pdf = join(OUT, `${l.name}.pdf`);
      assert.ok(existsSync(pdf), `${pdf} written`);
      assert.equal(spawnSync('pdftoppm', ['-r', l.pages ? '60' : '40', '-png', pdf, join(OUT, l.name)]).status, 0);
    }
  });

  it(`every correct fixture (${VALID.length}) opens in LibreOffice: A4 pages`, () => {
    for (const l of VALID) {
      const info = spawnSync('pdfinfo', [join(OUT, `${l.name}.pdf`)], { encoding: 'utf8' }).stdout;
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      assert.ok(pages >= 1 && pages <= 3, `${l.name}: ${pages} pages`);
      assert.match(info, /^Page size:\s+595\.\d+ x 841\.\d+ pts/m, l.name);
    }
  });

  for (const l of LETTERS) {
    it(`${l.name}: ${l.pages} A4 page(s), numbered from page 2, PNGs saved`, () => {
      const pdf = join(OUT, `${l.name}.pdf`);
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
      assert.equal(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), l.pages, info);
      const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!;
      // A4 = 595.28 × 841.89 pt, portrait.
      assert.ok(Math.abs(Number(size[1]) - 595.3) < 1 && Math.abs(Number(size[2]) - 841.9) < 1, info);
      const pngs = readdirSync(OUT).filter((f) => new RegExp(`^${l.name}-\\d+\\.png$`).test(f));
      assert.equal(pngs.length, l.pages);
      for (const f of pngs) assert.ok(statSync(join(OUT, f)).size > 2000, `${f} is a drawn page`);
      const page = (n: number) => spawnSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).stdout;
      const first = page(1).split('\n').find((x) => x.trim())!.trim();
      assert.doesNotMatch(first, /^\d+$/, 'no page number on page 1');
      if (l.pages > 1 && l.name !== 'cong-van-phu-luc') assert.equal(page(2).split('\n').find((x) => x.trim())!.trim(), '2', 'page number 2 at the top of page 2');
      if (l.name === 'cong-van-phu-luc') assert.match(page(2), /Phụ lục/, 'the appendix starts on a new page');
    });
  }
});
