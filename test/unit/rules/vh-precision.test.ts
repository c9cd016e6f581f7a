// Precision of the Phụ lục II rules: the decree itself (a large, correctly
// capitalised text) and letters full of correctly capitalised names give no
// finding; a letter full of mistakes is fixed to the decree's forms in one fix-all.
//
// Phụ lục II (Phuluc2.txt) gives only correct examples (no "incorrect" example is
// printed in the decree), so nothing of it is excluded.

import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../../server/src/engine';
import { fixAll } from '../../../server/src/engine/fix';
import { fixture, TODAY } from '../helpers';
import { runVh } from './vh-helpers';

const OFFICIAL = join(__dirname, '..', '..', '..', '..', 'shared', 'reference', 'nd30-official');
const FILES = ['30_2020_ND_CP.txt', 'Phuluc1.txt', 'Phuluc2.txt', 'Phuluc3.txt'];

describe('Phụ lục II rules on the decree itself (forced on)', () => {
  for (const f of FILES) {
    it(`${f}: no VH finding`, function () {
      const p = join(OFFICIAL, f);
      if (!existsSync(p)) {
        console.log(`      (skipped: ${p} not found — the decree text lives in ../shared/reference/nd30-official)`);
        this.skip();
      }
      const text = readFileSync(p, 'utf8');
      assert.ok(text.length > 1000);
      assert.deepEqual(runVh(text).map((x) => `${x.ruleId} l.${x.line} "${x.text}" ${x.message}`), []);
    });
  }
  it('the helper does find mistakes (the test can fail)', () => {
    const text = 'Căn cứ Khoản 2 điều 5 của quyết định số 15/QĐ-UBND về Ngày Quốc Khánh.';
    assert.deepEqual([...new Set(runVh(text).map((x) => x.ruleId))].sort(), ['ND30-VH-17', 'ND30-VH-18', 'ND30-VH-19']);
  });
});

describe('Letters full of capitalised names', () => {
  it('the correct letter has no finding at all', () => {
    const fs = check(fixture('vh/correct-names.md'), { today: TODAY });
    assert.deepEqual(fs.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.ruleId} ${f.message}`), []);
  });
  it('the incorrect letter: every rule reports, fix-all gives the decree\'s forms and converges', () => {
    const text = fixture('vh/incorrect-names.md');
    const ids = new Set(check(text, { today: TODAY }).filter((f) => f.ruleId.startsWith('ND30-VH')).map((f) => f.ruleId));
    for (const id of ['ND30-VH-01', 'ND30-VH-02', 'ND30-VH-04', 'ND30-VH-05', 'ND30-VH-06', 'ND30-VH-08', 'ND30-VH-10', 'ND30-VH-11', 'ND30-VH-12', 'ND30-VH-15', 'ND30-VH-17', 'ND30-VH-18', 'ND30-VH-19', 'ND30-VH-20', 'ND30-VH-21']) {
      assert.ok(ids.has(id), `${id} not reported`);
    }
    const r = fixAll(text, { today: TODAY });
    assert.equal(r.remaining.length, 0);
    assert.equal(r.text.trimEnd(), fixture('vh/incorrect-names.fixed.txt').trimEnd());
    assert.deepEqual(r.findings.filter((f) => f.ruleId.startsWith('ND30-VH')), []);
    assert.equal(fixAll(r.text, { today: TODAY }).text, r.text);
  });
});

describe('Phụ lục II rules on pathological input', () => {
  it('a very long line of citations gives one finding per mistake and no crash', () => {
    const text = 'Căn cứ khoản 2 điều 5 '.repeat(3000);
    const fs = runVh(text);
    assert.equal(fs.length, 3000);
    assert.ok(fs.every((f) => f.ruleId === 'ND30-VH-19' && f.text === 'điều'));
  });
  it('empty text, lone punctuation, quotes and code give nothing', () => {
    for (const s of ['', '\n\n', '. . .', '"', '`quyết định số 1/QĐ-UBND`', 'x. '.repeat(2000)]) assert.deepEqual(runVh(s), []);
  });
});
