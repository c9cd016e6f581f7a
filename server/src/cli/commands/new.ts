// `thethuc new <loại> [-o file.md] [--date YYYY-MM-DD] [--config file] [--force] [--lang vi|en]`:
// a new document from a Phụ lục III template (../new.ts).

import { runNew, NewArgs } from '../new';
import { languageOf, tr } from '../../engine/i18n';
import type { Command } from './command';

function parseNew(argv: string[]): NewArgs | string {
  const a: NewArgs = { lang: 'vi' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(arg);
      return v;
    };
    try {
      if (arg === '-o' || arg === '--output') a.out = value();
      else if (arg === '--date') a.date = value();
      else if (arg === '--config' || arg === '-c') a.config = value();
      else if (arg === '--force') a.force = true;
      else if (arg === '--lang') a.lang = languageOf(value());
      else if (arg.startsWith('-')) return arg;
      else if (!a.type) a.type = arg;
      else return arg;
    } catch {
      return arg;
    }
  }
  return a;
}

export function runNewCommand(argv: string[]): number {
  const parsed = parseNew(argv);
  const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s), cwd: process.cwd() };
  if (typeof parsed === 'string') {
    const lang = argv.includes('en') ? 'en' : 'vi';
    process.stderr.write(`thethuc new: ${tr(lang, 'tham số không hợp lệ hoặc thiếu giá trị', 'unexpected or incomplete argument')}: ${parsed}\n`);
    return 2;
  }
  return runNew(parsed, io);
}

export const newCommand: Command = {
  name: 'new',
  usage: { vi: 'new <loại> [-o <tệp.md>] [--date YYYY-MM-DD]', en: 'new <type> [-o <file.md>] [--date YYYY-MM-DD]' },
  summary: { vi: 'tạo văn bản mới từ mẫu Phụ lục III (không có loại: liệt kê các mẫu; phu_luc, ban_sao: thêm vào cuối văn bản -o)', en: 'a new document from a Phụ lục III template (no type: list them; phu_luc, ban_sao: appended to the -o document)' },
  run: (args) => runNewCommand(args.paths),
  runRaw: runNewCommand,
};
