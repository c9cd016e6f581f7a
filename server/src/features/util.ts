// Helpers shared by the editor features: the analysis of a document for its
// current version, localisation, rule documentation links, server commands.

import type { ExecuteCommandParams, InitializeResult } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, Analysis, CheckOptions, Lang, localise, RULES_BY_ID, Text2 } from '../engine';
import { settingsToOptions, MAX_CHECK_CHARS } from '../settings';
import type { FeatureContext } from './index';

export interface DocAnalysis {
  doc: TextDocument;
  analysis: Analysis;
  options: CheckOptions;
  lang: Lang;
}

/**
 * The analysis of the document's current version: the cached one when it is
 * for this version, otherwise a fresh one (stored in the cache). Undefined when
 * the document is unknown or checking is disabled.
 */
export async function analysisFor(ctx: FeatureContext, uri: string): Promise<DocAnalysis | undefined> {
  const doc = ctx.documents.get(uri);
  if (!doc) return undefined;
  const cached = ctx.analyses.get(uri);
  if (cached && cached.version === doc.version) return { doc, analysis: cached.analysis, options: cached.options, lang: cached.options.lang ?? ctx.locale() };
  const settings = await ctx.getSettings(uri);
  if (!settings.enable) return undefined;
  const current = ctx.documents.get(uri);
  if (!current || current.getText().length > MAX_CHECK_CHARS) return undefined;
  const options = settingsToOptions(settings, ctx.locale(), uri);
  const analysis = analyze(current.getText(), options);
  const again = ctx.analyses.get(uri);
  if (!again || again.version !== current.version) ctx.analyses.set(uri, { version: current.version, analysis, options });
  return { doc: current, analysis, options, lang: options.lang ?? ctx.locale() };
}

/** Pick the string of a language. */
export function tr(lang: Lang, vi: string, en: string): string {
  return lang === 'en' ? en : vi;
}
export function loc(t: Text2 | undefined, lang: Lang): string {
  return t ? localise(t, lang) : '';
}

export { ruleDocUrl } from '../diagnostics';

/** A Markdown description of a rule (fallback when its docs page is missing). */
export function ruleMarkdown(ruleId: string, lang: Lang): string {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) return `# ${ruleId}\n`;
  const m = rule.meta;
  const parts = [`# ${m.id}: ${loc(m.title, lang)}`, '', `*${loc(m.clause, lang)}*`, '', loc(m.description, lang)];
  if (m.examples?.correct.length) parts.push('', `## ${tr(lang, 'Viết đúng', 'Correct')}`, '', ...m.examples.correct.map((e) => '```markdown\n' + e + '\n```'));
  if (m.examples?.incorrect.length) parts.push('', `## ${tr(lang, 'Viết sai', 'Incorrect')}`, '', ...m.examples.incorrect.map((e) => '```markdown\n' + e + '\n```'));
  return parts.join('\n') + '\n';
}

// ---- server commands (workspace/executeCommand)
//
// The connection has a single onExecuteCommand handler; features register
// their commands here and one dispatcher serves them all.

type CommandHandler = (args: unknown[]) => unknown | Promise<unknown>;
const commands = new Map<string, { handler: CommandHandler; advertise: boolean }>();
let dispatcherInstalled = false;

/**
 * Register a server command. `advertise` lists it in executeCommandProvider
 * (VS Code's client then registers a VS Code command of that name: do not
 * advertise a name the extension registers itself).
 */
export function registerServerCommand(name: string, handler: CommandHandler, advertise = true): void {
  commands.set(name, { handler, advertise });
}

/** Declare the advertised commands (call from a feature's `capabilities`). */
export function declareCommands(result: InitializeResult, names: string[]): void {
  const caps = result.capabilities;
  const existing = caps.executeCommandProvider?.commands ?? [];
  caps.executeCommandProvider = { commands: [...new Set([...existing, ...names])] };
}

/** Install the dispatcher once (call from a feature's `init`). */
export function installCommandDispatcher(ctx: FeatureContext): void {
  if (dispatcherInstalled) return;
  dispatcherInstalled = true;
  ctx.connection.onExecuteCommand(async (params: ExecuteCommandParams) => {
    const c = commands.get(params.command);
    if (!c) return null;
    try {
      return (await c.handler(params.arguments ?? [])) ?? null;
    } catch (e) {
      ctx.connection.console.error(`thethuc: command ${params.command} failed: ${e instanceof Error ? e.stack : String(e)}`);
      return null;
    }
  });
}
