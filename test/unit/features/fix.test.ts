// Unit tests of the pure fix utilities (server/src/engine/fix.ts) and of the
// disable-comment edits of the code actions.

import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/engine';
import { applyEdits, diffEdits, diffTextEdits, editsOverlap, fixAll, selectFixes, toOffsetEdits } from '../../../server/src/engine/fix';
import { disableFileEdit, disableLineEdit } from '../../../server/src/features/codeActions';
import { congVan, quyetDinh, TODAY } from '../helpers';

const OPTS = { today: TODAY };

describe('engine/fix: applyEdits', () => {
  it('applies offset edits in any order', () => {
    assert.equal(applyEdits('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 0, end: 1, text: 'AA' }]), 'AAbcdEf');
  });
  it('applies range edits', () => {
    const text = 'một\nhai\nba';
    assert.equal(applyEdits(text, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, newText: 'HAI' }]), 'một\nHAI\nba');
  });
  it('keeps insertions at one point in the given order', () => {
    assert.equal(applyEdits('ab', [{ start: 1, end: 1, text: 'x' }, { start: 1, end: 1, text: 'y' }]), 'axyb');
  });
  it('throws on overlapping edits', () => {
    assert.throws(() => applyEdits('abcdef', [{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }]));
  });
  it('handles CRLF text with range edits', () => {
    const text = 'a\r\nb\r\nc';
    assert.equal(applyEdits(text, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, newText: 'C' }]), 'a\r\nb\r\nC');
    assert.deepEqual(toOffsetEdits(text, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, newText: '' }]), [{ start: 3, end: 4, text: '' }]);
  });
});

describe('engine/fix: overlap and selection', () => {
  it('editsOverlap', () => {
    assert.ok(editsOverlap({ start: 0, end: 3, text: '' }, { start: 2, end: 5, text: '' }));
    assert.ok(!editsOverlap({ start: 0, end: 2, text: '' }, { start: 2, end: 5, text: '' }));
    assert.ok(editsOverlap({ start: 2, end: 2, text: 'x' }, { start: 2, end: 2, text: 'y' }));
    assert.ok(editsOverlap({ start: 3, end: 3, text: 'x' }, { start: 2, end: 5, text: '' }));
    assert.ok(!editsOverlap({ start: 2, end: 2, text: 'x' }, { start: 2, end: 5, text: '' }));
  });
  it('selectFixes takes whole fixes that do not overlap', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const fs = analyze(text, OPTS).findings.filter((f) => f.fix);
    assert.ok(fs.length >= 1);
    const sel = selectFixes(text, [...fs, ...fs]);
    assert.equal(sel.findings.length, fs.length, 'a duplicate of a chosen fix overlaps it');
  });
});

describe('engine/fix: fixAll', () => {
  it('fixes a leading zero and converges', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const r = fixAll(text, OPTS);
    assert.equal(r.text, congVan());
    assert.equal(r.passes, 1);
    assert.ok(r.fixed >= 1);
    assert.deepEqual(r.remaining, []);
    assert.equal(fixAll(r.text, OPTS).passes, 0);
  });
  it('fixes several problems at once', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP').replace('**Độc lập - Tự do - Hạnh phúc**', '**Độc lập – Tự do – Hạnh phúc**');
    const before = analyze(text, OPTS).findings.filter((f) => f.fix);
    assert.ok(before.length >= 2, before.map((f) => f.ruleId).join());
    const r = fixAll(text, OPTS);
    assert.equal(r.text, congVan());
  });
  it('honours a filter (one rule)', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP').replace('**Độc lập - Tự do - Hạnh phúc**', '**Độc lập – Tự do – Hạnh phúc**');
    const r = fixAll(text, { ...OPTS, filter: (f) => f.ruleId === 'ND30-SO-02' });
    assert.ok(r.text.includes('Số: 05/SNV-VP'));
    assert.ok(r.text.includes('Độc lập – Tự do'));
  });
  it('stops on a clean or non-letter text', () => {
    assert.equal(fixAll('# README\n\nSố: 3 bước.\n', OPTS).passes, 0);
  });
});

describe('engine/fix: diffEdits', () => {
  const cases: [string, string][] = [
    ['', ''],
    ['abc', 'abc'],
    ['a\nb\nc\n', 'a\nB\nc\n'],
    ['a\nb\nc', 'a\nb\nc\nd'],
    ['a\nb\nc', 'x\na\nc'],
    ['Số: 5/SNV-VP\nV/V abc', 'Số: 05/SNV-VP\nV/v abc'],
    ['một; hai; ba.', 'một;\nhai;\nba.'],
    ['a\r\nb\r\n', 'a\r\nB\r\n'],
    ['😀a\n', '😀b\n'],
  ];
  for (const [a, b] of cases) {
    it(`round-trips ${JSON.stringify(a)} → ${JSON.stringify(b)}`, () => {
      const edits = diffEdits(a, b);
      assert.equal(applyEdits(a, edits), b);
      if (a === b) assert.deepEqual(edits, []);
    });
  }
  it('is minimal: one small edit per changed region', () => {
    const a = 'dòng 1\nSố: 5/SNV-VP\ndòng 3\ndòng 4\nV/V việc\n';
    const b = 'dòng 1\nSố: 05/SNV-VP\ndòng 3\ndòng 4\nV/v việc\n';
    assert.deepEqual(diffEdits(a, b), [
      { start: 11, end: 11, text: '0' },
      { start: 36, end: 37, text: 'v' },
    ]);
    const te = diffTextEdits(a, b);
    assert.deepEqual(te[0].range, { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } });
  });
  it('round-trips random texts', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = ['a', 'b', 'ố', '\n', '\n', ' ', '\r\n', '-'];
    const gen = () => Array.from({ length: rnd(40) }, () => alphabet[rnd(alphabet.length)]).join('');
    for (let k = 0; k < 300; k++) {
      const a = gen();
      const b = rnd(2) ? gen() : a.replace(/a/g, 'A');
      assert.equal(applyEdits(a, diffEdits(a, b)), b, JSON.stringify([a, b]));
    }
  });
});

