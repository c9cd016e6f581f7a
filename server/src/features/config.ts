// Server side of issue #5:
//  - `.thethuc.jsonc` lookup for each document (nearest file from the
//    document's folder up to its workspace folder), merged under the VS Code
//    settings (settings.ts → settingsToOptions);
//  - problems of a config file published as diagnostics on that file (the
//    checks still run with what is valid);
//  - config files watched: a change re-checks the open documents;
//  - custom requests `thethuc/summary` (status bar) and `thethuc/checkFiles`
//    (command "Kiểm tra toàn bộ thư mục": checks files from disk and publishes
//    their diagnostics).

import { toDiagnostic } from '../diagnostics';
import { statSync, readFileSync } from 'node:fs';
import { relative, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  Diagnostic,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  InitializeParams,
} from 'vscode-languageserver/node';
import { analyze, Finding } from '../engine';
import { ConfigProblem, LoadedConfig, loadConfigFile, findConfigFile, configToOptions, makeFileFilter, isInside } from '../config';
import { decode } from '../cli/files';
import { setConfigProvider, settingsToOptions } from '../settings';
import type { FeatureContext } from './index';

export type { SummaryParams, SummaryResult, CheckFilesParams, CheckFilesResult } from '../protocol';
import type { SummaryParams, SummaryResult, CheckFilesParams, CheckFilesResult } from '../protocol';

let workspaceRoots: string[] = [];
const cache = new Map<string, { stamp: string; loaded: LoadedConfig }>();
/** Config files we published diagnostics for (to clear them when fixed). */
const published = new Set<string>();

function stampOf(files: string[]): string {
  return files
    .map((f) => {
      try {
        const st = statSync(f);
        return `${f}:${st.mtimeMs}:${st.size}`;
      } catch {
        return `${f}:-`;
      }
    })
    .join('|');
}

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function rootFor(path: string): string | undefined {
  // The innermost workspace folder containing the file.
  return workspaceRoots.filter((r) => isInside(path, r)).sort((a, b) => b.length - a.length)[0];
}

export function configFor(uri: string, ctx?: FeatureContext): LoadedConfig | undefined {
  const path = uriToPath(uri);
  if (!path) return undefined;
  const file = findConfigFile(dirname(path), rootFor(path));
  if (!file) return undefined;
  const hit = cache.get(file);
  if (hit && hit.stamp === stampOf(hit.loaded.files)) return hit.loaded;
  const loaded = loadConfigFile(file);
  cache.set(file, { stamp: stampOf(loaded.files), loaded });
  if (ctx) publishProblems(ctx, loaded);
  return loaded;
}

function publishProblems(ctx: FeatureContext, loaded: LoadedConfig): void {
  const lang = ctx.locale();
  const byFile = new Map<string, ConfigProblem[]>();
  for (const f of loaded.files) byFile.set(f, []);
  for (const p of loaded.problems) {
    if (!byFile.has(p.file)) byFile.set(p.file, []);
    byFile.get(p.file)!.push(p);
  }
  for (const [file, problems] of byFile) {
    const uri = pathToFileURL(file).toString();
    if (!problems.length && !published.has(uri)) continue;
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      /* positions default to 0:0 */
    }
    const pos = (off: number) => {
      let line = 0;
      let last = 0;
      for (let i = 0; i < off && i < text.length; i++)
        if (text.charCodeAt(i) === 10) {
          line++;
          last = i + 1;
        }
      return { line, character: Math.max(0, Math.min(off, text.length) - last) };
    };
    const diagnostics: Diagnostic[] = problems.map((p) => ({
      range: { start: pos(p.offset), end: pos(p.offset + p.length) },
      severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'thethuc',
      message: lang === 'en' ? p.message.en : p.message.vi,
    }));
    if (diagnostics.length) published.add(uri);
    else published.delete(uri);
    void ctx.connection.sendDiagnostics({ uri, diagnostics });
  }
}


function count(findings: Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export const configFeature = {
  capabilities(_result: unknown, params: InitializeParams): void {
    const roots: string[] = [];
    for (const f of params.workspaceFolders ?? []) {
      const p = uriToPath(f.uri);
      if (p) roots.push(p);
    }
    if (!roots.length && params.rootUri) {
      const p = uriToPath(params.rootUri);
      if (p) roots.push(p);
    }
    workspaceRoots = roots;
  },

  init(ctx: FeatureContext): void {
    let watching = false;
    setConfigProvider((uri) => {
      if (!watching) {
        // Registered lazily: the first check happens after `initialized`.
        watching = true;
        void ctx.connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.thethuc.{jsonc,json}' }] })
          .catch(() => undefined);
      }
      try {
        return configToOptions(configFor(uri, ctx)?.config);
      } catch (e) {
        ctx.connection.console.error(`thethuc: cannot load the configuration for ${uri}: ${e instanceof Error ? e.message : String(e)}`);
        return {};
      }
    });

    ctx.connection.onDidChangeWatchedFiles(() => {
      cache.clear();
      for (const doc of ctx.documents.all()) void ctx.validateNow(doc.uri);
    });

    ctx.connection.onRequest('thethuc/summary', (p: SummaryParams): SummaryResult => {
      const a = ctx.analyses.get(p.uri);
      if (!a) return { isDocument: false, errors: 0, warnings: 0, infos: 0 };
      const s = a.analysis.summary;
      return { type: s.type, typeName: s.typeName, regime: s.regime, isDocument: s.isDocument, ...count(a.analysis.findings) };
    });

    ctx.connection.onRequest('thethuc/checkFiles', async (p: CheckFilesParams): Promise<CheckFilesResult> => {
      const res: CheckFilesResult = { checked: 0, skipped: 0, errors: 0, warnings: 0, infos: 0, failed: [] };
      for (const uri of p.uris ?? []) {
        // Open documents are checked from the editor's text already.
        const open = ctx.analyses.get(uri);
        if (ctx.documents.get(uri)) {
          if (open) {
            const c = count(open.analysis.findings);
            res.errors += c.errors;
            res.warnings += c.warnings;
            res.infos += c.infos;
          }
          res.checked++;
          continue;
        }
        const path = uriToPath(uri);
        if (!path) {
          res.skipped++;
          continue;
        }
        const settings = await ctx.getSettings(uri);
        const cfg = configFor(uri, ctx);
        if (!settings.enable || (cfg && !makeFileFilter(cfg.config)(relative(cfg.root, path)))) {
          res.skipped++;
          void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
          continue;
        }
        let text: string;
        try {
          text = decode(path, readFileSync(path));
        } catch (e) {
          res.failed.push({ uri, message: e instanceof Error ? e.message : String(e) });
          continue;
        }
        const options = settingsToOptions(settings, ctx.locale(), uri);
        const analysis = analyze(text, options);
        const c = count(analysis.findings);
        res.errors += c.errors;
        res.warnings += c.warnings;
        res.infos += c.infos;
        res.checked++;
        await ctx.connection.sendDiagnostics({ uri, diagnostics: analysis.findings.slice(0, settings.maxProblems).map(toDiagnostic) });
      }
      return res;
    });
  },
};
