// `thethuc`: the command-line checker.
//   thethuc check <files, folders or globs…> [options]
//   thethuc rules [--format json]
//   thethuc init [folder]
// Exit codes: 0 clean; 1 errors found (or more warnings than --max-warnings);
// 2 usage, input/output or configuration error.

import { existsSync, readFileSync, readSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, CheckOptions, Lang } from '../engine';
import { CONFIG_FILE, LoadedConfig, configToOptions, findConfigFile, formatProblem, loadConfigFile, makeFileFilter, starterConfig } from '../config';
import { collect, decode, InputError, isGlob, toPosix } from './files';
import { formatJson, formatJunit, formatSarif, formatText, FileResult, notDocumentCount } from './format';
import { IgnoreSet } from './ignore';
import { defaultWorkers, runJobs } from './pool';
import { checkText, Job, JobResult } from './run';

const VERSION = '0.1.0';
const FORMATS = ['text', 'json', 'sarif', 'junit'];

interface Args {
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
}

class UsageError extends Error {}

const HELP: Record<Lang, string> = {
  vi: `Thể thức ${VERSION} — kiểm tra thể thức văn bản hành chính (Markdown) theo Nghị định 30/2020/NĐ-CP

Cách dùng:
  thethuc check <tệp, thư mục hoặc mẫu glob…> [tuỳ chọn]
  thethuc check --stdin [--stdin-filename <tên>] [tuỳ chọn]
  thethuc rules [--format text|json] [--lang vi|en]
  thethuc init [thư mục]          tạo tệp cấu hình mẫu .thethuc.jsonc

Tuỳ chọn của check:
  --format text|json|sarif|junit  định dạng kết quả (mặc định: text)
  --fix                 sửa tự động và ghi lại tệp; báo phần còn lại
                        (với --stdin: in văn bản đã sửa ra stdout)
  --config <tệp>        dùng tệp cấu hình này (mặc định: .thethuc.jsonc gần nhất)
  --max-warnings <N>    mã thoát 1 khi có hơn N cảnh báo
  --quiet               chỉ báo lỗi (error)
  --stdin               đọc văn bản từ đầu vào chuẩn
  --stdin-filename <tên>  tên tệp hiển thị (và để tìm cấu hình) cho --stdin
  --workers <N>         số luồng kiểm tra (mặc định: số nhân CPU)
  --no-ignore           không dùng .thethucignore
  --lang vi|en          ngôn ngữ thông báo (mặc định: vi)
  --no-color            không tô màu
  -h, --help            trợ giúp
  -v, --version         phiên bản

Thư mục được duyệt đệ quy (tệp .md), bỏ qua mẫu trong .thethucignore và
theo include/exclude của tệp cấu hình.
Mã thoát: 0 không có lỗi; 1 có lỗi (error) hoặc quá --max-warnings cảnh báo;
2 sai cách dùng, lỗi đọc tệp hoặc cấu hình sai.`,
  en: `Thể thức ${VERSION} — checks Vietnamese administrative documents (Markdown) against Decree 30/2020/NĐ-CP

Usage:
  thethuc check <files, folders or globs…> [options]
  thethuc check --stdin [--stdin-filename <name>] [options]
  thethuc rules [--format text|json] [--lang vi|en]
  thethuc init [folder]           write a starter .thethuc.jsonc

Options of check:
  --format text|json|sarif|junit  output format (default: text)
  --fix                 fix automatically and write the files; report what remains
                        (with --stdin: print the fixed text on stdout)
  --config <file>       use this configuration (default: the nearest .thethuc.jsonc)
  --max-warnings <N>    exit 1 when there are more than N warnings
  --quiet               report errors only
  --stdin               read the text from standard input
  --stdin-filename <name>  file name shown (and used to find the configuration) for --stdin
  --workers <N>         checking threads (default: number of CPU cores)
  --no-ignore           do not use .thethucignore
  --lang vi|en          message language (default: vi)
  --no-color            no colours
  -h, --help            help
  -v, --version         version

Folders are walked recursively (.md files), skipping .thethucignore patterns
and following the configuration's include/exclude.
Exit codes: 0 no error; 1 errors found or more than --max-warnings warnings;
2 usage, file or configuration error.`,
};

