import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, ROOT, TestClient } from './harness';
import { example } from '../helpers';

describe('language server over stdio', function () {
  this.timeout(60000);
  let client: TestClient;
  before(async () => {
    ensureBuilt();
    client = new TestClient();
    const init = await client.start({ locale: 'vi' });
    assert.ok(init.capabilities);
  });
  after(async () => client?.stop());

  it('publishes the example letter\'s findings after open, with the version', async () => {
    const uri = 'file:///tmp/thethuc-test/cong-van-1465.md';
    const wait = client.waitFor(uri);
    client.open(uri, example(), 7);
    const p = await wait;
    assert.equal(p.version, 7);
    const codes = p.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('ND30-DOC-02'), codes.join());
    assert.ok(p.diagnostics.every((d) => d.source === 'thethuc'));
    const missingQh = p.diagnostics.find((d) => d.code === 'ND30-DOC-02' && /Quốc hiệu/.test(d.message));
    assert.ok(missingQh, 'names the missing Quốc hiệu');
  });

  it('re-checks after an incremental change and drops a fixed problem', async () => {
    const uri = 'file:///tmp/thethuc-test/so.md';
    const text = readFileSync(join(ROOT, 'test', 'fixtures', 'valid', 'cong-van.md'), 'utf8').replace('Số: 05/SNV-VP', 'Số: 5/SNV-VP');
    const first = client.waitFor(uri, (p) => p.version === 1);
    client.open(uri, text, 1);
    const p1 = await first;
    const so = p1.diagnostics.find((d) => d.code === 'ND30-SO-02');
    assert.ok(so, 'SO-02 reported');
    assert.deepEqual(so.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 5 } });
    // Type a "0" before the "5".
    const second = client.waitFor(uri, (p) => p.version === 2);
    client.change(uri, 2, [{ range: { start: { line: 3, character: 4 }, end: { line: 3, character: 4 } }, text: '0' }]);
    const p2 = await second;
    assert.ok(!p2.diagnostics.some((d) => d.code === 'ND30-SO-02'));
  });

  it('clears diagnostics on close', async () => {
    const uri = 'file:///tmp/thethuc-test/close.md';
    const opened = client.waitFor(uri);
    client.open(uri, example(), 1);
    assert.ok((await opened).diagnostics.length > 0, 'the example letter has findings');
    const cleared = client.waitFor(uri, (p) => p.diagnostics.length === 0);
    client.close(uri);
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('publishes nothing for a Markdown file that is not a letter', async () => {
    const uri = 'file:///tmp/thethuc-test/README.md';
    const wait = client.waitFor(uri);
    client.open(uri, '# Dự án\n\nSố: 3 bước cài đặt.\n\n- cài Node\n- chạy npm ci\n', 1);
    const p = await wait;
    assert.deepEqual(p.diagnostics, []);
  });

  it('honours a per-rule severity override from the settings', async () => {
    client.settings = { rules: { 'ND30-DOC-02': 'off' } };
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = 'file:///tmp/thethuc-test/settings.md';
    const wait = client.waitFor(uri);
    client.open(uri, example(), 1);
    const p = await wait;
    assert.ok(!p.diagnostics.some((d) => d.code === 'ND30-DOC-02'));
    client.settings = {};
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  });
});

describe('language server: a huge document', function () {
  this.timeout(60000);
  it('is not checked while typing, with one plain warning message', async () => {
    ensureBuilt();
    const client = new TestClient();
    const messages: string[] = [];
    await client.start({ locale: 'vi' });
    client.conn.onRequest('window/showMessageRequest', (p: { message: string }) => {
      messages.push(p.message);
      return null;
    });
    client.conn.onNotification('window/showMessage', (p: { message: string }) => messages.push(p.message));
    const uri = 'file:///tmp/thethuc-test/huge.md';
    const wait = client.waitFor(uri);
    client.open(uri, example() + 'x'.repeat(3 * 1024 * 1024), 1);
    const p = await wait;
    assert.deepEqual(p.diagnostics, []);
    for (let i = 0; i < 50 && !messages.length; i++) await new Promise((r) => setTimeout(r, 100));
    assert.equal(messages.length, 1);
    assert.match(messages[0], /quá lớn/);
    await client.stop();
  });
});
