// Whole documents: correct letters of every kind, regimes, layouts, files that
// are not letters, NFD input, and the example letter's expected findings.

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/engine';
import { analysisOf, example, FIXTURES, lint, rangeOf, TODAY } from './helpers';


function mdFiles(dir: string): string[] {
  const d = join(FIXTURES, dir);
  return existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.md')).sort() : [];
}

describe('correct letters get no error and no warning', () => {
  for (const dir of ['valid', 'layouts', 'corpus/valid', 'corpus/valid2', 'corpus/typed']) {
    for (const f of mdFiles(dir)) {
      it(`${dir}/${f}`, () => {
        const text = readFileSync(join(FIXTURES, dir, f), 'utf8');
        const a = analysisOf(text);
        assert.ok(a.model.isDocument, 'recognised as a document');
        const bad = a.findings.filter((x) => x.severity === 'error' || x.severity === 'warning');
        assert.deepEqual(bad.map((x) => `${rangeOf(x)} ${x.ruleId} ${x.message}`), []);
        assert.deepEqual(a.internalErrors, []);
      });
    }
  }
});

describe('an electronic appendix in its own file (Mẫu 2.2) gets no error and no warning', () => {
  for (const f of mdFiles('corpus/appendix')) {
    it(`corpus/appendix/${f}`, () => {
      const a = analyze(readFileSync(join(FIXTURES, 'corpus', 'appendix', f), 'utf8'), { today: TODAY });
      assert.deepEqual(a.findings.filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => `${rangeOf(x)} ${x.ruleId} ${x.message}`), []);
      assert.deepEqual(a.internalErrors, []);
    });
  }
});

describe('files that are not administrative documents get no diagnostic', () => {
  for (const f of mdFiles('not-letters')) {
    it(`not-letters/${f}`, () => {
      assert.deepEqual(lint(readFileSync(join(FIXTURES, 'not-letters', f), 'utf8')), []);
    });
  }
  it('an empty file', () => assert.deepEqual(lint(''), []));
  it('whitespace only', () => assert.deepEqual(lint('\n\n   \n'), []));
});

