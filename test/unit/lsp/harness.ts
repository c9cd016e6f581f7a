// A minimal LSP client for tests: spawns `node dist/server.js --stdio` and
// talks JSON-RPC over its stdio, like Neovim, Helix or Emacs would.

import { spawn, ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export const ROOT = join(__dirname, '..', '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');

export { ensureBuilt } from '../build-once';

export interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string; severity?: number; message: string; source?: string; codeDescription?: { href: string } }[];
}

export class TestClient {
  proc!: ChildProcess;
  conn!: MessageConnection;
  readonly published = new Map<string, PublishParams[]>();
  private waiters: { uri: string; pred: (p: PublishParams) => boolean; resolve: (p: PublishParams) => void }[] = [];
  settings: Record<string, unknown> = {};

  async start(initOptions: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishParams) => {
      const list = this.published.get(p.uri) ?? [];
      list.push(p);
      this.published.set(p.uri, list);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri === p.uri && w.pred(p)) {
          w.resolve(p);
          return false;
        }
        return true;
      });
    });
    this.conn.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map(() => this.settings),
    );
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.listen();
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: initOptions,
    });
    await this.conn.sendNotification('initialized', {});
    return result as Record<string, unknown>;
  }

  waitFor(uri: string, pred: (p: PublishParams) => boolean = () => true, timeoutMs = 15000): Promise<PublishParams> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        uri,
        pred,
        resolve: (p) => {
          clearTimeout(t);
          resolve(p);
        },
      });
    });
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }
  change(uri: string, version: number, changes: unknown[]): void {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }
  close(uri: string): void {
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    this.proc.kill();
  }
}
