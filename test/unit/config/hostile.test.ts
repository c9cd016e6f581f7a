// Hostile configurations and globs (issue #13 items 6 and 9): `extends`
// confined to the workspace, URLs and package names refused, FIFOs and
// devices refused, huge unknown-rule lists, deep nesting, malformed globs.
// No timed assertions: the pathological inputs are sized so that the old,
// super-linear code would not finish within the mocha timeout.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem, loadConfigFile, makeFileFilter, parseConfig } from '../../../server/src/config';
import { lineColOf } from '../../../server/src/engine/positions';
import { compileGlob, GlobError } from '../../../server/src/util/glob';
import { parseIgnore } from '../../../server/src/cli/ignore';

describe('config: extends is confined', () => {
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'thethuc-ext-'));
    outside = mkdtempSync(join(tmpdir(), 'thethuc-out-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('refuses a file outside the workspace (e.g. /etc/passwd), names the reason, reads nothing', () => {
    writeFileSync(join(dir, '.thethuc.jsonc'), '{"extends": "/etc/passwd"}');
    const l = loadConfigFile(join(dir, '.thethuc.jsonc'), undefined, { roots: [dir] });
    assert.deepEqual(l.files, [join(dir, '.thethuc.jsonc')]);
    assert.equal(l.problems.length, 1);
    assert.match(l.problems[0].message.en, /outside the workspace folder/);
    assert.match(l.problems[0].message.vi, /--allow-outside-extends/);
  });

  it('refuses a relative path that climbs out of the workspace; the explicit flag allows it', () => {
    writeFileSync(join(outside, 'base.jsonc'), '{"rules": {"ND30-SO-02": "off"}}');
    const rel = join('..', outside.split(/[\\/]/).pop()!, 'base.jsonc');
    writeFileSync(join(dir, '.thethuc.jsonc'), JSON.stringify({ extends: rel }));
    const refused = loadConfigFile(join(dir, '.thethuc.jsonc'), undefined, { roots: [dir] });
    assert.equal(refused.problems.length, 1);
    assert.equal(refused.config.rules, undefined);
    const allowed = loadConfigFile(join(dir, '.thethuc.jsonc'), undefined, { roots: [dir], allowOutside: true });
    assert.deepEqual(allowed.problems, []);
    assert.deepEqual(allowed.config.rules, { 'ND30-SO-02': 'off' });
  });

  it("allows the user's own configuration folder ($XDG_CONFIG_HOME/thethuc)", () => {
    const saved = process.env.XDG_CONFIG_HOME;
    process.env.XDG_CONFIG_HOME = outside;
    try {
      mkdirSync(join(outside, 'thethuc'));
      writeFileSync(join(outside, 'thethuc', 'chung.jsonc'), '{"coQuan": {"kyHieu": "SNV"}}');
      writeFileSync(join(dir, '.thethuc.jsonc'), JSON.stringify({ extends: join(outside, 'thethuc', 'chung.jsonc') }));
      const l = loadConfigFile(join(dir, '.thethuc.jsonc'), undefined, { roots: [dir] });
      assert.deepEqual(l.problems, []);
      assert.deepEqual(l.config.coQuan, { kyHieu: 'SNV' });
    } finally {
      if (saved === undefined) delete process.env.XDG_CONFIG_HOME;
      else process.env.XDG_CONFIG_HOME = saved;
    }
  });

  it('refuses URLs and package names with a message', () => {
    for (const [value, re] of [
      ['http://example.com/c.jsonc', /not a URL/],
      ['https://example.com/c.jsonc', /not a URL/],
      ['thethuc-config-so', /not a package name/],
      ['@so/thethuc-config', /not a package name/],
    ] as const) {
      writeFileSync(join(dir, '.thethuc.jsonc'), JSON.stringify({ extends: value }));
      const l = loadConfigFile(join(dir, '.thethuc.jsonc'), undefined, { roots: [dir], allowOutside: true });
      assert.equal(l.problems.length, 1, value);
      assert.match(l.problems[0].message.en, re, value);
    }
  });

  it('refuses to read a FIFO or a device as an extended configuration (no hang)', function () {
    if (process.platform === 'win32') this.skip();
    const fifo = join(dir, 'fifo.jsonc');
    execFileSync('mkfifo', [fifo]);
    writeFileSync(join(dir, '.thethuc.jsonc'), '{"extends": "./fifo.jsonc"}');
    const l = loadConfigFile(join(dir, '.thethuc.jsonc'), undefined, { roots: [dir] });
    assert.equal(l.problems.length, 1);
    assert.match(l.problems[0].message.en, /not a regular file/);
    writeFileSync(join(dir, '.thethuc.jsonc'), '{"extends": "/dev/zero"}');
    const z = loadConfigFile(join(dir, '.thethuc.jsonc'), undefined, { roots: ['/dev'] });
    assert.equal(z.problems.length, 1);
    assert.match(z.problems[0].message.en, /not a regular file/);
  });
});