describe('regimes', () => {
  it('a VBQPPL (Nghị định 30/2020 itself) gets only the regime information and shared rules', () => {
    const text = readFileSync(join(FIXTURES, 'regimes', 'nghi-dinh-30.md'), 'utf8');
    const a = analyze(text, { today: TODAY });
    assert.equal(a.model.regime, 'vbqppl');
    const ids = a.findings.map((f) => f.ruleId);
    assert.ok(ids.includes('ND30-DOC-06'), ids.join());
    // The decree's own header is correct: no error, no warning.
    assert.deepEqual(a.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.ruleId} ${f.message}`), []);
    // Hành chính-only rules do not apply ("Luật without số", PL III abbreviations).
    assert.ok(!ids.some((id) => id.startsWith('ND30-SO-04') || id.startsWith('ND30-VT-01') || id === 'ND30-CC-02'));
  });
  it('a Party document gets exactly one information diagnostic', () => {
    const text = readFileSync(join(FIXTURES, 'regimes', 'dang-cong-van.md'), 'utf8');
    const fs = lint(text);
    assert.deepEqual(
      fs.map((f) => [f.ruleId, f.severity]),
      [['ND30-DOC-07', 'information']],
    );
    assert.match(fs[0].message, /Đảng/);
  });
  it('front matter can force the document type', () => {
    const text = '---\nloai: to_trinh\n---\n' + readFileSync(join(FIXTURES, 'valid', 'cong-van.md'), 'utf8');
    const a = analyze(text, { today: TODAY });
    assert.equal(a.model.type?.key, 'to_trinh');
    assert.equal(a.model.typeSource, 'front-matter');
  });
});

describe('the example letter (cong-van-1465-SNN-VP.md)', () => {
  // Read in a hook, not at import time (../shared lives beside the repository).
  let a: ReturnType<typeof analyze>;
  before(() => {
    a = analysisOf(example());
  });
  it('is read as a công văn', () => {
    assert.ok(a.model.isDocument);
    assert.equal(a.model.type?.key, 'cong_van');
    assert.equal(a.model.so?.srcLine, 2);
    assert.equal(a.model.date?.srcLine, 4);
    assert.equal(a.model.noiNhan?.label.srcLine, 32);
    assert.equal(a.model.signers[0]?.name?.text, 'Đặng Văn Châu');
  });
  it('reports the missing Quốc hiệu and agency name on the first line, spanning it (issue 9)', () => {
    const doc02 = a.findings.filter((f) => f.ruleId === 'ND30-DOC-02');
    assert.ok(doc02.some((f) => /Quốc hiệu/.test(f.message)));
    assert.ok(doc02.some((f) => /tên cơ quan/.test(f.message)));
    for (const f of doc02) assert.deepEqual(rangeOf(f), [2, 0, 2, 15]);
  });
  it('reports "Về việc" where a công văn takes "V/v" on line 7', () => {
    const tl = a.findings.find((f) => f.ruleId === 'ND30-TL-04');
    assert.ok(tl, 'ND30-TL-04 reported');
    assert.equal(tl.range.start.line, 6);
    assert.equal(tl.range.start.character, 0);
    assert.ok(tl.fix, 'fixable');
  });
  const expectedPath = join(FIXTURES, 'letters', 'cong-van-1465-SNN-VP.expected.json');
  if (existsSync(expectedPath)) {
    it('has exactly the expected findings (rule IDs and ranges)', () => {
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { ruleId: string; range: number[] }[];
      assert.deepEqual(
        a.findings.map((f) => ({ ruleId: f.ruleId, range: rangeOf(f) })),
        expected,
      );
    });
  }
});

describe('NFD-decomposed input', () => {
  it('reports exact UTF-16 ranges in the original text', () => {
    const nfc = readFileSync(join(FIXTURES, 'valid', 'cong-van.md'), 'utf8').replace('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const nfd = nfc.normalize('NFD');
    const fs = lint(nfd);
    const so = fs.find((f) => f.ruleId === 'ND30-SO-02');
    assert.ok(so);
    // "Số" is S + o + U+0302 + U+0301 in NFD: the digit is at column 6.
    assert.deepEqual(rangeOf(so), [3, 6, 3, 7]);
    assert.equal(nfd.split('\n')[3].slice(6, 7), '5');
    // The same problems as the NFC text, plus the Unicode notice.
    const ids = (xs: typeof fs) => xs.map((f) => f.ruleId).filter((id) => id !== 'VB-UNICODE-01');
    assert.deepEqual(ids(fs), ids(lint(nfc)));
    assert.ok(fs.some((f) => f.ruleId === 'VB-UNICODE-01'));
    assert.ok(!lint(nfc).some((f) => f.ruleId === 'VB-UNICODE-01'));
  });
});

describe('robustness', () => {
  // Not only "does not throw": analyze() catches a rule that throws and lists it in internalErrors.
  it('Markdown that is half table, half prose: no rule throws', () => {
    const text = '| a | b |\n|---|---|\n| Số: 5/QĐ | x\nKính gửi: A\n\nNơi nhận:\n- Lưu: VT.\n| c |\n';
    assert.deepEqual(analyze(text, { today: TODAY }).internalErrors, []);
    assert.deepEqual(analyze(text, { today: TODAY, force: true }).internalErrors, []);
  });
  it('a huge line and odd characters: no rule throws', () => {
    const text = 'Số: 05/QĐ-UBND\n' + 'ạ\u0300'.repeat(50000) + '\n\u0000\uFFFD\uD800\n';
    const a = analyze(text, { today: TODAY, force: true });
    assert.deepEqual(a.internalErrors, []);
    assert.ok(a.summary.isDocument, 'forced: the rules ran');
  });
  it('CRLF line endings give the same ranges as LF', () => {
    const lf = readFileSync(join(FIXTURES, 'valid', 'cong-van.md'), 'utf8').replace('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const crlf = lf.replace(/\n/g, '\r\n');
    assert.deepEqual(lint(crlf).map(rangeOf), lint(lf).map(rangeOf));
  });
});

describe('README', () => {
  it('lists every rule (regenerate with npm run docs)', () => {
     
    const { withRulesTable } = require('../../scripts/gen-readme') as { withRulesTable(s: string): string };
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    assert.equal(withRulesTable(readme), readme, 'README rules table is stale: run npm run docs');
  });
});
