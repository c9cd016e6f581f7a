// `thethuc check --cache`: results of unchanged files are reused. An entry is
// keyed by the file's path and holds the hash of what decides its findings:
// the text, the effective options (configuration, language) and the tool
// version with its rule set. Like ESLint's `--cache` (content strategy) and
// markdownlint-cli2's cache. The cache file is plain JSON; a corrupt or
// foreign file is ignored and rewritten.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RULES } from '../engine';
import type { CheckOptions, Finding } from '../engine';
import { VERSION } from './help';

export const DEFAULT_CACHE_FILE = '.thethuccache';

interface Entry {
  key: string;
  findings: Finding[];
}

interface CacheFile {
  tool: string;
  entries: Record<string, Entry>;
}

/** The tool's identity: version and rule set (a new or changed rule invalidates everything). */
function toolStamp(): string {
  return `thethuc@${VERSION}:` + hash(RULES.map((r) => `${r.meta.id}/${r.meta.severity}/${r.meta.fixable}`).join(','));
}

export function hash(s: string | Buffer): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 32);
}

/** Stable JSON (sorted keys), so equal options give equal hashes. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(stable).join(',') + ']';
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    return '{' + Object.keys(v as object).sort().map((k) => JSON.stringify(k) + ':' + stable((v as Record<string, unknown>)[k])).join(',') + '}';
  }
  return JSON.stringify(v) ?? 'undefined';
}

export class ResultCache {
  private data: CacheFile;
  private dirty = false;
  private readonly optionHashes = new Map<CheckOptions, string>();
  readonly file: string;
  hits = 0;

  constructor(location?: string) {
    const loc = resolve(location ?? DEFAULT_CACHE_FILE);
    let isDir = false;
    try {
      isDir = statSync(loc).isDirectory();
    } catch {
      isDir = /[\\/]$/.test(location ?? '');
    }
    this.file = isDir ? join(loc, DEFAULT_CACHE_FILE) : loc;
    const stamp = toolStamp();
    this.data = { tool: stamp, entries: {} };
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
      if (parsed && parsed.tool === stamp && parsed.entries && typeof parsed.entries === 'object') this.data = parsed;
    } catch {
      /* no cache yet, or unreadable: start afresh */
    }
  }

  key(text: string, options: CheckOptions): string {
    let oh = this.optionHashes.get(options);
    if (!oh) {
      oh = hash(stable(options));
      this.optionHashes.set(options, oh);
    }
    // Date-dependent checks ("not after today") make the day part of the key.
    return hash(text) + ':' + oh + ':' + new Date().toISOString().slice(0, 10);
  }

  get(path: string, key: string): Finding[] | undefined {
    const e = this.data.entries[resolve(path)];
    if (e && e.key === key) {
      this.hits++;
      return e.findings;
    }
    return undefined;
  }

  set(path: string, key: string, findings: Finding[]): void {
    this.data.entries[resolve(path)] = { key, findings };
    this.dirty = true;
  }

  /** Write the cache (atomically); a failure is reported, never fatal. */
  save(): string | undefined {
    if (!this.dirty) return undefined;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(this.data));
      renameSync(tmp, this.file);
      return undefined;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code ?? String(e);
    }
  }
}
