// What every editor feature receives. Its own module, imported by the
// features and by the registry (index.ts), so no feature imports the registry.

import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../engine';
import type { AnalysisService, Policy } from '../analysisService';
import type { ConfigStore } from '../config/store';
import type { ServerSettings } from '../settings';

export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The one analysis per document version. */
  analysis: AnalysisService;
  /** Configuration files of the workspace (absent in the web worker: no file system). */
  configs?: ConfigStore;
  getSettings(uri: string): Thenable<ServerSettings>;
  /** Settings, configuration and file filter of a document, resolved. */
  policy(uri: string): Promise<Policy>;
  /** Message language for server-wide text (commands without a document). */
  lang(): Lang;
  /** Run once the client sent `initialized` (the connection has a single handler for it). */
  whenInitialized(f: () => void): void;
}
