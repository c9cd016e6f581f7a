import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/engine';
const dir = join(__dirname, '..', 'test', 'fixtures', 'corpus', 'errors');
const today = new Date('2026-11-27T09:00:00+07:00');
const only = process.argv[2];
for (const f of readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) {
  if (only && !f.includes(only)) continue;
  const text = readFileSync(join(dir, f), 'utf8');
  const exp: { ruleId: string; line: number }[] = JSON.parse(readFileSync(join(dir, f.replace(/\.md$/, '.expected.json')), 'utf8'));
  const a = analyze(text, { today });
  const got = a.findings.filter((x) => x.severity !== 'information');
  const key = (r: string, l: number) => `${l} ${r}`;
  const e = exp.map((x) => key(x.ruleId, x.line)).sort();
  const g = got.map((x) => key(x.ruleId, x.range.start.line)).sort();
  const missing = e.filter((x) => { const i = g.indexOf(x); if (i >= 0) { g.splice(i, 1); return false; } return true; });
  const extraF = got.filter((x) => g.includes(key(x.ruleId, x.range.start.line)));
  if (!missing.length && !g.length) { console.log(`OK   ${f}`); continue; }
  console.log(`DIFF ${f}`);
  for (const m of missing) console.log(`   missing: ${m}`);
  for (const x of extraF) console.log(`   extra:   ${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character} ${x.ruleId} ${x.severity} ${x.message}`);
  if (a.internalErrors?.length) console.log('   internal', a.internalErrors);
}
