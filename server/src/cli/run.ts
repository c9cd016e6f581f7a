// One unit of CLI work: read a file, check it (and fix it with --fix), return
// plain data. Used in-process and by the worker threads (worker.ts).

import { writeFileSync } from 'node:fs';
import { analyze, RULES } from '../engine';
import type { CheckOptions, Finding, Text2 } from '../engine';
import { fixAll } from '../engine/fix';
import { readText, InputError } from './files';

export interface Job {
  file: string;
  /** Index into the options table (one entry per configuration). */
  opt: number;
}

export interface JobResult {
  file: string;
  findings: Finding[];
  /** A plain input/output error (the file is then not checked). */
  error?: Text2;
  /** The file was rewritten by --fix. */
  fixed?: boolean;
  /** Findings removed by --fix. */
  fixedCount?: number;
  /** What the file was read as (type, regime; not a document at all). */
  doc?: { isDocument: boolean; regime: string; type?: string; typeName?: string };
}

export function runJob(job: Job, options: CheckOptions[], fix: boolean): JobResult {
  let text: string;
  try {
    text = readText(job.file);
  } catch (e) {
    return { file: job.file, findings: [], error: e instanceof InputError ? { vi: e.vi, en: e.en } : { vi: String(e), en: String(e) } };
  }
  return checkText(job.file, text, options[job.opt] ?? {}, fix, true);
}

/** Check (and fix) a text; with `write`, a fixed text is written back to `file`. */
export function checkText(file: string, text: string, options: CheckOptions, fix: boolean, write: boolean): JobResult & { text: string } {
  if (!fix) {
    const a = analyze(text, options);
    return { file, findings: strip(a.findings), text, doc: a.summary };
  }
  const r = fixAll(text, options);
  const doc = analyze(r.text, { ...options, rules: ALL_OFF }).summary;
  const changed = r.text !== text;
  if (changed && write) {
    try {
      writeFileSync(file, r.text, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      return { file, findings: strip(analyze(text, options).findings), text, doc, error: { vi: `không ghi được tệp đã sửa (${code})`, en: `cannot write the fixed file (${code})` } };
    }
  }
  return { file, findings: strip(r.findings), text: r.text, fixed: changed, fixedCount: r.fixed, doc };
}

/** Every rule off: analyze then only reads the document (its summary). */
const ALL_OFF = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off' as const]));

/** Drop what the outputs never use, so results cross threads cheaply. */
function strip(findings: Finding[]): Finding[] {
  return findings.map((f) => (f.fix ? { ...f, fix: undefined } : f));
}
