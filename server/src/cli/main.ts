// `thethuc`: the command-line checker.
//   thethuc check <files, folders or globs…> [--format text|json] [--lang vi|en]
//   thethuc rules [--format json]
// Exit codes: 0 no error, 1 errors found, 2 usage or input/output error.

import { analyze, RULES, CheckOptions, Lang } from '../engine';
import { collect, readText, InputError } from './files';
import { formatJson, formatText, FileResult } from './format';

const VERSION = '0.1.0';

interface Args {
  command: string;
  paths: string[];
  format: string;
  lang: Lang;
  color: boolean;
  help: boolean;
  version: boolean;
}

class UsageError extends Error {}

const HELP: Record<Lang, string> = {
  vi: `Thể thức ${VERSION} — kiểm tra thể thức văn bản hành chính (Markdown) theo Nghị định 30/2020/NĐ-CP

Cách dùng:
  thethuc check <tệp, thư mục hoặc mẫu glob…> [--format text|json] [--lang vi|en]
  thethuc rules [--format text|json] [--lang vi|en]

Tuỳ chọn:
  --format text|json   định dạng kết quả (mặc định: text)
  --lang vi|en         ngôn ngữ thông báo (mặc định: vi)
  --no-color           không tô màu
  -h, --help           trợ giúp
  -v, --version        phiên bản

Mã thoát: 0 không có lỗi; 1 có lỗi (error); 2 sai cách dùng hoặc lỗi đọc tệp.`,
  en: `Thể thức ${VERSION} — checks Vietnamese administrative documents (Markdown) against Decree 30/2020/NĐ-CP

Usage:
  thethuc check <files, folders or globs…> [--format text|json] [--lang vi|en]
  thethuc rules [--format text|json] [--lang vi|en]

Options:
  --format text|json   output format (default: text)
  --lang vi|en         message language (default: vi)
  --no-color           no colours
  -h, --help           help
  -v, --version        version

Exit codes: 0 no error; 1 errors found; 2 usage or file error.`,
};

function parseArgs(argv: string[]): Args {
  const a: Args = { command: '', paths: [], format: 'text', lang: 'vi', color: !!process.stdout.isTTY && !process.env.NO_COLOR, help: false, version: false };
  const needValue = (i: number, name: string) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name}: thiếu giá trị / missing value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    switch (name) {
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
        a.format = inline ?? needValue(i++, name);
        break;
      case '--lang':
        a.lang = (inline ?? needValue(i++, name)) as Lang;
        break;
      case '--no-color':
        a.color = false;
        break;
      case '--color':
        a.color = true;
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

export function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`thethuc: ${(e as Error).message}\n${HELP.vi.split('\n').slice(2, 5).join('\n')}\n`);
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
    default:
      process.stderr.write(`thethuc: ${lang === 'en' ? 'unknown command' : 'lệnh không hợp lệ'}: ${args.command}\n`);
      return 2;
  }
}

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
      docs: `docs/rules/${r.meta.id}.md`,
    }));
    process.stdout.write(JSON.stringify(list, null, 2) + '\n');
    return 0;
  }
  for (const r of RULES) {
    process.stdout.write(`${r.meta.id.padEnd(16)} ${r.meta.severity.padEnd(11)} ${r.meta.fixable ? 'fix' : '   '} ${lang === 'en' ? r.meta.title.en : r.meta.title.vi}\n`);
  }
  return 0;
}

function runCheck(args: Args): number {
  const lang = args.lang;
  if (args.format !== 'text' && args.format !== 'json') {
    process.stderr.write(`thethuc: --format ${args.format}: ${lang === 'en' ? 'expected text or json' : 'chỉ nhận text hoặc json'}\n`);
    return 2;
  }
  if (!args.paths.length) {
    process.stderr.write(`thethuc: ${lang === 'en' ? 'no files given' : 'chưa chỉ ra tệp cần kiểm tra'}\n`);
    return 2;
  }
  const { files, errors } = collect(args.paths);
  const results: FileResult[] = [];
  let ioError = errors.length > 0;
  const options: CheckOptions = { lang };
  for (const file of files) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      errors.push(e instanceof InputError ? e : new InputError(file, String(e), String(e)));
      ioError = true;
      continue;
    }
    const a = analyze(text, options);
    results.push({ file, findings: a.findings });
  }
  for (const e of errors) process.stderr.write(`thethuc: ${e.text(lang)}\n`);
  if (args.format === 'json') process.stdout.write(formatJson(results) + '\n');
  else {
    const out = formatText(results, args.color);
    if (out) process.stdout.write(out + '\n');
    process.stdout.write(summary(results, lang) + '\n');
  }
  if (ioError) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function summary(results: FileResult[], lang: Lang): string {
  let e = 0;
  let w = 0;
  let i = 0;
  for (const r of results)
    for (const f of r.findings) {
      if (f.severity === 'error') e++;
      else if (f.severity === 'warning') w++;
      else i++;
    }
  return lang === 'en'
    ? `${results.length} file(s) checked: ${e} error(s), ${w} warning(s), ${i} information`
    : `Đã kiểm tra ${results.length} tệp: ${e} lỗi, ${w} cảnh báo, ${i} thông tin`;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`thethuc: lỗi nội bộ / internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  }
}
