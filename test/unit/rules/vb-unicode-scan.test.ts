// VB-UNICODE-01 finds combining marks with a regex prefilter (a superset of
// the code units isMark accepts): the same answer as testing every code unit.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { nextMark } from '../../../server/src/engine/rules/vb/vb-unicode-01';

const COMBINING = /\p{M}/u;
function naiveNextMark(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x300 && (c < 0x1e00 || c > 0x1eff) && (c < 0x2000 || c > 0x206f) && COMBINING.test(text[k])) return k;
  }
  return text.length;
}

// Code units around every boundary of the prefilter, marks of many scripts, surrogates.
const UNITS = [0x41, 0xe0, 0x1a1, 0x2ff, 0x300, 0x301, 0x323, 0x36f, 0x370, 0x483, 0x5b0, 0x93c, 0xe31, 0x1dbf, 0x1dc0, 0x1dff, 0x1e00, 0x1ec7, 0x1eff, 0x1f00, 0x1fff, 0x2000, 0x2013, 0x206f, 0x2070, 0x20d0, 0x20ff, 0x3099, 0xd83d, 0xde00, 0xfe0f, 0xfe20, 0xffff];

describe('VB-UNICODE-01 mark scan', () => {
  it('finds the same first mark as a scan of every code unit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }), fc.nat(45), (units, from) => {
        const text = String.fromCharCode(...units);
        const want = from >= text.length ? text.length : naiveNextMark(text, from);
        assert.equal(nextMark(text, from), want);
      }),
      { numRuns: 3000 },
    );
  });

  it('skips precomposed Vietnamese and punctuation, stops at a combining mark', () => {
    assert.equal(nextMark('Độc lập – Tự do – Hạnh phúc “…”', 0), 'Độc lập – Tự do – Hạnh phúc “…”'.length);
    assert.equal(nextMark('Số: 05/SNV-VP ở đây', 0), 'Số: 05/SNV-VP ở đây'.length);
    const nfd = 'Sô\u0301 05';
    assert.equal(nextMark(nfd, 0), 2);
    assert.equal(nextMark(nfd, 3), nfd.length);
  });
});
