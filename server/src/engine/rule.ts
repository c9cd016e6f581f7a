// The rule interface: metadata + a check over the document model.

import type { Line } from './markdown';
import { lineRange } from './markdown';
import type { DocModel } from './model';
import type { CheckOptions, FixEdit, RawFinding, RuleMeta, Severity, Text2 } from './types';

export interface ReportInput {
  /** Line the finding is on; from/to are indexes into `line.text` (default: whole line). */
  line?: Line;
  from?: number;
  to?: number;
  /** Or raw source offsets. */
  start?: number;
  end?: number;
  message: Text2;
  fix?: { title: Text2; edits: FixEdit[] };
  severity?: Severity;
}

export interface RuleContext {
  readonly model: DocModel;
  readonly text: string;
  readonly settings: CheckOptions;
  /** Options of this rule from the configuration. */
  readonly options: Record<string, unknown>;
  report(r: ReportInput): void;
  /** An edit that replaces text[from, to) of a line (line-text indexes). */
  edit(line: Line, from: number, to: number, text: string): FixEdit;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export function makeEdit(line: Line, from: number, to: number, text: string): FixEdit {
  const r = lineRange(line, from, to);
  return { start: r.start, end: r.end, text };
}

export function createContext(
  model: DocModel,
  settings: CheckOptions,
  ruleId: string,
  options: Record<string, unknown>,
  sink: RawFinding[],
): RuleContext {
  return {
    model,
    text: model.md.text,
    settings,
    options,
    report(r: ReportInput) {
      let start: number;
      let end: number;
      if (r.line) {
        const rr = lineRange(r.line, r.from ?? 0, r.to ?? r.line.text.length);
        start = rr.start;
        end = rr.end;
      } else {
        start = r.start ?? 0;
        end = r.end ?? start;
      }
      sink.push({ ruleId, start, end, message: r.message, fix: r.fix, severity: r.severity });
    },
    edit: makeEdit,
  };
}

/** Helper for the common "X → Y" message shape. */
export function q(s: string): string {
  return `"${s}"`;
}
