// The generated rule documentation and config schema are complete and up to
// date: regenerate in memory (scripts/gen-docs.ts) and compare with the files.
// When this fails after adding or changing a rule: `npm run docs`.

import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generate, ROOT } from '../../scripts/gen-docs';
import { RULES } from '../../server/src/engine';

describe('rule documentation (docs/rules) and schema', () => {
  const files = generate();
  it('every rule has a page with its metadata', () => {
    for (const r of RULES) {
      const rel = `docs/rules/${r.meta.id}.md`;
      assert.ok(existsSync(join(ROOT, rel)), `${rel} is missing: run npm run docs`);
      const page = files.get(rel)!;
      assert.ok(page.includes(r.meta.title.vi) && page.includes(r.meta.title.en), `${rel}: titles`);
      assert.ok(page.includes(r.meta.clause.vi), `${rel}: clause`);
      assert.ok(page.includes(`thethuc-disable-next-line ${r.meta.id}`), `${rel}: how to disable`);
      assert.ok(page.includes(`"${r.meta.id}":`), `${rel}: how to configure`);
    }
  });
  it('the generated files are up to date', () => {
    const stale: string[] = [];
    for (const [rel, text] of files) {
      const p = join(ROOT, rel);
      if (!existsSync(p) || readFileSync(p, 'utf8') !== text) stale.push(rel);
    }
    assert.deepEqual(stale, [], `stale or missing generated files (run npm run docs): ${stale.join(', ')}`);
  });
  it('no page for a rule that does not exist', () => {
    const extra = readdirSync(join(ROOT, 'docs', 'rules')).filter((n) => n.endsWith('.md') && !files.has(`docs/rules/${n}`));
    assert.deepEqual(extra, []);
  });
  it('the index lists every rule', () => {
    const index = files.get('docs/rules/README.md')!;
    for (const r of RULES) assert.ok(index.includes(`[${r.meta.id}](${r.meta.id}.md)`), r.meta.id);
  });
  it('diagnostics link to the page (server ruleDocUrl uses docs/rules/<ID>.md next to dist/)', () => {
     
    const { toDiagnostic } = require('../../server/src/diagnostics') as typeof import('../../server/src/diagnostics');
    const d = toDiagnostic({ ruleId: 'ND30-SO-02', severity: 'error', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, offsets: { start: 0, end: 1 }, fixable: false, docPath: 'docs/rules/ND30-SO-02.md' });
    assert.ok(d.codeDescription?.href.startsWith('file://'), String(d.codeDescription?.href));
    assert.ok(d.codeDescription!.href.endsWith('/docs/rules/ND30-SO-02.md'));
     
    assert.ok(require('node:fs').existsSync(require('node:url').fileURLToPath(d.codeDescription!.href)));
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(ignore, /!docs\/rules\/\*\*/);
    assert.match(ignore, /!schemas\/thethuc\.schema\.json/);
  });
  it('package.json has the docs script', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.match(pkg.scripts.docs, /gen-docs\.ts/);
  });
});
