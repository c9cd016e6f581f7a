// The analysis thread sends the lines' offsets packed (lineTransfer.ts): the
// receiver must get the same lines, and the model's components the same line
// objects as its list of lines.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/engine';
import { cloneableModel, withModelMethods } from '../../../server/src/engine/model';
import { packLineOffsets, unpackLineOffsets } from '../../../server/src/lineTransfer';
import { FIXTURES, TODAY } from '../helpers';

describe('analysis thread: packed line offsets', () => {
  for (const f of ['valid/cong-van.md', 'valid/quyet-dinh.md']) {
    it(`a model crosses the thread boundary with the same lines (${f})`, () => {
      const text = readFileSync(join(FIXTURES, f), 'utf8');
      const expected = analyze(text, { today: TODAY });
      const sent = analyze(text, { today: TODAY });
      const packed = packLineOffsets(sent.model.lines);
      assert.ok(sent.model.lines.every((l) => l.starts.length === 0));
      const msg = structuredClone({ model: cloneableModel(sent.model), packed }, { transfer: [packed.index.buffer as ArrayBuffer, packed.data.buffer as ArrayBuffer] });
      unpackLineOffsets(msg.model.lines, msg.packed);
      const got = withModelMethods(msg.model);
      assert.deepEqual(got.lines, expected.model.lines);
      assert.ok(got.so && got.lines[got.so.i] === got.so, 'components share the line objects');
      assert.deepEqual(got.so?.starts, expected.model.so?.starts);
    });
  }
});
