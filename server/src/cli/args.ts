// Command-line arguments of `thethuc`: the options every command shares, the
// options of `check`, and options a command declares itself (see
// commands/index.ts), so a new command never edits this file.

import type { Lang } from '../engine';

export interface Args {
  command: string;
  paths: string[];
  format: string;
  lang: Lang;
  color: boolean;
  help: boolean;
  version: boolean;
  fix: boolean;
  config?: string;
  maxWarnings?: number;
  quiet: boolean;
  stdin: boolean;
  stdinFilename?: string;
  workers?: number;
  ignore: boolean;
  /** --shard k/n: check only the k-th of n parts (1-based), split by path. */
  shard?: { k: number; n: number };
  cache: boolean;
  cacheLocation?: string;
  /** A folder or pattern that matches no file is not an error. */
  allowEmpty: boolean;
  /** `extends` may read files outside the current folder and the user's config folder. */
  allowOutsideExtends: boolean;
  /** Options declared by the command itself (CommandOption.key → value). */
  extra: Record<string, string | boolean>;
}

/** An option a command declares for itself. */
export interface CommandOption {
  names: string[];
  key: string;
  /** Takes a value (`-o file.md`, `--output=file.md`). */
  value?: boolean;
}

export class UsageError extends Error {}

/** Every option at its default (colour when stdout is a terminal and NO_COLOR is unset). */
function defaultArgs(): Args {
  return {
    command: '',
    paths: [],
    format: 'text',
    lang: 'vi',
    color: !!process.stdout.isTTY && !process.env.NO_COLOR,
    help: false,
    version: false,
    fix: false,
    quiet: false,
    stdin: false,
    ignore: true,
    cache: false,
    allowEmpty: false,
    allowOutsideExtends: false,
    extra: {},
  };
}

/** `--shard k/n`: 1 ≤ k ≤ n. */
function parseShard(v: string): { k: number; n: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v);
  const k = m ? Number(m[1]) : 0;
  const n = m ? Number(m[2]) : 0;
  if (!m || n < 1 || k < 1 || k > n) throw new UsageError(`--shard: cần dạng k/n với 1 ≤ k ≤ n / expected k/n with 1 ≤ k ≤ n: ${v}`);
  return { k, n };
}

export function parseArgs(argv: string[], commandOptions: (command: string) => CommandOption[] = () => []): Args {
  const a = defaultArgs();
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths) {
      if (!a.command) a.command = arg;
      else a.paths.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = () => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`${name}: thiếu giá trị / missing value`);
      i++;
      return v;
    };
    const count = () => {
      const v = value();
      if (!/^\d+$/.test(v)) throw new UsageError(`${name}: cần số nguyên không âm / expected a non-negative integer: ${v}`);
      return Number(v);
    };
    const own = a.command ? commandOptions(a.command).find((o) => o.names.includes(name)) : undefined;
    if (own) {
      a.extra[own.key] = own.value ? value() : true;
      continue;
    }
    switch (name) {
      case '--':
        onlyPaths = true;
        break;
      case '-h':
      case '--help':
        a.help = true;
        break;
      case '-v':
      case '--version':
        a.version = true;
        break;
      case '--format':
      case '-f':
        a.format = value();
        break;
      case '--lang':
        a.lang = value() as Lang;
        break;
      case '--no-color':
        a.color = false;
        break;
      case '--color':
        a.color = true;
        break;
      case '--fix':
        a.fix = true;
        break;
      case '--config':
      case '-c':
        a.config = value();
        break;
      case '--max-warnings':
        a.maxWarnings = count();
        break;
      case '--quiet':
      case '-q':
        a.quiet = true;
        break;
      case '--stdin':
        a.stdin = true;
        break;
      case '--stdin-filename':
        a.stdinFilename = value();
        break;
      case '--workers':
      case '-j': {
        const n = count();
        if (n < 1) throw new UsageError(`${name}: tối thiểu 1 / at least 1`);
        a.workers = n;
        break;
      }
      case '--no-ignore':
        a.ignore = false;
        break;
      case '--shard':
        a.shard = parseShard(value());
        break;
      case '--cache':
        a.cache = true;
        break;
      case '--cache-location':
        a.cacheLocation = value();
        a.cache = true;
        break;
      case '--allow-empty':
        a.allowEmpty = true;
        break;
      case '--allow-outside-extends':
        a.allowOutsideExtends = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`tuỳ chọn không hợp lệ / unknown option: ${arg}`);
        if (!a.command) a.command = arg;
        else a.paths.push(arg);
    }
  }
  if (a.lang !== 'vi' && a.lang !== 'en') throw new UsageError(`--lang phải là vi hoặc en / --lang must be vi or en: ${a.lang}`);
  return a;
}
