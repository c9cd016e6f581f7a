// Custom request `thethuc/checkFiles` (command "Kiểm tra toàn bộ thư mục":
// checks files from disk and publishes their diagnostics), through the
// analysis service and its policy. Node only (nodeHost.ts); the status-bar
// request `thethuc/summary` is summary.ts.

import { fileURLToPath } from 'node:url';
import type { Finding } from '../engine';
import { toDiagnostics } from '../diagnostics';
import { CheckFilesRequest, onRequest, type CheckFilesResult } from '../protocol';
import { count } from './summary';
import { readText } from '../config/read';
import type { FeatureContext } from './context';

export type { SummaryParams, SummaryResult, CheckFilesParams, CheckFilesResult } from '../protocol';

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export const workspaceFeature = {
  init(ctx: FeatureContext): void {
    onRequest(ctx.connection, CheckFilesRequest, async (p) => {
      const res: CheckFilesResult = { checked: 0, skipped: 0, errors: 0, warnings: 0, infos: 0, failed: [] };
      const add = (findings: Finding[]) => {
        const c = count(findings);
        res.errors += c.errors;
        res.warnings += c.warnings;
        res.infos += c.infos;
        res.checked++;
      };
      for (const uri of Array.isArray(p?.uris) ? p.uris : []) {
        if (typeof uri !== 'string') continue;
        // Open documents: the editor's text, through the same analysis.
        if (ctx.documents.get(uri)) {
          const a = await ctx.analysis.get(uri);
          if (a) add(a.analysis.findings);
          else res.skipped++;
          continue;
        }
        const path = uriToPath(uri);
        if (!path) {
          res.skipped++;
          continue;
        }
        const policy = await ctx.policy(uri);
        const r = ctx.analysis.checkFile(path, policy, readText);
        if (r.kind === 'disabled') {
          res.skipped++;
          void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
        } else if (r.kind === 'ok') {
          add(r.analysis.findings);
          await ctx.connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(r.analysis.findings, r.maxProblems, r.ruleDocsUrl) });
        } else if (r.kind === 'failed') {
          res.failed.push({ uri, message: r.error });
          void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
        }
      }
      return res;
    });
  },
};
