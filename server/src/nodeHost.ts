// What the Node server reads from the file system: the workspace's
// configuration files (.thethuc.jsonc, .thethucignore and include/exclude),
// and the features that need them (configuration watcher, workspace check).
// The web-worker server (browserServer.ts) has none of this.

import type { InitializeParams } from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import { configToOptions } from './config';
import { ConfigStore } from './config/store';
import { FileFilter } from './config/filter';
import { configWatcherFeature } from './features/configWatcher';
import { workspaceFeature } from './features/workspace';
import type { FileHost } from './serverCore';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

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

export function nodeFileHost(): FileHost {
  const configs = new ConfigStore();
  // One file filter with the CLI: .thethucignore up to the workspace folder, include/exclude.
  const filter = new FileFilter({ useIgnore: true, top: (p) => configs.rootFor(p), configFor: (p) => configs.forPath(p) });
  configs.onCleared(() => filter.clear());
  return {
    configs,
    features: [configWatcherFeature, workspaceFeature],
    initialize(params, trusted) {
      configs.trusted = trusted;
      configs.roots = workspaceRoots(params);
    },
    settingsChanged(s) {
      configs.allowOutside = s?.allowOutsideExtends === true;
    },
    clear() {
      configs.clear();
    },
    forUri(uri) {
      const path = uriToPath(uri);
      if (!path) return undefined;
      const config = configs.forPath(path)?.config;
      return { options: configToOptions(config), accepted: !configs.trusted || filter.accepts(path), ruleDocsUrl: config?.ruleDocsUrl };
    },
  };
}
