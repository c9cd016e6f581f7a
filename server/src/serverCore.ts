// The Thể thức language server, independent of its transport: everything the
// server does is registered here on a given `Connection`. Two entries use it:
//  - server.ts (Node: IPC or stdio, configuration files, analysis thread);
//  - browserServer.ts (a web worker in VS Code for the Web: no file system,
//    settings from VS Code only, analysis inline).
//
// Layout: the analysis service (analysisService.ts) owns "one analysis per
// document version"; this file wires it to the connection: settings, the
// policy of a document (enable, file filter, configuration), publishing
// diagnostics. What needs the file system comes in through `FileHost`.

import {
  Connection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckOptions, Lang } from './engine';
import { ServerSettings, DEFAULT_SETTINGS, resolveOptions, withDefaults } from './settings';
import { languageOf, tr } from './engine/i18n';
import { VERSION } from './version';
import { Feature, registerFeatures } from './features';
import { setRuleDocLinks, toDiagnostics } from './diagnostics';
import { validRuleDocsUrl } from './ruleDocs';
import { AnalysisResult, AnalysisRunner, AnalysisService, Policy } from './analysisService';
import { MAX_CHECK_BYTES, megabytes } from './config/limits';
import type { ConfigStore } from './config/store';

/** What the server reads from the file system (Node only). */
export interface FileHost {
  /** Workspace folders and trust, from `initialize`. */
  initialize(params: InitializeParams, trusted: boolean): void;
  /** The `thethuc` settings changed (e.g. `allowOutsideExtends`). */
  settingsChanged(s: Partial<ServerSettings> | null | undefined): void;
  /** Forget loaded configuration files. */
  clear(): void;
  /**
   * Options of a document's configuration files and whether the file filter
   * accepts it; undefined for a document that is not a file. May throw.
   */
  forUri(uri: string): { options: Pick<CheckOptions, 'rules' | 'coQuan'>; accepted: boolean; ruleDocsUrl?: string } | undefined;
  configs: ConfigStore;
  /** Features that need the file system (configuration watcher, workspace check). */
  features: Feature[];
}

export interface ServerHost {
  files?: FileHost;
  /** Runs heavy analyses (Node: the analysis thread); absent: inline. */
  runner?: AnalysisRunner;
  /** Link of a rule's documentation page (absent: the default of diagnostics.ts). */
  ruleDocUrl?: (ruleId: string, initOptions: Record<string, unknown>) => string | undefined;
}

