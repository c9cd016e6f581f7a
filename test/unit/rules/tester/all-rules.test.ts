// Every rule of the registry has rule tester cases: at least one valid and
// one invalid. The group files of this folder are loaded here (once: a file
// mocha has already loaded is not loaded again), so the check also holds when
// this file runs alone.

import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../../server/src/engine';
import { coverage, knownIssues } from '../../rule-tester';

for (const f of readdirSync(__dirname).sort()) {
  if (f.endsWith('.test.ts') && f !== 'all-rules.test.ts' && f !== 'examples.test.ts') require(join(__dirname, f));
}

describe('rule tester: every rule has cases', () => {
  it('≥ 1 valid and ≥ 1 invalid case for each registered rule', () => {
    const lacking = RULES.map((r) => ({ id: r.meta.id, ...(coverage.get(r.meta.id) ?? { valid: 0, invalid: 0 }) })).filter((c) => c.valid < 1 || c.invalid < 1);
    assert.deepEqual(lacking, []);
  });
  it('no cases for a rule that is not registered', () => {
    assert.deepEqual(
      [...coverage.keys()].filter((id) => !RULES.some((r) => r.meta.id === id)),
      [],
    );
  });
  after(() => {
    if (knownIssues.length) console.log(`      (${knownIssues.length} cases pending on known issues: ${[...new Set(knownIssues.map((k) => k.ruleId))].join(', ')})`);
  });
});
