// The analysis thread sends the lines' offsets packed (lineTransfer.ts): the
// receiver must get the same lines, and the model's components the same line
// objects as its list of lines.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, createAnalyzer } from '../../../server/src/engine';
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

  it('the lines of an incremental reading cross with their offsets and stay intact for the next analysis', () => {
    // Heavy documents are read chunk by chunk; an edit re-uses the line
    // objects of the unchanged start: sending a model must not empty them.
    const letter = readFileSync(join(FIXTURES, 'valid/cong-van.md'), 'utf8');
    const text = Array.from({ length: 30 }, () => letter).join('\n');
    const an = createAnalyzer();
    const sent = an.analyze(text, { today: TODAY });
    const before = sent.model.lines.map((l) => [...l.starts]);
    const packed = packLineOffsets(sent.model.lines);
    assert.deepEqual(
      sent.model.lines.map((l) => l.starts),
      before,
      'placed lines keep their offsets',
    );
    const msg = structuredClone({ model: cloneableModel(sent.model), packed }, { transfer: [packed.index.buffer as ArrayBuffer, packed.data.buffer as ArrayBuffer] });
    unpackLineOffsets(msg.model.lines, msg.packed);
    const got = withModelMethods(msg.model);
    assert.deepEqual(
      got.lines.map((l) => l.starts),
      before,
    );
    assert.deepEqual(
      got.lines.map((l) => l.text),
      sent.model.lines.map((l) => l.text),
    );
    // An edit near the end: the lines before it are the same objects, with their offsets.
    const at = text.lastIndexOf('Nơi nhận');
    const edited = text.slice(0, at) + 'Tiếp theo. ' + text.slice(at);
    const next = an.analyze(edited, { today: TODAY });
    assert.equal(next.model.lines[0], sent.model.lines[0], 'the unchanged start is re-used');
    assert.deepEqual(
      next.findings,
      analyze(edited, { today: TODAY }).findings,
    );
    assert.deepEqual(
      next.model.lines.map((l) => [l.text, l.start, l.end, l.starts, l.ends]),
      analyze(edited, { today: TODAY }).model.lines.map((l) => [l.text, l.start, l.end, l.starts, l.ends]),
    );
  });
});
