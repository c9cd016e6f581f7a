// The one offset ↔ position module: LF, CRLF and lone CR end lines.

import { strict as assert } from 'node:assert';
import { LineIndex, lineColOf, lineStarts } from '../../../server/src/engine/positions';

describe('positions', () => {
  const text = 'ab\ncd\r\nef\rgh';
  it('line starts after LF, CRLF and a lone CR', () => {
    assert.deepEqual(lineStarts(text), [0, 3, 7, 10]);
    assert.deepEqual(lineStarts(''), [0]);
    assert.deepEqual(lineStarts('a\r\n'), [0, 3]);
  });
  it('offset → position, clamped to the text', () => {
    const idx = new LineIndex(text);
    assert.deepEqual(idx.position(0), { line: 0, character: 0 });
    assert.deepEqual(idx.position(4), { line: 1, character: 1 });
    // Inside the CRLF: still on line 1.
    assert.deepEqual(idx.position(6), { line: 1, character: 3 });
    assert.deepEqual(idx.position(11), { line: 3, character: 1 });
    assert.deepEqual(idx.position(-5), { line: 0, character: 0 });
    assert.deepEqual(idx.position(99), { line: 3, character: 2 });
    assert.deepEqual(lineColOf(text)(8), idx.position(8));
  });
  it('position → offset, the character clamped to its line', () => {
    const idx = new LineIndex(text);
    assert.equal(idx.offset({ line: 1, character: 1 }), 4);
    assert.equal(idx.offset({ line: 1, character: 40 }), 5);
    assert.equal(idx.offset({ line: 9, character: 0 }), text.length);
    for (let o = 0; o <= text.length; o++) {
      const p = idx.position(o);
      if (p.character <= idx.lineEnd(p.line) - idx.starts[p.line]) assert.equal(idx.offset(p), o);
    }
  });
  it('line text without its break', () => {
    const idx = new LineIndex(text);
    assert.deepEqual([0, 1, 2, 3].map((l) => idx.lineText(l)), ['ab', 'cd', 'ef', 'gh']);
    assert.equal(idx.lineCount, 4);
  });
});
