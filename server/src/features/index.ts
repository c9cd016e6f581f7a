// Editor features beyond diagnostics (code actions, hover, completion,
// symbols, status-bar summary) plug in here so the server core stays small.
// Each feature module registers its handlers in `init` and declares its
// capabilities. Features that need the file system (configuration watcher,
// workspace check) are added by the Node host (nodeHost.ts).

import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { EDITOR_FEATURES } from './editor';
import { summaryFeature } from './summary';

export type { FeatureContext } from './context';

export type Feature = {
  capabilities?(result: InitializeResult, params: InitializeParams): void;
  init?(ctx: FeatureContext): void;
};

export const registerFeatures = {
  /** The features of every host (Node and web worker). */
  core: [summaryFeature, ...EDITOR_FEATURES] as Feature[],
  capabilities(features: Feature[], result: InitializeResult, params: InitializeParams): void {
    for (const f of features) f.capabilities?.(result, params);
  },
  init(features: Feature[], ctx: FeatureContext): void {
    for (const f of features) f.init?.(ctx);
  },
};
