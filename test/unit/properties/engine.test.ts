// Property-based tests of the engine (issue 13): seeded, small by default so
// the file stays well under 20 s alone; `npm run fuzz` runs the same
// properties with a large count (scripts/fuzz.ts).

import fc from 'fast-check';
import { setStrictFixes } from '../../../server/src/engine/rule';
import { properties } from './props';

setStrictFixes(true);

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const SEED = Number(process.env.PROPERTY_SEED ?? 20261204);

describe('engine properties (fast-check, seeded)', function () {
  this.timeout(120000);
  for (const p of properties()) {
    it(p.name, () => {
      fc.assert(
        fc.property(p.arb, (text) => {
          p.check(text);
        }),
        { seed: SEED, numRuns: Math.max(5, Math.ceil(RUNS * p.runs)), endOnFailure: true },
      );
    });
  }
});
