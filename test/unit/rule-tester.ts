// A declarative rule tester in the manner of ESLint's RuleTester:
//
//   ruleTester.run('ND30-SO-02', {
//     valid: [congVan(), { name: 'three digits', code: congVan('Số: 05/', 'Số: 125/') }],
//     invalid: [{ code: congVan('Số: 05/', 'Số: 5/'), errors: [{ range: [3, 4, 3, 5], message: '"5" → "05"' }], output: congVan() }],
//   });
//
// Every case runs the whole engine (with the tests' pinned "today" and strict
// fixes) and asserts that no rule threw. Then:
// - valid: the rule reports nothing;
// - invalid: the rule reports exactly `errors`, in document order (range
//   [line, char, endLine, endChar], 0-based as in LSP; message: a substring or
//   a pattern of the localised message). An error may name another rule
//   (`ruleId`) when a case pins a companion finding too;
// - fixes: a rule without `meta.fixable` must not send a fix, and a fixable
//   rule must send one with every report;
// - output: fix-all restricted to the rule gives exactly `output`, and the
//   output no longer carries the rule. A case whose findings carry fixes must
//   state its output (`output: null` says: no fix is expected at all;
//   `output: swap(from, to)` is the code with one passage changed).
//
// The tester records which rules ran with how many cases, so a meta-test can
// require every rule of the registry to have valid and invalid cases.

import { strict as assert } from 'node:assert';
import { CheckOptions, Finding, RULES_BY_ID } from '../../server/src/engine';
import { fixAllOf, outcomeOf, rangeOf, R } from './helpers';

export interface ExpectedError {
  /** Default: the rule under test. */
  ruleId?: string;
  /** [line, startChar, endLine, endChar], 0-based. */
  range: R;
  /** A substring of the message, or a pattern it matches. */
  message?: string | RegExp;
}

export interface ValidCase {
  name?: string;
  code: string;
  options?: CheckOptions;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /**
   * A known defect of the rule that this case shows: the rule is fixable but
   * reports here without a fix. Every other expectation of the case holds;
   * the case is shown as pending with this reason while the defect is there,
   * and fails once it is gone until the note is removed.
   */
  knownIssue?: string;
  /**
   * The text after fix-all restricted to the rule (or a function of the
   * case's code giving it, see `swap`); null: the findings carry no fix.
   */
  output?: string | null | ((code: string) => string);
}

