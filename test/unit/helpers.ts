// Test helpers: run the engine with a pinned "today" and compare findings by
// rule ID and exact range (0-based line/character, like LSP).

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check, Finding, CheckOptions } from '../../server/src/engine';
import { setStrictFixes } from '../../server/src/engine/rule';

// A rule that breaks a fix guarantee (a fix from a rule that is not fixable,
// overlapping edits) is an internal error in the tests.
setStrictFixes(true);

export const TODAY = new Date('2026-11-27T09:00:00+07:00');
export const FIXTURES = join(__dirname, '..', 'fixtures');

export function lint(text: string, opts: CheckOptions = {}): Finding[] {
  return check(text, { today: TODAY, ...opts });
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
  exampleText ??= readFileSync(EXAMPLE_PATH, 'utf8');
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
