// Editor features beyond diagnostics (code actions, hover, completion,
// symbols…) plug in here so server.ts stays small. Each feature module
// registers its handlers in `init` and declares its capabilities.

import type { Connection, InitializeParams, InitializeResult, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, CheckOptions, Lang } from '../engine';
import type { ServerSettings } from '../settings';
import { EDITOR_FEATURES } from './editor';
import { configFeature } from './config';

export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyses: Map<string, { version: number; analysis: Analysis; options: CheckOptions }>;
  getSettings(uri: string): Thenable<ServerSettings>;
  validateNow(uri: string): Promise<void>;
  locale(): Lang;
}

type Feature = {
  capabilities?(result: InitializeResult, params: InitializeParams): void;
  init?(ctx: FeatureContext): void;
  afterValidate?(uri: string, analysis: Analysis): void;
};

const FEATURES: Feature[] = [configFeature, ...EDITOR_FEATURES];

export const registerFeatures = {
  capabilities(result: InitializeResult, params: InitializeParams): void {
    for (const f of FEATURES) f.capabilities?.(result, params);
  },
  init(ctx: FeatureContext): void {
    for (const f of FEATURES) f.init?.(ctx);
  },
  afterValidate(uri: string, analysis: Analysis): void {
    for (const f of FEATURES) f.afterValidate?.(uri, analysis);
  },
};
