// Watching the team configuration: `.thethuc.jsonc` / `.thethuc.json` files
// changed on disk invalidate the loaded configurations and re-check the open
// documents; each (re)load publishes the file's problems as diagnostics on
// the config file (and clears them once fixed). Loading itself is
// config/store.ts; resolving options is settings.ts.

import { Diagnostic, DiagnosticSeverity, DidChangeWatchedFilesNotification } from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import { ConfigProblem, LoadedConfig, nodeFs } from '../config';
import { lineColOf } from '../engine/positions';
import { localise } from '../engine/i18n';
import type { FeatureContext } from './context';

/** Config files we published diagnostics for (to clear them when fixed). */
const published = new Set<string>();

export function configDiagnostics(loaded: LoadedConfig, lang: 'vi' | 'en'): Map<string, Diagnostic[]> {
  const byFile = new Map<string, ConfigProblem[]>();
  for (const f of loaded.files) byFile.set(f, []);
  for (const p of loaded.problems) {
    if (!byFile.has(p.file)) byFile.set(p.file, []);
    byFile.get(p.file)!.push(p);
  }
  const out = new Map<string, Diagnostic[]>();
  for (const [file, problems] of byFile) {
    let text = '';
    if (problems.length) {
      try {
        text = nodeFs.readFile(file);
      } catch {
        /* positions default to 0:0 */
      }
    }
    // Line starts computed once per file: thousands of problems stay linear.
    const pos = lineColOf(text);
    out.set(
      pathToFileURL(file).toString(),
      problems.map((p) => ({
        range: { start: pos(p.offset), end: pos(p.offset + p.length) },
        severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        source: 'thethuc',
        message: localise(p.message, lang),
      })),
    );
  }
  return out;
}

export const configWatcherFeature = {
  init(ctx: FeatureContext): void {
    const configs = ctx.configs;
    if (!configs) return;
    configs.onLoaded((loaded) => {
      for (const [uri, diagnostics] of configDiagnostics(loaded, ctx.lang())) {
        if (!diagnostics.length && !published.has(uri)) continue;
        if (diagnostics.length) published.add(uri);
        else published.delete(uri);
        void ctx.connection.sendDiagnostics({ uri, diagnostics });
      }
    });
    ctx.whenInitialized(() => {
      void ctx.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.thethuc.{jsonc,json}' }, { globPattern: '**/.thethucignore' }] })
        .catch(() => undefined);
    });
    ctx.connection.onDidChangeWatchedFiles(() => {
      configs.clear();
      ctx.analysis.invalidateAll();
    });
  },
};