export function startServer(connection: Connection, host: ServerHost = {}): void {
  const documents = new TextDocuments(TextDocument);
  const files = host.files;

  let hasConfigurationCapability = false;
  const docSettings = new Map<string, Thenable<ServerSettings>>();
  let globalSettings: ServerSettings = DEFAULT_SETTINGS;
  /** Language of server-wide messages (the `thethuc.language` setting, Vietnamese by default). */
  let serverLang: Lang = 'vi';
  const features = [...(files?.features ?? []), ...registerFeatures.core];

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    hasConfigurationCapability = !!caps.workspace?.configuration;
    const init = (params.initializationOptions ?? {}) as { language?: string; trusted?: boolean };
    // Vietnamese unless English is chosen; the editor's display language does not decide.
    serverLang = languageOf(init.language);
    // Restricted mode: the workspace's own configuration files are not read.
    files?.initialize(params, init.trusted !== false);
    const docUrl = host.ruleDocUrl;
    if (docUrl) setRuleDocLinks((id) => docUrl(id, init as Record<string, unknown>));
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      },
      serverInfo: { name: 'thethuc', version: VERSION },
    };
    registerFeatures.capabilities(features, result, params);
    return result;
  });

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
      files?.settingsChanged(v);
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
      files?.settingsChanged(globalSettings);
    }
    files?.clear();
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

  /** Everything that decides how a document is checked; computes only. */
  async function policy(uri: string): Promise<Policy> {
    const s = await getSettings(uri);
    const lang = languageOf(s.language);
    const file = configFileFor(uri);
    // The setting wins over .thethuc.jsonc; a value that is not an http(s) address is ignored (the settings UI flags it).
    const ruleDocsUrl = validRuleDocsUrl(s.ruleDocsUrl) ?? file?.ruleDocsUrl;
    return { enabled: s.enable !== false && isMarkdown(uri) && file?.accepted !== false, options: resolveOptions(s, file?.options ?? {}), lang, maxProblems: s.maxProblems, ruleDocsUrl };
  }

  /** What the team configuration says for a document (nothing when there are no files or it cannot be read). */
  function configFileFor(uri: string) {
    try {
      return files?.forUri(uri);
    } catch (e) {
      connection.console.error(`thethuc: cannot load the configuration for ${uri}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  const diagnostics = diagnosticsPublisher(connection);
  const publish = diagnostics.publish;

  const service = new AnalysisService({
    documents,
    policy,
    publish,
    log: (m) => connection.console.error(m),
    runner: host.runner,
  });

  documents.onDidOpen((e) => service.request(e.document.uri));
  documents.onDidChangeContent((e) => service.request(e.document.uri));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    service.forget(uri);
    docSettings.delete(uri);
    diagnostics.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  registerFeatures.init(features, {
    connection,
    documents,
    analysis: service,
    configs: files?.configs,
    getSettings,
    policy,
    lang: () => serverLang,
    whenInitialized: (f) => initializedHooks.push(f),
  });

  documents.listen(connection);
  connection.listen();
}

/**
 * Diagnostics of a document's result, and one message per document when it
 * cannot be checked (too large, too complex, failed), said again only when
 * the reason changes.
 */
function diagnosticsPublisher(connection: Connection): { publish(uri: string, r: AnalysisResult): void; forget(uri: string): void } {
  const notified = new Map<string, string>();

  function publish(uri: string, r: AnalysisResult): void {
    const diagnostics = r.kind === 'ok' ? toDiagnostics(r.analysis.findings, r.maxProblems, r.ruleDocsUrl) : [];
    // A document that cannot be checked never keeps the diagnostics of an older version.
    void connection.sendDiagnostics({ uri, version: r.version, diagnostics });
    if (r.kind === 'ok' || r.kind === 'disabled') {
      notified.delete(uri);
      return;
    }
    const why = r.kind === 'tooLarge' ? 'tooLarge' : r.tooComplex ? 'tooComplex' : 'failed';
    if (notified.get(uri) === why) return; // said once until it changes
    notified.set(uri, why);
    void connection.window.showWarningMessage(cannotCheckMessage(uri, r));
  }

  return { publish, forget: (uri) => void notified.delete(uri) };
}

/** Why a document has no diagnostics, for the user. */
function cannotCheckMessage(uri: string, r: Extract<AnalysisResult, { kind: 'tooLarge' | 'failed' }>): string {
  const name = decodeURIComponent(uri.split('/').pop() ?? uri);
  if (r.kind === 'tooLarge') {
    const size = megabytes(r.bytes);
    const max = megabytes(MAX_CHECK_BYTES);
    return tr(
      r.lang,
      `Thể thức: ${name} quá lớn để kiểm tra (${size} > ${max}); hãy tách thành các tệp nhỏ hơn. Đã xoá các cảnh báo cũ của tệp.`,
      `Thể thức: ${name} is too large to check (${size} > ${max}); split it into smaller files. Its diagnostics are cleared.`,
    );
  }
  if (r.tooComplex) {
    return tr(r.lang, `Thể thức: ${name} quá phức tạp để kiểm tra kịp thời; đã xoá các cảnh báo cũ của tệp.`, `Thể thức: ${name} is too complex to check in time; its diagnostics are cleared.`);
  }
  return tr(
    r.lang,
    `Thể thức: không kiểm tra được ${name} (lỗi nội bộ: ${r.error}); đã xoá các cảnh báo cũ của tệp.`,
    `Thể thức: ${name} could not be checked (internal error: ${r.error}); its diagnostics are cleared.`,
  );
}
