// One unit of CLI work: read a file, check it (and fix it with --fix), return
// plain data. Used in-process and by the worker threads (worker.ts).

import { writeFileSync } from 'node:fs';
import { analyze, RULES, timed } from '../engine';
import type { Timings } from '../engine';
import type { CheckOptions, Finding, Text2 } from '../engine';
import { fixAll } from '../engine/fix';
import { readText, InputError } from './files';

export interface Job {
  file: string;
  /** Index into the options table (one entry per configuration). */
  opt: number;
  /** The text, when the main thread already read it (for the cache). */
  text?: string;
}

export interface JobResult {
  file: string;
  findings: Finding[];
  /** A plain input/output error (the file is then not checked). */
  error?: Text2;
  /** The error is a skipped special file (device, FIFO): not an error when other files were checked. */
  special?: boolean;
  /** The file was rewritten by --fix. */
  fixed?: boolean;
  /** Findings removed by --fix. */
  fixedCount?: number;
  /** With THETHUC_TIMING=1: milliseconds spent reading and checking this file, and the check's time by phase and rule. */
  timing?: { read: number; check: number; phases: Timings };
  /** What the file was read as (type, regime; not a document at all). */
  doc?: { isDocument: boolean; regime: string; type?: string; typeName?: string };
}

const TIMING = !!process.env.THETHUC_TIMING;

export function runJob(job: Job, options: CheckOptions[], fix: boolean): JobResult {
  if (TIMING) {
    const t0 = performance.now();
    let text: string;
    try {
      text = job.text ?? readText(job.file);
    } catch {
      return runJobUntimed(job, options, fix); // reports the read error
    }
    const t1 = performance.now();
    const { result: r, timings } = timed(() => runJobUntimed({ ...job, text }, options, fix));
    return { ...r, timing: { read: t1 - t0, check: performance.now() - t1, phases: timings } };
  }
  return runJobUntimed(job, options, fix);
}

function runJobUntimed(job: Job, options: CheckOptions[], fix: boolean): JobResult {
  let text: string;
  try {
    text = job.text ?? readText(job.file);
  } catch (e) {
    return { file: job.file, findings: [], error: e instanceof InputError ? { vi: e.vi, en: e.en } : { vi: String(e), en: String(e) }, special: e instanceof InputError && e.kind === 'special' };
  }
  return checkText(job.file, text, options[job.opt] ?? {}, fix, true);
}

/** Check (and fix) a text; with `write`, a fixed text is written back to `file`. */
export function checkText(file: string, text: string, options: CheckOptions, fix: boolean, write: boolean): JobResult & { text: string } {
  if (!fix) {
    let a: ReturnType<typeof analyze>;
    try {
      a = analyze(text, options);
    } catch (e) {
      // One document the engine cannot handle never aborts the run; the message names the file.
      return { file, findings: [], text, error: internal(e) };
    }
    return { file, findings: strip(a.findings), text, doc: a.summary };
  }
  let r: ReturnType<typeof fixAll>;
  let doc: JobResult['doc'];
  try {
    r = fixAll(text, options);
    doc = analyze(r.text, { ...options, rules: ALL_OFF }).summary;
  } catch (e) {
    return { file, findings: [], text, error: internal(e) };
  }
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

function internal(e: unknown): Text2 {
  const m = e instanceof Error ? e.message : String(e);
  return { vi: `lỗi nội bộ khi kiểm tra tệp này (${m})`, en: `internal error while checking this file (${m})` };
}

/** Every rule off: analyze then only reads the document (its summary). */
const ALL_OFF = Object.fromEntries(RULES.map((r) => [r.meta.id, 'off' as const]));

/** Drop what the outputs never use, so results cross threads cheaply. */
function strip(findings: Finding[]): Finding[] {
  return findings.map((f) => (f.fix ? { ...f, fix: undefined } : f));
}
