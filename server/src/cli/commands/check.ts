// `thethuc check <files, folders or globs…>` and `thethuc check --stdin`.

import { existsSync, readSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ExtendsPolicy } from '../../config';
import { FileFilter } from '../../config/filter';
import { MAX_CHECK_BYTES, megabytes } from '../../config/limits';
import { localise } from '../../engine/i18n';
import { addTimings, topTimings } from '../../engine/timing';
import type { Timings } from '../../engine/timing';
import type { Args } from '../args';
import { ResultCache } from '../cache';
import { Configs } from '../configs';
import { collect, decode, InputError, readText, toPosix } from '../files';
import { formatText } from '../format';
import { defaultWorkers, runJobs } from '../pool';
import { err, exitCode, progressLine, report } from '../report';
import { checkText, Job, JobResult } from '../run';
import { checkRuleDocsUrl } from '../../ruleDocs';
import type { Command } from './command';

const FORMATS = ['text', 'json', 'sarif', 'junit'];

function usageProblem(args: Args): [string, string] | undefined {
  if (!FORMATS.includes(args.format)) return [`--format ${args.format}: chỉ nhận ${FORMATS.join(', ')}`, `--format ${args.format}: expected ${FORMATS.join(', ')}`];
  if (args.stdin && args.paths.length) return ['--stdin không dùng cùng tên tệp', '--stdin cannot be combined with file names'];
  if (!args.stdin && args.stdinFilename) return ['--stdin-filename chỉ dùng với --stdin', '--stdin-filename needs --stdin'];
  if (!args.stdin && !args.paths.length) return ['chưa chỉ ra tệp cần kiểm tra', 'no files given'];
  if (args.stdin && args.shard) return ['--shard không dùng với --stdin', '--shard cannot be combined with --stdin'];
  return undefined;
}

async function runCheck(args: Args): Promise<number> {
  const lang = args.lang;
  const problem = usageProblem(args);
  if (problem) {
    err(lang, problem[0], problem[1]);
    return 2;
  }
  const policy: ExtendsPolicy = { roots: [process.cwd()], allowOutside: args.allowOutsideExtends };
  let configs: Configs;
  if (args.config) {
    if (!existsSync(args.config)) {
      err(lang, `${args.config}: không tìm thấy tệp cấu hình`, `${args.config}: configuration file not found`);
      return 2;
    }
    configs = Configs.explicit(args.config, lang, policy);
  } else configs = new Configs(lang, policy);
  if (configs.problems.length) return configError(configs, args);
  const docs = ruleDocsUrlOf(args, configs);
  if (docs && 'problem' in docs) {
    err(lang, `--rule-docs-url: ${docs.problem.vi}`, `--rule-docs-url: ${docs.problem.en}`);
    return 2;
  }
  if (configs.problems.length) return configError(configs, args);
  const run = { ...args, extra: { ...args.extra, ruleDocsUrl: docs?.url ?? false } };
  return run.stdin ? runStdin(run, configs) : runFiles(run, configs);
}

/**
 * The public address of the rule pages for SARIF `helpUri`: --rule-docs-url,
 * else `ruleDocsUrl` of the configuration (--config, or the nearest
 * .thethuc.jsonc of the current folder). None: SARIF has no helpUri. A bad
 * --rule-docs-url is refused whatever the format.
 */
function ruleDocsUrlOf(args: Args, configs: Configs): ReturnType<typeof checkRuleDocsUrl> | undefined {
  const flag = args.extra.ruleDocsUrl;
  if (typeof flag === 'string') return checkRuleDocsUrl(flag);
  if (args.format !== 'sarif') return undefined; // only SARIF uses it: no configuration read for nothing
  const fromConfig = configs.forPath(join(process.cwd(), '<cwd>'))?.config.ruleDocsUrl;
  return fromConfig ? { url: fromConfig } : undefined;
}

