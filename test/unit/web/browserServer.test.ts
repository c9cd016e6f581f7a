// The web build (VS Code for the Web): dist/web/server.js runs in a simulated
// web worker — a fresh JavaScript realm (node:vm) with only what a worker
// has: `self` with postMessage/onmessage, timers, console, TextEncoder and
// TextDecoder, URL. No `process`, `require`, `Buffer`, `setImmediate`: a
// Node built-in or global reached at run time fails here. Over that worker
// the test speaks LSP as the browser client does and checks the example
// letter: Vietnamese diagnostics with rule codes, links into the packaged
// docs, quick fixes, the status-bar summary.
//
// Also checks the bundles: no `require` other than the extension's "vscode".

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { ensureBuilt } from '../build-once';

const ROOT = join(__dirname, '..', '..', '..');
const SERVER = join(ROOT, 'dist', 'web', 'server.js');
const EXTENSION = join(ROOT, 'dist', 'web', 'extension.js');
const LETTER = join(ROOT, '..', 'shared', 'examples', 'cong-van-1465-SNN-VP.md');
const DOCS = 'https://example.test/ext/docs/rules';

type Msg = { jsonrpc: '2.0'; id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown };

class SimulatedWorker {
  private readonly listeners: ((e: { data: unknown }) => void)[] = [];
  private readonly self: Record<string, unknown>;
  readonly inbox: Msg[] = [];
  private waiters: { pred: (m: Msg) => boolean; resolve: (m: Msg) => void }[] = [];
  private nextId = 1;
  readonly errors: string[] = [];

  constructor(code: string) {
    const self: Record<string, unknown> = {
      postMessage: (data: unknown) => this.receive(JSON.parse(JSON.stringify(data)) as Msg),
      addEventListener: (type: string, f: (e: { data: unknown }) => void) => {
        if (type === 'message') this.listeners.push(f);
      },
      removeEventListener: () => undefined,
      onmessage: null,
    };
    const context: Record<string, unknown> = {
      self,
      console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: (...a: unknown[]) => this.errors.push(a.join(' ')) },
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      queueMicrotask,
      TextEncoder,
      TextDecoder,
      URL,
      URLSearchParams,
    };
    self.self = self;
    this.self = self;
    vm.createContext(context);
    vm.runInContext(code, context, { filename: 'dist/web/server.js' });
  }

  private receive(m: Msg): void {
    // Requests from the server (e.g. window/workDoneProgress/create): answer null.
    if (m.method && m.id !== undefined) this.post({ jsonrpc: '2.0', id: m.id, result: null });
    this.inbox.push(m);
    this.waiters = this.waiters.filter((w) => {
      if (!w.pred(m)) return true;
      w.resolve(m);
      return false;
    });
  }

  post(m: Msg): void {
    const e = { data: JSON.parse(JSON.stringify(m)) };
    const on = this.self.onmessage as ((e: unknown) => void) | null;
    if (on) on(e);
    for (const f of this.listeners) f(e);
  }

  waitFor(pred: (m: Msg) => boolean, what: string): Promise<Msg> {
    const hit = this.inbox.find(pred);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no ${what}; errors: ${this.errors.join('\n')}`)), 15000);
      this.waiters.push({ pred, resolve: (m) => (clearTimeout(t), resolve(m)) });
    });
  }

  async request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    this.post({ jsonrpc: '2.0', id, method, params });
    const r = await this.waitFor((m) => m.id === id && m.method === undefined, `answer to ${method}`);
    if (r.error) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.result;
  }

  notify(method: string, params: unknown): void {
    this.post({ jsonrpc: '2.0', method, params });
  }
}

interface Diag {
  code?: string;
  message: string;
  severity?: number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  codeDescription?: { href: string };
}

describe('web build: dist/web/server.js in a simulated web worker', function () {
  this.timeout(60000);
  let w: SimulatedWorker;
  const uri = 'untitled:Untitled-1';
  let diagnostics: Diag[] = [];

  before(function () {
    ensureBuilt();
    w = new SimulatedWorker(readFileSync(SERVER, 'utf8'));
  });

  it('bundles require nothing but the VS Code API', () => {
    for (const f of [SERVER, EXTENSION]) {
      const requires = [...readFileSync(f, 'utf8').matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
      assert.deepEqual([...new Set(requires)].filter((r) => r !== 'vscode'), [], f);
    }
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.browser, './dist/web/extension.js');
  });

  it('initializes without a file system: no configuration watcher, no workspace check', async () => {
    const r = (await w.request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { docsBase: DOCS } })) as {
      capabilities: Record<string, unknown>;
    };
    assert.ok(r.capabilities.codeActionProvider, 'code actions');
    assert.ok(r.capabilities.hoverProvider, 'hover');
    w.notify('initialized', {});
    // The workspace check reads files from disk: not registered in the worker.
    await assert.rejects(w.request('thethuc/checkFiles', { uris: [] }), /-32601|Unhandled method/);
    // Nor is the watcher of .thethuc.jsonc files.
    const registrations = JSON.stringify(w.inbox.filter((m) => m.method === 'client/registerCapability'));
    assert.doesNotMatch(registrations, /didChangeWatchedFiles/);
  });

  it('checks the example letter: Vietnamese diagnostics with rule codes and links into the packaged docs', async () => {
    const text = readFileSync(LETTER, 'utf8');
    w.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const m = await w.waitFor((x) => x.method === 'textDocument/publishDiagnostics' && (x.params as { uri: string }).uri === uri, 'diagnostics');
    diagnostics = (m.params as { diagnostics: Diag[] }).diagnostics;
    const codes = new Set(diagnostics.map((d) => d.code));
    for (const c of ['ND30-DOC-02', 'ND30-TL-04', 'ND30-CC-01', 'ND30-VH-10']) assert.ok(codes.has(c), `${c} in ${[...codes].join(', ')}`);
    const tl = diagnostics.find((d) => d.code === 'ND30-TL-04')!;
    assert.match(tl.message, /Trích yếu công văn viết sau chữ "V\/v"/);
    assert.equal(tl.range.start.line, 6);
    assert.equal(tl.codeDescription?.href, `${DOCS}/ND30-TL-04.md`);
    assert.deepEqual(w.errors, []);
  });

  it('offers quick fixes that edit the letter', async () => {
    const vh = diagnostics.find((d) => d.code === 'ND30-VH-10')!;
    const actions = (await w.request('textDocument/codeAction', { textDocument: { uri }, range: vh.range, context: { diagnostics: [vh] } })) as {
      title: string;
      edit?: { changes?: Record<string, { newText: string }[]>; documentChanges?: { edits: { newText: string }[] }[] };
    }[];
    const edits = actions.flatMap((a) => [...Object.values(a.edit?.changes ?? {}).flat(), ...(a.edit?.documentChanges ?? []).flatMap((d) => d.edits)]);
    assert.ok(edits.some((e) => e.newText.includes('Nội vụ') || e.newText === 'N'), JSON.stringify(actions.map((a) => a.title)));
    assert.ok(actions.some((a) => a.title === 'Sửa thành "Sở Nội vụ"'), JSON.stringify(actions.map((a) => a.title)));
  });

  it('answers the status-bar summary', async () => {
    const s = (await w.request('thethuc/summary', { uri })) as { isDocument: boolean; errors: number; warnings: number };
    assert.equal(s.isDocument, true);
    assert.equal(s.errors, diagnostics.filter((d) => d.severity === 1).length);
  });
});