describe('code actions: disable comments', () => {
  it('disables a rule for a plain line (next-line comment above)', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const a = analyze(text, OPTS);
    const f = a.findings.find((x) => x.ruleId === 'ND30-SO-02')!;
    const e = disableLineEdit(text, a, f);
    assert.deepEqual(e.range.start, { line: 3, character: 0 });
    assert.equal(e.newText, '<!-- thethuc-disable-next-line ND30-SO-02 -->\n');
    const fixed = applyEdits(text, [e]);
    const after = analyze(fixed, OPTS).findings;
    assert.ok(!after.some((x) => x.ruleId === 'ND30-SO-02' || x.ruleId === 'VB-DISABLE-01'), after.map((x) => x.ruleId).join());
  });

  it('adds the rule to a next-line comment already there', () => {
    const text = congVan('Số: 05/SNV-VP', '<!-- thethuc-disable-next-line ND30-SO-01 -->\nSố: 5/SNV-VP');
    const a = analyze(text, OPTS);
    const f = a.findings.find((x) => x.ruleId === 'ND30-SO-02')!;
    const fixed = applyEdits(text, [disableLineEdit(text, a, f)]);
    assert.ok(fixed.includes('<!-- thethuc-disable-next-line ND30-SO-01, ND30-SO-02 -->\nSố: 5/SNV-VP'), fixed);
    assert.ok(!analyze(fixed, OPTS).findings.some((x) => x.ruleId === 'ND30-SO-02'));
  });

  it('inside a table row: does not cut the table, and suppresses the finding', () => {
    const text = quyetDinh('Số: 15/QĐ-UBND', 'Số: 5/QĐ-UBND');
    const a = analyze(text, OPTS);
    const f = a.findings.find((x) => x.ruleId === 'ND30-SO-02')!;
    assert.ok(f, a.findings.map((x) => x.ruleId).join());
    const fixed = applyEdits(text, [disableLineEdit(text, a, f)]);
    // The table keeps its rows contiguous.
    const rows = fixed.split('\n').slice(0, 3);
    assert.ok(rows.every((r) => r.startsWith('|')), rows.join('\n'));
    const after = analyze(fixed, OPTS);
    assert.ok(!after.findings.some((x) => x.ruleId === 'ND30-SO-02' || x.ruleId === 'VB-DISABLE-01'), after.findings.map((x) => `${x.ruleId} ${x.message}`).join('\n'));
    // The model still reads the header table.
    assert.equal(after.model.so?.text, 'Số: 5/QĐ-UBND');
  });

  it('on the first row of a table: comment above the whole table', () => {
    const text = quyetDinh('| ỦY BAN NHÂN DÂN<br>**TỈNH LAI CHÂU** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**', '| ỦY BAN NHÂN DÂN<br>**TỈNH LAI CHÂU** | **Cộng hòa xã hội chủ nghĩa Việt Nam**');
    const a = analyze(text, OPTS);
    const f = a.findings.find((x) => x.ruleId === 'ND30-QH-01')!;
    assert.ok(f, a.findings.map((x) => x.ruleId).join());
    const e = disableLineEdit(text, a, f);
    assert.deepEqual(e.range.start, { line: 0, character: 0 });
    const fixed = applyEdits(text, [e]);
    assert.ok(!analyze(fixed, OPTS).findings.some((x) => x.ruleId === 'ND30-QH-01' || x.ruleId === 'VB-DISABLE-01'));
  });

  it('disables a rule for the whole file, after front matter', () => {
    const text = '---\nloai: cong_van\n---\n' + congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const a = analyze(text, OPTS);
    const e = disableFileEdit(text, a, 'ND30-SO-02');
    assert.deepEqual(e.range.start, { line: 3, character: 0 });
    const fixed = applyEdits(text, [e]);
    assert.ok(fixed.startsWith('---\nloai: cong_van\n---\n<!-- thethuc-disable ND30-SO-02 -->\n'));
    assert.ok(!analyze(fixed, OPTS).findings.some((x) => x.ruleId === 'ND30-SO-02' || x.ruleId === 'VB-DISABLE-01'));
  });

  it('disables a rule for the whole file, at the top', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const a = analyze(text, OPTS);
    const fixed = applyEdits(text, [disableFileEdit(text, a, 'ND30-SO-02')]);
    assert.ok(fixed.startsWith('<!-- thethuc-disable ND30-SO-02 -->\nUBND'));
    const after = analyze(fixed, OPTS);
    assert.ok(!after.findings.some((x) => x.ruleId === 'ND30-SO-02' || x.ruleId === 'VB-DISABLE-01'));
    assert.equal(after.model.agency[0]?.text, 'UBND TỈNH LAI CHÂU');
  });
});
