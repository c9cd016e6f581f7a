// Test helpers: run the engine with a pinned "today" and compare findings by
// rule ID and exact range (0-based line/character, like LSP).

import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze, Analysis, Finding, CheckOptions } from '../../server/src/engine';
import { fixAll, FixAllOptions, FixAllResult } from '../../server/src/engine/fix';
import { setStrictFixes } from '../../server/src/engine/rule';

// A rule that breaks a fix guarantee (a fix from a rule that is not fixable,
// overlapping edits) is an internal error in the tests.
setStrictFixes(true);

export const TODAY = new Date('2026-11-27T09:00:00+07:00');
export const FIXTURES = join(__dirname, '..', 'fixtures');

/** The findings of `text` (pinned "today"), from the run's shared analyses (see `findingsOf`). */
export function lint(text: string, opts: CheckOptions = {}): Finding[] {
  return [...findingsOf(text, opts)];
}

// ------------------------------------------------------------ shared analyses
//
// The engine is pure: one text with one set of options always gives the same
// analysis. Many suites analyse the same letters (every fixture in the fix-all,
// incremental and corpus suites; the valid letters in the rule tests), so an
// analysis is made once per run and shared. A test that is about the analysis
// call itself (timing, the incremental analyzer, strict-fix switching) calls
// the engine directly. The findings and the fix-all results handed out are
// frozen: a test that changed them would change them for the others.

/** Cache key: the options (as JSON, functions refused: they do not serialise) and the text. */
function cacheKey(text: string, opts: object): string {
  const json = JSON.stringify(opts, (_k, v: unknown) => {
    if (typeof v === 'function') throw new Error('shared analyses: options with a function cannot be a cache key');
    return v;
  });
  return `${json}\u0000${text}`;
}

/** A map that forgets its least recently used entries beyond `max`. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(k: string): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: string, v: V): V {
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as string);
    this.map.set(k, v);
    return v;
  }
}

/** Freeze plain objects and arrays, recursively. */
function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

// Whole analyses (with the document model) are a few hundred KB each: a few
// hundred are kept. Their outcome (findings, internal errors) is small: many
// more are kept, so a test that needs only the outcome never re-analyses a
// text whose whole analysis was dropped.
const analyses = new Lru<Analysis>(400);
const outcomes = new Lru<Outcome>(20000);
const fixAlls = new Lru<FixAllResult>(2000);

/** What most tests read of an analysis: its findings and the rules that threw. */
export type Outcome = Pick<Analysis, 'findings' | 'internalErrors'>;

/** Inside `unshared`: the engine is altered for a test, shared analyses are neither read nor kept. */
let bypass = 0;

/**
 * Run `fn` with the engine altered (a rule's metadata changed, strict fixes
 * off): the shared analyses are not used meanwhile, since they were made by
 * the engine as it is.
 */
export function unshared<T>(fn: () => T): T {
  bypass++;
  try {
    return fn();
  } finally {
    bypass--;
  }
}

/**
 * `analyze(text, { today: TODAY, ...opts })`, made once per run for each text
 * and options (findings frozen; do not change the model).
 */
export function analysisOf(text: string, opts: CheckOptions = {}): Analysis {
  const o = { today: TODAY, ...opts };
  if (bypass) return analyze(text, o);
  const k = cacheKey(text, o);
  const hit = analyses.get(k);
  if (hit) return hit;
  const a = analyze(text, o);
  deepFreeze(a.findings);
  deepFreeze(a.internalErrors);
  outcomes.set(k, { findings: a.findings, internalErrors: a.internalErrors });
  return analyses.set(k, a);
}

/** The findings and internal errors of `analysisOf(text, opts)` (frozen), kept longer than whole analyses. */
export function outcomeOf(text: string, opts: CheckOptions = {}): Outcome {
  const o = { today: TODAY, ...opts };
  if (bypass) return analyze(text, o);
  const k = cacheKey(text, o);
  return outcomes.get(k) ?? analyses.get(k) ?? analysisOf(text, opts);
}

