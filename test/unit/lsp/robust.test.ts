// The language server under abusive traffic (issue #13 item 5/7) and its
// defaults (issue #14 item 1): malformed frames end the process (so the
// client restarts it), requests before `initialize` and after `shutdown` get
// spec errors, positions are clamped, a document that cannot be checked
// loses its stale diagnostics with one message, heavy documents are analysed
// off the main thread, and messages are Vietnamese unless English is chosen.

import { strict as assert } from 'node:assert';
import { spawn, ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, ROOT, SERVER, TestClient } from './harness';

const EXAMPLE = readFileSync(join(ROOT, 'test', 'fixtures', 'valid', 'cong-van.md'), 'utf8');
const BAD = EXAMPLE.replace('Số: 05/SNV-VP', 'Số: 5/SNV-VP');

/** A raw stdio peer: writes bytes as given, parses framed replies. */
class RawPeer {
  proc: ChildProcess;
  private buf = Buffer.alloc(0);
  readonly messages: { id?: number | string | null; method?: string; error?: { code: number; message: string }; result?: unknown }[] = [];
  private waiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;

  constructor() {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
    this.proc.stdout!.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      for (;;) {
        const sep = this.buf.indexOf('\r\n\r\n');
        if (sep < 0) break;
        const m = /Content-Length: (\d+)/i.exec(this.buf.subarray(0, sep).toString('ascii'));
        const len = m ? Number(m[1]) : 0;
        if (this.buf.length < sep + 4 + len) break;
        this.messages.push(JSON.parse(this.buf.subarray(sep + 4, sep + 4 + len).toString('utf8')));
        this.buf = this.buf.subarray(sep + 4 + len);
        for (const w of this.waiters.splice(0)) w();
      }
    });
  }

  send(obj: unknown): void {
    const body = Buffer.from(JSON.stringify(obj), 'utf8');
    this.raw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  raw(bytes: Buffer | string): void {
    this.proc.stdin!.write(bytes);
  }

  async reply(id: number): Promise<RawPeer['messages'][number]> {
    for (;;) {
      const m = this.messages.find((x) => x.id === id && x.method === undefined);
      if (m) return m;
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  kill(): void {
    this.proc.kill();
  }
}

const INIT = { processId: null, rootUri: null, capabilities: {} };

describe('language server: malformed traffic over stdio', function () {
  this.timeout(60000);
  before(() => ensureBuilt());

  it('answers a request before initialize with ServerNotInitialized (-32002), then initializes normally', async () => {
    const peer = new RawPeer();
    try {
      peer.send({ jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } } });
      const r1 = await peer.reply(1);
      assert.equal(r1.error?.code, -32002);
      peer.send({ jsonrpc: '2.0', id: 2, method: 'initialize', params: INIT });
      const r2 = await peer.reply(2);
      assert.ok((r2.result as { capabilities: unknown }).capabilities);
      peer.send({ jsonrpc: '2.0', id: 3, method: 'initialize', params: INIT });
      assert.equal((await peer.reply(3)).error?.code, -32600, 'a second initialize is refused');
    } finally {
      peer.kill();
    }
  });

  it('answers a request after shutdown with InvalidRequest (-32600); exit ends the process with 0', async () => {
    const peer = new RawPeer();
    peer.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: INIT });
    await peer.reply(1);
    peer.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    peer.send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
    assert.equal((await peer.reply(2)).error, undefined);
    peer.send({ jsonrpc: '2.0', id: 3, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///x.md' } } });
    assert.equal((await peer.reply(3)).error?.code, -32600);
    peer.send({ jsonrpc: '2.0', method: 'exit' });
    assert.equal(await peer.exited, 0);
  });

  for (const [name, bytes] of [
    ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0","id":9,"method":"shutdown"}'],
    ['a non-numeric Content-Length', 'Content-Length: abc\r\n\r\n{}'],
    ['a bad header line', 'garbage without colon\r\n\r\n{}'],
    ['a Content-Length shorter than the body (body not JSON)', 'Content-Length: 5\r\n\r\n{"jsonrpc":"2.0","id":9,"method":"shutdown"}'],
  ] as const) {
    it(`exits (non-zero) on ${name}, so the client restarts it`, async () => {
      const peer = new RawPeer();
      peer.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: INIT });
      await peer.reply(1);
      peer.raw(bytes);
      const code = await peer.exited;
      assert.notEqual(code, 0);
    });
  }
});

