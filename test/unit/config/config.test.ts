// .thethuc.jsonc: parsing, validation, lookup, extends, merging, schema.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser/lib/esm/main.js';
import Ajv from 'ajv';
import {
  parseConfig,
  loadConfigFile,
  loadConfigFor,
  findConfigFile,
  mergeConfigs,
  configToOptions,
  makeFileFilter,
  starterConfig,
  formatProblem,
} from '../../../server/src/config';
import { buildSchema } from '../../../server/src/config/schema';
import { RULES } from '../../../server/src/engine';
import { resolveOptions, DEFAULT_SETTINGS } from '../../../server/src/settings';
import { languageOf } from '../../../server/src/engine/i18n';

const ROOT = join(__dirname, '..', '..', '..');

describe('config: parse and validate', () => {
  it('reads rules, coQuan, include, exclude with comments and trailing commas', () => {
    const r = parseConfig(
      `// team config
{
  /* levels */
  "rules": { "ND30-SO-02": "off", "ND30-CK-04": ["warning", { "allowAcademic": true }], },
  "coQuan": { "kyHieu": "SNV", "diaDanh": "Lai Châu", "donVi": { "VP": "Văn phòng" } },
  "include": ["**/*.md"], "exclude": ["nhap/**"],
}`,
      '/x/.thethuc.jsonc',
    );
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config.rules, { 'ND30-SO-02': 'off', 'ND30-CK-04': ['warning', { allowAcademic: true }] });
    assert.deepEqual(r.config.coQuan, { kyHieu: 'SNV', diaDanh: 'Lai Châu', donVi: { VP: 'Văn phòng' } });
    assert.deepEqual(r.config.include, ['**/*.md']);
    assert.deepEqual(r.config.exclude, ['nhap/**']);
  });
  it('an empty file is an empty config', () => {
    assert.deepEqual(parseConfig('', 'f').problems, []);
    assert.deepEqual(parseConfig('// nothing\n', 'f').problems, []);
  });
  it('reports a syntax error with its position', () => {
    const text = '{\n  "rules": {\n';
    const r = parseConfig(text, 'f');
    assert.ok(r.problems.length >= 1);
    assert.match(r.problems[0].message.vi, /Lỗi cú pháp JSON/);
    assert.match(r.problems[0].message.en, /JSON syntax error/);
  });
  it('reports an unknown rule (with a suggestion), a bad level, a bad profile and an unknown key at their positions', () => {
    const text = '{"rules": {"ND30-SO-2": "off", "ND30-SO-02": "loud"}, "coQuan": {"kyHieu": 5, "x": ""}, "foo": 1, "include": "a"}';
    const r = parseConfig(text, 'f');
    const msgs = r.problems.map((p) => p.message.en);
    assert.equal(r.problems.length, 6, msgs.join('\n'));
    assert.match(msgs[0], /Unknown rule: "ND30-SO-2" \(did you mean "ND30-SO-02"\?\)/);
    assert.equal(text.slice(r.problems[0].offset, r.problems[0].offset + r.problems[0].length), '"ND30-SO-2"');
    assert.match(msgs[1], /Bad level for ND30-SO-02: "loud"/);
    assert.equal(text.slice(r.problems[1].offset, r.problems[1].offset + r.problems[1].length), '"loud"');
    assert.match(msgs[2], /"coQuan.kyHieu" must be a string/);
    assert.match(msgs[3], /Unknown key in "coQuan": "x"/);
    assert.match(msgs[4], /Unknown key "foo"/);
    assert.match(msgs[5], /"include" must be an array/);
    // The valid part is kept.
    assert.deepEqual(r.config.rules, {});
    assert.equal(formatProblem(r.problems[4], 'vi', text), 'f:1:89: Khoá không hợp lệ "foo" (cho phép: $schema, extends, rules, coQuan, vietHoa, include, exclude, export, ruleDocsUrl)');
  });
  it('rejects a non-object and a bad array form', () => {
    assert.equal(parseConfig('[1]', 'f').problems.length, 1);
    const r = parseConfig('{"rules": {"ND30-SO-02": ["warning", 3]}}', 'f');
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0].message.en, /\[level, \{options\}\]/);
  });
});