/** The findings of `analysisOf(text, opts)` (frozen), kept longer than whole analyses. */
export function findingsOf(text: string, opts: CheckOptions = {}): readonly Finding[] {
  return outcomeOf(text, opts).findings;
}

/**
 * `fixAll(text, { today: TODAY, ...opts })`, made once per run for each text
 * and options (frozen). `opts.filter` cannot be a key: name the filter
 * instead with `onlyRule` (fix-all restricted to one rule's findings).
 */
export function fixAllOf(text: string, opts: Omit<FixAllOptions, 'filter'> = {}, onlyRule?: string): FixAllResult {
  const o = { today: TODAY, ...opts };
  const run = () => fixAll(text, onlyRule === undefined ? o : { ...o, filter: (f) => f.ruleId === onlyRule });
  if (bypass) return run();
  const k = cacheKey(text, { ...o, onlyRule });
  return fixAlls.get(k) ?? fixAlls.set(k, deepFreeze(run()));
}

export function fixture(rel: string): string {
  return readFileSync(join(FIXTURES, rel), 'utf8');
}

/** [line, startChar, endLine, endChar] */
export type R = [number, number, number, number];

export function rangeOf(f: Finding): R {
  return [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character];
}

/** Findings of one rule, as ranges. */
export function rangesFor(findings: Finding[], ruleId: string): R[] {
  return findings.filter((f) => f.ruleId === ruleId).map(rangeOf);
}

/** Assert a rule reports exactly these ranges. */
export function expectRule(text: string, ruleId: string, ranges: R[], opts: CheckOptions = {}): Finding[] {
  const fs = lint(text, opts);
  assert.deepEqual(rangesFor(fs, ruleId), ranges, `${ruleId} on:\n${text}\nall findings:\n${fs.map((f) => `${rangeOf(f)} ${f.ruleId} ${f.message}`).join('\n')}`);
  return fs.filter((f) => f.ruleId === ruleId);
}

/** Assert a rule reports nothing. */
export function expectClean(text: string, ruleId: string, opts: CheckOptions = {}): void {
  expectRule(text, ruleId, [], opts);
}

/** Apply the fix of a finding (edits by range) and return the new text. */
export function applyFix(text: string, f: Finding): string {
  assert.ok(f.fix, `${f.ruleId} has no fix`);
  const edits = [...f.fix.edits].map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), text: e.newText }));
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function offsetAt(text: string, p: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < p.line && i < text.length) {
    if (text[i] === '\n') line++;
    i++;
  }
  return i + p.character;
}

