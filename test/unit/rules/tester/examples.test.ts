// Every rule's `meta.examples` (shown in the rule pages and on hover) are
// linted: each incorrect example, placed in a minimal correct letter (see
// places.ts), triggers its rule; each correct one does not. A rule without
// examples is listed in NO_EXAMPLES with the reason. The correct examples go
// in the same letters as the incorrect ones: a letter that passes with a
// correct example shows that it is the incorrect example that triggers.

import { strict as assert } from 'node:assert';
import { Finding, RULES } from '../../../../server/src/engine';
import { outcomeOf } from '../../helpers';
import { OPTIONS, PLACES } from './places';

/** Rules with no examples, and why. */
const NO_EXAMPLES: Record<string, string> = {
  'ND30-DOC-06': 'a notice of the regime (VBQPPL) for the whole document, not a form of text',
  'ND30-DOC-07': 'a notice of the regime (Party documents) for the whole document, not a form of text',
  'VB-DISABLE-01': 'reports a disable comment that suppresses nothing: the example would be the whole letter',
};

function findings(id: string, text: string): readonly Finding[] {
  const a = outcomeOf(text, OPTIONS[id]);
  assert.deepEqual(a.internalErrors, []);
  return a.findings.filter((f) => f.ruleId === id);
}

const show = (fs: readonly Finding[]) => fs.map((f) => `${f.range.start.line}:${f.range.start.character} ${f.message}`).join('\n');

describe('rule examples (meta.examples) in a minimal correct letter', () => {
  it('every rule has examples, or a reason in NO_EXAMPLES', () => {
    const missing = RULES.filter((r) => !r.meta.examples && !NO_EXAMPLES[r.meta.id]).map((r) => r.meta.id);
    assert.deepEqual(missing, []);
    for (const id of Object.keys(NO_EXAMPLES)) assert.ok(RULES.some((r) => r.meta.id === id && !r.meta.examples), `${id} is listed in NO_EXAMPLES but has examples`);
  });
  it('every rule with examples has a placement, and every placement a rule', () => {
    assert.deepEqual(
      RULES.filter((r) => r.meta.examples && !PLACES[r.meta.id]).map((r) => r.meta.id),
      [],
    );
    assert.deepEqual(
      Object.keys(PLACES).filter((id) => !RULES.some((r) => r.meta.id === id && r.meta.examples)),
      [],
    );
  });

  for (const rule of RULES) {
    const { id, examples } = { id: rule.meta.id, examples: rule.meta.examples };
    if (!examples) continue;
    describe(id, () => {
      it('has at least one correct and one incorrect example', () => {
        assert.ok(examples.correct.length > 0, 'no correct example');
        assert.ok(examples.incorrect.length > 0, 'no incorrect example');
      });
      for (const ex of examples.correct) {
        it(`correct: ${JSON.stringify(ex)}`, () => {
          const text = PLACES[id](ex, 'correct');
          assert.deepEqual(show(findings(id, text)), '', `in:\n${text}`);
        });
      }
      for (const ex of examples.incorrect) {
        it(`incorrect: ${JSON.stringify(ex)}`, () => {
          const text = PLACES[id](ex, 'incorrect');
          assert.ok(findings(id, text).length > 0, `${id} not reported in:\n${text}`);
        });
      }
    });
  }
});