describe('config: lookup, extends, merge', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'thethuc-cfg-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the nearest file upward and stops at the workspace root', () => {
    mkdirSync(join(dir, 'a', 'b', 'c'), { recursive: true });
    writeFileSync(join(dir, '.thethuc.jsonc'), '{}');
    writeFileSync(join(dir, 'a', '.thethuc.jsonc'), '{"rules": {"ND30-SO-02": "off"}}');
    assert.equal(findConfigFile(join(dir, 'a', 'b', 'c')), join(dir, 'a', '.thethuc.jsonc'));
    assert.equal(findConfigFile(join(dir, 'a')), join(dir, 'a', '.thethuc.jsonc'));
    assert.equal(findConfigFile(dir), join(dir, '.thethuc.jsonc'));
    // Bounded by a workspace root below the files: not found above it.
    assert.equal(findConfigFile(join(dir, 'a', 'b', 'c'), join(dir, 'a', 'b')), undefined);
    const loaded = loadConfigFor(join(dir, 'a', 'b', 'c', 'x.md'));
    assert.deepEqual(loaded?.config.rules, { 'ND30-SO-02': 'off' });
    assert.equal(loaded?.root, join(dir, 'a'));
  });
  it('extends a base file relative to the extending file; the nearer file wins', () => {
    mkdirSync(join(dir, 'chung'));
    mkdirSync(join(dir, 'so'));
    writeFileSync(join(dir, 'chung', 'base.jsonc'), '{"rules": {"ND30-SO-02": "off", "ND30-QH-01": "hint"}, "coQuan": {"kyHieu": "UBND", "diaDanh": "Lai Châu", "donVi": {"VP": "Văn phòng"}}, "exclude": ["a/**"]}');
    writeFileSync(join(dir, 'so', '.thethuc.jsonc'), '{"extends": "../chung/base.jsonc", "rules": {"ND30-SO-02": "warning"}, "coQuan": {"kyHieu": "SNV", "donVi": {"TCCB": "Phòng Tổ chức"}}}');
    const l = loadConfigFile(join(dir, 'so', '.thethuc.jsonc'), undefined, { roots: [dir] });
    assert.deepEqual(l.problems, []);
    assert.deepEqual(l.files, [join(dir, 'so', '.thethuc.jsonc'), join(dir, 'chung', 'base.jsonc')]);
    assert.deepEqual(l.config, {
      rules: { 'ND30-SO-02': 'warning', 'ND30-QH-01': 'hint' },
      coQuan: { kyHieu: 'SNV', diaDanh: 'Lai Châu', donVi: { VP: 'Văn phòng', TCCB: 'Phòng Tổ chức' } },
      exclude: ['a/**'],
    });
  });
  it('reports a missing extended file and a cycle on the extends value', () => {
    writeFileSync(join(dir, 'a.jsonc'), '{"extends": "./b.jsonc"}');
    writeFileSync(join(dir, 'b.jsonc'), '{"extends": "./a.jsonc"}');
    const cyc = loadConfigFile(join(dir, 'a.jsonc'), undefined, { roots: [dir] });
    assert.equal(cyc.problems.length, 1);
    assert.match(cyc.problems[0].message.en, /cycle/);
    writeFileSync(join(dir, 'c.jsonc'), '{"extends": "./missing.jsonc"}');
    const miss = loadConfigFile(join(dir, 'c.jsonc'), undefined, { roots: [dir] });
    assert.equal(miss.problems.length, 1);
    assert.equal(miss.problems[0].file, join(dir, 'c.jsonc'));
    assert.match(miss.problems[0].message.en, /Cannot read the extended configuration/);
  });
  it('problems of a base file are reported on the base file', () => {
    writeFileSync(join(dir, 'base.jsonc'), '{"rules": {"NOPE-01": "off"}}');
    writeFileSync(join(dir, '.thethuc.jsonc'), '{"extends": "base.jsonc"}');
    const l = loadConfigFile(join(dir, '.thethuc.jsonc'), undefined, { roots: [dir] });
    assert.equal(l.problems.length, 1);
    assert.equal(l.problems[0].file, join(dir, 'base.jsonc'));
  });
  it('mergeConfigs: rules per ID, profile per field, globs replaced', () => {
    assert.deepEqual(mergeConfigs({ rules: { a: 'off' } as never, include: ['x'] }, { rules: { b: 'hint' } as never, include: ['y'] }), { rules: { a: 'off', b: 'hint' }, include: ['y'] });
  });
  it('configToOptions and include/exclude filter', () => {
    assert.deepEqual(configToOptions({ rules: { 'ND30-SO-02': ['warning'] }, coQuan: { kyHieu: 'SNV' } }), { rules: { 'ND30-SO-02': ['warning', {}] }, coQuan: { kyHieu: 'SNV' } });
    const f = makeFileFilter({ include: ['van-ban/**/*.md'], exclude: ['**/nhap/**', 'van-ban/mau-*.md'] });
    assert.equal(f('van-ban/a.md'), true);
    assert.equal(f('van-ban/2026/a.md'), true);
    assert.equal(f('van-ban/nhap/a.md'), false);
    assert.equal(f('van-ban/mau-1.md'), false);
    assert.equal(f('khac/a.md'), false);
    assert.equal(makeFileFilter(undefined)('x.md'), true);
  });
});

