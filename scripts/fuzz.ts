// `npm run fuzz`: the property checks of test/unit/properties with a large
// number of inputs. Every failure is counted (by property and rule) instead of
// stopping at the first, and the first input of each kind is saved for
// replay. Environment: FUZZ_RUNS (inputs of the main property, default
// 100000; the costlier properties run a share of it), FUZZ_SEED (default 13),
// FUZZ_LONG=1 (long runs and deep nesting), FUZZ_OUT (folder for failing
// inputs, default <tmp>/thethuc-fuzz), FUZZ_ONLY (substring of a property name).
// The incremental analyzer's random-edit properties run too (a failing edit
// sequence is saved as JSON).
// Prints one summary line: "fuzz: <inputs> inputs, <failures> failures …".

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../server/src/engine';
import { properties, PropertyError } from '../test/unit/properties/props';
import { editProperties, editSequences, OPTS } from '../test/unit/engine/incremental-props';

const runs = Number(process.env.FUZZ_RUNS ?? 100000);
const seed = Number(process.env.FUZZ_SEED ?? 13);
const long = process.env.FUZZ_LONG === '1';
const outDir = process.env.FUZZ_OUT ?? join(tmpdir(), 'thethuc-fuzz');
const only = process.env.FUZZ_ONLY;

let inputs = 0;
let failures = 0;
const counts = new Map<string, number>();
const saved = new Set<string>();
const t0 = Date.now();

for (const p of properties(long)) {
  if (only && !p.name.includes(only)) continue;
  const n = Math.max(1, Math.ceil(runs * p.runs));
  const t1 = Date.now();
  let k = 0;
  fc.assert(
    fc.property(p.arb, (text) => {
      inputs++;
      k++;
      try {
        p.check(text);
      } catch (e) {
        failures++;
        const key = e instanceof PropertyError ? `${e.property} ${e.ruleId}` : `exception ${String(e).split('\n')[0].slice(0, 80)}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if (!saved.has(key)) {
          saved.add(key);
          mkdirSync(outDir, { recursive: true });
          const file = join(outDir, `${saved.size}-${key.replace(/[^\w.-]+/g, '_').slice(0, 60)}.md`);
          writeFileSync(file, text);
          console.log(`  ${key}: ${String(e instanceof Error ? e.message : e).slice(0, 300)} (input saved to ${file})`);
        }
      }
      if (k % 1000 === 0) process.stderr.write(`  ${p.name.slice(0, 40)}… ${k}/${n}\r`);
      return true;
    }),
    { seed, numRuns: n },
  );
  console.log(`${p.name}: ${n} inputs, ${((Date.now() - t1) / 1000).toFixed(1)} s`);
}

// The incremental analyzer after random edits (test/unit/engine/incremental-props.ts).
const EXAMPLE = join(__dirname, '..', '..', 'shared', 'examples', 'cong-van-1465-SNN-VP.md');
for (const p of editProperties(() => readFileSync(EXAMPLE, 'utf8'))) {
  if (only && !p.name.includes(only)) continue;
  let base: string;
  try {
    base = p.letter();
  } catch {
    console.log(`${p.name}: skipped (letter not found)`);
    continue;
  }
  const n = Math.max(1, Math.ceil(runs * p.fuzzShare));
  const t1 = Date.now();
  fc.assert(
    fc.property(editSequences, (edits) => {
      inputs++;
      try {
        p.check(base, edits, (text) => analyze(text, OPTS));
      } catch (e) {
        failures++;
        const key = `incremental ${String(e).split('\n')[0].slice(0, 80)}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if (!saved.has(key)) {
          saved.add(key);
          mkdirSync(outDir, { recursive: true });
          const file = join(outDir, `${saved.size}-${key.replace(/[^\w.-]+/g, '_').slice(0, 60)}.json`);
          writeFileSync(file, JSON.stringify({ property: p.name, chunks: p.chunks, edits }, null, 1));
          console.log(`  ${key} (edits saved to ${file})`);
        }
      }
      return true;
    }),
    { seed, numRuns: n },
  );
  console.log(`${p.name}: ${n} inputs, ${((Date.now() - t1) / 1000).toFixed(1)} s`);
}

const by = [...counts].sort((a, b) => b[1] - a[1]).map(([k, c]) => `${k} ×${c}`);
console.log(`fuzz: ${inputs} inputs (seed ${seed}${long ? ', long' : ''}), ${failures} failures${by.length ? ': ' + by.join('; ') : ''} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
process.exitCode = failures ? 1 : 0;
