// Facts about a line's text kept across analyses (engine/textMemo.ts): bounded,
// computed once per text, and the same answer as the function itself.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { LinesLookup, TextMemo, textFact } from '../../../server/src/engine/textMemo';
import { parseMarkdown } from '../../../server/src/engine/markdown';

describe('textMemo', () => {
  it('LinesLookup gives the memo\'s answers, and looks up only the keys between an edit\'s unchanged start and end', () => {
    class Counting<T> extends TextMemo<T> {
      gets = 0;
      override get(s: string, make: (s: string) => T): T {
        this.gets++;
        return super.get(s, make);
      }
    }
    const memo = new Counting<{ k: string }>();
    const make = (k: string) => ({ k });
    const look = new LinesLookup(memo, make);
    const keys = Array.from({ length: 100 }, (_, i) => `dòng ${i % 37}`);
    assert.deepEqual(look.map(keys), keys.map((k) => memo.get(k, make)));
    // One line edited in the middle: only it is looked up.
    memo.gets = 0;
    const edited = [...keys];
    edited[50] = 'dòng sửa';
    const out = look.map(edited);
    assert.equal(memo.gets, 1);
    assert.deepEqual(out, edited.map((k) => memo.get(k, make)));
    // Lines inserted and removed: answers still the memo's, for every key.
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'dòng', ''), { maxLength: 30 }), { minLength: 1, maxLength: 8 }), (versions) => {
        const l = new LinesLookup(memo, make);
        for (const v of versions) {
          const got = l.map(v);
          assert.equal(got.length, v.length);
          v.forEach((k, i) => assert.equal(got[i].k, k));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('TextMemo computes once per text, keeps undefined answers, and forgets old generations', () => {
    const calls: string[] = [];
    const memo = new TextMemo<string | undefined>(2);
    const make = (s: string) => {
      calls.push(s);
      return s === 'none' ? undefined : s.toUpperCase();
    };
    assert.equal(memo.get('a', make), 'A');
    assert.equal(memo.get('a', make), 'A');
    assert.equal(memo.get('none', make), undefined);
    assert.equal(memo.get('none', make), undefined);
    assert.deepEqual(calls, ['a', 'none']);
    // Young full (a, none): it becomes the old one; "b" starts a new young one.
    memo.get('b', make);
    // "a" is found in the old generation (moved to the young one, not computed again).
    memo.get('a', make);
    assert.deepEqual(calls, ['a', 'none', 'b']);
    // Young full again (b, a): the old generation (with "none") is dropped.
    memo.get('c', make);
    memo.get('none', make);
    assert.deepEqual(calls, ['a', 'none', 'b', 'c', 'none']);
  });

  it('textFact gives the function of the text for the lines of a document, other lines and strings', () => {
    let calls = 0;
    const hasDot = textFact((s) => {
      calls++;
      return s.includes('.') ? s.indexOf('.') : undefined;
    });
    const md = parseMarkdown('Một câu. Hai\n\nkhông có dấu\n\nMột câu. Hai\n');
    const lines = md.lines;
    const of = hasDot.of(lines);
    assert.deepEqual(
      lines.map((l) => of(l)),
      lines.map((l) => (l.text.includes('.') ? l.text.indexOf('.') : undefined)),
    );
    // Two lines with the same text: computed once.
    assert.equal(calls, 2);
    assert.deepEqual(hasDot.where(lines), [lines[0], lines[2]]);
    // A line that is not the document's (a slice, a joined line) is read by its text.
    const other = { ...lines[1], text: 'x.y' };
    assert.equal(of(other), 1);
    assert.equal(hasDot.text('x.y'), 1);
    assert.equal(hasDot.text('xy'), undefined);
  });
});
