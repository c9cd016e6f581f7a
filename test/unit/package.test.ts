// The extension manifest: every %key% is localised (Vietnamese default and
// package.nls.vi.json), the walkthrough's media and commands exist, and the
// VSIX ships what the extension needs and not the CLI.

import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const nls: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'));
const nlsVi: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.nls.vi.json'), 'utf8'));

function keysOf(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') {
    const m = /^%([^%]+)%$/.exec(v);
    if (m) out.push(m[1]);
  } else if (Array.isArray(v)) v.forEach((x) => keysOf(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => keysOf(x, out));
  return out;
}

describe('package.json: the extension manifest', () => {
  it('every %key% has a Vietnamese default text and a package.nls.vi.json entry', () => {
    const keys = keysOf(pkg);
    assert.ok(keys.length > 20, 'the manifest is localised');
    for (const k of keys) {
      assert.ok(nls[k], `package.nls.json: ${k}`);
      assert.ok(nlsVi[k], `package.nls.vi.json: ${k}`);
    }
    assert.deepEqual(Object.keys(nls).sort(), Object.keys(nlsVi).sort(), 'both files have the same keys');
    // Vietnamese by default: command titles in the default file are Vietnamese.
    for (const c of pkg.contributes.commands) assert.match(nls[keysOf(c.title)[0]], /[ạ-ỹđĐ]|[àáâãèéêìíòóôõùúýăơư]/iu, c.command);
  });

  it('the walkthrough has its media, and links only to commands that exist', () => {
    const commands = new Set<string>(pkg.contributes.commands.map((c: { command: string }) => c.command));
    const walk = pkg.contributes.walkthroughs[0];
    assert.ok(walk.steps.length >= 5);
    for (const s of walk.steps) {
      assert.ok(existsSync(join(ROOT, s.media.markdown)), s.media.markdown);
      const text = nls[keysOf(s.description)[0]];
      for (const m of text.matchAll(/\(command:(thethuc\.[\w.]+)/g)) assert.ok(commands.has(m[1]), `${s.id} links to ${m[1]}`);
    }
  });

  it('has an icon, a changelog and keywords with and without diacritics', () => {
    assert.ok(existsSync(join(ROOT, pkg.icon)));
    assert.ok(existsSync(join(ROOT, 'CHANGELOG.md')));
    for (const k of ['cong van', 'van ban hanh chinh', 'nghi dinh 30', 'công văn']) assert.ok(pkg.keywords.includes(k), k);
  });

  it('the VSIX ignores the CLI bundles', () => {
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(!ignore.includes('!dist/cli.js') && !ignore.includes('!dist/worker.js'));
    assert.ok(ignore.includes('!dist/server.js') && ignore.includes('!package.nls*.json') && ignore.includes('!media/**'));
  });
});