describe('language server: clamped positions, failed checks, heavy documents, language', function () {
  this.timeout(60000);
  let client: TestClient;
  const messages: string[] = [];
  before(async () => {
    ensureBuilt();
    client = new TestClient();
    // An English editor with default settings: messages stay Vietnamese.
    await client.start({ locale: 'en' });
    client.conn.onNotification('window/showMessage', (p: { message: string }) => messages.push(p.message));
    client.conn.onRequest('window/showMessageRequest', (p: { message: string }) => {
      messages.push(p.message);
      return null;
    });
  });
  after(async () => client?.stop());

  it('default settings in an English editor give Vietnamese diagnostics, hover and actions', async () => {
    const uri = 'file:///tmp/thethuc-robust/vi.md';
    const wait = client.waitFor(uri);
    client.open(uri, BAD, 1);
    const p = await wait;
    const so = p.diagnostics.find((d) => d.code === 'ND30-SO-02');
    assert.ok(so);
    assert.match(so.message, /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i, so.message);
    const actions = await client.request<{ title: string }[]>('textDocument/codeAction', { textDocument: { uri }, range: so.range, context: { diagnostics: [so] } });
    assert.ok(actions.some((a) => a.title === 'Tắt ND30-SO-02 cho dòng này'), actions.map((a) => a.title).join(' | '));
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: so.range.start });
    assert.match(h.contents.value, /ND30-SO-02/);
    assert.doesNotMatch(h.contents.value, /Correct example/);
  });

  it('completion, hover and symbols at a huge line number answer (clamped), without error', async () => {
    const uri = 'file:///tmp/thethuc-robust/vi.md';
    const far = { line: 1e9, character: 1e9 };
    const c = await client.request<{ items: unknown[] } | null>('textDocument/completion', { textDocument: { uri }, position: far });
    assert.ok(c === null || Array.isArray(c.items));
    await client.request('textDocument/hover', { textDocument: { uri }, position: far });
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line: -5, character: -1 } });
  });

  it('a document that can no longer be checked loses its stale diagnostics, said once', async () => {
    const uri = 'file:///tmp/thethuc-robust/grow.md';
    const first = client.waitFor(uri, (p) => p.version === 1);
    client.open(uri, BAD, 1);
    assert.ok((await first).diagnostics.length > 0);
    const huge = BAD + '\n' + 'x'.repeat(2 * 1024 * 1024 + 100) + '\n';
    const second = client.waitFor(uri, (p) => p.version === 2);
    client.change(uri, 2, [{ text: huge }]);
    assert.deepEqual((await second).diagnostics, [], 'stale diagnostics replaced');
    const third = client.waitFor(uri, (p) => p.version === 3);
    client.change(uri, 3, [{ text: huge + 'y' }]);
    assert.deepEqual((await third).diagnostics, []);
    for (let i = 0; i < 50 && !messages.some((m) => /grow\.md/.test(m)); i++) await new Promise((r) => setTimeout(r, 100));
    const said = messages.filter((m) => /grow\.md/.test(m));
    assert.equal(said.length, 1, said.join('\n'));
    assert.match(said[0], /quá lớn để kiểm tra/);
    // Back under the limit: checked again.
    const fourth = client.waitFor(uri, (p) => p.version === 4);
    client.change(uri, 4, [{ text: BAD }]);
    assert.ok((await fourth).diagnostics.some((d) => d.code === 'ND30-SO-02'));
  });

  it('a heavy document (analysed on the worker thread) gets the same diagnostics as when light', async () => {
    // Long body paragraphs push the letter above the worker threshold.
    const filler = Array.from({ length: 500 }, (_, i) => `Đề nghị các cơ quan, đơn vị thực hiện nội dung thứ ${i + 1} theo đúng tiến độ, báo cáo kết quả về Sở Nội vụ để tổng hợp.`).join('\n\n');
    const anchor = 'Trong quá trình thực hiện';
    assert.ok(BAD.includes(anchor));
    const heavy = BAD.replace(anchor, filler + '\n\n' + anchor);
    assert.ok(Buffer.byteLength(heavy) > 64 * 1024);
    const light = 'file:///tmp/thethuc-robust/light.md';
    const big = 'file:///tmp/thethuc-robust/heavy.md';
    const w1 = client.waitFor(light);
    client.open(light, BAD, 1);
    const lp = await w1;
    const w2 = client.waitFor(big);
    client.open(big, heavy, 1);
    const hp = await w2;
    assert.ok(hp.diagnostics.some((d) => d.code === 'ND30-SO-02'));
    assert.deepEqual(
      hp.diagnostics.filter((d) => d.code === 'ND30-SO-02').map((d) => d.range),
      lp.diagnostics.filter((d) => d.code === 'ND30-SO-02').map((d) => d.range),
    );
    // The model stays on the thread until a feature asks for it: symbols, hover and code actions get it.
    type Sym = { name: string; range: { start: { line: number } } };
    const syms = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: big } });
    const lightSyms = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri: light } });
    assert.deepEqual(
      syms.map((x) => x.name),
      lightSyms.map((x) => x.name),
    );
    const so = hp.diagnostics.find((d) => d.code === 'ND30-SO-02')!;
    const lightSo = lp.diagnostics.find((d) => d.code === 'ND30-SO-02')!;
    type Hover = { contents: { value: string } } | null;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: big }, position: so.range.start });
    const lightHover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: light }, position: lightSo.range.start });
    assert.ok(hover && hover.contents.value.includes('ND30-SO-02'));
    assert.equal(hover.contents.value, lightHover?.contents.value);
    type Action = { title: string; kind?: string };
    const actions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri: big }, range: so.range, context: { diagnostics: [so] } });
    const lightActions = await client.request<Action[]>('textDocument/codeAction', { textDocument: { uri: light }, range: lightSo.range, context: { diagnostics: [lightSo] } });
    assert.ok(actions.some((a) => a.kind === 'quickfix'));
    assert.deepEqual(
      actions.map((a) => a.title),
      lightActions.map((a) => a.title),
    );
  });
});
