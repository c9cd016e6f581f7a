// Issue 9, class 11: the CLI shows how each file was read: its type and
// regime in the text output and in the JSON, and a file not recognised as a
// document does not look clean.

import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/engine';
import { describeDoc, formatJson, formatText, notDocumentCount, FileResult } from '../../../server/src/cli/format';
import { checkText } from '../../../server/src/cli/run';
import { fixture, TODAY } from '../helpers';

const result = (file: string, text: string): FileResult => {
  const a = analyze(text, { today: TODAY });
  return { file, findings: a.findings, doc: a.summary };
};

describe('CLI output names the type and regime of each file (issue 9, class 11)', () => {
  const cv = result('cv.md', fixture('valid/cong-van.md'));
  const qd = result('qd.md', fixture('valid/quyet-dinh.md'));
  const nd = result('nd.md', fixture('regimes/nghi-dinh-30.md'));
  const readme = result('readme.md', fixture('not-letters/readme.md'));
  it('text: one heading line per file', () => {
    const out = formatText([cv, qd, nd, readme], false).split('\n');
    assert.ok(out.includes('cv.md: công văn · hành chính'), out.join('\n'));
    assert.ok(out.includes('qd.md: quyết định · hành chính'), out.join('\n'));
    assert.ok(out.includes('nd.md: văn bản quy phạm pháp luật'), out.join('\n'));
    assert.ok(out.includes('readme.md: không nhận ra văn bản hành chính: không kiểm tra'), out.join('\n'));
  });
  it('text in English', () => {
    assert.equal(describeDoc(cv.doc!, 'en'), 'công văn · administrative'); // the type keeps its Vietnamese name
    assert.match(describeDoc(readme.doc!, 'en'), /not recognised as an administrative document/);
  });
  it('JSON: documentType, regime and isDocument per file', () => {
    const j = JSON.parse(formatJson([cv, readme]));
    assert.deepEqual(
      j.map((x: { file: string; isDocument: boolean; documentType: string | null; regime: string | null }) => [x.file, x.isDocument, x.documentType, x.regime]),
      [
        ['cv.md', true, 'cong_van', 'hanh-chinh'],
        ['readme.md', false, null, null],
      ],
    );
  });
  it('a file not recognised is counted, not clean', () => {
    assert.equal(notDocumentCount([cv, qd, readme]), 1);
  });
  it('checkText carries the reading, with and without --fix', () => {
    const text = fixture('valid/cong-van.md').replace('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    for (const fix of [false, true]) {
      const r = checkText('cv.md', text, { today: TODAY }, fix, false);
      assert.deepEqual([r.doc?.isDocument, r.doc?.type, r.doc?.regime], [true, 'cong_van', 'hanh-chinh']);
    }
  });
});