/** The valid công văn fixture with one substring replaced (must occur). */
export function congVan(from?: string, to?: string): string {
  return replaceOnce(fixture('valid/cong-van.md'), from, to);
}
/** The valid quyết định fixture with one substring replaced (must occur). */
export function quyetDinh(from?: string, to?: string): string {
  return replaceOnce(fixture('valid/quyet-dinh.md'), from, to);
}
export function replaceOnce(text: string, from?: string, to?: string): string {
  if (from === undefined) return text;
  assert.ok(text.includes(from), `fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to ?? '');
}

/** Where the example letter of ../shared is (next to the repository). */
export const EXAMPLE_PATH = join(__dirname, '..', '..', '..', 'shared', 'examples', 'cong-van-1465-SNN-VP.md');
let exampleText: string | undefined;
/**
 * The example letter of ../shared, read on first use (inside a test or a
 * hook, never at import time: a missing ../shared fails the tests that need
 * it, not the loading of the whole suite).
 */
export function example(): string {
  if (exampleText === undefined) {
    if (!existsSync(EXAMPLE_PATH)) throw new Error(`the example letter is not beside the repository (README, "Yêu cầu": ../shared next to the project): ${EXAMPLE_PATH}`);
    exampleText = readFileSync(EXAMPLE_PATH, 'utf8');
  }
  return exampleText;
}

/** Apply the fix of `f`: its rule reports one finding fewer and no rule reports a new one. */
export function fixRemovesOnly(text: string, f: Finding): string {
  const count = (fs: Finding[]) => {
    const m = new Map<string, number>();
    for (const x of fs) m.set(x.ruleId, (m.get(x.ruleId) ?? 0) + 1);
    return m;
  };
  const before = count(lint(text));
  const fixed = applyFix(text, f);
  const afterList = lint(fixed);
  const after = count(afterList);
  assert.equal(after.get(f.ruleId) ?? 0, (before.get(f.ruleId) ?? 0) - 1, `${f.ruleId} after the fix:\n${fixed}`);
  for (const [id, n] of after) {
    assert.ok(n <= (before.get(id) ?? 0), `the fix of ${f.ruleId} created a ${id} finding:\n${fixed}\n${afterList.filter((x) => x.ruleId === id).map((x) => x.message).join('\n')}`);
  }
  return fixed;
}

/** The rule reports exactly one finding; its fix gives `expected` and the rule is gone. */
export function fixesTo(text: string, ruleId: string, expected: string): string {
  const fs = lint(text).filter((f) => f.ruleId === ruleId);
  assert.equal(fs.length, 1, `${ruleId}: ${fs.map((f) => f.message).join(' | ')}`);
  const out = applyFix(text, fs[0]);
  assert.ok(out.includes(expected), `fixed text lacks ${expected}:\n${out}`);
  assert.deepEqual(rangesFor(lint(out), ruleId), [], `${ruleId} still reported after its fix`);
  return out;
}

/** Apply the first fix of a rule: the text contains `expected` and the rule is gone. */
export function fixAndRecheck(text: string, ruleId: string, expected: string): string {
  const f = lint(text).find((x) => x.ruleId === ruleId);
  assert.ok(f, `${ruleId} not reported`);
  const out = applyFix(text, f);
  assert.ok(out.includes(expected), `fix gave:\n${out}`);
  expectClean(out, ruleId);
  return out;
}

/** Every Markdown fixture (relative name and text), and the example letter of ../shared when it is there. */
export function allFixtures(): { name: string; text: string }[] {
  const files = (readdirSync(FIXTURES, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).sort();
  // Corpus letters carry their expected findings as comments: hand out the letter itself.
  const out = files.map((f) => ({ name: f, text: stripExpectations(readFileSync(join(FIXTURES, f), 'utf8')) }));
  try {
    out.push({ name: relative(join(FIXTURES, '..', '..'), EXAMPLE_PATH), text: example() });
  } catch {
    /* the shared example is optional outside the workspace */
  }
  return out;
}

// ------------------------------------------------------------ expectations in fixtures

/**
 * An expectation comment at the end of a fixture line, as markdownlint's test
 * files carry `{MD009}`: `<!-- expect ND30-SO-03 -->`, several rule IDs
 * separated by spaces or commas. The finding is expected to start on the line
 * that carries the comment.
 */
export const EXPECT_COMMENT = / ?<!--\s*expect\b([^>]*?)-->/g;

/** The fixture text without its expectation comments (the letter as it was written). */
export function stripExpectations(text: string): string {
  return text.replace(EXPECT_COMMENT, '');
}

/** The expectations of a fixture: { ruleId, line } with 0-based lines, in text order. */
export function expectationsOf(text: string): { ruleId: string; line: number }[] {
  const out: { ruleId: string; line: number }[] = [];
  text.split('\n').forEach((l, line) => {
    for (const m of l.matchAll(EXPECT_COMMENT)) {
      const ids = m[1].split(/[\s,]+/).filter(Boolean);
      assert.ok(ids.length, `line ${line + 1}: an expect comment names no rule`);
      for (const ruleId of ids) out.push({ ruleId, line });
    }
  });
  return out;
}
