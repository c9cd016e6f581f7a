// The Thể thức language server. Runs under VS Code (IPC, started by the
// client) or standalone for any LSP client: `node dist/server.js --stdio`.
//
// Layout: the analysis service (analysisService.ts) owns "one analysis per
// document version"; this file wires it to the connection: settings, the
// policy of a document (enable, file filter, configuration), publishing
// diagnostics, and the protocol guard (lsp/guard.ts).

import {
  createConnection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  IPCMessageReader,
  IPCMessageWriter,
  MessageReader,
  MessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import type { Lang } from './engine';
import { ServerSettings, DEFAULT_SETTINGS, languageOf, resolveOptions, withDefaults } from './settings';
import { registerFeatures } from './features';
import { ruleDocUrl, toDiagnostic, toDiagnostics } from './diagnostics';
import { AnalysisResult, AnalysisService, Policy } from './analysisService';
import { configToOptions } from './config';
import { ConfigStore } from './config/store';
import { FileFilter } from './config/filter';
import { MAX_CHECK_BYTES, megabytes } from './config/limits';
import { GuardedReader } from './lsp/guard';

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
const documents = new TextDocuments(TextDocument);

let hasConfigurationCapability = false;
const docSettings = new Map<string, Thenable<ServerSettings>>();
let globalSettings: ServerSettings = DEFAULT_SETTINGS;
/** Language of server-wide messages (the `thethuc.language` setting, Vietnamese by default). */
let serverLang: Lang = 'vi';
const configs = new ConfigStore();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  hasConfigurationCapability = !!caps.workspace?.configuration;
  const init = (params.initializationOptions ?? {}) as { language?: string; trusted?: boolean };
  // Vietnamese unless English is chosen; the editor's display language does not decide.
  serverLang = languageOf(init.language);
  // Restricted mode: the workspace's own configuration files are not read.
  configs.trusted = init.trusted !== false;
  configs.roots = workspaceRoots(params);
  const result: InitializeResult = {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    },
    serverInfo: { name: 'thethuc', version: '0.1.0' },
  };
  registerFeatures.capabilities(result, params);
  return result;
});

function workspaceRoots(params: InitializeParams): string[] {
  const roots: string[] = [];
  for (const f of params.workspaceFolders ?? []) {
    const p = uriToPath(f.uri);
    if (p) roots.push(p);
  }
  if (!roots.length && params.rootUri) {
    const p = uriToPath(params.rootUri);
    if (p) roots.push(p);
  }
  return roots;
}

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

const initializedHooks: (() => void)[] = [];
connection.onInitialized(() => {
  for (const f of initializedHooks) f();
  if (hasConfigurationCapability) {
    void connection.client.register(DidChangeConfigurationNotification.type, undefined);
    void refreshServerLanguage();
  }
});

async function refreshServerLanguage(): Promise<void> {
  try {
    const v = (await connection.workspace.getConfiguration('thethuc')) as Partial<ServerSettings> | null;
    serverLang = languageOf(v?.language);
    configs.allowOutside = v?.allowOutsideExtends === true;
  } catch {
    /* keep the current language */
  }
}

connection.onDidChangeConfiguration((change) => {
  if (hasConfigurationCapability) {
    docSettings.clear();
    void refreshServerLanguage();
  } else {
    globalSettings = withDefaults(change.settings?.thethuc as Partial<ServerSettings> | undefined);
    serverLang = languageOf(globalSettings.language);
    configs.allowOutside = globalSettings.allowOutsideExtends === true;
  }
  configs.clear();
  service.invalidateAll();
});

function getSettings(uri: string): Thenable<ServerSettings> {
  if (!hasConfigurationCapability) return Promise.resolve(globalSettings);
  let s = docSettings.get(uri);
  if (!s) {
    s = connection.workspace.getConfiguration({ scopeUri: uri, section: 'thethuc' }).then(
      (v: Partial<ServerSettings> | null) => withDefaults(v),
      () => DEFAULT_SETTINGS,
    );
    // Cached for open documents only: a workspace check of 10,000 files keeps no entry per file.
    if (documents.get(uri)) docSettings.set(uri, s);
  }
  return s;
}

