// Editor features beyond diagnostics (code actions, hover, completion,
// symbols, configuration, workspace check) plug in here so server.ts stays
// small. Each feature module registers its handlers in `init` and declares its
// capabilities.

import type { InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import type { FeatureContext } from './context';
import { EDITOR_FEATURES } from './editor';
import { configWatcherFeature } from './configWatcher';
import { workspaceFeature } from './workspace';

export type { FeatureContext } from './context';

type Feature = {
  capabilities?(result: InitializeResult, params: InitializeParams): void;
  init?(ctx: FeatureContext): void;
};

const FEATURES: Feature[] = [configWatcherFeature, workspaceFeature, ...EDITOR_FEATURES];

export const registerFeatures = {
  capabilities(result: InitializeResult, params: InitializeParams): void {
    for (const f of FEATURES) f.capabilities?.(result, params);
  },
  init(ctx: FeatureContext): void {
    for (const f of FEATURES) f.init?.(ctx);
  },
};
