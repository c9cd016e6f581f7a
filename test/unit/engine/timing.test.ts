// The engine's opt-in time accounting (THETHUC_TIMING, the bench): phases and
// rules are charged while an account is open, nothing otherwise, and the
// findings are the same either way.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, createAnalyzer, RULES, timed, topTimings, addTimings } from '../../../server/src/engine';
import { openAccount } from '../../../server/src/engine/timing';

const ROOT = join(__dirname, '..', '..', '..');
const LETTER = readFileSync(join(ROOT, 'test', 'fixtures', 'valid', 'cong-van.md'), 'utf8');
const opts = { today: new Date('2026-11-27') };

describe('engine timing (opt-in accounting)', () => {
  it('charges reading, model, findings and every rule that ran; findings unchanged', () => {
    const plain = analyze(LETTER, opts);
    const { result, timings } = timed(() => analyze(LETTER, opts));
    assert.deepEqual(result.findings, plain.findings);
    for (const phase of ['(read)', '(model)', '(findings)']) assert.ok(timings[phase] >= 0, phase);
    // The rules of the letter's regime (the others do not run on it).
    const ids = RULES.filter((r) => (r.meta.regimes ?? ['hanh-chinh']).some((g) => g === plain.summary.regime)).map((r) => r.meta.id);
    assert.ok(ids.length > 60 && ids.length < RULES.length);
    for (const id of ids) assert.ok(timings[id] >= 0, id);
    assert.deepEqual(Object.keys(timings).sort(), [...ids, '(read)', '(model)', '(findings)'].sort());
  });
  it('a rule turned off is not charged', () => {
    const { timings } = timed(() => analyze(LETTER, { ...opts, rules: { 'ND30-VH-18': 'off' } }));
    assert.equal(timings['ND30-VH-18'], undefined);
    assert.ok(timings['ND30-VH-15'] !== undefined);
  });
  it('the incremental analyzer is charged too; accounts nest and close', () => {
    const an = createAnalyzer();
    const outer = timed(() => {
      const inner = timed(() => an.analyze(LETTER, opts));
      assert.ok(inner.timings['(read)'] !== undefined);
      return an.analyze(LETTER + '\n', opts);
    });
    assert.ok(outer.timings['(read)'] !== undefined && outer.timings['(model)'] !== undefined);
    assert.equal(openAccount(), undefined);
    assert.throws(() => timed(() => {
      throw new Error('x');
    }));
    assert.equal(openAccount(), undefined, 'closed after a throw');
  });
  it('a text that is not a document is charged for its reading and model only', () => {
    const { timings } = timed(() => analyze('# Ghi chú\n\nKhông phải văn bản.\n', opts));
    assert.deepEqual(Object.keys(timings).sort(), ['(model)', '(read)']);
  });
  it('topTimings: heaviest first with shares; addTimings sums', () => {
    const sum = addTimings(addTimings({}, { a: 1, b: 3 }), { a: 4, c: 2 });
    assert.deepEqual(sum, { a: 5, b: 3, c: 2 });
    assert.deepEqual(topTimings(sum, 2), [
      { name: 'a', ms: 5, share: 0.5 },
      { name: 'b', ms: 3, share: 0.3 },
    ]);
    assert.deepEqual(topTimings({}), []);
  });
});
