// Server side of the team configuration: .thethuc.jsonc applied under the
// settings, its problems published on the config file, thethuc/summary and
// thethuc/checkFiles. Spawns dist/server.js over stdio.

import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, ROOT, TestClient } from '../lsp/harness';

const VALID = readFileSync(join(ROOT, 'test', 'fixtures', 'valid', 'cong-van.md'), 'utf8');
const BAD = VALID.replace('Số: 05/SNV-VP', 'Số: 5/SNV-VP');

describe('server: .thethuc.jsonc, summary, checkFiles', function () {
  this.timeout(60000);
  let client: TestClient;
  let dir: string;
  before(async () => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'thethuc-srv-'));
    // One valid part (the profile, a rule level) and one invalid part (an unknown rule).
    writeFileSync(join(dir, '.thethuc.jsonc'), '{\n  // hồ sơ\n  "coQuan": { "diaDanh": "Hà Nội" },\n  "rules": { "ND30-SO-02": "warning", "ND30-NOPE-01": "off" }\n}\n');
    client = new TestClient();
    await client.start({ locale: 'vi' });
  });
  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies the config file to an open letter and reports its problems on the config file', async () => {
    const uri = pathToFileURL(join(dir, 'a.md')).toString();
    const cfgUri = pathToFileURL(join(dir, '.thethuc.jsonc')).toString();
    const cfgWait = client.waitFor(cfgUri);
    const wait = client.waitFor(uri);
    client.open(uri, BAD);
    const p = await wait;
    const so = p.diagnostics.find((d) => d.code === 'ND30-SO-02');
    assert.equal(so?.severity, 2, 'level from the config file (warning)');
    assert.ok(p.diagnostics.some((d) => d.code === 'VB-CQ-01' && /Hà Nội/.test(d.message)), 'profile from the config file');
    const c = await cfgWait;
    assert.equal(c.diagnostics.length, 1);
    assert.match(c.diagnostics[0].message, /Quy tắc không tồn tại: "ND30-NOPE-01"/);
    assert.deepEqual(c.diagnostics[0].range.start, { line: 3, character: 38 });
  });

  it('thethuc/summary gives the type and counts of an open letter', async () => {
    const uri = pathToFileURL(join(dir, 'a.md')).toString();
    const s = await client.request<{ type: string; typeName: string; regime: string; isDocument: boolean; errors: number; warnings: number; infos: number }>('thethuc/summary', { uri });
    assert.equal(s.isDocument, true);
    assert.equal(s.type, 'cong_van');
    assert.equal(s.typeName, 'Công văn');
    assert.equal(s.regime, 'hanh-chinh');
    assert.ok(s.warnings >= 2, JSON.stringify(s));
    const none = await client.request<{ isDocument: boolean }>('thethuc/summary', { uri: 'file:///nope.md' });
    assert.equal(none.isDocument, false);
  });

  it('thethuc/checkFiles checks files from disk and publishes their diagnostics', async () => {
    writeFileSync(join(dir, 'b.md'), BAD);
    writeFileSync(join(dir, 'bin.md'), Buffer.from([1, 0, 2]));
    const uri = pathToFileURL(join(dir, 'b.md')).toString();
    const wait = client.waitFor(uri);
    const r = await client.request<{ checked: number; warnings: number; failed: { uri: string; message: string }[] }>('thethuc/checkFiles', {
      uris: [uri, pathToFileURL(join(dir, 'bin.md')).toString()],
    });
    assert.equal(r.checked, 1);
    assert.equal(r.failed.length, 1);
    assert.match(r.failed[0].message, /tệp nhị phân/);
    const p = await wait;
    assert.ok(p.diagnostics.some((d) => d.code === 'ND30-SO-02' && d.severity === 2));
    assert.ok(p.diagnostics.some((d) => d.code === 'VB-CQ-01'));
  });

  it('live validation uses the one file filter: include/exclude and .thethucignore', async () => {
    mkdirSync(join(dir, 'nhap'), { recursive: true });
    mkdirSync(join(dir, 'bo-qua'), { recursive: true });
    writeFileSync(join(dir, '.thethuc.jsonc'), '{ "exclude": ["nhap/**"] }');
    writeFileSync(join(dir, 'bo-qua', '.thethucignore'), 'x.md\n');
    const notify = client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, '.thethuc.jsonc')).toString(), type: 2 }] });
    await notify;
    for (const rel of ['nhap/x.md', 'bo-qua/x.md']) {
      const uri = pathToFileURL(join(dir, rel)).toString();
      const wait = client.waitFor(uri);
      client.open(uri, BAD);
      assert.deepEqual((await wait).diagnostics, [], rel);
    }
    const kept = pathToFileURL(join(dir, 'bo-qua', 'y.md')).toString();
    const wait = client.waitFor(kept);
    client.open(kept, BAD);
    assert.ok((await wait).diagnostics.some((d) => d.code === 'ND30-SO-02'));
  });
});

describe('server: restricted mode (untrusted workspace)', function () {
  this.timeout(60000);
  it('ignores the workspace configuration file', async () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'thethuc-untrusted-'));
    writeFileSync(join(dir, '.thethuc.jsonc'), '{ "rules": { "ND30-SO-02": "off" } }');
    const client = new TestClient();
    try {
      await client.start({ trusted: false });
      const uri = pathToFileURL(join(dir, 'a.md')).toString();
      const wait = client.waitFor(uri);
      client.open(uri, BAD);
      const p = await wait;
      assert.ok(p.diagnostics.some((d) => d.code === 'ND30-SO-02' && d.severity === 1), 'the file would turn SO-02 off');
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
