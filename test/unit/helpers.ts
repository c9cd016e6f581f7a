// Test helpers: run the engine with a pinned "today" and compare findings by
// rule ID and exact range (0-based line/character, like LSP).

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, Finding, CheckOptions } from '../../server/src/engine';

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
