// Configuration lookup for the CLI: one load per configuration file, a cache
// per folder, every problem collected once (with its line and column).

import { dirname, relative, resolve } from 'node:path';
import type { CheckOptions, Lang } from '../engine';
import { lineColOf } from '../engine/positions';
import { ExtendsPolicy, LoadedConfig, configToOptions, findConfigFile, formatProblem, loadConfigFile, makeFileFilter, nodeFs } from '../config';

export class Configs {
  private readonly byDir = new Map<string, LoadedConfig | undefined>();
  private readonly byFile = new Map<string, LoadedConfig>();
  readonly problems: string[] = [];
  private readonly problemSet = new Set<string>();
  /** Options table shared with the workers; index 0 = no configuration. */
  readonly options: CheckOptions[];
  private readonly optIndex = new Map<LoadedConfig, number>();

  constructor(
    private readonly lang: Lang,
    private readonly policy: ExtendsPolicy = {},
    private readonly forced?: LoadedConfig,
  ) {
    this.options = [{ lang }];
    if (forced) this.note(forced);
  }

  static explicit(file: string, lang: Lang, policy: ExtendsPolicy = {}): Configs {
    // An explicitly named file may sit anywhere; what it extends stays confined
    // to the current folder, the user's config folder and the file's own folder.
    const p: ExtendsPolicy = { ...policy, roots: [...(policy.roots ?? [process.cwd()]), dirname(resolve(file))] };
    return new Configs(lang, p, loadConfigFile(file, nodeFs, p));
  }

  private note(c: LoadedConfig): void {
    // Problems grouped by file: each file is read once and its line starts
    // computed once, whatever the number of problems.
    const positions = new Map<string, ((o: number) => { line: number; character: number }) | undefined>();
    for (const p of c.problems) {
      if (!positions.has(p.file)) {
        let text: string | undefined;
        try {
          text = nodeFs.readFile(p.file);
        } catch {
          text = undefined;
        }
        positions.set(p.file, text === undefined ? undefined : lineColOf(text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text));
      }
      const msg = formatProblem({ ...p, file: relative(process.cwd(), p.file) || p.file }, this.lang, positions.get(p.file));
      if (!this.problemSet.has(msg)) {
        this.problemSet.add(msg);
        this.problems.push(msg);
      }
    }
  }

  /** The configuration of a file, by its folder. */
  forPath(path: string): LoadedConfig | undefined {
    if (this.forced) return this.forced;
    const dir = dirname(resolve(path));
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const f = findConfigFile(dir);
    let c: LoadedConfig | undefined;
    if (f) {
      c = this.byFile.get(f);
      if (!c) {
        c = loadConfigFile(f, nodeFs, this.policy);
        this.byFile.set(f, c);
        this.note(c);
      }
    }
    this.byDir.set(dir, c);
    return c;
  }

  optionsIndex(path: string): number {
    const c = this.forPath(path);
    if (!c) return 0;
    let i = this.optIndex.get(c);
    if (i === undefined) {
      i = this.options.length;
      this.options.push({ lang: this.lang, ...configToOptions(c.config) });
      this.optIndex.set(c, i);
    }
    return i;
  }

  accepts(path: string): boolean {
    const c = this.forPath(path);
    if (!c) return true;
    return makeFileFilter(c.config)(relative(c.root, resolve(path)));
  }
}

