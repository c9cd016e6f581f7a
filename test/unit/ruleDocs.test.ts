// The public address of the rule pages (issue #14, server/src/ruleDocs.ts):
// the VS Code setting `thethuc.ruleDocsUrl`, the `.thethuc.jsonc` key
// `ruleDocsUrl` and `thethuc check --rule-docs-url`. SARIF gets a helpUri only
// when an address is configured (never a path into this machine) and its help
// text always; LSP diagnostics link to the address when set, to the packaged
// page otherwise.

import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkRuleDocsUrl, ruleDocsLink, validRuleDocsUrl } from '../../server/src/ruleDocs';
import { parseConfig, mergeConfigs } from '../../server/src/config';
import { toDiagnostic } from '../../server/src/diagnostics';
import { findingHover } from '../../server/src/features/hover';
import { lint } from './helpers';
import { ensureBuilt, TestClient } from './lsp/harness';
import { run } from './cli/run';

const ROOT = join(__dirname, '..', '..');
const VALID = readFileSync(join(ROOT, 'test', 'fixtures', 'valid', 'cong-van.md'), 'utf8');
const BAD = VALID.replace('Số: 05/SNV-VP', 'Số: 5/SNV-VP'); // ND30-SO-02
const SITE = 'https://example.gov.vn/thethuc/rules/{rule}.html';

