// The incremental analyzer's property: after any sequence of random edits it
// reads and checks a text exactly as a full parse and a full check do.
// Shared by the unit suite (engine/incremental.test.ts, a small seeded run)
// and `npm run fuzz` (scripts/fuzz.ts, a large run).

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Analysis, CheckOptions, ChunkOptions, createAnalyzer } from '../../../server/src/engine';
import { Line, parseMarkdown, MarkdownDoc } from '../../../server/src/engine/markdown';
import { lineStarts } from '../../../server/src/engine/positions';

export const OPTS: CheckOptions = { today: new Date('2026-11-27T09:00:00+07:00') };

const VALID = join(__dirname, '..', '..', 'fixtures', 'valid');
export const LETTER = readFileSync(join(VALID, 'cong-van.md'), 'utf8');
export const QD = readFileSync(join(VALID, 'quyet-dinh.md'), 'utf8');

/** What a reading must agree on: logical lines (their fields, offsets included), directives, front matter. */
export function reading(md: MarkdownDoc) {
  // An incremental reading carries the line starts it computed from the last text's: they must be the text's.
  return { lines: plainLines(md.lines), directives: md.directives, frontMatter: md.frontMatter, lineStarts: md.lineStarts ?? lineStarts(md.text) };
}

/** Lines as plain data (an incremental reading's lines compute their offsets on first use: incremental.ts PlacedLine). */
export function plainLines(lines: readonly Line[]): Line[] {
  return lines.map((l) => ({ ...l, starts: l.starts, ends: l.ends }));
}

/** The incremental analysis of `text` equals the full one (`full`, the same analyze call with OPTS). */
export function sameAsFull(text: string, an: ReturnType<typeof createAnalyzer>, full: Analysis, label: string): void {
  const inc = an.analyze(text, OPTS);
  assert.deepEqual(reading(inc.model.md), reading(full.model.md), `${label}: logical lines differ`);
  assert.deepEqual(inc.findings, full.findings, `${label}: findings differ`);
  assert.deepEqual(inc.summary, full.summary, label);
  assert.deepEqual(inc.internalErrors, full.internalErrors, label);
}

// Fragments that open and close constructs, change line breaks and markup.
const FRAGMENTS = ['\n', '\n\n', '\r', '\r\n', '```', '~~~', '<!--', '-->', '<div>', '</div>', '<script>', '</script>', '[x]', '[x]: /u', '[^1]', '\n[^1]: ghi chú\n', '|a|b|\n|-|-|\n', '> ', '- ', '1. ', '**', '*', '_', '&nbsp;', '    ', '  ', '---', '+++', '\\', '`', 'Đ', 'a', 'Nơi nhận:', 'QUYẾT ĐỊNH', '<!-- thethuc-disable-line -->', 'Số: 12/UBND-VP', '\u0301', '\ufeff', '\t'];

export interface Edit {
  at: number;
  del: number;
  ins: string[];
}
const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.nat({ max: 40 }), ins: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }) });
/** One to six random edits. */
export const editSequences: fc.Arbitrary<Edit[]> = fc.array(edit, { minLength: 1, maxLength: 6 });

export function apply(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.ins.join('') + text.slice(Math.min(text.length, at + e.del));
}

export interface EditProperty {
  name: string;
  /** The letter edited (read when the property runs: the example letter may be missing). */
  letter: () => string;
  chunks: ChunkOptions;
  /** Share of the run count: the unit suite runs `runs` of each, fuzz FUZZ_RUNS × `fuzzShare`. */
  fuzzShare: number;
  /** Apply the edits one by one (each reading equals a full parse), then the final text's analysis equals `full(text)`. */
  check(base: string, edits: Edit[], full: (text: string) => Analysis): void;
}

function property(name: string, letter: () => string, chunks: ChunkOptions): EditProperty {
  return {
    name: `equals the full check after random edit sequences (${name})`,
    letter,
    chunks,
    fuzzShare: 0.002,
    check(base, edits, full) {
      const an = createAnalyzer(chunks);
      let text = base;
      an.parse(text);
      for (const e of edits) {
        text = apply(text, e);
        assert.deepEqual(reading(an.parse(text)), reading(parseMarkdown(text)));
      }
      sameAsFull(text, an, full(text), 'final text');
    },
  };
}

/** The property on three letters and chunk sizes: smallest chunks, small chunks, default chunks. */
export function editProperties(example: () => string): EditProperty[] {
  return [
    property('công văn, smallest chunks', () => LETTER, { minChunk: 1, maxChunk: 1 }),
    property('quyết định, small chunks', () => QD, { minChunk: 64, maxChunk: 256 }),
    property('example letter, default chunks', example, {}),
  ];
}