function isMarkdown(uri: string): boolean {
  const doc = documents.get(uri);
  return !doc || doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(uri);
}

// One file filter with the CLI: .thethucignore up to the workspace folder, include/exclude.
const filter = new FileFilter({ useIgnore: true, top: (p) => configs.rootFor(p), configFor: (p) => configs.forPath(p) });
configs.onCleared(() => filter.clear());

/** Everything that decides how a document is checked; computes only. */
async function policy(uri: string): Promise<Policy> {
  const s = await getSettings(uri);
  const lang = languageOf(s.language);
  const path = uriToPath(uri);
  let fileOptions = {};
  let accepted = true;
  if (path) {
    try {
      fileOptions = configToOptions(configs.forPath(path)?.config);
      accepted = !configs.trusted || filter.accepts(path);
    } catch (e) {
      connection.console.error(`thethuc: cannot load the configuration for ${uri}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { enabled: s.enable !== false && isMarkdown(uri) && accepted, options: resolveOptions(s, fileOptions), lang, maxProblems: s.maxProblems };
}

// ---- diagnostics: what a result shows, and one message per document when it cannot be checked.

const notified = new Map<string, string>();

function publish(uri: string, r: AnalysisResult): void {
  const diagnostics = r.kind === 'ok' ? toDiagnostics(r.analysis.findings, r.maxProblems) : [];
  // A document that cannot be checked never keeps the diagnostics of an older version.
  void connection.sendDiagnostics({ uri, version: r.version, diagnostics });
  if (r.kind === 'ok' || r.kind === 'disabled') {
    notified.delete(uri);
    return;
  }
  const why = r.kind === 'tooLarge' ? 'tooLarge' : r.tooComplex ? 'tooComplex' : 'failed';
  if (notified.get(uri) === why) return; // said once until it changes
  notified.set(uri, why);
  const name = decodeURIComponent(uri.split('/').pop() ?? uri);
  const en = r.lang === 'en';
  let msg: string;
  if (r.kind === 'tooLarge') {
    const size = megabytes(r.bytes);
    const max = megabytes(MAX_CHECK_BYTES);
    msg = en
      ? `Thể thức: ${name} is too large to check (${size} > ${max}); split it into smaller files. Its diagnostics are cleared.`
      : `Thể thức: ${name} quá lớn để kiểm tra (${size} > ${max}); hãy tách thành các tệp nhỏ hơn. Đã xoá các cảnh báo cũ của tệp.`;
  } else if (r.tooComplex) {
    msg = en
      ? `Thể thức: ${name} is too complex to check in time; its diagnostics are cleared.`
      : `Thể thức: ${name} quá phức tạp để kiểm tra kịp thời; đã xoá các cảnh báo cũ của tệp.`;
  } else {
    msg = en
      ? `Thể thức: ${name} could not be checked (internal error: ${r.error}); its diagnostics are cleared.`
      : `Thể thức: không kiểm tra được ${name} (lỗi nội bộ: ${r.error}); đã xoá các cảnh báo cũ của tệp.`;
  }
  void connection.window.showWarningMessage(msg);
}

const service = new AnalysisService({
  documents,
  policy,
  publish,
  log: (m) => connection.console.error(m),
});

documents.onDidOpen((e) => service.request(e.document.uri));
documents.onDidChangeContent((e) => service.request(e.document.uri));
documents.onDidClose((e) => {
  const uri = e.document.uri;
  service.forget(uri);
  docSettings.delete(uri);
  notified.delete(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] });
});

export { ruleDocUrl, toDiagnostic };

registerFeatures.init({ connection, documents, analysis: service, configs, getSettings, policy, lang: () => serverLang, whenInitialized: (f) => initializedHooks.push(f) });

documents.listen(connection);
connection.listen();
