// Inline comments: <!-- thethuc-disable … -->, enable, disable-next-line,
// disable-line, disable-file, and VB-DISABLE-01 for unused ones.

import { strict as assert } from 'node:assert';
import { applyFix, congVan, expectRule, lint, rangesFor } from '../helpers';

const BAD_SO = ['Số: 05/SNV-VP', 'Số: 5/SNV-VP'] as const;

describe('inline disable comments', () => {
  it('the unfixed finding is there (control)', () => {
    expectRule(congVan(...BAD_SO), 'ND30-SO-02', [[3, 4, 3, 5]]);
  });
  it('disable-next-line suppresses the next line only, for the named rule', () => {
    const text = congVan('Số: 05/SNV-VP', '<!-- thethuc-disable-next-line ND30-SO-02 -->\nSố: 5/SNV-VP');
    const fs = lint(text);
    assert.deepEqual(rangesFor(fs, 'ND30-SO-02'), []);
    assert.deepEqual(rangesFor(fs, 'VB-DISABLE-01'), []);
  });
  it('disable-next-line for another rule does not suppress, and is reported unused', () => {
    const text = congVan('Số: 05/SNV-VP', '<!-- thethuc-disable-next-line ND30-QH-01 -->\nSố: 5/SNV-VP');
    const fs = lint(text);
    assert.equal(rangesFor(fs, 'ND30-SO-02').length, 1);
    assert.deepEqual(rangesFor(fs, 'VB-DISABLE-01'), [[3, 0, 3, 45]]);
  });
  it('disable … enable covers a region', () => {
    const text = congVan('Số: 05/SNV-VP', '<!-- thethuc-disable ND30-SO-02 -->\nSố: 5/SNV-VP\n<!-- thethuc-enable ND30-SO-02 -->');
    const fs = lint(text);
    assert.deepEqual(rangesFor(fs, 'ND30-SO-02'), []);
    assert.deepEqual(rangesFor(fs, 'VB-DISABLE-01'), []);
  });
  it('a finding after enable is reported again', () => {
    const text = congVan('Số: 05/SNV-VP', '<!-- thethuc-disable ND30-SO-02 -->\n<!-- thethuc-enable ND30-SO-02 -->\nSố: 5/SNV-VP');
    const fs = lint(text);
    assert.equal(rangesFor(fs, 'ND30-SO-02').length, 1);
    assert.equal(rangesFor(fs, 'VB-DISABLE-01').length, 1); // the disable suppressed nothing
  });
  it('disable without rule names covers every rule', () => {
    const text = congVan('Số: 05/SNV-VP', '<!-- thethuc-disable -->\nSố: 5/SNV-VP\n<!-- thethuc-enable -->');
    assert.deepEqual(rangesFor(lint(text), 'ND30-SO-02'), []);
  });
  it('disable-file anywhere suppresses the rule in the whole file', () => {
    const text = congVan(...BAD_SO) + '\n<!-- thethuc-disable-file ND30-SO-02 -->\n';
    const fs = lint(text);
    assert.deepEqual(rangesFor(fs, 'ND30-SO-02'), []);
    assert.deepEqual(rangesFor(fs, 'VB-DISABLE-01'), []);
  });
  it('disable-line on the same line', () => {
    const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP <!-- thethuc-disable-line ND30-SO-02 -->');
    assert.deepEqual(rangesFor(lint(text), 'ND30-SO-02'), []);
  });
  it('rule names are case-insensitive and comma-separated lists work', () => {
    const text = congVan('Số: 05/SNV-VP', '<!-- thethuc-disable-next-line nd30-qh-01, nd30-so-02 -->\nSố: 5/SNV-VP');
    assert.deepEqual(rangesFor(lint(text), 'ND30-SO-02'), []);
  });
  it('an unused comment is VB-DISABLE-01 (information) with a fix that removes it', () => {
    const text = congVan('Số: 05/SNV-VP', '<!-- thethuc-disable-next-line ND30-SO-02 -->\nSố: 05/SNV-VP');
    const [f] = expectRule(text, 'VB-DISABLE-01', [[3, 0, 3, 45]]);
    assert.equal(f.severity, 'information');
    assert.match(f.message, /không che lỗi nào \(ND30-SO-02\)/);
    const fixed = applyFix(text, f);
    assert.ok(!fixed.includes('thethuc-disable'));
  });
  it('VB-DISABLE-01 can itself be turned off', () => {
    const text = congVan('Số: 05/SNV-VP', '<!-- thethuc-disable-next-line ND30-SO-02 -->\nSố: 05/SNV-VP');
    assert.deepEqual(rangesFor(lint(text, { rules: { 'VB-DISABLE-01': 'off' } }), 'VB-DISABLE-01'), []);
  });
});
