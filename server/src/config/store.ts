// The configuration files of the server's workspace: the nearest
// .thethuc.jsonc of a document (up to its workspace folder), loaded once and
// re-read when a file of its chain changes on disk. Listeners hear about each
// load (features/configWatcher.ts publishes the problems).

import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ExtendsPolicy, findConfigFile, isInside, loadConfigFile, LoadedConfig, nodeFs } from './index';

export class ConfigStore {
  private readonly cache = new Map<string, { stamp: string; loaded: LoadedConfig }>();
  private readonly listeners: ((l: LoadedConfig) => void)[] = [];
  private readonly clearListeners: (() => void)[] = [];
  roots: string[] = [];
  /** Restricted mode (untrusted workspace): workspace configuration is ignored. */
  trusted = true;
  allowOutside = false;

  onLoaded(f: (l: LoadedConfig) => void): void {
    this.listeners.push(f);
  }

  /** The innermost workspace folder containing a path. */
  rootFor(path: string): string | undefined {
    return this.roots.filter((r) => isInside(path, r)).sort((a, b) => b.length - a.length)[0];
  }

  forPath(path: string): LoadedConfig | undefined {
    if (!this.trusted) return undefined;
    const root = this.rootFor(path);
    const file = findConfigFile(dirname(path), root);
    if (!file) return undefined;
    const hit = this.cache.get(file);
    if (hit && hit.stamp === stampOf(hit.loaded.files)) return hit.loaded;
    const policy: ExtendsPolicy = { roots: root ? [root] : [dirname(file)], allowOutside: this.allowOutside };
    const loaded = loadConfigFile(file, nodeFs, policy);
    this.cache.set(file, { stamp: stampOf(loaded.files), loaded });
    for (const l of this.listeners) l(loaded);
    return loaded;
  }

  /** Files changed on disk: forget what was loaded (and tell the file filter). */
  clear(): void {
    this.cache.clear();
    for (const f of this.clearListeners) f();
  }

  onCleared(f: () => void): void {
    this.clearListeners.push(f);
  }
}

function stampOf(files: string[]): string {
  return files
    .map((f) => {
      try {
        const st = statSync(f);
        return `${f}:${st.mtimeMs}:${st.size}`;
      } catch {
        return `${f}:-`;
      }
    })
    .join('|');
}
