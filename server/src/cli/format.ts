// Output formats of `thethuc check`.

import type { Finding } from '../engine';

export interface FileResult {
  file: string;
  findings: Finding[];
}

const SEV_SHORT: Record<string, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

export function formatText(results: FileResult[], color: boolean): string {
  const c = (code: number, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const sev = SEV_SHORT[f.severity];
      const sevC = f.severity === 'error' ? c(31, sev) : f.severity === 'warning' ? c(33, sev) : c(36, sev);
      out.push(`${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${sevC} ${c(2, f.ruleId)} ${f.message}`);
    }
  }
  return out.join('\n');
}

export function formatJson(results: FileResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      file: r.file,
      diagnostics: r.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        range: f.range,
        fixable: f.fixable,
      })),
    })),
    null,
    2,
  );
}