function parseArgs(argv: string[]): Args {
  const a: Args = {
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
  };
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
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`tuỳ chọn không hợp lệ / unknown option: ${arg}`);
        if (!a.command) a.command = arg;
        else a.paths.push(arg);
    }
  }
  if (a.lang !== 'vi' && a.lang !== 'en') throw new UsageError(`--lang phải là vi hoặc en / --lang must be vi or en: ${a.lang}`);
  return a;
}

export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`thethuc: ${(e as Error).message}\n${HELP.vi.split('\n').slice(2, 7).join('\n')}\n`);
    return 2;
  }
  const lang = args.lang;
  if (args.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (args.help || !args.command) {
    (args.help ? process.stdout : process.stderr).write(HELP[lang] + '\n');
    return args.help ? 0 : 2;
  }
  switch (args.command) {
    case 'check':
      return runCheck(args);
    case 'rules':
      return runRules(args);
    case 'init':
      return runInit(args);
    default:
      process.stderr.write(`thethuc: ${lang === 'en' ? 'unknown command' : 'lệnh không hợp lệ'}: ${args.command}\n`);
      return 2;
  }
}

function err(lang: Lang, vi: string, en: string): void {
  process.stderr.write(`thethuc: ${lang === 'en' ? en : vi}\n`);
}

// ------------------------------------------------------------------ rules

