// The Thể thức language server in a web worker (VS Code for the Web): the
// same server core as the Node entry (serverCore.ts), over postMessage.
// Differences, all from the host: no file system, so no .thethuc.jsonc,
// .thethucignore or workspace check (settings come from VS Code only); the
// analysis runs inline (no worker_threads); rule links point into the
// extension's packaged docs (the client passes their base URI).

import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { RULES_BY_ID } from './engine';
import { inlineRunner } from './analysisService';
import { startServer } from './serverCore';

declare const self: unknown;

const worker = self as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));

startServer(connection, {
  runner: inlineRunner,
  ruleDocUrl: (ruleId, init) => {
    const base = typeof init.docsBase === 'string' ? init.docsBase.replace(/\/+$/, '') : undefined;
    return base && RULES_BY_ID.has(ruleId) ? `${base}/${ruleId}.md` : undefined;
  },
});
