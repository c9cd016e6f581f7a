// The server offers a quick fix only when it holds (issue 13): applied to the
// analysed text, its finding is gone and no other rule undoes it at once. A
// refused fix is not offered as a code action and the hover does not announce it.

import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeActionParams } from 'vscode-languageserver/node';
import { analyze, Analysis, Finding } from '../../../server/src/engine';
import { provideCodeActions, quickFixHolds } from '../../../server/src/features/codeActions';
import type { FeatureContext } from '../../../server/src/features/context';
import { findingHover } from '../../../server/src/features/hover';
import { congVan, TODAY } from '../helpers';

const OPTS = { today: TODAY };
const URI = 'file:///t/cong-van.md';

function setup(text: string, tamper?: (f: Finding) => void): { ctx: FeatureContext; analysis: Analysis; f: Finding; doc: TextDocument } {
  const doc = TextDocument.create(URI, 'markdown', 3, text);
  const analysis = analyze(text, OPTS);
  const f = analysis.findings.find((x) => x.ruleId === 'ND30-SO-02')!;
  assert.ok(f?.fix, 'SO-02 sends a fix');
  tamper?.(f);
  const ctx = {
    documents: { get: (u: string) => (u === URI ? doc : undefined) },
    analysis: { latestFor: async () => ({ kind: 'ok', version: 3, analysis, options: OPTS, lang: 'vi', maxProblems: 1000 }) },
  } as unknown as FeatureContext;
  return { ctx, analysis, f, doc };
}

function params(f: Finding): CodeActionParams {
  return {
    textDocument: { uri: URI },
    range: f.range,
    context: { diagnostics: [{ range: f.range, message: f.message, source: 'thethuc', code: f.ruleId }] },
  };
}

describe('issue 13: quick fixes are verified before they are offered', () => {
  const text = congVan('Số: 05/SNV-VP', 'Số: 5/SNV-VP');

  it('a fix that removes its finding is offered and announced in the hover', async () => {
    const { ctx, analysis, f } = setup(text);
    assert.equal(quickFixHolds(f, analysis, OPTS), true);
    const actions = await provideCodeActions(ctx, params(f));
    assert.ok(actions.some((a) => a.title === f.fix!.title && a.edit), actions.map((a) => a.title).join(' | '));
    assert.ok(findingHover(f, 'vi', quickFixHolds(f, analysis, OPTS)).includes('Sửa nhanh:'));
  });

  it('a fix that leaves its finding is not offered, and the hover does not say "Sửa nhanh"', async () => {
    const { ctx, analysis, f } = setup(text, (g) => {
      // The same text plus a space: the number stays "5", the finding remains.
      g.fix = { title: 'Sửa hỏng', edits: [{ range: g.range, newText: text.slice(g.offsets.start, g.offsets.end) + ' ' }] };
    });
    assert.equal(quickFixHolds(f, analysis, OPTS), false);
    const actions = await provideCodeActions(ctx, params(f));
    assert.ok(!actions.some((a) => a.title === 'Sửa hỏng'), 'the refused fix is not offered');
    // The other actions of the diagnostic stay (disable, documentation).
    assert.ok(actions.some((a) => a.title.startsWith('Tắt ND30-SO-02')));
    const md = findingHover(f, 'vi', quickFixHolds(f, analysis, OPTS));
    assert.ok(!md.includes('Sửa nhanh:'), md);
  });

  it('a fix that changes nothing is refused', () => {
    const { analysis, f } = setup(text, (g) => {
      g.fix = { title: 'Ghi lại', edits: [{ range: g.range, newText: text.slice(g.offsets.start, g.offsets.end) }] };
    });
    assert.equal(quickFixHolds(f, analysis, OPTS), false);
  });
});
