// `thethuc init [folder]`: write a starter .thethuc.jsonc.

import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE, starterConfig } from '../../config';
import { tr } from '../../engine/i18n';
import type { Args } from '../args';
import { err } from '../report';
import type { Command } from './command';

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
  process.stdout.write(tr(lang, `Đã tạo ${file}: hãy điền hồ sơ cơ quan (coQuan).\n`, `Wrote ${file}: fill in the agency profile (coQuan).\n`));
  return 0;
}

export const initCommand: Command = {
  name: 'init',
  usage: { vi: 'init [thư mục]', en: 'init [folder]' },
  summary: { vi: 'tạo tệp cấu hình mẫu .thethuc.jsonc', en: 'write a starter .thethuc.jsonc' },
  run: runInit,
};
