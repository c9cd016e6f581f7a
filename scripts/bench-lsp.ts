// Benchmark of the language server as an editor sees it: `node dist/server.js
// --stdio` driven over JSON-RPC (like Neovim or Helix would), one typed
// character at a time.
//   1. keystroke → diagnostics: after each one-character edit (an incremental
//      didChange), the time until the diagnostics of that version arrive,
//      p50/p95, on the example letter, a 200 KB and a 1 MB document (letters
//      one after another); also open → first diagnostics;
//   2. server RSS with 50 letters open, and after 1,000 edits spread over them.
// Run: npm run bench (part of it), or node dist/bench-lsp.js; BENCH_QUICK=1: fewer keystrokes and edits;
// BENCH_LSP_TIMES=1 also prints every keystroke's time, sorted.

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = join(__dirname, '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const QUICK = !!process.env.BENCH_QUICK;

const example = readFileSync(join(ROOT, '..', 'shared', 'examples', 'cong-van-1465-SNN-VP.md'), 'utf8');
const validDir = join(ROOT, 'test', 'fixtures', 'valid');
const letters = readdirSync(validDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(join(validDir, f), 'utf8'));

function lettersOf(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const l = letters[i % letters.length].replace(/Số: (\d+)/, `Số: ${i + 1}`);
    parts.push(l.endsWith('\n') ? l : l + '\n', '\n');
    size += Buffer.byteLength(l) + 2;
  }
  return parts.join('');
}

interface Published {
  uri: string;
  version?: number;
}

class Client {
  private proc = spawn(process.execPath, [...(process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  private conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
  private waiters: { uri: string; version: number; resolve: () => void }[] = [];
  readonly latest = new Map<string, number>();

  async start(): Promise<void> {
    // The server may be gone before the last write (exit): not an error of the bench.
    this.proc.stdin!.on('error', () => undefined);
    this.conn.onError(() => undefined);
    this.conn.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.latest.set(p.uri, p.version ?? -1);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri === p.uri && (p.version ?? -1) >= w.version) {
          w.resolve();
          return false;
        }
        return true;
      });
    });
    this.conn.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.onNotification('$/progress', () => undefined);
    this.conn.listen();
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await this.conn.sendNotification('initialized', {});
  }

  /** Diagnostics of `version` (or a later one) of `uri`. */
  diagnostics(uri: string, version: number, timeoutMs = 600_000): Promise<void> {
    if ((this.latest.get(uri) ?? -2) >= version) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: () => (clearTimeout(t), resolve()) });
    });
  }

  open(uri: string, text: string): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  /** Insert `s` at a position (an incremental change, as editors send). */
  type(uri: string, version: number, line: number, character: number, s: string): void {
    void this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: s }],
    });
  }

  close(uri: string): void {
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resident set size of the server process, MB (Linux /proc; undefined elsewhere). */
  rssMb(): number | undefined {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      this.conn.sendNotification('exit').catch(() => undefined);
      await new Promise((r) => setTimeout(r, 50));
    } catch {
      /* gone */
    }
    this.conn.dispose();
    this.proc.kill();
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1)).padStart(7) + ' ms';

/** A line in the middle of the text with some content, to type into. */
function typingLine(text: string): number {
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = lines.length >> 1; i < lines.length; i++) if (/^[\p{L}]/u.test(lines[i]) && lines[i].length > 20) return i;
  return lines.length >> 1;
}

async function keystrokes(name: string, text: string, n: number): Promise<void> {
  const c = new Client();
  await c.start();
  const uri = `file:///bench/${name.replace(/\W+/g, '-')}.md`;
  const t0 = performance.now();
  c.open(uri, text);
  await c.diagnostics(uri, 1);
  const first = performance.now() - t0;
  const rssOpen = c.rssMb();
  const line = typingLine(text);
  const times: number[] = [];
  for (let k = 0; k < n; k++) {
    const v = k + 2;
    const t = performance.now();
    c.type(uri, v, line, 3 + k, 'abcdefghiklmnopqrstuvxy'[k % 23]);
    await c.diagnostics(uri, v);
    times.push(performance.now() - t);
  }
  const rssAfter = c.rssMb();
  await c.stop();
  const kb = `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;
  // Server RSS once open and after the keystrokes: an edited long document must not keep its old versions.
  console.log(`  ${name.padEnd(18)}${kb.padStart(8)}  open → diagnostics ${ms(first)}   keystroke → diagnostics p50 ${ms(pct(times, 50))}  p95 ${ms(pct(times, 95))}  (${n} keystrokes; server RSS ${mb(rssOpen)} → ${mb(rssAfter)})`);
  if (process.env.BENCH_LSP_TIMES) console.log(`    sorted: ${[...times].sort((a, b) => a - b).map((x) => x.toFixed(0)).join(' ')}`);
}

async function memory(docs: number, edits: number): Promise<void> {
  const c = new Client();
  await c.start();
  const idle = c.rssMb();
  const uris: string[] = [];
  const texts: string[] = [];
  for (let i = 0; i < docs; i++) {
    const uri = `file:///bench/letters/thu-${i}.md`;
    uris.push(uri);
    texts.push(letters[i % letters.length]);
    c.open(uri, texts[i]);
  }
  await Promise.all(uris.map((u) => c.diagnostics(u, 1)));
  const open = c.rssMb();
  const version = uris.map(() => 1);
  // RSS every quarter of the edits: flat means no per-version retention.
  const checkpoints: string[] = [];
  for (let e = 0; e < edits; e++) {
    const d = e % docs;
    version[d]++;
    c.type(uris[d], version[d], typingLine(texts[d]), 1 + (version[d] % 20), 'x');
    await c.diagnostics(uris[d], version[d]);
    if ((e + 1) % Math.max(1, Math.floor(edits / 4)) === 0) checkpoints.push(`${e + 1}: ${mb(c.rssMb())}`);
  }
  const after = c.rssMb();
  await c.stop();
  console.log(`  server RSS: idle ${mb(idle)}, ${docs} letters open ${mb(open)}, after ${edits} edits ${mb(after)}  (after n edits — ${checkpoints.join(', ')})`);
}

const mb = (x?: number) => (x === undefined ? 'n/a' : `${x.toFixed(0)} MB`);

async function main(): Promise<void> {
  // BENCH_LSP=keys|memory: one part only; letter: 300 keystrokes on the letter (to profile the server).
  const part = process.env.BENCH_LSP;
  console.log(`\n5. the language server over stdio (node dist/server.js --stdio), one typed character at a time`);
  if (part === 'letter') await keystrokes('example letter', example, 300);
  else if (part !== 'memory') {
    await keystrokes('example letter', example, QUICK ? 20 : 60);
    await keystrokes('letters, 200 KB', lettersOf(200 * 1024), QUICK ? 10 : 60);
    await keystrokes('letters, 1 MB', lettersOf(1024 * 1024), QUICK ? 5 : 60);
  }
  if (!part || part === 'memory') await memory(50, QUICK ? 200 : 1000);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
