// Fix-all convergence property, over every fixture and the example letter:
//  - no fixable finding remains;
//  - fix-all is idempotent;
//  - no finding appears that was not there before (rule + message, modulo positions);
//  - only the lines of fixable findings change (or lines are inserted).
// And, per fixable rule, that its fix removes its own finding.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CheckOptions, Finding, RULES } from '../../../server/src/engine';
import { applyEdits } from '../../../server/src/engine/fix';
import { FIXTURES, allFixtures, findingsOf, fixAllOf } from '../helpers';
import { OPTIONS, PLACES, type Place } from '../rules/tester/places';

// Analyses and fix-all results come from the run's shared ones (helpers.ts):
// every text is analysed once, however many checks read it.

const key = (f: Finding) => `${f.ruleId}\u0000${f.message}`;

/** Original line numbers that a line LCS diff does not keep. */
function changedLines(before: string, after: string): Set<number> {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const kept = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      kept.add(i);
      i++;
      j++;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
    else j++;
  }
  const changed = new Set<number>();
  for (let k = 0; k < n; k++) if (!kept.has(k)) changed.add(k);
  return changed;
}

describe('fix-all convergence (every fixture and the example letter)', () => {
  for (const { name, text } of allFixtures()) {
    describe(name, () => {
      const before = findingsOf(text);
      const result = fixAllOf(text);

      it('leaves no fixable finding', () => {
        assert.deepEqual(
          result.remaining.map((f) => `${f.ruleId} ${f.message}`),
          [],
        );
      });

      it('is idempotent', () => {
        const again = fixAllOf(result.text);
        assert.equal(again.text, result.text);
        assert.equal(again.passes, 0);
      });

      it('creates no new finding', () => {
        const beforeKeys = new Set(before.map(key));
        const count = (fs: readonly Finding[], id: string) => fs.filter((f) => f.ruleId === id).length;
        const after = findingsOf(result.text);
        // A finding is not new when it was there before (rule + message), or
        // when its rule reported at least as many findings before (a message
        // quoting a line another fix changed).
        // A fix that cannot know a value inserts a template blank (a missing Lưu line of a
        // kế hoạch becomes "- Lưu: VT, …."): ND30-DOC-05 then reports it as not filled in,
        // which is the intended prompt, not a new error.
        const fresh = after.filter((f) => f.ruleId !== 'ND30-DOC-05' && !beforeKeys.has(key(f)) && count(after, f.ruleId) > count(before, f.ruleId));
        assert.deepEqual(
          fresh.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.ruleId} ${f.message}`),
          [],
        );
      });

      it('changes only the lines of fixable findings (pass by pass)', () => {
        // Each pass may change only the lines its fixes touch; inserted lines are fine.
        let cur = text;
        for (let pass = 0; pass < 10; pass++) {
          const fs = findingsOf(cur).filter((f) => f.fix);
          if (!fs.length) break;
          const allowed = new Set<number>();
          for (const f of fs) for (const e of f.fix!.edits) for (let l = e.range.start.line; l <= e.range.end.line; l++) allowed.add(l);
          const next = fixAllOf(cur, { maxPasses: 1 }).text;
          if (next === cur) break;
          const lines = cur.split('\n');
          const outside = [...changedLines(cur, next)].filter((l) => !allowed.has(l)).map((l) => `pass ${pass + 1}, line ${l + 1}: ${lines[l]}`);
          assert.deepEqual(outside, []);
          cur = next;
        }
        assert.equal(cur, result.text);
      });
    });
  }
});

// ---------------------------------------------------------------- per rule

const VALID = ['valid/cong-van.md', 'valid/quyet-dinh.md'].map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

/** Apply the finding's fix; assert it is non-empty and removes the finding. */
function assertFixRemoves(text: string, f: Finding, opts: CheckOptions = {}): void {
  assert.ok(f.fix && f.fix.edits.length > 0, `${f.ruleId} reports a fix with edits`);
  const fixed = applyEdits(text, f.fix.edits);
  assert.notEqual(fixed, text, `${f.ruleId}: the fix changes the text (${f.message})`);
  const before = findingsOf(text, opts).filter((x) => key(x) === key(f)).length;
  const after = findingsOf(fixed, opts).filter((x) => key(x) === key(f)).length;
  assert.ok(after < before, `${f.ruleId}: the fix removes its finding: ${f.message}\n--- fixed text:\n${fixed}`);
}

/** Whole letters for rules whose examples cannot be embedded line by line. */
const EXTRA: Record<string, string[]> = {
  'VB-DISABLE-01': [VALID[0].replace('Số: 05/SNV-VP', '<!-- thethuc-disable-next-line ND30-SO-02 -->\nSố: 05/SNV-VP')],
  'VB-UNICODE-01': [VALID[0].replace('Số: 05/SNV-VP', 'Số: 05/SNV-VP'.normalize('NFD')), VALID[0].replace('Kính gửi', 'Kính gửi'.normalize('NFD'))],
};

describe('the fix of every fixable rule removes its finding', function () {
  this.timeout(60000);
  const fixtureFindings = allFixtures().flatMap(({ text }) => findingsOf(text).filter((f) => f.fix).map((f) => ({ text, f })));

  it('every fixable finding on the fixtures and the example', () => {
    for (const { text, f } of fixtureFindings) assertFixRemoves(text, f);
  });

  for (const rule of RULES.filter((r) => r.meta.fixable)) {
    it(rule.meta.id, function () {
      const id = rule.meta.id;
      let checked = 0;
      for (const { text, f } of fixtureFindings) {
        if (f.ruleId !== id) continue;
        assertFixRemoves(text, f);
        checked++;
      }
      // Each incorrect example in the minimal correct letter where the rule
      // examples test places it (tester/places.ts): it triggers the rule there.
      const place = PLACES[id] as Place | undefined;
      const opts = OPTIONS[id] ?? {};
      for (const ex of rule.meta.examples?.incorrect ?? []) {
        if (!place) break;
        const v = place(ex, 'incorrect');
        const fs = findingsOf(v, opts).filter((f) => f.ruleId === id && f.fix);
        for (const f of fs) assertFixRemoves(v, f, opts);
        checked += fs.length;
      }
      for (const letter of EXTRA[id] ?? []) {
        const fs = findingsOf(letter).filter((f) => f.ruleId === id && f.fix);
        for (const f of fs) assertFixRemoves(letter, f);
        checked += fs.length;
      }
      if (!checked) this.skip(); // no example triggers it in a valid letter
    });
  }
});
