// `thethuc export <file.md> [-o out.docx] [--pdf] [--force]`: the letter as a
// Word document in the layout of Phụ lục I (and a PDF through LibreOffice).
// Exit codes: 0 written; 1 written, but the letter has errors (not with --force);
// 2 usage, input/output error, not an administrative document, no LibreOffice for --pdf.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve, basename, extname, join } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser/lib/esm/main.js';
import type { Lang } from '../engine';
import { languageOf, tr } from '../engine/i18n';
import { configToOptions, findConfigFile, loadConfigFile } from '../config';
import { exportDocx, exportSettingsFrom, toPdf } from '../export';
import { NoLibreOfficeError } from '../export/pdf';
import { decode, InputError } from './files';

const HELP: Record<Lang, string> = {
  vi: `Cách dùng: thethuc export <tệp.md> [-o <tệp.docx>] [--pdf] [--force]

Xuất văn bản Markdown thành tệp Word (.docx) theo thể thức Phụ lục I, NĐ 30/2020:
khổ A4, lề, phông Times New Roman, cỡ chữ từng thành phần, bảng tiêu đề và bảng chữ ký.

  -o, --output <tệp>   tệp .docx kết quả (mặc định: cùng tên, cạnh tệp .md)
  --pdf                tạo thêm tệp PDF bằng LibreOffice (soffice --headless)
  --force              không trả mã thoát 1 khi văn bản còn lỗi thể thức
  --config <tệp>       tệp cấu hình (mặc định: .thethuc.jsonc gần nhất; mục "export")
  --lang vi|en         ngôn ngữ thông báo

Mã thoát: 0 đã xuất; 1 đã xuất nhưng văn bản còn lỗi (trừ khi có --force);
2 sai cách dùng, lỗi đọc/ghi tệp, không phải văn bản hành chính, thiếu LibreOffice cho --pdf.`,
  en: `Usage: thethuc export <file.md> [-o <file.docx>] [--pdf] [--force]

Exports a Markdown letter as a Word document (.docx) in the layout of Decree 30/2020,
Appendix I: A4, margins, Times New Roman, the size of every component, header and signature tables.

  -o, --output <file>  output .docx (default: same name, next to the .md file)
  --pdf                also write a PDF with LibreOffice (soffice --headless)
  --force              do not exit 1 when the letter still has format errors
  --config <file>      configuration file (default: nearest .thethuc.jsonc; "export" section)
  --lang vi|en         language of the messages

Exit codes: 0 written; 1 written but the letter has errors (unless --force);
2 usage, read/write error, not an administrative document, no LibreOffice for --pdf.`,
};

export async function runExport(argv: string[]): Promise<number> {
  let lang: Lang = 'vi';
  let input: string | undefined;
  let output: string | undefined;
  let config: string | undefined;
  let pdf = false;
  let force = false;
  const say = (vi: string, en: string) => process.stderr.write(`thethuc export: ${tr(lang, vi, en)}\n`);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(a);
      return v;
    };
    try {
      if (a === '-h' || a === '--help') {
        process.stdout.write(HELP[argv.includes('en') ? 'en' : lang] + '\n');
        return 0;
      } else if (a === '-o' || a === '--output') output = value();
      else if (a === '--pdf') pdf = true;
      else if (a === '--force') force = true;
      else if (a === '--config' || a === '-c') config = value();
      else if (a === '--lang') lang = languageOf(value());
      else if (a.startsWith('-') && a !== '-') {
        say(`tuỳ chọn không hợp lệ: ${a}`, `unknown option: ${a}`);
        process.stderr.write(HELP[lang].split('\n')[0] + '\n');
        return 2;
      } else if (!input) input = a;
      else {
        say(`chỉ xuất một tệp mỗi lần (thừa: ${a})`, `one file at a time (extra: ${a})`);
        return 2;
      }
    } catch {
      say(`thiếu giá trị cho ${a}`, `${a} needs a value`);
      return 2;
    }
  }
  if (!input) {
    process.stderr.write(HELP[lang] + '\n');
    return 2;
  }
  const file = resolve(input);
  let text: string;
  try {
    // Same checks as `thethuc check`: UTF-16, binary and TCVN3/VNI files get a clear message.
    text = decode(input, readFileSync(file)).replace(/^\uFEFF/, '');
  } catch (e) {
    if (e instanceof InputError) say(e.text('vi'), e.text('en'));
    else say(`không đọc được ${input}: ${(e as Error).message}`, `cannot read ${input}: ${(e as Error).message}`);
    return 2;
  }

  // Configuration: rule levels (which findings are errors) and the "export" section.
  let opts = {};
  let settings = {};
  const cfgFile = config ? resolve(config) : findConfigFile(dirname(file));
  if (cfgFile) {
    if (!existsSync(cfgFile)) {
      say(`không tìm thấy tệp cấu hình ${config}`, `configuration file not found: ${config}`);
      return 2;
    }
    try {
      opts = configToOptions(loadConfigFile(cfgFile).config);
      settings = exportSettingsFrom((parseJsonc(readFileSync(cfgFile, 'utf8')) as Record<string, unknown> | undefined)?.export);
    } catch (e) {
      say(`cấu hình ${cfgFile}: ${(e as Error).message}`, `configuration ${cfgFile}: ${(e as Error).message}`);
      return 2;
    }
  }

  const r = await exportDocx(text, { ...opts, lang }, settings);
  if (!r.isDocument && !force) {
    say(
      `${input} không phải văn bản hành chính (không thấy Quốc hiệu, số, ngày, nơi nhận…); dùng --force để vẫn xuất`,
      `${input} is not an administrative document (no Quốc hiệu, number, date, recipients…); use --force to export anyway`,
    );
    return 2;
  }
  const out = resolve(output ?? join(dirname(file), basename(file, extname(file)) + '.docx'));
  try {
    writeFileSync(out, r.docx);
  } catch (e) {
    say(`không ghi được ${out}: ${(e as Error).message}`, `cannot write ${out}: ${(e as Error).message}`);
    return 2;
  }
  process.stdout.write(`${out}\n`);
  for (const f of r.errors) {
    process.stderr.write(`${input}:${f.range.start.line + 1}:${f.range.start.character + 1}  ${tr(lang, 'lỗi', 'error')}  ${f.message}  ${f.ruleId}\n`);
  }
  if (r.errors.length) {
    say(
      `đã xuất, nhưng văn bản còn ${r.errors.length} lỗi thể thức (xem trên)${force ? '' : '; sửa lỗi hoặc dùng --force'}`,
      `exported, but the letter has ${r.errors.length} format error(s) (above)${force ? '' : '; fix them or use --force'}`,
    );
  }
  if (pdf) {
    try {
      process.stdout.write(`${await toPdf(out)}\n`);
    } catch (e) {
      if (e instanceof NoLibreOfficeError) {
        say(
          'không tìm thấy LibreOffice (soffice) để tạo PDF; cài LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) hoặc đặt biến THETHUC_SOFFICE. Tệp .docx đã được ghi.',
          'LibreOffice (soffice) not found, no PDF written; install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) or set THETHUC_SOFFICE. The .docx was written.',
        );
      } else say(`không tạo được PDF: ${(e as Error).message}`, `PDF conversion failed: ${(e as Error).message}`);
      return 2;
    }
  }
  return r.errors.length && !force ? 1 : 0;
}