function runRules(args: Args): number {
  const lang = args.lang;
  if (args.format === 'json') {
    const list = RULES.map((r) => ({
      id: r.meta.id,
      component: r.meta.component,
      severity: r.meta.severity,
      fixable: r.meta.fixable,
      regimes: r.meta.regimes ?? ['hanh-chinh'],
      title: r.meta.title,
      clause: r.meta.clause,
      description: r.meta.description,
      examples: r.meta.examples ?? { correct: [], incorrect: [] },
      docs: `docs/rules/${r.meta.id}.md`,
    }));
    process.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  if (args.format !== 'text') {
    err(lang, `--format ${args.format}: lệnh rules chỉ nhận text hoặc json`, `--format ${args.format}: the rules command takes text or json`);
    return 2;
  }
  for (const r of RULES) {
    process.stdout.write(`${r.meta.id.padEnd(16)} ${r.meta.severity.padEnd(11)} ${r.meta.fixable ? 'fix' : '   '} ${lang === 'en' ? r.meta.title.en : r.meta.title.vi}\n`);
  }
  return 0;
}

// ------------------------------------------------------------------ init

function runInit(args: Args): number {
  const lang = args.lang;
  if (args.paths.length > 1) {
    err(lang, 'init nhận nhiều nhất một thư mục', 'init takes at most one folder');
    return 2;
  }
  const dir = args.paths[0] ?? '.';
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
  } catch {
    err(lang, `${dir}: không phải thư mục`, `${dir}: not a folder`);
    return 2;
  }
  const file = join(dir, CONFIG_FILE);
  if (existsSync(file)) {
    err(lang, `${file}: đã có tệp cấu hình, không ghi đè`, `${file}: a configuration already exists; not overwritten`);
    return 2;
  }
  try {
    writeFileSync(file, starterConfig(), { flag: 'wx' });
  } catch (e) {
    err(lang, `${file}: không ghi được tệp (${(e as NodeJS.ErrnoException).code ?? 'lỗi'})`, `${file}: cannot write the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    return 2;
  }
  process.stdout.write(lang === 'en' ? `Wrote ${file}: fill in the agency profile (coQuan).\n` : `Đã tạo ${file}: hãy điền hồ sơ cơ quan (coQuan).\n`);
  return 0;
}

// ------------------------------------------------------------------ check

/** Configuration lookup with a cache per folder; every problem is collected. */
class Configs {
  private readonly byDir = new Map<string, LoadedConfig | undefined>();
  private readonly byFile = new Map<string, LoadedConfig>();
  readonly problems: string[] = [];
  /** Options table shared with the workers; index 0 = no configuration. */
  readonly options: CheckOptions[];
  private readonly optIndex = new Map<LoadedConfig, number>();

  constructor(
    private readonly lang: Lang,
    private readonly forced?: LoadedConfig,
  ) {
    this.options = [{ lang }];
    if (forced) this.note(forced);
  }

  static explicit(file: string, lang: Lang): Configs {
    return new Configs(lang, loadConfigFile(file));
  }

  private note(c: LoadedConfig): void {
    for (const p of c.problems) {
      let text: string | undefined;
      try {
        text = readFileSync(p.file, 'utf8');
      } catch {
        text = undefined;
      }
      const msg = formatProblem({ ...p, file: relative(process.cwd(), p.file) || p.file }, this.lang, text);
      if (!this.problems.includes(msg)) this.problems.push(msg);
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
        c = loadConfigFile(f);
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

async function runCheck(args: Args): Promise<number> {
  const lang = args.lang;
  if (!FORMATS.includes(args.format)) {
    err(lang, `--format ${args.format}: chỉ nhận ${FORMATS.join(', ')}`, `--format ${args.format}: expected ${FORMATS.join(', ')}`);
    return 2;
  }
  if (args.stdin && args.paths.length) {
    err(lang, '--stdin không dùng cùng tên tệp', '--stdin cannot be combined with file names');
    return 2;
  }
  if (!args.stdin && args.stdinFilename) {
    err(lang, '--stdin-filename chỉ dùng với --stdin', '--stdin-filename needs --stdin');
    return 2;
  }
  if (!args.stdin && !args.paths.length) {
    err(lang, 'chưa chỉ ra tệp cần kiểm tra', 'no files given');
    return 2;
  }
  let configs: Configs;
  if (args.config) {
    if (!existsSync(args.config)) {
      err(lang, `${args.config}: không tìm thấy tệp cấu hình`, `${args.config}: configuration file not found`);
      return 2;
    }
    configs = Configs.explicit(args.config, lang);
  } else configs = new Configs(lang);
  if (configs.problems.length) return configError(configs, lang);

  if (args.stdin) return runStdin(args, configs);

  // Files: folders honour .thethucignore and the configuration's include/exclude.
  const ignore = new IgnoreSet();
  if (args.ignore) {
    for (const p of args.paths) {
      let base = p;
      if (isGlob(p)) {
        const parts = toPosix(p).split('/');
        const baseParts: string[] = [];
        while (parts.length && !isGlob(parts[0])) baseParts.push(parts.shift()!);
        base = baseParts.join('/') || '.';
      }
      try {
        if (statSync(base).isDirectory()) ignore.addAncestors(base);
      } catch {
        /* reported by collect */
      }
    }
  }
  const { files, errors } = collect(args.paths, {
    enterDir: args.ignore ? (d) => ignore.addFolder(d) : undefined,
    accept: (p, isDir) => !(args.ignore && ignore.ignores(p, isDir)) && (isDir || configs.accepts(p)),
  });
  // Configuration of each file (also loads, and validates, every config met).
  const jobs: Job[] = files.map((file) => ({ file, opt: configs.optionsIndex(file) }));
  if (configs.problems.length) return configError(configs, lang);

  const progress = process.stderr.isTTY && files.length > 1;
  let lastDraw = 0;
  const results = await runJobs(jobs, configs.options, {
    workers: args.workers ?? defaultWorkers(),
    fix: args.fix,
    onProgress: progress
      ? (done, total, file) => {
          const now = Date.now();
          if (done !== total && now - lastDraw < 80) return;
          lastDraw = now;
          const name = file.length > 50 ? '…' + file.slice(-49) : file;
          process.stderr.write(`\r\x1b[K[${done}/${total}] ${name}`);
        }
      : undefined,
  });
  if (progress) process.stderr.write('\r\x1b[K');

  let ioError = errors.length > 0;
  for (const e of errors) process.stderr.write(`thethuc: ${e.text(lang)}\n`);
  const checked: JobResult[] = [];
  for (const r of results) {
    if (r.error) {
      ioError = true;
      process.stderr.write(`thethuc: ${r.file}: ${lang === 'en' ? r.error.en : r.error.vi}\n`);
      if (!r.fixed && r.findings.length === 0) continue;
    }
    checked.push(r);
  }
  return report(args, checked, ioError);
}

function configError(configs: Configs, lang: Lang): number {
  for (const p of configs.problems) process.stderr.write(`thethuc: ${p}\n`);
  err(lang, 'cấu hình không hợp lệ, không kiểm tra', 'invalid configuration, nothing checked');
  return 2;
}

function readStdin(): Buffer {
  const chunks: Buffer[] = [];
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
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

function runStdin(args: Args, configs: Configs): number {
  const lang = args.lang;
  const name = args.stdinFilename ?? '<stdin>';
  let text: string;
  try {
    text = decode(name, readStdin());
  } catch (e) {
    if (e instanceof InputError) process.stderr.write(`thethuc: ${e.text(lang)}\n`);
    else err(lang, `không đọc được đầu vào chuẩn (${(e as NodeJS.ErrnoException).code ?? 'lỗi'})`, `cannot read standard input (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    return 2;
  }
  const opt = configs.optionsIndex(args.stdinFilename ? resolve(args.stdinFilename) : join(process.cwd(), '<stdin>'));
  if (configs.problems.length) return configError(configs, lang);
  const r = checkText(name, text, configs.options[opt], args.fix, false);
  if (args.fix) {
    // The fixed text goes to stdout; what remains is summarised on stderr.
    process.stdout.write(r.text);
    const remaining = args.quiet ? r.findings.filter((f) => f.severity === 'error') : r.findings;
    if (remaining.length) process.stderr.write(formatText([{ file: name, findings: remaining }], false) + '\n');
    return exitCode(args, [r], false);
  }
  return report(args, [r], false);
}

function exitCode(args: Args, results: FileResult[], ioError: boolean): number {
  if (ioError) return 2;
  let errors = 0;
  let warnings = 0;
  for (const r of results)
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  if (errors > 0) return 1;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) return 1;
  return 0;
}

/** Docs base URI for SARIF helpUri: the docs folder of the installed package. */
function docsBase(): string | undefined {
  if (process.env.THETHUC_DOCS_URL) return process.env.THETHUC_DOCS_URL;
  const dir = [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', 'docs', 'rules')].find((p) => existsSync(p));
  return dir ? pathToFileURL(dir).toString() : undefined;
}

function report(args: Args, results: JobResult[], ioError: boolean): number {
  const lang = args.lang;
  const shown: FileResult[] = results.map((r) => ({ file: r.file, findings: args.quiet ? r.findings.filter((f) => f.severity === 'error') : r.findings, doc: r.doc }));
  switch (args.format) {
    case 'json':
      process.stdout.write(formatJson(shown) + '\n');
      break;
    case 'sarif':
      process.stdout.write(
        formatSarif(shown, {
          lang,
          version: VERSION,
          docsBase: docsBase(),
          relPath: (f) => (f.startsWith('<') ? 'stdin' : toPosix(relative(process.cwd(), resolve(f)))),
        }) + '\n',
      );
      break;
    case 'junit':
      process.stdout.write(formatJunit(shown) + '\n');
      break;
    default: {
      const out = formatText(shown, args.color, lang);
      if (out) process.stdout.write(out + '\n');
      process.stdout.write(summary(results, lang, args) + '\n');
    }
  }
  return exitCode(args, results, ioError);
}

function summary(results: JobResult[], lang: Lang, args: Args): string {
  let e = 0;
  let w = 0;
  let i = 0;
  let fixedFiles = 0;
  let fixes = 0;
  for (const r of results) {
    if (r.fixed) fixedFiles++;
    fixes += r.fixedCount ?? 0;
    for (const f of r.findings) {
      if (f.severity === 'error') e++;
      else if (f.severity === 'warning') w++;
      else i++;
    }
  }
  const fixPart = args.fix ? (lang === 'en' ? `; fixed ${fixes} problem(s) in ${fixedFiles} file(s)` : `; đã sửa ${fixes} lỗi trong ${fixedFiles} tệp`) : '';
  const maxPart =
    args.maxWarnings !== undefined && w > args.maxWarnings
      ? lang === 'en'
        ? ` (more than --max-warnings ${args.maxWarnings})`
        : ` (vượt --max-warnings ${args.maxWarnings})`
      : '';
  const nd = notDocumentCount(results);
  const ndPart = nd ? (lang === 'en' ? `; ${nd} file(s) not recognised as an administrative document` : `; ${nd} tệp không nhận ra văn bản hành chính`) : '';
  return lang === 'en'
    ? `${results.length} file(s) checked: ${e} error(s), ${w} warning(s)${maxPart}, ${i} information${fixPart}${ndPart}`
    : `Đã kiểm tra ${results.length} tệp: ${e} lỗi, ${w} cảnh báo${maxPart}, ${i} thông tin${fixPart}${ndPart}`;
}

if (require.main === module) {
  // `thethuc check … | head`: a closed pipe is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`thethuc: lỗi nội bộ / internal error: ${(e as Error).message}\n`);
      process.exitCode = 2;
    },
  );
}
