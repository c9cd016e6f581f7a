// Helpers shared by the editor features: the analysis of a document for its
// current version, localisation, rule documentation links, server commands.

import type { ExecuteCommandParams, InitializeResult } from 'vscode-languageserver/node';
import { Lang, localise, RULES_BY_ID, Text2, tr } from '../engine';
import type { DocAnalysis } from '../analysisService';
import type { FeatureContext } from './context';

export type { DocAnalysis } from '../analysisService';

/**
 * The analysis of the document's current version, from the one analysis
 * service. `allowStale`: a heavy document still being analysed answers with
 * its previous analysis (hover, completion, symbols).
 */
export function analysisFor(ctx: FeatureContext, uri: string, o: { allowStale?: boolean } = {}): Promise<DocAnalysis | undefined> {
  return ctx.analysis.get(uri, o);
}

export { tr } from '../engine/i18n';
export function loc(t: Text2 | undefined, lang: Lang): string {
  return t ? localise(t, lang) : '';
}

export { ruleDocUrl, ruleLink } from '../diagnostics';

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

/**
 * A position inside the document: a line past the end (a client may send any
 * number) becomes the last line, a character past the line end its end.
 * Features index arrays by line, so an unclamped position must never reach them.
 */
export function clampPosition(doc: { lineCount: number; offsetAt(p: { line: number; character: number }): number; positionAt(o: number): { line: number; character: number } }, p: { line: number; character: number }): { line: number; character: number } {
  const line = Number.isFinite(p?.line) ? Math.max(0, Math.min(Math.floor(p.line), doc.lineCount - 1)) : 0;
  const character = Number.isFinite(p?.character) ? Math.max(0, Math.floor(p.character)) : 0;
  // offsetAt clamps the character to the line's end; positionAt gives it back.
  return doc.positionAt(doc.offsetAt({ line, character }));
}
