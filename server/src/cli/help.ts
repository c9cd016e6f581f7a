// `thethuc --help`: the usage text, with one line per registered command.

import type { Lang } from '../engine';
import { VERSION } from '../version';

export { VERSION };

export interface CommandUsage {
  /** `thethuc <usage>`, e.g. "init [thư mục]". */
  usage: Record<Lang, string>;
  /** One line of description. */
  summary: Record<Lang, string>;
}

const CHECK_OPTIONS: Record<Lang, string> = {
  vi: `Tuỳ chọn của check:
  --format text|json|sarif|junit  định dạng kết quả (mặc định: text)
  --fix                 sửa tự động và ghi lại tệp; báo phần còn lại
                        (với --stdin: in văn bản đã sửa ra stdout)
  --config <tệp>        dùng tệp cấu hình này (mặc định: .thethuc.jsonc gần nhất)
  --allow-outside-extends  cho phép "extends" đọc tệp ngoài thư mục hiện tại
                        và thư mục cấu hình của người dùng
  --max-warnings <N>    mã thoát 1 khi có hơn N cảnh báo
  --quiet               chỉ báo lỗi (error)
  --stdin               đọc văn bản từ đầu vào chuẩn
  --stdin-filename <tên>  tên tệp hiển thị (và để tìm cấu hình) cho --stdin
  --workers <N>         số luồng kiểm tra (mặc định: số nhân CPU)
  --shard k/n           chỉ kiểm tra phần thứ k trong n phần (chia theo đường dẫn,
                        cho ma trận CI)
  --cache               nhớ kết quả của tệp không đổi (theo nội dung, cấu hình
                        và phiên bản); --cache-location <tệp|thư mục>
                        (mặc định: .thethuccache; không dùng khi --fix)
  --allow-empty         không báo lỗi khi thư mục hoặc mẫu không khớp tệp nào
  --rule-docs-url <url>  địa chỉ công khai của trang quy tắc cho helpUri của SARIF
                        ({rule} thay cho mã quy tắc; mặc định: ruleDocsUrl của cấu hình)
  --no-ignore           không dùng .thethucignore
  --lang vi|en          ngôn ngữ thông báo (mặc định: vi)
  --no-color            không tô màu`,
  en: `Options of check:
  --format text|json|sarif|junit  output format (default: text)
  --fix                 fix automatically and write the files; report what remains
                        (with --stdin: print the fixed text on stdout)
  --config <file>       use this configuration (default: the nearest .thethuc.jsonc)
  --allow-outside-extends  let "extends" read files outside the current folder
                        and the user's configuration folder
  --max-warnings <N>    exit 1 when there are more than N warnings
  --quiet               report errors only
  --stdin               read the text from standard input
  --stdin-filename <name>  file name shown (and used to find the configuration) for --stdin
  --workers <N>         checking threads (default: number of CPU cores)
  --shard k/n           check only part k of n (split by path, for a CI matrix)
  --cache               remember results of unchanged files (by content,
                        configuration and version); --cache-location <file|folder>
                        (default: .thethuccache; not used with --fix)
  --allow-empty         no error when a folder or pattern matches no file
  --rule-docs-url <url>  public address of the rule pages for SARIF helpUri
                        ({rule} = rule ID; default: ruleDocsUrl of the configuration)
  --no-ignore           do not use .thethucignore
  --lang vi|en          message language (default: vi)
  --no-color            no colours`,
};

export function helpText(lang: Lang, commands: CommandUsage[]): string {
  const width = Math.max(...commands.map((c) => c.usage[lang].length)) + 2;
  const lines = commands.map((c) => `  thethuc ${c.usage[lang].padEnd(width)}${c.summary[lang]}`);
  if (lang === 'en') {
    return `Thể thức ${VERSION} — checks Vietnamese administrative documents (Markdown) against Decree 30/2020/NĐ-CP

Usage:
${lines.join('\n')}

${CHECK_OPTIONS.en}
  -h, --help            help
  -v, --version         version

Folders are walked recursively (.md files), skipping .thethucignore patterns
and following the configuration's include/exclude.
Exit codes: 0 no error; 1 errors found or more than --max-warnings warnings;
2 usage, file or configuration error, or nothing matched.`;
  }
  return `Thể thức ${VERSION} — kiểm tra thể thức văn bản hành chính (Markdown) theo Nghị định 30/2020/NĐ-CP

Cách dùng:
${lines.join('\n')}

${CHECK_OPTIONS.vi}
  -h, --help            trợ giúp
  -v, --version         phiên bản

Thư mục được duyệt đệ quy (tệp .md), bỏ qua mẫu trong .thethucignore và
theo include/exclude của tệp cấu hình.
Mã thoát: 0 không có lỗi; 1 có lỗi (error) hoặc quá --max-warnings cảnh báo;
2 sai cách dùng, lỗi đọc tệp, cấu hình sai, hoặc không có tệp nào khớp.`;
}