describe('config: VS Code settings override the config file', () => {
  it('settings rules and coQuan fields win over the file', () => {
    const file = { rules: { 'ND30-SO-02': 'off', 'ND30-QH-01': 'hint' }, coQuan: { kyHieu: 'SNV', diaDanh: 'Lai Châu', donVi: { VP: 'Văn phòng' } } } as const;
    const o = resolveOptions({ ...DEFAULT_SETTINGS, rules: { 'ND30-SO-02': 'error' }, coQuan: { diaDanh: 'Hà Nội', donVi: { KH: 'Phòng Kế hoạch' } } }, file as never);
    assert.deepEqual(o.rules, { 'ND30-SO-02': 'error', 'ND30-QH-01': 'hint' });
    assert.deepEqual(o.coQuan, { kyHieu: 'SNV', diaDanh: 'Hà Nội', donVi: { VP: 'Văn phòng', KH: 'Phòng Kế hoạch' } });
  });
  it('no profile anywhere → no coQuan', () => {
    assert.equal(resolveOptions({ ...DEFAULT_SETTINGS }).coQuan, undefined);
  });
  it('Vietnamese by default; English only when chosen ("auto" is Vietnamese)', () => {
    assert.equal(DEFAULT_SETTINGS.language, 'vi');
    assert.equal(resolveOptions({ ...DEFAULT_SETTINGS }).lang, 'vi');
    assert.equal(resolveOptions({ ...DEFAULT_SETTINGS, language: 'auto' }).lang, 'vi');
    assert.equal(resolveOptions({ ...DEFAULT_SETTINGS, language: 'en' }).lang, 'en');
    assert.equal(languageOf(undefined), 'vi');
    assert.equal(languageOf('en-US'), 'vi');
  });
});