describe('config: hostile contents', () => {
  it('60,000 unknown rule ids are all reported, with positions computed once', () => {
    const n = 60000;
    const text = '{"rules": {\n' + Array.from({ length: n }, (_, i) => `"X-${i}": "off"`).join(',\n') + '\n}}';
    const { problems } = parseConfig(text, '/c.jsonc');
    assert.equal(problems.length, n);
    const lc = lineColOf(text);
    const lines = problems.map((p) => formatProblem(p, 'en', lc));
    assert.match(lines[n - 1], /^\/c\.jsonc:60001:1: Unknown rule: "X-59999"$/);
  });

  it('500,000 nesting levels are a configuration problem, not an internal error', () => {
    const text = '{"rules": {"ND30-SO-02": ' + '['.repeat(500000) + ']'.repeat(500000) + '}}';
    const { problems } = parseConfig(text, '/c.jsonc');
    assert.ok(problems.length >= 1);
    assert.ok(problems.every((p) => p.severity === 'error'));
  });

  it('a reversed range in exclude is a configuration problem at the glob', () => {
    const text = '{"exclude": ["ok/**", "[z-a]"]}';
    const { config, problems } = parseConfig(text, '/c.jsonc');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message.en, /Bad glob pattern in "exclude": reversed character range/);
    assert.equal(problems[0].offset, text.indexOf('"[z-a]"'));
    assert.deepEqual(config.exclude, ['ok/**']);
  });

  it('lineColOf counts LF, CRLF and lone CR', () => {
    const lc = lineColOf('a\nb\r\nc\rd');
    assert.deepEqual(lc(0), { line: 0, character: 0 });
    assert.deepEqual(lc(2), { line: 1, character: 0 });
    assert.deepEqual(lc(5), { line: 2, character: 0 });
    assert.deepEqual(lc(7), { line: 3, character: 0 });
  });
});

describe('globs: linear-time matching', () => {
  it('a 14-star glob against a long name answers (no backtracking)', () => {
    const m = compileGlob('*a*a*a*a*a*a*a*a*a*a*a*a*a*b');
    assert.equal(m('a'.repeat(50000)), false);
    assert.equal(m('a'.repeat(20) + 'b'), true);
    const deep = compileGlob('**/**/**/**/**/**/**/**/**/**/**/**/**/**/x.md');
    assert.equal(deep('a/'.repeat(20000) + 'y.md'), false);
    assert.equal(deep('a/b/x.md'), true);
  });

  it('keeps the glob semantics: *, **, ?, classes, braces, escapes', () => {
    const cases: [string, string, boolean][] = [
      ['*.md', 'a.md', true],
      ['*.md', 'a/b.md', false],
      ['**/*.md', 'a/b/c.md', true],
      ['**/*.md', 'c.md', true],
      ['a/**', 'a/b/c', true],
      ['a/**/b', 'a/b', true],
      ['a/**/b', 'a/x/y/b', true],
      ['?.md', 'ab.md', false],
      ['[abc].md', 'b.md', true],
      ['[!abc].md', 'b.md', false],
      ['[a-c].md', 'c.md', true],
      ['*.{md,markdown}', 'x.markdown', true],
      ['*.{md,markdown}', 'x.txt', false],
      ['{a,b/{c,d}}.md', 'b/d.md', true],
      ['\\*.md', '*.md', true],
      ['\\*.md', 'x.md', false],
      ['[unclosed', '[unclosed', true],
      ['thư-mục/*.md', 'thư-mục/văn-bản.md', true],
    ];
    for (const [g, p, want] of cases) assert.equal(compileGlob(g)(p), want, `${g} ~ ${p}`);
  });

  it('a malformed glob throws a GlobError with a message; an ignore file skips it', () => {
    assert.throws(() => compileGlob('[z-a]'), (e: unknown) => e instanceof GlobError && /reversed/.test(e.en));
    assert.equal(parseIgnore('[z-a]\n*.tmp\n', '/base').length, 1);
  });

  it('include/exclude: a folder pattern matches what is inside it', () => {
    const f = makeFileFilter({ exclude: ['nhap'] });
    assert.equal(f('nhap/a.md'), false);
    assert.equal(f('x/nhap/a.md'), false);
    assert.equal(f('nhapx/a.md'), true);
  });
});
