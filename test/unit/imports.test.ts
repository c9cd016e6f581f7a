// No import circle in the extension and the server, type-only imports
// included (issue 15 §1): a module never reaches itself through its imports.

import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) tsFiles(p, out);
    else if (p.endsWith('.ts')) out.push(resolve(p));
  }
  return out;
}

/** Relative imports and re-exports of a module (`import type` too), resolved to files. */
export function importsOf(file: string, src: string): string[] {
  const out = new Set<string>();
  const re = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]*|\.)['"]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    const base = resolve(dirname(file), m[1]);
    const hit = [base + '.ts', join(base, 'index.ts')].find((c) => existsSync(c));
    if (hit) out.add(hit);
  }
  return [...out];
}

/** The strongly connected components of more than one module (Tarjan), or a module importing itself. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      scc.push(w);
    } while (w !== v);
    if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc);
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('imports', () => {
  it('finds a circle, type-only imports included (the check can fail)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    assert.deepEqual(cycles(g).map((c) => c.sort()), [['a', 'b', 'c']]);
    const src = "import type { X } from './x';\nexport { y } from '../y';\nimport z from 'node:fs';\n";
    const f = join(ROOT, 'server', 'src', 'engine', 'rule.ts');
    assert.deepEqual(importsOf(f, src), []); // nothing of that name exists: unresolved imports are left out
    assert.deepEqual(importsOf(f, "import type { Line } from './markdown';"), [join(ROOT, 'server', 'src', 'engine', 'markdown.ts')]);
  });

  it('no circle in server/src and client/src', () => {
    const files = [...tsFiles(join(ROOT, 'server', 'src')), ...tsFiles(join(ROOT, 'client', 'src'))];
    const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(f, 'utf8'))]));
    assert.ok(graph.size > 100, `only ${graph.size} modules found`);
    const found = cycles(graph).map((c) => c.map((f) => relative(ROOT, f)).sort().join(' → '));
    assert.deepEqual(found, []);
  });
});
