// The error corpus: realistic incorrect letters (test/fixtures/corpus/errors/*.md),
// each with 2–5 typical drafting mistakes, and beside it <name>.expected.json, the
// findings expected from the decree ({ ruleId, line } with a 0-based start line),
// written before looking at the engine's output.
//
// - The engine's error and warning findings must equal the expected list exactly
//   (rule + start line, as a multiset): a missed mistake, a mistake under the wrong
//   rule or line, a mistake reported twice, or a false alarm all fail.
//   Information findings (ND30-DOC-05 "not filled in", ND30-TL-03 hints, ND30-NN-05/06
//   template hints, ND30-SO-06, ND30-DD-06) are excluded: they are hints, not mistakes.
// - Fix-all leaves no fixable finding and is idempotent.

import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, RULES } from '../../server/src/engine';
import { fixAll } from '../../server/src/engine/fix';
import { FIXTURES, TODAY } from './helpers';

const DIR = join(FIXTURES, 'corpus', 'errors');
const OPTS = { today: TODAY };

interface Expected {
  ruleId: string;
  line: number;
}

function letters(): string[] {
  return existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.md')).sort() : [];
}

const key = (x: Expected) => `${String(x.line).padStart(4, '0')} ${x.ruleId}`;

describe('error corpus (corpus/errors): findings equal the expected mistakes', () => {
  it('has at least 20 letters, each with an expected file', () => {
    const names = letters();
    assert.ok(names.length >= 20, `${names.length} letters`);
    for (const f of names) assert.ok(existsSync(join(DIR, f.replace(/\.md$/, '.expected.json'))), `${f} has no .expected.json`);
  });

  for (const f of letters()) {
    describe(f, () => {
      const text = readFileSync(join(DIR, f), 'utf8');
      const expected: Expected[] = JSON.parse(readFileSync(join(DIR, f.replace(/\.md$/, '.expected.json')), 'utf8'));

      it('reports exactly the expected mistakes (rule + line)', () => {
        const a = analyze(text, OPTS);
        assert.ok(a.model.isDocument, 'recognised as a document');
        assert.deepEqual(a.internalErrors, []);
        const got = a.findings.filter((x) => x.severity !== 'information');
        const detail = got.map((x) => `${x.range.start.line}:${x.range.start.character} ${x.ruleId} ${x.message}`).join('\n');
        assert.deepEqual(
          got.map((x) => key({ ruleId: x.ruleId, line: x.range.start.line })).sort(),
          expected.map(key).sort(),
          `findings of ${f}:\n${detail}`,
        );
      });

      it('carries 2 or more expected mistakes, each under a registered rule', () => {
        assert.ok(expected.length >= 2, `${expected.length} expected findings`);
        for (const e of expected) assert.ok(RULES.some((r) => r.meta.id === e.ruleId), `unknown rule ${e.ruleId}`);
      });

      it('fix-all leaves no fixable finding and is idempotent', () => {
        const r = fixAll(text, OPTS);
        assert.deepEqual(
          r.remaining.map((x) => `${x.range.start.line}:${x.range.start.character} ${x.ruleId} ${x.message}`),
          [],
        );
        const again = fixAll(r.text, OPTS);
        assert.equal(again.text, r.text);
      });
    });
  }
});