describe('config: JSON schema', () => {
  // Built in memory: docs.test.ts checks that schemas/thethuc.schema.json is up to date.
  const schema = buildSchema(RULES) as { properties: { rules: { properties: Record<string, unknown> } } };
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);
  it('the schema knows each rule\'s options', () => {
    assert.ok(validate({ rules: { 'ND30-CK-04': ['error', { allowAcademic: true }], 'ND30-CC-02': ['warning', { luatSo: 'off' }] } }), JSON.stringify(validate.errors));
    assert.equal(validate({ rules: { 'ND30-CK-04': ['error', { alowAcademic: true }] } }), false);
    assert.equal(validate({ rules: { 'ND30-CK-04': ['error', { allowAcademic: 'yes' }] } }), false);
    assert.equal(validate({ rules: { 'ND30-VH-10': ['error', { donVi: [1] }] } }), false);
    assert.equal(validate({ rules: { 'ND30-QH-01': ['error', { x: 1 }] } }), false);
  });
  it('enumerates every rule of the registry', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties), RULES.map((r) => r.meta.id));
  });
  it('reports rule options against meta.options: unknown key (did you mean), wrong type, options of a rule that has none', () => {
    const text = '{"rules": {"ND30-CK-04": ["error", {"alowAcademic": true}], "ND30-CC-02": ["error", {"luatSo": "loud"}], "ND30-VH-10": ["error", {"donVi": ["Sở A", 5]}], "ND30-QH-01": ["warning", {"x": 1}]}}';
    const r = parseConfig(text, 'f');
    const msgs = r.problems.map((p) => p.message.en);
    assert.equal(msgs.length, 4, msgs.join('\n'));
    assert.match(msgs[0], /Unknown option of ND30-CK-04: "alowAcademic" \(did you mean "allowAcademic"\?\) \(allowed: allowAcademic\)/);
    assert.equal(text.slice(r.problems[0].offset, r.problems[0].offset + r.problems[0].length), '"alowAcademic"');
    assert.match(msgs[1], /Bad value for option "luatSo" of ND30-CC-02: "loud" \(expected: "warning" \| "error"/);
    assert.match(msgs[2], /Bad value for option "donVi" of ND30-VH-10: \["Sở A",5\] \(expected: string\[\]\)/);
    assert.match(msgs[3], /Unknown option of ND30-QH-01: "x" \(allowed: —\)/);
    assert.match(r.problems[0].message.vi, /Tuỳ chọn không tồn tại của ND30-CK-04: "alowAcademic" \(có phải "allowAcademic"\?\)/);
    // Values the rules accept, aliases included, are no problem.
    const ok = parseConfig('{"rules": {"ND30-CK-04": ["error", {"allowAcademic": false}], "ND30-CC-02": ["error", {"luatSo": "warn"}], "ND30-VH-04": ["error", {"diaDanh": ["Tam Đường"]}], "ND30-SO-02": ["error", {}]}}', 'f');
    assert.deepEqual(ok.problems, []);
  });
  it('accepts the starter config written by `thethuc init`', () => {
    const sample = parseJsonc(starterConfig());
    assert.ok(validate(sample), JSON.stringify(validate.errors));
    assert.deepEqual(parseConfig(starterConfig(), 'f').problems, []);
    // No one inherits a sample agency: the profile is there, commented out.
    assert.equal(parseConfig(starterConfig(), 'f').config.coQuan, undefined);
    assert.match(starterConfig(), /\/\/ "coQuan": \{/);
  });
  it('accepts the array form and rejects an unknown rule, a bad level and an unknown key', () => {
    assert.ok(validate({ rules: { 'ND30-SO-02': ['warning', {}] }, coQuan: { donVi: { VP: 'Văn phòng' } } }), JSON.stringify(validate.errors));
    assert.equal(validate({ rules: { 'ND30-XX-99': 'off' } }), false);
    assert.equal(validate({ rules: { 'ND30-SO-02': 'loud' } }), false);
    assert.equal(validate({ rulez: {} }), false);
  });
  it('is contributed for .thethuc.jsonc in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const jv = pkg.contributes.jsonValidation.find((j: { url: string }) => j.url === './schemas/thethuc.schema.json');
    assert.ok(jv && jv.fileMatch.includes('.thethuc.jsonc'));
  });
});
