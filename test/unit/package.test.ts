// The extension manifest: every %key% is localised (Vietnamese default and
// package.nls.vi.json), the walkthrough's media and commands exist, and the
// VSIX ships what the extension needs and not the CLI; its README (the
// user-facing README.marketplace.md) links only to what ships with it.

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

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

  describe('the VSIX contents (vsce ls) and its README', function () {
    this.timeout(60000);
    const readmePath = 'README.marketplace.md';
    let files: Set<string>;
    before(() => {
      const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies', '--readme-path', readmePath], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      files = new Set(r.stdout.split('\n').map((l) => l.trim()).filter(Boolean));
    });

    it('npm run package uses the user-facing README', () => {
      assert.match(pkg.scripts.package, new RegExp(`--readme-path ${readmePath.replace('.', '\\.')}`));
      assert.ok(files.has(readmePath));
    });

    it('ships the extension, its pages and images, and not the CLI or the developer README', () => {
      for (const f of ['package.json', 'icon.png', 'CHANGELOG.md', 'LICENSE', 'dist/extension.js', 'dist/server.js', 'dist/web/extension.js', 'dist/web/server.js', 'schemas/thethuc.schema.json', 'docs/rules/README.md', 'docs/rules/ND30-SO-02.md', 'package.nls.vi.json'])
        assert.ok(files.has(f) || f.startsWith('dist/'), `missing ${f}`); // dist/ exists only after a build
      for (const f of files) {
        assert.doesNotMatch(f, /^(dist\/(cli|worker|bench[\w-]*)\.js|README\.md|CONTRIBUTING\.md|server\/|client\/|test\/|scripts\/|node_modules\/|\.cache\/)|\.map$|\.ts$/, `ships ${f}`);
      }
    });

    /** Markdown links and images of a text: [x](target), ![x](target), <img src="target">. */
    function targets(md: string): string[] {
      const out: string[] = [];
      const text = md.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
      for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) out.push(m[1]);
      for (const m of text.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)) out.push(m[1]);
      return out;
    }

    it('every relative link and image of the README and the packaged pages resolves inside the package', () => {
      const pages = [readmePath, 'CHANGELOG.md', ...[...files].filter((f) => /^(docs|media)\/.*\.md$/.test(f))];
      // vsce renames these in the VSIX (readme.md, changelog.md, LICENSE.txt): a link to them breaks on a case-sensitive disk.
      const renamed = new Set([readmePath, 'README.md', 'CHANGELOG.md', 'LICENSE']);
      let checked = 0;
      for (const page of pages) {
        const md = readFileSync(join(ROOT, page), 'utf8');
        for (const t of targets(md)) {
          if (/^https:\/\//.test(t) || t.startsWith('#') || /^command:/.test(t)) continue;
          assert.doesNotMatch(t, /^[a-z][\w+.-]*:/i, `${page}: only https:// or relative links (${t})`);
          const target = posix.normalize(posix.join(posix.dirname(page), decodeURIComponent(t.replace(/[#?].*$/, ''))));
          assert.ok(files.has(target) && !renamed.has(target), `${page}: ${t} → ${target} is not in the package (or is renamed there)`);
          checked++;
        }
      }
      assert.ok(checked >= 100, `links checked: ${checked}`);
    });

    it('the README has screenshots that ship, as PNG (the Marketplace refuses SVG images in a README)', () => {
      const md = readFileSync(join(ROOT, readmePath), 'utf8');
      const images = [...md.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)];
      assert.ok(images.length >= 3, 'screenshots');
      for (const [, alt, src] of images) {
        assert.ok(alt.trim(), `alt text of ${src}`);
        assert.match(src, /\.png$/, src);
        assert.ok(files.has(src), src);
      }
      // What it does, how to start, the settings (every contributed one).
      for (const k of Object.keys(pkg.contributes.configuration.properties)) assert.ok(md.includes(`\`${k}\``), `README: setting ${k}`);
      assert.match(md, /Bắt đầu với Thể thức/);
      assert.match(md, /English/);
    });
  });
});