describe('public address of the rule pages (ruleDocsUrl)', () => {
  describe('ruleDocs.ts', () => {
    it('fills {rule} with the rule ID, or treats an address without it as the folder of the <ID>.md pages', () => {
      assert.equal(ruleDocsLink(SITE, 'ND30-SO-02'), 'https://example.gov.vn/thethuc/rules/ND30-SO-02.html');
      assert.equal(ruleDocsLink('https://h.example/x?rule={rule}#{rule}', 'VB-CQ-01'), 'https://h.example/x?rule=VB-CQ-01#VB-CQ-01');
      assert.equal(ruleDocsLink('https://h.example/docs/rules/', 'ND30-SO-02'), 'https://h.example/docs/rules/ND30-SO-02.md');
      assert.equal(ruleDocsLink('https://h.example/docs/rules', 'ND30-SO-02'), 'https://h.example/docs/rules/ND30-SO-02.md');
    });
    it('accepts http(s) addresses only', () => {
      assert.deepEqual(checkRuleDocsUrl('  https://h.example/{rule}  '), { url: 'https://h.example/{rule}' });
      assert.deepEqual(checkRuleDocsUrl('HTTP://h.example/docs'), { url: 'HTTP://h.example/docs' });
      for (const bad of ['file:///home/u/thethuc/docs/rules/{rule}.md', 'docs/rules/{rule}.md', '/docs/rules', 'javascript:alert(1)//{rule}', 'https://', '', '   ', 42, null]) {
        const r = checkRuleDocsUrl(bad);
        assert.ok('problem' in r, `accepted ${JSON.stringify(bad)}`);
        assert.match(r.problem.vi, /ruleDocsUrl/);
        assert.match(r.problem.en, /http/);
      }
      assert.equal(validRuleDocsUrl(undefined), undefined);
      assert.equal(validRuleDocsUrl(''), undefined);
      assert.equal(validRuleDocsUrl('file:///x'), undefined);
      assert.equal(validRuleDocsUrl(SITE), SITE);
    });
  });

  describe('.thethuc.jsonc', () => {
    it('reads ruleDocsUrl, reports a bad one at its value, and the nearest file wins over extends', () => {
      const ok = parseConfig(`{ "ruleDocsUrl": "${SITE}" }`, '/w/.thethuc.jsonc');
      assert.deepEqual(ok.problems, []);
      assert.equal(ok.config.ruleDocsUrl, SITE);
      const text = '{ "ruleDocsUrl": "file:///tmp/docs" }';
      const bad = parseConfig(text, '/w/.thethuc.jsonc');
      assert.equal(bad.problems.length, 1);
      assert.equal(bad.problems[0].offset, text.indexOf('"file:'));
      assert.equal(bad.config.ruleDocsUrl, undefined);
      assert.equal(parseConfig('{ "ruleDocsUrl": 3 }', '/w/.thethuc.jsonc').problems.length, 1);
      assert.equal(mergeConfigs({ ruleDocsUrl: 'https://a.example/' }, { ruleDocsUrl: 'https://b.example/' }).ruleDocsUrl, 'https://b.example/');
      assert.equal(mergeConfigs({ ruleDocsUrl: 'https://a.example/' }, { rules: {} }).ruleDocsUrl, 'https://a.example/');
    });
    it('is in the generated schema', () => {
      const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'thethuc.schema.json'), 'utf8'));
      assert.equal(schema.properties.ruleDocsUrl.type, 'string');
    });
  });

  describe('LSP links', () => {
    const finding = lint(BAD).find((f) => f.ruleId === 'ND30-SO-02')!;
    it('codeDescription: the configured address, else the packaged page', () => {
      assert.equal(toDiagnostic(finding, SITE).codeDescription?.href, 'https://example.gov.vn/thethuc/rules/ND30-SO-02.html');
      assert.equal(toDiagnostic(finding).codeDescription?.href, pathToFileURL(join(ROOT, 'docs', 'rules', 'ND30-SO-02.md')).toString());
    });
    it('the hover links to the same page', () => {
      assert.ok(findingHover(finding, 'vi', undefined, SITE).includes('(https://example.gov.vn/thethuc/rules/ND30-SO-02.html)'));
      assert.ok(findingHover(finding, 'vi').includes(pathToFileURL(join(ROOT, 'docs', 'rules', 'ND30-SO-02.md')).toString()));
    });
  });

  describe('language server', function () {
    this.timeout(60000);
    let dir: string;
    let client: TestClient;
    before(() => ensureBuilt());
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'thethuc-docsurl-'));
    });
    afterEach(async () => {
      await client?.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    it('links diagnostics to the setting, then to .thethuc.jsonc, else to the packaged page', async () => {
      writeFileSync(join(dir, '.thethuc.jsonc'), '{ "ruleDocsUrl": "https://team.example/rules/" }');
      writeFileSync(join(dir, 'a.md'), BAD);
      client = new TestClient();
      await client.start();
      const uri = pathToFileURL(join(dir, 'a.md')).toString();
      const hrefOf = (p: { diagnostics: { code?: string; codeDescription?: { href: string } }[] }) => p.diagnostics.find((d) => d.code === 'ND30-SO-02')?.codeDescription?.href;
      client.open(uri, BAD);
      let p = await client.waitFor(uri, (x) => !!hrefOf(x));
      assert.equal(hrefOf(p), 'https://team.example/rules/ND30-SO-02.md');

      client.settings = { ruleDocsUrl: SITE };
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      p = await client.waitFor(uri, (x) => hrefOf(x) !== 'https://team.example/rules/ND30-SO-02.md');
      assert.equal(hrefOf(p), 'https://example.gov.vn/thethuc/rules/ND30-SO-02.html');

      // A setting that is not an http(s) address is ignored; without a file the packaged page is linked.
      rmSync(join(dir, '.thethuc.jsonc'));
      client.settings = { ruleDocsUrl: 'file:///etc/passwd' };
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      p = await client.waitFor(uri, (x) => !/^https:/.test(hrefOf(x) ?? 'https:'));
      assert.match(hrefOf(p)!, /^file:\/\/.*\/docs\/rules\/ND30-SO-02\.md$/);
    });
  });

  describe('CLI (SARIF)', function () {
    this.timeout(120000);
    let dir: string;
    before(() => ensureBuilt());
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'thethuc-docsurl-'));
      writeFileSync(join(dir, 'a.md'), BAD);
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));
    // In this process or, now and then, as `node dist/cli.js` (cli/run.ts).
    const sarif = async (args: string[]) => {
      const r = await run(['check', 'a.md', '--format', 'sarif', ...args], dir);
      return { code: r.code, stderr: r.stderr, log: r.stdout ? JSON.parse(r.stdout) : undefined };
    };
    const rule = (log: { runs: { tool: { driver: { rules: Record<string, unknown>[] } } }[] }) => log.runs[0].tool.driver.rules.find((x) => x.id === 'ND30-SO-02')!;

    it('no helpUri without a configured address (no path into this machine); help text and markdown always', async () => {
      const r = await sarif([]);
      assert.equal(r.code, 1);
      for (const x of r.log.runs[0].tool.driver.rules) assert.equal(x.helpUri, undefined, String(x.id));
      const so = rule(r.log) as { help: { text: string; markdown: string } };
      assert.match(so.help.text, /Phụ lục I/);
      assert.match(so.help.markdown, /^\*\*.+\*\*/);
      assert.doesNotMatch(JSON.stringify(r.log), /file:\/\//);
    });
    it('--rule-docs-url with {rule}', async () => {
      assert.equal(rule((await sarif(['--rule-docs-url', SITE])).log).helpUri, 'https://example.gov.vn/thethuc/rules/ND30-SO-02.html');
      assert.equal(rule((await sarif([`--rule-docs-url=${SITE}`])).log).helpUri, 'https://example.gov.vn/thethuc/rules/ND30-SO-02.html');
    });
    it('ruleDocsUrl of the configuration; the option wins', async () => {
      writeFileSync(join(dir, '.thethuc.jsonc'), '{ "ruleDocsUrl": "https://team.example/rules" }');
      assert.equal(rule((await sarif([])).log).helpUri, 'https://team.example/rules/ND30-SO-02.md');
      assert.equal(rule((await sarif(['--rule-docs-url', SITE])).log).helpUri, 'https://example.gov.vn/thethuc/rules/ND30-SO-02.html');
      writeFileSync(join(dir, 'other.jsonc'), '{ "ruleDocsUrl": "http://other.example/{rule}" }');
      assert.equal(rule((await sarif(['--config', 'other.jsonc'])).log).helpUri, 'http://other.example/ND30-SO-02');
    });
    it('a bad address is a usage or configuration error (exit 2), not a silent omission', async () => {
      const r = await sarif(['--rule-docs-url', 'docs/rules']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /--rule-docs-url: "ruleDocsUrl" phải là địa chỉ http/);
      writeFileSync(join(dir, '.thethuc.jsonc'), '{ "ruleDocsUrl": "file:///srv/docs" }');
      const c = await sarif([]);
      assert.equal(c.code, 2);
      assert.match(c.stderr, /ruleDocsUrl/);
    });
  });
});