/** Split by path: the files sorted by their '/'-path, every n-th from the k-th. Deterministic on every machine. */
export function shardOf(files: string[], k: number, n: number): string[] {
  const keyed = files.map((f) => ({ f, key: toPosix(relative(process.cwd(), resolve(f))) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const mine = new Set(keyed.filter((_, i) => i % n === k - 1).map((x) => x.f));
  return files.filter((f) => mine.has(f)); // input order kept for the report
}

async function runFiles(args: Args, configs: Configs): Promise<number> {
  const startedAt = performance.now();
  const lang = args.lang;
  // Folders honour .thethucignore and the configuration's include/exclude.
  const filter = new FileFilter({ useIgnore: args.ignore, top: () => process.cwd(), configFor: (p) => configs.forPath(p) });
  const found = collect(args.paths, {
    enterDir: (d) => filter.enter(d),
    accept: (p, isDir) => filter.accepts(p, isDir),
  });
  if (configs.problems.length) return configError(configs, args);
  let ioError = false;
  let skippedSpecial = 0;
  for (const e of found.errors) {
    process.stderr.write(`thethuc: ${e.text(lang)}\n`);
    if (e.kind === 'special') skippedSpecial++;
    else ioError = true;
  }
  if (found.empty.length && !args.allowEmpty) {
    for (const p of found.empty) err(lang, `${p}: không có tệp nào khớp (kiểm tra lại tên hoặc mẫu; --allow-empty để bỏ qua)`, `${p}: no file matches (check the name or pattern; --allow-empty to accept)`);
    ioError = true;
  }
  const files = args.shard ? shardOf(found.files, args.shard.k, args.shard.n) : found.files;

  const cache = args.cache && !args.fix ? new ResultCache(args.cacheLocation) : undefined;
  const results: JobResult[] = new Array(files.length);
  const jobs: Job[] = [];
  const slots: number[] = [];
  const keys: (string | undefined)[] = [];
  files.forEach((file, i) => {
    const opt = configs.optionsIndex(file);
    if (cache) {
      let text: string;
      try {
        text = readText(file);
      } catch (e) {
        const ie = e as InputError;
        results[i] = { file, findings: [], error: { vi: ie.vi ?? String(e), en: ie.en ?? String(e) }, special: ie.kind === 'special' };
        return;
      }
      const key = cache.key(text, configs.options[opt]);
      const hit = cache.get(file, key);
      if (hit) {
        results[i] = { file, findings: hit };
        return;
      }
      keys[jobs.length] = key;
      jobs.push({ file, opt, text });
    } else jobs.push({ file, opt });
    slots.push(i);
  });
  if (configs.problems.length) return configError(configs, args);

  const progress = progressLine(!!process.stderr.isTTY && jobs.length > 1);
  const stats = { firstResult: [] as number[] };
  const t0 = performance.now();
  const done = await runJobs(jobs, configs.options, {
    workers: args.workers ?? defaultWorkers(),
    fix: args.fix,
    sizes: jobs.map((j) => found.sizes.get(j.file) ?? 0),
    onProgress: progress.update,
    stats,
  });
  progress.end();
  if (process.env.THETHUC_TIMING) printTiming(done, performance.now() - t0, stats.firstResult, startedAt, t0);
  done.forEach((r, j) => {
    results[slots[j]] = r;
    if (cache && !r.error && keys[j]) cache.set(r.file, keys[j]!, r.findings);
  });
  const failed = cache?.save();
  if (failed) err(lang, `không ghi được bộ nhớ đệm ${cache!.file} (${failed})`, `cannot write the cache ${cache!.file} (${failed})`);

  const checked: JobResult[] = [];
  for (const r of results) {
    if (r.error) {
      process.stderr.write(`thethuc: ${r.file}: ${localise(r.error, lang)}\n`);
      if (r.special) skippedSpecial++;
      else ioError = true;
      if (!r.fixed && r.findings.length === 0) continue;
    }
    checked.push(r);
  }
  // A skipped device or FIFO is an error only when nothing else was checked.
  if (skippedSpecial && !checked.length) ioError = true;
  if (!files.length && !found.empty.length && !found.errors.length && !args.allowEmpty && !args.shard) {
    err(lang, 'không có tệp nào để kiểm tra (--allow-empty để bỏ qua)', 'no file to check (--allow-empty to accept)');
    ioError = true;
  }
  return report(args, checked, ioError);
}

/**
 * THETHUC_TIMING=1: where the time of a run goes, on stderr — process start
 * to dispatch (bundle load, walk, configuration), the pool's wall time, per
 * thread time to its first result (thread start + bundle load), and the
 * summed read and check time of the files (CPU work that threads share).
 */
function printTiming(results: JobResult[], poolMs: number, firstResult: number[], startedAt: number, dispatchAt: number): void {
  let read = 0;
  let check = 0;
  const phases: Timings = {};
  for (const r of results) {
    read += r.timing?.read ?? 0;
    check += r.timing?.check ?? 0;
    addTimings(phases, r.timing?.phases);
  }
  const f = (n: number) => `${Math.round(n)} ms`;
  process.stderr.write(
    `thethuc timing: process start → command ${f(startedAt)}, walk and configuration ${f(dispatchAt - startedAt)}; ` +
      `pool ${f(poolMs)} for ${results.length} file(s); threads' first result ${firstResult.map(f).join(', ') || '(in-process)'}; ` +
      `read ${f(read)}, check ${f(check)} (summed over files)\n`,
  );
  // Like ESLint's TIMING=1: the heaviest phases and rules of the checks.
  const top = topTimings(phases, 12);
  if (!top.length) return;
  process.stderr.write(`thethuc timing: check by phase and rule (summed over files; a rule's time includes shared readings it is the first to ask for)\n`);
  const w = Math.max(...top.map((x) => x.name.length));
  for (const x of top) process.stderr.write(`  ${x.name.padEnd(w)}  ${x.ms.toFixed(1).padStart(9)} ms  ${(100 * x.share).toFixed(1).padStart(5)} %\n`);
}

function configError(configs: Configs, args: Args): number {
  for (const p of configs.problems) process.stderr.write(`thethuc: ${p}\n`);
  err(args.lang, 'cấu hình không hợp lệ, không kiểm tra', 'invalid configuration, nothing checked');
  return 2;
}

/** Standard input, refused past the size limit (read stops there: no unbounded buffer). */
function readStdin(limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.alloc(65536);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > limit) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function runStdin(args: Args, configs: Configs): number {
  const lang = args.lang;
  const name = args.stdinFilename ?? '<stdin>';
  let text: string;
  try {
    text = decode(name, readStdin(MAX_CHECK_BYTES));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (e instanceof InputError) process.stderr.write(`thethuc: ${e.text(lang)}\n`);
    else if (code === 'EFBIG')
      err(lang, `${name}: đầu vào quá lớn để kiểm tra (> ${megabytes(MAX_CHECK_BYTES)}); hãy tách thành các tệp nhỏ hơn`, `${name}: input too large to check (> ${megabytes(MAX_CHECK_BYTES)}); split it into smaller files`);
    else err(lang, `không đọc được đầu vào chuẩn (${code ?? 'lỗi'})`, `cannot read standard input (${code ?? 'error'})`);
    return 2;
  }
  const opt = configs.optionsIndex(args.stdinFilename ? resolve(args.stdinFilename) : join(process.cwd(), '<stdin>'));
  if (configs.problems.length) return configError(configs, args);
  const r = checkText(name, text, configs.options[opt], args.fix, false);
  if (r.error) {
    process.stderr.write(`thethuc: ${name}: ${localise(r.error, lang)}\n`);
    return 2;
  }
  if (args.fix) {
    // The fixed text goes to stdout; what remains is summarised on stderr.
    process.stdout.write(r.text);
    const remaining = args.quiet ? r.findings.filter((f) => f.severity === 'error') : r.findings;
    if (remaining.length) process.stderr.write(formatText([{ file: name, findings: remaining }], false) + '\n');
    return exitCode(args, [r], false);
  }
  return report(args, [r], false);
}

export const checkCommand: Command = {
  name: 'check',
  usage: { vi: 'check <tệp, thư mục hoặc mẫu glob…> [tuỳ chọn]', en: 'check <files, folders or globs…> [options]' },
  summary: { vi: 'kiểm tra văn bản (--stdin: từ đầu vào chuẩn)', en: 'check documents (--stdin: from standard input)' },
  options: [{ names: ['--rule-docs-url'], key: 'ruleDocsUrl', value: true }],
  run: runCheck,
};
