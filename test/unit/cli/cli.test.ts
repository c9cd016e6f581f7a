// The CLI as users and CI run it: `node dist/cli.js …` (built once per run: build-once.ts).
// Exit codes, every output format (SARIF validated against the SARIF 2.1.0
// schema, JUnit checked for well-formed XML), --fix, --stdin, ignore files,
// include/exclude, configuration errors, init, workers.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { RULES } from '../../../server/src/engine';
import { parseConfig } from '../../../server/src/config';
import { xmlEscape } from '../../../server/src/cli/format';
import { MIN_PARALLEL_FILES } from '../../../server/src/cli/pool';
import { ensureBuilt } from '../build-once';
import { CLI, Run, run, spawnRun } from './run';

const ROOT = join(__dirname, '..', '..', '..');
const VALID = readFileSync(join(ROOT, 'test', 'fixtures', 'valid', 'cong-van.md'), 'utf8');
const BAD = VALID.replace('Số: 05/SNV-VP', 'Số: 5/SNV-VP'); // one fixable error (ND30-SO-02)

function noStack(r: Run): void {
  assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+/, `stack trace on stderr:\n${r.stderr}`);
}

/** Minimal XML well-formedness check: declaration, balanced tags, quoted attributes, known entities. */
function assertWellFormedXml(xml: string): void {
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/);
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  const re = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  let m: RegExpExecArray | null;
  let roots = 0;
  while ((m = re.exec(body))) {
    if (m[6]) assert.fail(`stray "<" at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    const text = m[5] ?? m[3] ?? '';
    for (const ent of text.match(/&[^;\s]*;?/g) ?? []) assert.match(ent, /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/, `bad entity ${ent}`);
    if (m[5]) {
      if (!stack.length) assert.match(m[5], /^\s*$/, 'text outside the root');
      continue;
    }
    if (m[1]) assert.equal(stack.pop(), m[2], `mismatched </${m[2]}>`);
    else if (!m[4]) {
      if (!stack.length) roots++;
      stack.push(m[2]);
    } else if (!stack.length) roots++;
  }
  assert.equal(re.lastIndex === 0 ? body.length : re.lastIndex, body.length, 'unparsed XML remains');
  assert.deepEqual(stack, [], 'unclosed tags');
  assert.equal(roots, 1, 'one root element');
}

describe('CLI (dist/cli.js)', function () {
  this.timeout(120000);
  let dir: string;

  before(() => {
    ensureBuilt();
    assert.ok(existsSync(CLI));
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'thethuc-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('exit codes and plain errors', () => {
    it('0 for a clean letter, 1 with errors, with a summary line', async () => {
      writeFileSync(join(dir, 'ok.md'), VALID);
      writeFileSync(join(dir, 'bad.md'), BAD);
      const ok = await run(['check', 'ok.md'], dir);
      assert.equal(ok.code, 0, ok.stdout + ok.stderr);
      assert.match(ok.stdout, /^Đã kiểm tra 1 tệp: 0 lỗi, 0 cảnh báo, \d+ thông tin$/m);
      const bad = await run(['check', 'bad.md', '--lang', 'en'], dir);
      assert.equal(bad.code, 1);
      assert.match(bad.stdout, /^bad\.md:4:5 error ND30-SO-02 /m);
      assert.match(bad.stdout, /^1 file\(s\) checked: 1 error\(s\)/m);
    });
    it('2 with a plain message: missing file, binary, non-UTF-8, UTF-16, usage', async () => {
      writeFileSync(join(dir, 'bin.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
      writeFileSync(join(dir, 'cp1258.md'), Buffer.from([0x53, 0xe8, 0x20, 0x76, 0xe0, 0x0a]));
      writeFileSync(join(dir, 'u16.md'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
      for (const [args, re] of [
        [['check', 'missing.md'], /missing\.md: không tìm thấy/],
        [['check', 'bin.md'], /bin\.md: tệp nhị phân/],
        [['check', 'cp1258.md'], /cp1258\.md: tệp không phải UTF-8/],
        [['check', 'u16.md', '--lang', 'en'], /u16\.md: file is UTF-16/],
        [['check', 'x.md', '--bogus'], /unknown option: --bogus/],
        [['check', 'x.md', '--format', 'xml'], /--format xml/],
        [['check'], /chưa chỉ ra tệp/],
        [['check', 'x.md', '--max-warnings', 'many'], /--max-warnings/],
        [['frobnicate'], /lệnh không hợp lệ/],
      ] as [string[], RegExp][]) {
        const r = await run(args, dir);
        assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
        assert.match(r.stderr, re);
        noStack(r);
      }
    });
    it('an I/O error wins over findings (2), the other files are still reported', async () => {
      writeFileSync(join(dir, 'bad.md'), BAD);
      const r = await run(['check', 'bad.md', 'missing.md'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stdout, /ND30-SO-02/);
    });
    it('--max-warnings and --quiet', async () => {
      writeFileSync(join(dir, 'ok.md'), VALID);
      writeFileSync(join(dir, '.thethuc.jsonc'), '{ "coQuan": { "diaDanh": "Hà Nội" } }'); // → one VB-CQ-01 warning
      assert.equal((await run(['check', 'ok.md'], dir)).code, 0);
      assert.equal((await run(['check', 'ok.md', '--max-warnings', '1'], dir)).code, 0);
      const over = await run(['check', 'ok.md', '--max-warnings', '0'], dir);
      assert.equal(over.code, 1);
      assert.match(over.stdout, /vượt --max-warnings 0/);
      const quiet = await run(['check', 'ok.md', '--quiet', '--format', 'json'], dir);
      assert.deepEqual(JSON.parse(quiet.stdout)[0].diagnostics, []);
      const loud = await run(['check', 'ok.md', '--format', 'json'], dir);
      assert.ok(JSON.parse(loud.stdout)[0].diagnostics.some((d: { ruleId: string }) => d.ruleId === 'VB-CQ-01'));
    });
  });

  describe('formats', () => {
    it('json keeps its exact shape', async () => {
      writeFileSync(join(dir, 'bad.md'), BAD);
      const r = await run(['check', 'bad.md', '--format', 'json'], dir);
      const out = JSON.parse(r.stdout);
      assert.equal(out.length, 1);
      // Issue 9: each file also says what it was read as (isDocument, documentType, regime).
      assert.deepEqual(Object.keys(out[0]), ['file', 'isDocument', 'documentType', 'regime', 'diagnostics']);
      assert.deepEqual([out[0].isDocument, out[0].documentType, out[0].regime], [true, 'cong_van', 'hanh-chinh']);
      const d = out[0].diagnostics.find((x: { ruleId: string }) => x.ruleId === 'ND30-SO-02');
      assert.deepEqual(Object.keys(d), ['ruleId', 'severity', 'message', 'range', 'fixable']);
      assert.deepEqual(d.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 5 } });
      assert.equal(d.fixable, true);
    });
    it('sarif validates against the SARIF 2.1.0 schema and carries what code scanning needs', async () => {
      mkdirSync(join(dir, 'văn bản'));
      writeFileSync(join(dir, 'văn bản', 'công văn 1.md'), BAD);
      writeFileSync(join(dir, 'ok.md'), VALID);
      const r = await run(['check', '.', '--format', 'sarif'], dir);
      assert.equal(r.code, 1, r.stderr);
      const log = JSON.parse(r.stdout);
      const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'schemas', 'sarif-2.1.0-subset.schema.json'), 'utf8'));
      const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
      const validate = ajv.compile(schema);
      assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors, null, 2));
      assert.equal(log.version, '2.1.0');
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.name, 'thethuc');
      assert.deepEqual(
        driver.rules.map((x: { id: string }) => x.id),
        RULES.map((x) => x.meta.id),
      );
      const so02 = driver.rules.find((x: { id: string }) => x.id === 'ND30-SO-02');
      assert.ok(so02.name && so02.shortDescription.text && so02.fullDescription.text);
      assert.equal(so02.defaultConfiguration.level, 'error');
      // No public address configured: no helpUri (never a path into this machine), the help text instead.
      assert.equal(so02.helpUri, undefined);
      assert.ok(so02.help.text && so02.help.markdown);
      const res = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'ND30-SO-02');
      assert.equal(res.level, 'error');
      assert.ok(res.message.text.length > 0);
      const loc = res.locations[0].physicalLocation;
      // A relative '/'-path, percent-encoded (a valid URI reference).
      assert.equal(loc.artifactLocation.uri, 'v%C4%83n%20b%E1%BA%A3n/c%C3%B4ng%20v%C4%83n%201.md');
      assert.equal(decodeURIComponent(loc.artifactLocation.uri), 'văn bản/công văn 1.md');
      assert.deepEqual(loc.region, { startLine: 4, startColumn: 5, endLine: 4, endColumn: 6 });
      assert.equal(driver.rules[res.ruleIndex].id, 'ND30-SO-02');
      // Information findings become notes.
      for (const x of log.runs[0].results) assert.ok(['error', 'warning', 'note'].includes(x.level));
    });
    it('sarif helpUri follows --rule-docs-url (test/unit/ruleDocs.test.ts: the config key, no helpUri by default)', async () => {
      writeFileSync(join(dir, 'ok.md'), VALID);
      const r = await run(['check', 'ok.md', '--format', 'sarif', '--rule-docs-url', 'https://example.org/thethuc/docs/rules'], dir);
      assert.equal(JSON.parse(r.stdout).runs[0].tool.driver.rules[0].helpUri, `https://example.org/thethuc/docs/rules/${RULES[0].meta.id}.md`);
    });
    it('junit: one testsuite per file, one testcase per finding or a passing one, well-formed and escaped', async () => {
      writeFileSync(join(dir, 'ok.md'), VALID);
      writeFileSync(join(dir, 'a&b <c>.md'), BAD);
      const r = await run(['check', 'ok.md', 'a&b <c>.md', '--format', 'junit', '--quiet'], dir);
      assert.equal(r.code, 1);
      assertWellFormedXml(r.stdout.trimEnd());
      const suites = r.stdout.match(/<testsuite /g) ?? [];
      assert.equal(suites.length, 2);
      assert.match(r.stdout, /<testsuite name="ok\.md" tests="1" failures="0"[^>]*>\n\s+<testcase name="ok\.md" classname="ok\.md"\/>/);
      assert.match(r.stdout, /<testsuite name="a&amp;b &lt;c&gt;\.md" tests="1" failures="1"/);
      assert.match(r.stdout, /<failure message="Số văn bản nhỏ hơn 10 phải có số 0 phía trước: &quot;5&quot; → &quot;05&quot;[^"]*" type="error">/);
    });
    it('xmlEscape drops characters XML forbids', async () => {
      assert.equal(xmlEscape('a\u0001b<&>"\''), 'ab&lt;&amp;&gt;&quot;&apos;');
    });
    it('--no-color prints no escape codes; --color does', async () => {
      writeFileSync(join(dir, 'bad.md'), BAD);
      assert.doesNotMatch((await run(['check', 'bad.md', '--no-color'], dir)).stdout, /\x1b\[/);
      assert.match((await run(['check', 'bad.md', '--color'], dir)).stdout, /\x1b\[31merror/);
    });
  });

  describe('--fix', () => {
    it('writes the fixed file, reports what remains, and is idempotent', async () => {
      writeFileSync(join(dir, 'bad.md'), BAD);
      const r = await run(['check', 'bad.md', '--fix'], dir);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /đã sửa 1 lỗi trong 1 tệp/);
      const fixed = readFileSync(join(dir, 'bad.md'), 'utf8');
      assert.equal(fixed, VALID);
      const again = await run(['check', 'bad.md', '--fix'], dir);
      assert.equal(again.code, 0);
      assert.match(again.stdout, /đã sửa 0 lỗi trong 0 tệp/);
      assert.equal(readFileSync(join(dir, 'bad.md'), 'utf8'), fixed);
    });
    it('leaves clean files untouched and reports unfixable findings', async () => {
      writeFileSync(join(dir, 'ok.md'), VALID);
      // "05/SNV-VP" and "Lưu: VT, VP." name a unit that is not in the profile → not fixable.
      writeFileSync(join(dir, '.thethuc.jsonc'), '{ "coQuan": { "donVi": { "TCCB": "x" } } }');
      const r = await run(['check', 'ok.md', '--fix', '--format', 'json'], dir);
      assert.equal(readFileSync(join(dir, 'ok.md'), 'utf8'), VALID);
      const d = JSON.parse(r.stdout)[0].diagnostics.filter((x: { ruleId: string }) => x.ruleId === 'VB-CQ-01');
      assert.equal(d.length, 2);
      assert.ok(d.every((x: { fixable: boolean }) => !x.fixable));
    });
  });

  describe('--stdin', () => {
    it('checks standard input with --stdin-filename', async () => {
      // A real process's standard input (the other cases give it in-process: run.ts).
      const r = spawnRun(['check', '--stdin', '--stdin-filename', 'thu/cv.md'], dir, BAD);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^thu\/cv\.md:4:5 error ND30-SO-02/m);
      const anon = await run(['check', '--stdin', '--format', 'json'], dir, VALID);
      assert.equal(anon.code, 0);
      assert.equal(JSON.parse(anon.stdout)[0].file, '<stdin>');
    });
    it('--stdin --fix prints the fixed text', async () => {
      const r = await run(['check', '--stdin', '--fix'], dir, BAD);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, VALID);
    });
    it('uses the configuration found from --stdin-filename, and refuses binary input', async () => {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'sub', '.thethuc.jsonc'), '{ "rules": { "ND30-SO-02": "off" } }');
      assert.equal((await run(['check', '--stdin', '--stdin-filename', 'sub/x.md'], dir, BAD)).code, 0);
      assert.equal((await run(['check', '--stdin', '--stdin-filename', 'x.md'], dir, BAD)).code, 1);
      const bin = await run(['check', '--stdin'], dir, Buffer.from([1, 0, 2]));
      assert.equal(bin.code, 2);
      assert.match(bin.stderr, /tệp nhị phân/);
      noStack(bin);
    });
  });

  describe('configuration', () => {
    it('the nearest .thethuc.jsonc applies; --config overrides the lookup', async () => {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'a', 'bad.md'), BAD);
      writeFileSync(join(dir, 'a', '.thethuc.jsonc'), '// tắt\n{ "rules": { "ND30-SO-02": "warning" } }');
      const r = await run(['check', 'a', '--format', 'json'], dir);
      assert.equal(r.code, 0);
      assert.equal(JSON.parse(r.stdout)[0].diagnostics.find((d: { ruleId: string }) => d.ruleId === 'ND30-SO-02').severity, 'warning');
      writeFileSync(join(dir, 'strict.jsonc'), '{ "rules": { "ND30-SO-02": "error" } }');
      assert.equal((await run(['check', 'a', '--config', 'strict.jsonc'], dir)).code, 1);
    });
    it('a bad configuration is exit 2 with file:line:col messages, nothing checked', async () => {
      writeFileSync(join(dir, 'ok.md'), VALID);
      writeFileSync(join(dir, '.thethuc.jsonc'), '{\n  "rules": { "ND30-SO-99": "off", "ND30-SO-02": "loud" }\n}');
      const r = await run(['check', 'ok.md'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /\.thethuc\.jsonc:2:14: Quy tắc không tồn tại: "ND30-SO-99"/);
      assert.match(r.stderr, /\.thethuc\.jsonc:2:49: Mức không hợp lệ cho ND30-SO-02: "loud"/);
      assert.equal(r.stdout, '');
      noStack(r);
      writeFileSync(join(dir, '.thethuc.jsonc'), '{ "rules": ');
      const syn = await run(['check', 'ok.md', '--lang', 'en'], dir);
      assert.equal(syn.code, 2);
      assert.match(syn.stderr, /JSON syntax error/);
      const missing = await run(['check', 'ok.md', '--config', 'nope.jsonc'], dir);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /nope\.jsonc: không tìm thấy tệp cấu hình/);
    });
    it('include/exclude of the configuration filter folder recursion', async () => {
      mkdirSync(join(dir, 'van-ban', 'nhap'), { recursive: true });
      mkdirSync(join(dir, 'khac'));
      writeFileSync(join(dir, 'van-ban', 'a.md'), BAD);
      writeFileSync(join(dir, 'van-ban', 'nhap', 'b.md'), BAD);
      writeFileSync(join(dir, 'khac', 'c.md'), BAD);
      writeFileSync(join(dir, '.thethuc.jsonc'), '{ "include": ["van-ban/**"], "exclude": ["**/nhap/**"] }');
      const r = await run(['check', '.', '--format', 'json'], dir);
      assert.deepEqual(
        JSON.parse(r.stdout).map((x: { file: string }) => x.file),
        [join('van-ban', 'a.md')],
      );
      // A file named explicitly is always checked.
      assert.equal(JSON.parse((await run(['check', 'khac/c.md', '--format', 'json'], dir)).stdout).length, 1);
    });
  });

  describe('.thethucignore', () => {
    it('skips ignored files and folders in the folder given, its parents up to cwd and sub-folders', async () => {
      mkdirSync(join(dir, 'docs', 'mau'), { recursive: true });
      mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
      for (const f of ['docs/a.md', 'docs/mau/b.md', 'docs/sub/c.md', 'docs/sub/d.md', 'docs/draft-1.md', 'docs/keep-draft.md']) writeFileSync(join(dir, f), VALID);
      writeFileSync(join(dir, '.thethucignore'), '# mẫu\nmau/\n*draft*.md\n!keep-draft.md\n');
      writeFileSync(join(dir, 'docs', 'sub', '.thethucignore'), 'd.md\n');
      const files = async (args: string[]) => JSON.parse((await run([...args, '--format', 'json'], dir)).stdout).map((x: { file: string }) => x.file.split('\\').join('/'));
      assert.deepEqual(await files(['check', 'docs']), ['docs/a.md', 'docs/keep-draft.md', 'docs/sub/c.md']);
      assert.deepEqual(await files(['check', 'docs/**/*.md']), ['docs/a.md', 'docs/keep-draft.md', 'docs/sub/c.md']);
      assert.equal((await files(['check', 'docs', '--no-ignore'])).length, 6);
      // Explicit files are not ignored.
      assert.deepEqual(await files(['check', 'docs/mau/b.md']), ['docs/mau/b.md']);
    });
  });

  describe('workers', () => {
    // Enough files for threads to start (below MIN_PARALLEL_FILES the CLI
    // checks in-process); that many make several batches.
    const MANY = MIN_PARALLEL_FILES;
    it('2 workers give the same output, in input order, as 1', async () => {
      mkdirSync(join(dir, 'many'));
      for (let i = 0; i < MANY; i++) {
        const text = i % 3 === 0 ? BAD : i % 3 === 1 ? VALID : VALID.replace('*Lai Châu, ngày 05', '*Lai Châu, ngày 5');
        writeFileSync(join(dir, 'many', `thu-${String(i).padStart(3, '0')}.md`), text);
      }
      const one = await run(['check', 'many', '--format', 'json', '--workers', '1'], dir);
      const two = await run(['check', 'many', '--format', 'json', '--workers', '2'], dir);
      assert.equal(one.code, 1);
      assert.equal(two.code, one.code);
      assert.equal(two.stdout, one.stdout);
      assert.equal(JSON.parse(two.stdout).length, MANY);
      assert.equal((await run(['check', 'many', '--workers', '0'], dir)).code, 2);
    });
    it('--fix with workers writes every file', async () => {
      mkdirSync(join(dir, 'many'));
      for (let i = 0; i < MANY; i++) writeFileSync(join(dir, 'many', `t${i}.md`), BAD);
      const r = await run(['check', 'many', '--fix', '--workers', '2'], dir);
      assert.equal(r.code, 0, r.stdout);
      for (let i = 0; i < MANY; i++) assert.equal(readFileSync(join(dir, 'many', `t${i}.md`), 'utf8'), VALID);
    });
    it('THETHUC_TIMING=1 prints the time by phase and rule of the checks of all threads, and changes nothing else', async () => {
      mkdirSync(join(dir, 'many'));
      for (let i = 0; i < MANY; i++) writeFileSync(join(dir, 'many', `t${i}.md`), i % 2 ? BAD : VALID);
      const plain = spawnRun(['check', 'many', '--workers', '2'], dir);
      const timed = spawnRun(['check', 'many', '--workers', '2'], dir, undefined, { THETHUC_TIMING: '1' });
      assert.equal(timed.code, plain.code);
      assert.equal(timed.stdout, plain.stdout);
      assert.equal(plain.stderr, '');
      assert.match(timed.stderr, new RegExp(`^thethuc timing: .*pool \\d+ ms for ${MANY} file`, 'm'));
      const rows = [...timed.stderr.matchAll(/^ {2}(\S+) +(\d+\.\d) ms +(\d+\.\d) %$/gm)];
      assert.equal(rows.length, 12, timed.stderr);
      const names = rows.map((m) => m[1]);
      assert.ok(names.includes('(read)') && names.includes('(model)'), timed.stderr);
      const ids = new Set(RULES.map((r) => r.meta.id));
      assert.ok(names.some((n) => ids.has(n)), timed.stderr);
      for (const n of names) assert.ok(ids.has(n) || /^\((read|model|findings)\)$/.test(n), n);
      const ms = rows.map((m) => Number(m[2]));
      assert.deepEqual(ms, [...ms].sort((a, b) => b - a), 'heaviest first');
    });
    it('no progress output when stderr is not a TTY', async () => {
      mkdirSync(join(dir, 'many'));
      for (let i = 0; i < MANY; i++) writeFileSync(join(dir, 'many', `t${i}.md`), VALID);
      assert.equal((await run(['check', 'many'], dir)).stderr, '');
    });
  });

  describe('rules and init', () => {
    it('rules --format json lists every rule with its metadata', async () => {
      const list = JSON.parse((await run(['rules', '--format', 'json'], dir)).stdout);
      assert.deepEqual(
        list.map((r: { id: string }) => r.id),
        RULES.map((r) => r.meta.id),
      );
      const so = list.find((r: { id: string }) => r.id === 'ND30-SO-02');
      assert.equal(so.severity, 'error');
      assert.equal(so.fixable, true);
      assert.equal(so.docs, 'docs/rules/ND30-SO-02.md');
      assert.ok(so.title.vi && so.title.en && so.clause.vi && so.description.en);
    });
    it('init writes a valid starter config and refuses to overwrite', async () => {
      const r = await run(['init'], dir);
      assert.equal(r.code, 0, r.stderr);
      const text = readFileSync(join(dir, '.thethuc.jsonc'), 'utf8');
      assert.match(text, /"coQuan"/);
      assert.match(text, /"kyHieu"/);
      assert.match(text, /"diaDanh"/);
      assert.match(text, /"donVi"/);
      assert.match(text, /\/\/ /); // commented
      assert.deepEqual(parseConfig(text, 'x').problems, []);
      const again = await run(['init'], dir);
      assert.equal(again.code, 2);
      assert.match(again.stderr, /không ghi đè/);
      assert.equal(readFileSync(join(dir, '.thethuc.jsonc'), 'utf8'), text);
      // The starter config is usable as is.
      copyFileSync(join(ROOT, 'test', 'fixtures', 'valid', 'cong-van.md'), join(dir, 'cv.md'));
      assert.equal((await run(['check', 'cv.md'], dir)).code, 0);
    });
  });

  describe('safe reads and CI safety (issues #13, #14)', () => {
    it('refuses /dev/zero and a FIFO with a message, without reading them; exit 2 only when nothing else was checked', async function () {
      if (process.platform === 'win32') this.skip();
      execFileSync('mkfifo', [join(dir, 'pipe.md')]);
      writeFileSync(join(dir, 'ok.md'), VALID);
      for (const target of ['/dev/zero', 'pipe.md']) {
        const r = await run(['check', target], dir);
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, /không phải tệp thường \(thiết bị, FIFO hoặc socket\), bỏ qua/);
        noStack(r);
      }
      const both = await run(['check', 'pipe.md', 'ok.md'], dir);
      assert.equal(both.code, 0, both.stderr);
      assert.match(both.stderr, /pipe\.md: không phải tệp thường/);
      symlinkSync('/dev/zero', join(dir, 'zero.md'));
      const walked = await run(['check', '.', '--format', 'json', '--lang', 'en'], dir);
      assert.equal(walked.code, 0, walked.stderr);
      assert.match(walked.stderr, /zero\.md: not a regular file/);
      assert.deepEqual(JSON.parse(walked.stdout).map((x: { file: string }) => x.file), ['ok.md']);
    });
    it('a folder with symlinks back to its parents is walked once (the walk ends)', async function () {
      if (process.platform === 'win32') this.skip();
      mkdirSync(join(dir, 'a', 'b'), { recursive: true });
      writeFileSync(join(dir, 'a', 'b', 'x.md'), VALID);
      symlinkSync('..', join(dir, 'a', 'b', 'up'));
      symlinkSync(join(dir, 'a'), join(dir, 'a', 'b', 'top'));
      const r = await run(['check', 'a', '--format', 'json'], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).map((x: { file: string }) => x.file.split('\\').join('/')), ['a/b/x.md']);
    });
    it('--stdin is capped at the size limit with a clear message', async () => {
      // Through a real pipe: the read stops at the cap.
      const r = spawnRun(['check', '--stdin'], dir, Buffer.alloc(2 * 1024 * 1024 + 10, 'a'));
      assert.equal(r.code, 2);
      assert.match(r.stderr, /đầu vào quá lớn để kiểm tra \(> 2\.0 MB\)/);
    });
    it('UTF-16 without a byte order mark is named as UTF-16, not binary', async () => {
      writeFileSync(join(dir, 'le.md'), Buffer.from('Số: 05/SNV-VP\nKính gửi: Sở Tài chính\n', 'utf16le'));
      const r = await run(['check', 'le.md', '--lang', 'en'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /le\.md: file is UTF-16 encoded; save it as UTF-8/);
    });
    it('a folder or pattern that matches no file exits 2 with a message; --allow-empty accepts it', async () => {
      mkdirSync(join(dir, 'empty'));
      for (const target of ['empty', 'van-ban/*.md', 'empty/**/*.md']) {
        const r = await run(['check', target], dir);
        assert.equal(r.code, 2, `${target}: ${r.stderr}`);
        assert.match(r.stderr, /không có tệp nào khớp/);
        assert.equal((await run(['check', target, '--allow-empty'], dir)).code, 0, target);
      }
      // One argument matching nothing fails the run even when another matched.
      writeFileSync(join(dir, 'ok.md'), VALID);
      assert.equal((await run(['check', 'ok.md', 'typo/*.md'], dir)).code, 2);
    });
  });

  describe('one bad file never aborts the run', () => {
    it('deep nesting in one file: the others are still checked, any error names its file', async () => {
      writeFileSync(join(dir, 'deep.md'), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n' + '- '.repeat(2000) + 'x\n');
      writeFileSync(join(dir, 'emph.md'), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n' + '*'.repeat(5000) + 'x' + '*'.repeat(5000) + '\n');
      writeFileSync(join(dir, 'bad.md'), BAD);
      const r = await run(['check', 'deep.md', 'emph.md', 'bad.md', '--format', 'json'], dir);
      noStack(r);
      const files = JSON.parse(r.stdout).map((x: { file: string }) => x.file);
      assert.ok(files.includes('bad.md'), r.stderr);
      for (const line of r.stderr.split('\n').filter(Boolean)) assert.match(line, /^thethuc: (deep|emph)\.md: /, line);
    });
  });

  describe('--shard and --cache', () => {
    it('--shard k/n splits by path: disjoint, complete, the same on every run', async () => {
      mkdirSync(join(dir, 's'));
      for (let i = 0; i < 11; i++) writeFileSync(join(dir, 's', `v${i}.md`), VALID);
      const part = async (k: number) => JSON.parse((await run(['check', 's', '--shard', `${k}/3`, '--format', 'json'], dir)).stdout).map((x: { file: string }) => x.file) as string[];
      const parts = [await part(1), await part(2), await part(3)];
      assert.deepEqual(await part(2), parts[1], 'deterministic');
      const all = parts.flat().sort();
      assert.equal(all.length, 11);
      assert.equal(new Set(all).size, 11);
      assert.ok(parts.every((p) => p.length >= 3 && p.length <= 4), parts.map((p) => p.length).join());
      assert.equal((await run(['check', 's', '--shard', '4/3'], dir)).code, 2);
      assert.equal((await run(['check', 's', '--shard', 'x'], dir)).code, 2);
    });
    it('--cache reuses the result of an unchanged file and re-checks a changed one', async () => {
      writeFileSync(join(dir, 'a.md'), BAD);
      const first = await run(['check', 'a.md', '--cache', '--format', 'json'], dir);
      assert.equal(first.code, 1);
      const cacheFile = join(dir, '.thethuccache');
      assert.ok(existsSync(cacheFile));
      // Prove the second run reads the cache: plant a marker in the stored findings.
      const data = JSON.parse(readFileSync(cacheFile, 'utf8'));
      const entry = Object.values(data.entries)[0] as { findings: { message: string }[] };
      entry.findings[0].message = 'FROM-CACHE';
      writeFileSync(cacheFile, JSON.stringify(data));
      const second = await run(['check', 'a.md', '--cache', '--format', 'json'], dir);
      assert.match(second.stdout, /FROM-CACHE/);
      // Changed content: checked again.
      writeFileSync(join(dir, 'a.md'), BAD + '\n');
      const third = await run(['check', 'a.md', '--cache', '--format', 'json'], dir);
      assert.doesNotMatch(third.stdout, /FROM-CACHE/);
      assert.match(third.stdout, /ND30-SO-02/);
      // A changed configuration is a different key as well.
      writeFileSync(join(dir, 'a.md'), BAD);
      writeFileSync(join(dir, '.thethuc.jsonc'), '{"rules": {"ND30-SO-02": "off"}}');
      const fourth = await run(['check', 'a.md', '--cache', '--cache-location', join(dir, 'c', 'x.json'), '--format', 'json'], dir);
      assert.equal(fourth.code, 0, fourth.stdout);
      assert.ok(existsSync(join(dir, 'c', 'x.json')));
    });
  });

  describe('extends outside the folder', () => {
    it('is refused with a message naming --allow-outside-extends, nothing read', async () => {
      writeFileSync(join(dir, 'ok.md'), VALID);
      writeFileSync(join(dir, 'c.jsonc'), '{"extends": "/etc/passwd"}');
      const r = await run(['check', 'ok.md', '--config', 'c.jsonc'], dir);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /c\.jsonc:1:13: "extends" trỏ ra ngoài thư mục làm việc/);
      assert.doesNotMatch(r.stderr, /root:/);
    });
  });
});
