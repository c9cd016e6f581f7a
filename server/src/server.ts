// The Thể thức language server (Node). Runs under VS Code (IPC, started by the
// client) or standalone for any LSP client: `node dist/server.js --stdio`.
//
// This file is the Node transport only: the server itself is serverCore.ts
// (shared with the web-worker entry browserServer.ts); the file system
// (configuration files, file filter, workspace check) is nodeHost.ts; heavy
// documents go to the analysis thread; the protocol guard is lsp/guard.ts.

import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  MessageReader,
  MessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { ruleDocUrl, toDiagnostic } from './diagnostics';
import { AnalysisThread } from './analysisThread';
import { BUDGET_MS } from './analysisService';
import { nodeFileHost } from './nodeHost';
import { GuardedReader } from './lsp/guard';
import { startServer } from './serverCore';
import { setFlagsFromString } from 'node:v8';

// Memory flat over a long session: V8 grows the old generation by a large
// factor (up to ×4 on a small heap) before collecting, so a server editing
// 50 letters sat at ~190 MB RSS with ~25 MB live (bench-lsp). A growing factor
// of 1.3 keeps it near 120–150 MB; the cost is more frequent major GCs, which
// on a heap this size are a few milliseconds each.
setFlagsFromString('--heap-growing-percent=30');

// ---- transport: our own reader/writer so framing errors end the process.

function transport(): { reader: MessageReader; writer: MessageWriter } | undefined {
  const argv = process.argv;
  if (argv.includes('--stdio')) return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout) };
  if (argv.includes('--node-ipc') && process.send) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process) };
  return undefined; // --socket / --pipe: the library's own transport
}

const io = transport();
const fatal = (reason: string) => {
  process.stderr.write(`thethuc: ${reason}; exiting so that the client restarts the server\n`);
  process.exit(1);
};
const connection = io ? createConnection(ProposedFeatures.all, new GuardedReader(io.reader, io.writer, { onFatal: fatal }), io.writer) : createConnection(ProposedFeatures.all);

export { ruleDocUrl, toDiagnostic };

startServer(connection, { files: nodeFileHost(), runner: new AnalysisThread(BUDGET_MS) });
