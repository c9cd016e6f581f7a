// Facts about a line's text kept across analyses (engine/textMemo.ts): bounded,
// computed once per text, and the same answer as the function itself.

import { strict as assert } from 'node:assert';
import { TextMemo, textFact } from '../../../server/src/engine/textMemo';
import { parseMarkdown } from '../../../server/src/engine/markdown';

describe('textMemo', () => {
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