export interface RuleCases {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** Known issues met in this run (cases shown as pending). */
export const knownIssues: { ruleId: string; issue: string; unfixed: number }[] = [];

/** Rules run by the tester so far, with their number of cases. */
export const coverage = new Map<string, { valid: number; invalid: number }>();

function show(fs: readonly Finding[]): string {
  return fs.map((f) => `  ${JSON.stringify(rangeOf(f))} ${f.ruleId}${f.fix ? ' (fix)' : ''} ${f.message}`).join('\n') || '  (none)';
}

function caseName(c: ValidCase, i: number): string {
  if (c.name) return c.name;
  const first = c.code.split('\n').find((l) => l.trim()) ?? '';
  return `#${i + 1} ${first.length > 60 ? first.slice(0, 57) + '…' : first}`;
}

/** The case's findings: the run's shared analysis for this text and options (helpers.ts). */
function run(c: ValidCase): readonly Finding[] {
  const a = outcomeOf(c.code, c.options);
  assert.deepEqual(a.internalErrors, [], 'no rule throws (strict fixes: a rule that sends a fix without meta.fixable throws)');
  return a.findings;
}

/** Assert the fix guarantees of `ruleId` on its findings. */
function checkFixable(ruleId: string, findings: readonly Finding[], all: readonly Finding[], tolerated?: { unfixed: number }): void {
  const fixable = RULES_BY_ID.get(ruleId)!.meta.fixable;
  for (const f of findings) {
    if (fixable && tolerated && !f.fix) tolerated.unfixed++;
    else if (fixable) assert.ok(f.fix && f.fix.edits.length, `${ruleId} is fixable (meta.fixable) but this report has no fix:\n${show([f])}\nall findings:\n${show(all)}`);
    else assert.equal(f.fix, undefined, `${ruleId} sent a fix without meta.fixable:\n${show([f])}`);
  }
}

function match(message: string, want: string | RegExp): boolean {
  return typeof want === 'string' ? message.includes(want) : want.test(message);
}

export function runValid(ruleId: string, c: ValidCase): void {
  const fs = run(c);
  assert.deepEqual(
    fs.filter((f) => f.ruleId === ruleId).map(rangeOf),
    [],
    `${ruleId} must not report on:\n${c.code}\nall findings:\n${show(fs)}`,
  );
}

/** Run an invalid case; with `tolerated`, fixable reports without a fix are counted there instead of failing. */
export function runInvalid(ruleId: string, c: InvalidCase, tolerated?: { unfixed: number }): void {
  assert.ok(c.errors.length > 0, 'an invalid case expects at least one error');
  const fs = run(c);
  const ids = new Set([ruleId, ...c.errors.map((e) => e.ruleId ?? ruleId)]);
  const got = fs.filter((f) => ids.has(f.ruleId));
  const want = c.errors.map((e) => ({ ruleId: e.ruleId ?? ruleId, range: e.range }));
  assert.deepEqual(
    got.map((f) => ({ ruleId: f.ruleId, range: rangeOf(f) })),
    want,
    `findings of ${[...ids].join(', ')} on:\n${c.code}\nall findings:\n${show(fs)}`,
  );
  c.errors.forEach((e, i) => {
    if (e.message !== undefined) assert.ok(match(got[i].message, e.message), `message of error ${i + 1}: ${JSON.stringify(got[i].message)} does not match ${String(e.message)}`);
  });
  for (const id of ids) checkFixable(id, got.filter((f) => f.ruleId === id), fs, tolerated);

  const own = got.filter((f) => f.ruleId === ruleId);
  const fixed = own.some((f) => f.fix);
  if (c.output === undefined) {
    assert.ok(!fixed, `${ruleId} reports a fix here: state the expected output`);
    return;
  }
  if (c.output === null) {
    assert.ok(!fixed, `${ruleId} reports a fix, but the case says output: null`);
    return;
  }
  assert.ok(fixed, `${ruleId} reports no fix, but the case expects an output`);
  const r = fixAllOf(c.code, c.options, ruleId);
  assert.equal(r.text, typeof c.output === 'function' ? c.output(c.code) : c.output, `fix-all of ${ruleId}`);
  const after = run({ code: r.text, options: c.options });
  assert.deepEqual(after.filter((f) => f.ruleId === ruleId).map(rangeOf), [], `${ruleId} still reported after its fixes:\n${show(after)}`);
}

/** An output: the case's code with `from` (which must occur) replaced by `to`. */
export function swap(from: string, to: string): (code: string) => string {
  return (code) => {
    assert.ok(code.includes(from), `the code does not contain ${JSON.stringify(from)}`);
    return code.replace(from, () => to);
  };
}

export const ruleTester = {
  /** Declare the cases of one rule as mocha tests. */
  run(ruleId: string, cases: RuleCases): void {
    const prev = coverage.get(ruleId) ?? { valid: 0, invalid: 0 };
    coverage.set(ruleId, { valid: prev.valid + cases.valid.length, invalid: prev.invalid + cases.invalid.length });
    describe(ruleId, () => {
      it('is a registered rule', () => assert.ok(RULES_BY_ID.has(ruleId), `${ruleId} is not in the registry`));
      describe('valid', () => {
        cases.valid.forEach((v, i) => {
          const c = typeof v === 'string' ? { code: v } : v;
          it(caseName(c, i), () => runValid(ruleId, c));
        });
      });
      describe('invalid', () => {
        cases.invalid.forEach((c, i) => {
          if (!c.knownIssue) {
            it(caseName(c, i), () => runInvalid(ruleId, c));
            return;
          }
          const issue = c.knownIssue;
          it(`${caseName(c, i)} (known issue: ${issue})`, function () {
            const tolerated = { unfixed: 0 };
            runInvalid(ruleId, c, tolerated);
            assert.ok(tolerated.unfixed > 0, `the known issue is gone (${issue}): remove knownIssue from the case`);
            knownIssues.push({ ruleId, issue, unfixed: tolerated.unfixed });
            this.skip();
          });
        });
      });
    });
  },
};
