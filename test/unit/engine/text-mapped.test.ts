// The reader's character tests without regexes (text.ts isWhiteCode) and the
// NFC mapping's fast path (text already NFC: no normalisation, one source
// range per cluster) must give what the regex and the cluster-by-cluster
// normalisation give.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { isWhiteCode, normaliseMapped } from '../../../server/src/engine/text';

/** Cluster-by-cluster NFC with source ranges: the mapping's definition, without its fast path. */
function reference(s: string, offs: number[]): { text: string; starts: number[]; ends: number[] } {
  const out = { text: '', starts: [] as number[], ends: [] as number[] };
  const pair = (j: number) => offs[j] === offs[j - 1] && /[\ud800-\udbff]/.test(s[j - 1]) && /[\udc00-\udfff]/.test(s[j]);
  let i = 0;
  while (i < s.length) {
    let j = i + 1;
    while (j < s.length && (pair(j) || (offs[j] === offs[j - 1] + 1 && /\p{M}/u.test(s[j])))) j++;
    const nfc = s.slice(i, j).normalize('NFC');
    const end = offs[j - 1] + (j - 1 > i && pair(j - 1) ? 2 : 1);
    for (let k = 0; k < nfc.length; k++) {
      out.starts.push(offs[i]);
      out.ends.push(end);
    }
    out.text += nfc;
    i = j;
  }
  return out;
}

describe('text: character tests and the NFC mapping', () => {
  it('isWhiteCode is the \\s class on every BMP code unit', () => {
    for (let c = 0; c <= 0xffff; c++) assert.equal(isWhiteCode(c), /\s/.test(String.fromCharCode(c)), c.toString(16));
  });

  it('maps NFC and NFD text, marks, singleton spaces and entity pairs like the cluster-by-cluster normalisation', () => {
    // Atoms: Vietnamese precomposed and decomposed, the spaces U+2000/U+2001
    // (NFC changes them), general punctuation, marks, an astral character.
    const atom = fc.constantFrom('a', 'ệ', 'Ư', 'đ', 'e\u0301', 'o\u031b\u0323', '\u0301', '\u2000', '\u2001', '\u2002', '“', '…', '–', 'Å', '\u212b', '😀', ' ', 'Ω', '\u2126', '\u1e9b\u0323');
    fc.assert(
      fc.property(fc.array(atom, { maxLength: 30 }), fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 60 }), (atoms, gaps) => {
        const s = atoms.join('');
        // Offsets: increasing, contiguous or with gaps (markup skipped between).
        const offs: number[] = [];
        let at = 0;
        for (let k = 0; k < s.length; k++) {
          at += k === 0 ? 0 : 1 + (gaps[k] ?? 0);
          offs.push(at);
        }
        assert.deepEqual(normaliseMapped(s, offs), reference(s, offs));
      }),
      { numRuns: 2000 },
    );
  });

  it('an astral character read from an entity is one cluster over the entity’s first two offsets', () => {
    // "x&#128512;y": the reader gives both code units of 😀 the offset of "&".
    const m = normaliseMapped('x😀y', [0, 1, 1, 10]);
    assert.deepEqual(m, { text: 'x😀y', starts: [0, 1, 1, 10], ends: [1, 3, 3, 11] });
  });

  it('normalises the singleton spaces U+2000 and U+2001 (not NFC) and keeps their source ranges', () => {
    const m = normaliseMapped('a\u2000b', [0, 1, 2]);
    assert.deepEqual(m, { text: 'a\u2002b', starts: [0, 1, 2], ends: [1, 2, 3] });
  });
});
