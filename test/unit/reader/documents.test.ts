// Correct letters written for the reader (appendices, attached documents,
// notes after the signature, quotations, long trích yếu): no error, no warning.

import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/engine';
import { FIXTURES, rangeOf, TODAY } from '../helpers';

const DIR = join(FIXTURES, 'reader', 'valid');

describe('reader: correct letters get no error and no warning', () => {
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.md')).sort()) {
    it(f, () => {
      const a = analyze(readFileSync(join(DIR, f), 'utf8'), { today: TODAY });
      assert.ok(a.model.isDocument);
      assert.deepEqual(a.findings.filter((x) => x.severity === 'error' || x.severity === 'warning').map((x) => `${rangeOf(x)} ${x.ruleId} ${x.message}`), []);
      assert.deepEqual(a.internalErrors, []);
    });
  }
});
