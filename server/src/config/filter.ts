// The one file filter: `.thethucignore` files (from the folder walked up to
// the top folder) and the configuration's include/exclude. Used by the CLI's
// folder walk, the language server's live validation and its workspace check,
// so a file skipped by one is skipped by all.

import { dirname, relative, resolve } from 'node:path';
import { IgnoreSet } from './ignore';
import { LoadedConfig, makeFileFilter } from './index';

export interface FileFilterOptions {
  /** Read `.thethucignore` files (CLI `--no-ignore` turns it off). */
  useIgnore: boolean;
  /** The top folder ignore files are read up to (cwd for the CLI, the workspace folder in the server). */
  top: (path: string) => string | undefined;
  /** The configuration that applies to a path. */
  configFor: (path: string) => LoadedConfig | undefined;
}

export class FileFilter {
  private ignore = new IgnoreSet();
  private filters = new WeakMap<LoadedConfig, (rel: string) => boolean>();

  constructor(private readonly o: FileFilterOptions) {}

  /** Forget the ignore files read so far (they changed on disk). */
  clear(): void {
    this.ignore = new IgnoreSet();
    this.filters = new WeakMap();
  }

  /** Read the ignore files of a folder and its parents up to the top folder. */
  enter(dir: string): void {
    if (!this.o.useIgnore) return;
    const top = this.o.top(dir);
    if (top) this.ignore.addAncestors(dir, top);
    else this.ignore.addFolder(dir);
  }

  /** Ignored by a `.thethucignore` (folders and files). */
  ignored(path: string, isDir: boolean): boolean {
    if (!this.o.useIgnore) return false;
    this.enter(dirname(resolve(path)));
    return this.ignore.ignores(path, isDir);
  }

  /** Passes the include/exclude of its configuration. */
  included(path: string): boolean {
    const c = this.o.configFor(path);
    if (!c) return true;
    let f = this.filters.get(c);
    if (!f) {
      f = makeFileFilter(c.config);
      this.filters.set(c, f);
    }
    return f(relative(c.root, resolve(path)));
  }

  /** Both: a file found by a walk or opened in the editor is checked. */
  accepts(path: string, isDir = false): boolean {
    return !this.ignored(path, isDir) && (isDir || this.included(path));
  }
}
