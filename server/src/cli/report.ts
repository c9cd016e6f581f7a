// Printing the results of `thethuc check` and choosing the exit code.

import { relative, resolve } from 'node:path';
import type { Lang } from '../engine';
import { tr } from '../engine/i18n';
import type { Args } from './args';
import { toPosix } from './files';
import { formatJson, formatJunit, formatSarif, formatText, FileResult, notDocumentCount } from './format';
import { VERSION } from './help';
import type { JobResult } from './run';

export function err(lang: Lang, vi: string, en: string): void {
  process.stderr.write(`thethuc: ${tr(lang, vi, en)}\n`);
}

export function exitCode(args: Args, results: FileResult[], ioError: boolean): number {
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

export function report(args: Args, results: JobResult[], ioError: boolean): number {
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
          // Only a configured public address (--rule-docs-url, ruleDocsUrl): never a path into this machine.
          ruleDocsUrl: typeof args.extra.ruleDocsUrl === 'string' ? args.extra.ruleDocsUrl : undefined,
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
  const fixPart = args.fix ? tr(lang, `; đã sửa ${fixes} lỗi trong ${fixedFiles} tệp`, `; fixed ${fixes} problem(s) in ${fixedFiles} file(s)`) : '';
  const maxPart =
    args.maxWarnings !== undefined && w > args.maxWarnings
      ? tr(lang, ` (vượt --max-warnings ${args.maxWarnings})`, ` (more than --max-warnings ${args.maxWarnings})`)
      : '';
  const nd = notDocumentCount(results);
  const ndPart = nd ? tr(lang, `; ${nd} tệp không nhận ra văn bản hành chính`, `; ${nd} file(s) not recognised as an administrative document`) : '';
  return tr(
    lang,
    `Đã kiểm tra ${results.length} tệp: ${e} lỗi, ${w} cảnh báo${maxPart}, ${i} thông tin${fixPart}${ndPart}`,
    `${results.length} file(s) checked: ${e} error(s), ${w} warning(s)${maxPart}, ${i} information${fixPart}${ndPart}`,
  );
}

/** A progress line on stderr when it is a terminal: `[12/340] path…`, redrawn at most every 80 ms. */
export function progressLine(enabled: boolean): { update?: (done: number, total: number, file: string) => void; end(): void } {
  if (!enabled) return { end: () => undefined };
  let lastDraw = 0;
  return {
    update: (done, total, file) => {
      const now = Date.now();
      if (done !== total && now - lastDraw < 80) return;
      lastDraw = now;
      const name = file.length > 50 ? '…' + file.slice(-49) : file;
      process.stderr.write(`\r\x1b[K[${done}/${total}] ${name}`);
    },
    end: () => process.stderr.write('\r\x1b[K'),
  };
}
