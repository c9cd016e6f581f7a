// The Thể thức language server. Runs under VS Code (IPC, started by the
// client) or standalone for any LSP client: `node dist/server.js --stdio`.

import {
  createConnection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, Analysis, CheckOptions, Lang } from './engine';
import { ServerSettings, DEFAULT_SETTINGS, settingsToOptions, MAX_CHECK_CHARS } from './settings';
import { registerFeatures } from './features';
import { ruleDocUrl, toDiagnostic } from './diagnostics';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let hasConfigurationCapability = false;
let clientLocale: Lang = 'vi';
const docSettings = new Map<string, Thenable<ServerSettings>>();
let globalSettings: ServerSettings = DEFAULT_SETTINGS;

/** Latest analysis per document, with the version it was computed for. */
export const analyses = new Map<string, { version: number; analysis: Analysis; options: CheckOptions }>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  hasConfigurationCapability = !!caps.workspace?.configuration;
  const locale = (params.initializationOptions?.locale as string | undefined) ?? params.locale ?? '';
  clientLocale = locale.toLowerCase().startsWith('en') ? 'en' : 'vi';
  const result: InitializeResult = {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    },
    serverInfo: { name: 'thethuc', version: '0.1.0' },
  };
  registerFeatures.capabilities(result, params);
  return result;
});

connection.onInitialized(() => {
  if (hasConfigurationCapability) {
    void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  }
});

connection.onDidChangeConfiguration((change) => {
  if (hasConfigurationCapability) docSettings.clear();
  else globalSettings = { ...DEFAULT_SETTINGS, ...((change.settings?.thethuc ?? {}) as Partial<ServerSettings>) };
  for (const doc of documents.all()) schedule(doc, 0);
});

export function getSettings(uri: string): Thenable<ServerSettings> {
  if (!hasConfigurationCapability) return Promise.resolve(globalSettings);
  let s = docSettings.get(uri);
  if (!s) {
    s = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'thethuc' })
      .then((v: Partial<ServerSettings> | null) => ({ ...DEFAULT_SETTINGS, ...(v ?? {}) }));
    docSettings.set(uri, s);
  }
  return s;
}

function isMarkdown(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri);
}

// ---- validation queue: a light debounce per document, and results for an
// older version are dropped, never published.
const timers = new Map<string, NodeJS.Timeout>();
const tooLargeWarned = new Set<string>();
const DEBOUNCE_MS = 120;

function schedule(doc: TextDocument, delay = DEBOUNCE_MS): void {
  const old = timers.get(doc.uri);
  if (old) clearTimeout(old);
  timers.set(
    doc.uri,
    setTimeout(() => {
      timers.delete(doc.uri);
      void validate(doc.uri);
    }, delay),
  );
}

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  const t = timers.get(e.document.uri);
  if (t) clearTimeout(t);
  timers.delete(e.document.uri);
  analyses.delete(e.document.uri);
  docSettings.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

async function validate(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc || !isMarkdown(doc)) return;
  const settings = await getSettings(uri);
  const current = documents.get(uri);
  if (!current || current.version !== doc.version) return; // a newer version is queued
  if (!settings.enable) {
    analyses.delete(uri);
    await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
    return;
  }
  const options = settingsToOptions(settings, clientLocale, uri);
  // A letter is a few pages; a multi-megabyte Markdown file would block the
  // server for seconds on every keystroke. Say so once and do not check it.
  const size = doc.getText().length;
  if (size > MAX_CHECK_CHARS) {
    analyses.delete(uri);
    await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
    if (!tooLargeWarned.has(uri)) {
      tooLargeWarned.add(uri);
      const mb = (size / 1048576).toFixed(1);
      void connection.window.showWarningMessage(
        options.lang === 'en'
          ? `Thể thức: ${uri.split('/').pop()} is too large to check while typing (${mb} MB > 2 MB); use the CLI: thethuc check <file>.`
          : `Thể thức: ${uri.split('/').pop()} quá lớn để kiểm tra khi đang gõ (${mb} MB > 2 MB); hãy dùng dòng lệnh: thethuc check <tệp>.`,
      );
    }
    return;
  }
  tooLargeWarned.delete(uri);
  let analysis: Analysis;
  try {
    analysis = analyze(doc.getText(), options);
  } catch (e) {
    connection.console.error(`thethuc: check failed for ${uri}: ${e instanceof Error ? e.stack : String(e)}`);
    return;
  }
  for (const ie of analysis.internalErrors) connection.console.error(`thethuc: rule ${ie.ruleId} failed: ${ie.error}`);
  analyses.set(uri, { version: doc.version, analysis, options });
  const diagnostics = analysis.findings.slice(0, settings.maxProblems).map(toDiagnostic);
  await connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  registerFeatures.afterValidate(uri, analysis);
}

export { ruleDocUrl, toDiagnostic };

registerFeatures.init({ connection, documents, analyses, getSettings, validateNow: (uri) => validate(uri), locale: () => clientLocale });

documents.listen(connection);
connection.listen();
