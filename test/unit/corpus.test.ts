// The error corpora: realistic incorrect letters, each with typical drafting
// mistakes, and in the letter itself the findings expected from the decree,
// written before looking at the engine's output: an end-of-line comment
// `<!-- expect ND30-SO-03 -->` (several IDs separated by spaces or commas) on
// the line where the finding starts, as markdownlint's test files carry
// `{MD009}`.
//
// - corpus/errors: letters as drafted by hand (at least 20);
// - corpus/converters-errors: letters as converters and editors write them
//   (pandoc, mammoth, Word/Google Docs, Obsidian/Typora, text pasted from a PDF).
//
// For each letter:
// - the expect comments change no finding (rule, severity, range, message):
//   the reader drops HTML comments. The runner analyses the letter without
//   them, as it was written: a few fixes that split a line (ND30-ND-03/04,
//   ND30-CC-01, ND30-KG-02/03) are not offered when the line carries a
//   trailing comment, so the fixes are compared on the letter itself;
// - the engine's error and warning findings equal the expected list exactly
//   (rule + start line, as a multiset): a missed mistake, a mistake under the
//   wrong rule or line, a mistake reported twice, or a false alarm all fail.
//   Information findings (ND30-DOC-05 "not filled in", ND30-TL-03 hints,
//   ND30-NN-05/06 template hints, ND30-SO-06, ND30-DD-06) are excluded: they
//   are hints, not mistakes;
// - fix-all leaves no fixable finding and is idempotent.

import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Finding, RULES_BY_ID } from '../../server/src/engine';
import { analysisOf, expectationsOf, findingsOf, fixAllOf, FIXTURES, stripExpectations } from './helpers';

const CORPORA: { dir: string; minLetters: number; minMistakes: number }[] = [
  { dir: 'errors', minLetters: 20, minMistakes: 2 },
  { dir: 'converters-errors', minLetters: 5, minMistakes: 2 },
];

const letters = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : []);
const key = (x: { ruleId: string; line: number }) => `${String(x.line).padStart(4, '0')} ${x.ruleId}`;
const show = (fs: readonly Finding[]) => fs.map((x) => `${x.range.start.line}:${x.range.start.character} ${x.ruleId} ${x.message}`).join('\n');

describe('expect comments in fixtures', () => {
  it('are read with their line, several per line, separated by spaces or commas', () => {
    const text = 'a\nSố: 5/SNV-VP <!-- expect ND30-SO-02 -->\nb <!--expect ND30-DD-01, ND30-DD-02-->\n';
    assert.deepEqual(expectationsOf(text), [
      { ruleId: 'ND30-SO-02', line: 1 },
      { ruleId: 'ND30-DD-01', line: 2 },
      { ruleId: 'ND30-DD-02', line: 2 },
    ]);
    assert.equal(stripExpectations(text), 'a\nSố: 5/SNV-VP\nb\n');
  });
  it('other comments are not expectations', () => {
    const text = 'x <!-- thethuc-disable-line ND30-SO-02 -->\n<!-- expected by nobody -->\n';
    assert.deepEqual(expectationsOf(text), []);
    assert.equal(stripExpectations(text), text);
  });
  it('an expect comment naming no rule fails', () => {
    assert.throws(() => expectationsOf('x <!-- expect -->\n'), /names no rule/);
  });
});

for (const { dir, minLetters, minMistakes } of CORPORA) {
  const DIR = join(FIXTURES, 'corpus', dir);
  describe(`error corpus (corpus/${dir}): findings equal the expected mistakes`, () => {
    it(`has at least ${minLetters} letters, and no sidecar expectation files`, () => {
      assert.ok(letters(DIR).length >= minLetters, `${letters(DIR).length} letters`);
      assert.deepEqual(readdirSync(DIR).filter((f) => f.endsWith('.json')), [], 'expectations live in the letters');
    });

    for (const f of letters(DIR)) {
      describe(f, () => {
        const raw = readFileSync(join(DIR, f), 'utf8');
        const text = stripExpectations(raw);
        const expected = expectationsOf(raw);

        it(`carries ${minMistakes} or more expected mistakes, each under a registered rule`, () => {
          assert.ok(expected.length >= minMistakes, `${expected.length} expected findings`);
          for (const e of expected) assert.ok(RULES_BY_ID.has(e.ruleId), `line ${e.line + 1}: unknown rule ${e.ruleId}`);
        });

        it('the expect comments change no finding', () => {
          const sig = (t: string) => findingsOf(t).map((x) => ({ ruleId: x.ruleId, severity: x.severity, range: x.range, message: x.message }));
          assert.deepEqual(sig(raw), sig(text));
        });

        it('reports exactly the expected mistakes (rule + line)', () => {
          const a = analysisOf(text);
          assert.ok(a.model.isDocument, 'recognised as a document');
          assert.deepEqual(a.internalErrors, []);
          const got = a.findings.filter((x) => x.severity !== 'information');
          assert.deepEqual(
            got.map((x) => key({ ruleId: x.ruleId, line: x.range.start.line })).sort(),
            expected.map(key).sort(),
            `findings of ${f}:\n${show(got)}`,
          );
        });

        it('fix-all leaves no fixable finding and is idempotent', () => {
          const r = fixAllOf(text);
          assert.equal(show(r.remaining), '');
          assert.equal(fixAllOf(r.text).text, r.text);
        });
      });
    }
  });
}
