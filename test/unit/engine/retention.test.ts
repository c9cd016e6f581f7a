// An analyzer kept for a long document (an editor buffer) must not keep the
// old versions of the text in memory. V8 represents a slice of a string as a
// pointer into it: a chunk-cache key or a line text sliced from a 1 MB
// document kept that whole version alive, so memory grew by the size of the
// document at every keystroke (1.65 MB per keystroke on 1 MB, 330 MB after
// 200 keystrokes) until the cache evicted, thousands of keystrokes later.
// Measured with explicit garbage collections: an amount of memory, not a time.

import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../../server/src/engine';
import { detach } from '../../../server/src/engine/text';
import { FIXTURES, TODAY } from '../helpers';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Valid letters one after another, about `bytes` long. */
function lettersOf(bytes: number): string {
  const dir = join(FIXTURES, 'valid');
  const letters = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const parts: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const l = letters[i % letters.length];
    parts.push(l, '\n\n');
    size += l.length + 2;
  }
  return parts.join('');
}

describe('engine: an analyzer does not keep old versions of a long document', () => {
  it('40 keystrokes in a 400 K-character document grow the heap by far less than one copy of it per keystroke', function () {
    this.timeout(120_000);
    const text = lettersOf(400_000);
    const an = createAnalyzer();
    an.analyze(text, { today: TODAY });
    const at = text.indexOf('\n', text.length >> 1) - 1;
    const head = text.slice(0, at);
    const tail = text.slice(at);
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    let current = text;
    for (let k = 0; k < 40; k++) {
      current = head + 'abcdefghik'.slice(0, 1 + (k % 9)) + String(k) + tail;
      an.analyze(current, { today: TODAY });
    }
    gc();
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // One version is 0.8 MB (two-byte characters): retaining them would be ~32 MB.
    const oneVersion = current.length * 2;
    assert.ok(grown < 8 * oneVersion, `heap grew by ${(grown / 1e6).toFixed(1)} MB over 40 keystrokes (one version: ${(oneVersion / 1e6).toFixed(1)} MB)`);
    assert.ok(current.length > 0);
  });

  it('detach gives an equal string', () => {
    for (const s of ['', 'a', 'Số: 05/SNV-VP', 'x'.repeat(100)]) assert.equal(detach(s), s);
    const doc = 'Độc lập - Tự do - Hạnh phúc\n'.repeat(1000);
    assert.equal(detach(doc.slice(28, 56)), 'Độc lập - Tự do - Hạnh phúc\n');
  });
});
