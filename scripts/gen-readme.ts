// Writes the rules table of README.md (between the rules-table markers) from
// the rule registry. Run: npx tsx scripts/gen-readme.ts (part of npm run docs).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/engine';

const README = join(__dirname, '..', 'README.md');
const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';

export function rulesTable(): string {
  const rows = RULES.map((r) => {
    const m = r.meta;
    return `| [${m.id}](docs/rules/${m.id}.md) | ${m.title.vi} | ${m.severity} | ${m.fixable ? '✓' : ''} | ${m.clause.vi} |`;
  });
  return [START, '', `${RULES.length} quy tắc / rules:`, '', '| Mã | Quy tắc | Mức | Sửa nhanh | Căn cứ |', '| --- | --- | --- | --- | --- |', ...rows, '', END].join('\n');
}

export function withRulesTable(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < 0) throw new Error('README.md has no rules-table markers');
  return readme.slice(0, a) + rulesTable() + readme.slice(b + END.length);
}

if (require.main === module) {
  const before = readFileSync(README, 'utf8');
  const after = withRulesTable(before);
  if (after !== before) writeFileSync(README, after);
  console.log(`gen-readme: ${RULES.length} rules ${after !== before ? 'written' : 'unchanged'}`);
}
