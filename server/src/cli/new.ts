// `thethuc new <loại> [-o file.md] [--date YYYY-MM-DD] [--config file]`:
// writes a template of Phụ lục III as a plain Markdown file, filled from the
// agency profile (`.thethuc.jsonc`, `coQuan`) and today's date. The same
// templates as the editor command "Thể thức: Tạo văn bản mới…", expanded
// with their default values instead of tab stops.

import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { documentChoices, expandSnippet, fillTemplate, templateById } from '../templates';
import { findConfigFile, loadConfigFile } from '../config';
import type { AgencyProfile, Lang } from '../engine/types';
import { tr } from '../engine/i18n';
import { bare } from '../engine/text';

export interface NewArgs {
  /** Template id (`cong_van`, `quyet_dinh`…) or its Vietnamese name ("công văn"). */
  type?: string;
  out?: string;
  date?: string;
  config?: string;
  force?: boolean;
  lang: Lang;
}

export interface NewIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  today?: Date;
}

/** "Công văn" → "cong_van": the engine's folding, then the id's separators. */
const bareName = (s: string) => bare(s.normalize('NFC')).replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');

/** The template a user means by `type`: its id, or its name with or without diacritics. */
export function resolveTemplate(type: string): string | undefined {
  if (templateById(type)) return type;
  const want = bareName(type);
  for (const c of documentChoices()) {
    if (c.id === want || bareName(c.label) === want) return c.id;
  }
  return undefined;
}

/** Parse `YYYY-MM-DD` (local date); undefined when malformed. */
export function parseDate(s: string): Date | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s.trim());
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]) ? d : undefined;
}

function listing(lang: Lang): string {
  const rows = documentChoices().map((c) => `  ${c.id.padEnd(24)} ${c.label} (${tr(lang, 'Mẫu', 'Form')} ${c.mau})`);
  return rows.join('\n') + '\n';
}

/** Run the command; returns the exit code (0 written, 2 bad input). */
export function runNew(args: NewArgs, io: NewIo): number {
  const say = (vi: string, en: string) => tr(args.lang, vi, en);
  const fail = (vi: string, en: string) => {
    io.stderr(`thethuc: ${say(vi, en)}\n`);
    return 2;
  };
  if (!args.type) {
    io.stderr(say('thethuc new <loại> [-o tệp.md]: chọn một loại văn bản:\n', 'thethuc new <type> [-o file.md]: choose a type:\n'));
    io.stderr(listing(args.lang));
    return 2;
  }
  const id = resolveTemplate(args.type);
  if (!id) {
    io.stderr(say(`thethuc: không có mẫu "${args.type}". Các loại:\n`, `thethuc: no template "${args.type}". Types:\n`));
    io.stderr(listing(args.lang));
    return 2;
  }
  let date = io.today ?? new Date();
  if (args.date !== undefined) {
    const d = parseDate(args.date);
    if (!d) return fail(`--date ${args.date}: ngày phải có dạng YYYY-MM-DD`, `--date ${args.date}: the date must be YYYY-MM-DD`);
    date = d;
  }
  // The agency profile: --config, else the nearest .thethuc.jsonc from the output folder.
  let profile: AgencyProfile | undefined;
  const outPath = args.out ? resolve(io.cwd, args.out) : undefined;
  const cfgFile = args.config ? resolve(io.cwd, args.config) : findConfigFile(outPath ? dirname(outPath) : io.cwd);
  if (cfgFile) {
    if (!existsSync(cfgFile)) return fail(`${args.config}: không tìm thấy tệp cấu hình`, `${args.config}: configuration file not found`);
    const loaded = loadConfigFile(cfgFile);
    if (loaded.problems.length) io.stderr(say(`thethuc: ${cfgFile}: tệp cấu hình có lỗi; chạy "thethuc check" để xem\n`, `thethuc: ${cfgFile}: the configuration has problems; run "thethuc check" to see them\n`));
    profile = loaded.config.coQuan;
  }
  const text = expandSnippet(fillTemplate(id, { profile, date }));
  // A phụ lục (Mẫu 2.1) or a copy block (Mẫu 3.1) goes after a document: alone it is not one.
  const block = templateById(id)?.appendix === true;
  const afterNote = say(
    `thethuc: mẫu ${id} đặt ở cuối một văn bản; "thethuc new ${id} -o <văn bản.md>" thêm mẫu vào cuối văn bản đó\n`,
    `thethuc: the ${id} template goes at the end of a document; "thethuc new ${id} -o <document.md>" appends it there\n`,
  );
  if (!outPath) {
    io.stdout(text.endsWith('\n') ? text : text + '\n');
    if (block) io.stderr(afterNote);
    return 0;
  }
  if (block && existsSync(outPath) && !args.force) {
    try {
      const before = readFileSync(outPath, 'utf8');
      appendFileSync(outPath, (before === '' || before.endsWith('\n') ? '\n' : '\n\n') + (text.endsWith('\n') ? text : text + '\n'));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? say('lỗi', 'error');
      return fail(`${args.out}: không ghi được tệp (${code})`, `${args.out}: cannot write the file (${code})`);
    }
    io.stderr(
      say(
        `Đã thêm ${id} vào cuối ${args.out}. Điền các chỗ "…" rồi chạy: thethuc check ${args.out}\n`,
        `Appended ${id} to the end of ${args.out}. Fill in the parts marked "…" and run: thethuc check ${args.out}\n`,
      ),
    );
    return 0;
  }
  if (existsSync(outPath) && !args.force) return fail(`${args.out}: tệp đã có, không ghi đè (dùng --force)`, `${args.out}: the file exists; not overwritten (use --force)`);
  try {
    writeFileSync(outPath, text.endsWith('\n') ? text : text + '\n');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? say('lỗi', 'error');
    return fail(`${args.out}: không ghi được tệp (${code})`, `${args.out}: cannot write the file (${code})`);
  }
  io.stderr(
    say(`Đã tạo ${args.out} (${id}). Điền các chỗ "…" rồi chạy: thethuc check ${args.out}\n`, `Wrote ${args.out} (${id}). Fill in the parts marked "…" and run: thethuc check ${args.out}\n`),
  );
  if (block) io.stderr(afterNote);
  return 0;
}
